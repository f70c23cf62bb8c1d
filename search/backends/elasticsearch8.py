"""Wagtail's elasticsearch8 backend, queueing the index updates that fail (see search.backends) and
analysing text in each language (see search.languages)."""

from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

from search.languages import engine_classes

from . import QueueingBackendMixin

_mapping, _compiler = engine_classes(Elasticsearch8SearchBackend)


class SearchBackend(QueueingBackendMixin, Elasticsearch8SearchBackend):
    mapping_class = _mapping
    query_compiler_class = _compiler
