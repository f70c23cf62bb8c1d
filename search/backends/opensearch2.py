"""Wagtail's opensearch2 backend, queueing the index updates that fail (see search.backends) and
analysing text in each language (see search.languages)."""

from wagtail.search.backends.opensearch2 import OpenSearch2SearchBackend

from search.languages import engine_classes

from . import QueueingBackendMixin

_mapping, _compiler = engine_classes(OpenSearch2SearchBackend)


class SearchBackend(QueueingBackendMixin, OpenSearch2SearchBackend):
    mapping_class = _mapping
    query_compiler_class = _compiler
