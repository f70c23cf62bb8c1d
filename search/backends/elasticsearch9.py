"""Wagtail's elasticsearch9 backend, queueing the index updates that fail (see search.backends) and
analysing text in each language (see search.languages)."""

from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend

from search.languages import engine_classes

from . import QueueingBackendMixin

_mapping, _compiler = engine_classes(Elasticsearch9SearchBackend)


class SearchBackend(QueueingBackendMixin, Elasticsearch9SearchBackend):
    mapping_class = _mapping
    query_compiler_class = _compiler
