"""Wagtail's opensearch3 backend, queueing the index updates that fail (see search.backends) and
analysing text in each language (see search.languages)."""

from wagtail.search.backends.opensearch3 import OpenSearch3SearchBackend

from search.languages import engine_classes

from . import QueueingBackendMixin

_mapping, _compiler = engine_classes(OpenSearch3SearchBackend)


class SearchBackend(QueueingBackendMixin, OpenSearch3SearchBackend):
    mapping_class = _mapping
    query_compiler_class = _compiler
