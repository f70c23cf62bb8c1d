"""Wagtail's opensearch2 backend, queueing the index updates that fail (see search.backends)."""

from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from . import QueueingBackendMixin


class SearchBackend(QueueingBackendMixin, OpenSearch2SearchBackend):
    pass
