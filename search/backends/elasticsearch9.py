"""Wagtail's elasticsearch9 backend, queueing the index updates that fail (see search.backends)."""

from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from . import QueueingBackendMixin


class SearchBackend(QueueingBackendMixin, Elasticsearch9SearchBackend):
    pass
