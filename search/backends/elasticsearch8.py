"""Wagtail's elasticsearch8 backend, queueing the index updates that fail (see search.backends)."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from . import QueueingBackendMixin


class SearchBackend(QueueingBackendMixin, Elasticsearch8SearchBackend):
    pass
