"""Wagtail's opensearch3 backend, queueing the index updates that fail (see search.backends)."""

from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from . import QueueingBackendMixin


class SearchBackend(QueueingBackendMixin, OpenSearch3SearchBackend):
    pass
