"""Search in each language: a text is analysed with its own language's stemming and stop words.

`SEARCH_ANALYZERS` maps each hub language to an analyser that both kinds of backend know by the
same name: an Elasticsearch/OpenSearch language analyser (analysis-common) and a PostgreSQL
text-search configuration. A query is analysed in the visitor's language.

- On the engine, the catch-all text fields (`_all_text` and its boosted copies) carry one
  sub-field per language (`_all_text.fr`, analysed "french"), and a query searches the plain
  field and the sub-field of the visitor's language: "travailleurs" then finds "travailleur"
  in French, and nothing is lost for words the stemmer does not know.
- On PostgreSQL, each object is indexed with the configuration of its own locale (a French page
  with "french"), and a query is parsed with the visitor's.

Wagtail's search backends have no per-language hook, so this wraps three of their internals:
the engine mapping's `get_mapping()`, the engine query compiler's `_remap_fields()` and the
PostgreSQL backend's `config` attribute (read by its ObjectIndexer and query compiler).
tests/search/test_languages.py fails loudly when one of them changes.
"""

from __future__ import annotations

import contextvars
from contextlib import contextmanager

from django.conf import settings
from django.utils.translation import get_language

#: The language of the objects being indexed right now (PostgreSQL), if any.
_indexing: contextvars.ContextVar[str | None] = contextvars.ContextVar("indexing", default=None)


def analyzers() -> dict[str, str]:
    return dict(settings.SEARCH_ANALYZERS)


def active_language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


def language_of(obj) -> str:
    """An indexed object's language: its Wagtail locale's, else the site's default."""
    locale = getattr(obj, "locale", None)
    code = getattr(locale, "language_code", None) or settings.LANGUAGE_CODE
    return code.split("-")[0]


# --- Elasticsearch / OpenSearch ------------------------------------------------------------------


def is_catch_all(field_name: str) -> bool:
    return field_name == "_all_text" or field_name.startswith("_all_text_boost_")


class LanguageMappingMixin:
    """Adds a sub-field per language, with that language's analyser, to the catch-all fields."""

    def get_mapping(self):
        mapping = super().get_mapping()
        per_language = {
            code: {"type": "text", "analyzer": analyzer} for code, analyzer in analyzers().items()
        }
        for name, field in mapping["properties"].items():
            if is_catch_all(name):
                field["fields"] = per_language
        return mapping


class LanguageQueryMixin:
    """Searches the catch-all fields' sub-field of the visitor's language beside the plain one."""

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        code = active_language()
        if code not in analyzers():
            return remapped
        field_class = type(remapped[0]) if remapped else None
        return remapped + [
            field_class(f"{field.field_name}.{code}", field.boost)
            for field in remapped
            if is_catch_all(field.field_name)
        ]


def engine_classes(base_backend) -> tuple[type, type]:
    """The mapping and query compiler classes that make an engine backend language-aware."""
    mapping = type(
        f"Language{base_backend.mapping_class.__name__}",
        (LanguageMappingMixin, base_backend.mapping_class),
        {},
    )
    compiler = type(
        f"Language{base_backend.query_compiler_class.__name__}",
        (LanguageQueryMixin, base_backend.query_compiler_class),
        {"mapping_class": mapping},
    )
    return mapping, compiler


# --- PostgreSQL ----------------------------------------------------------------------------------


@contextmanager
def indexing(language: str):
    token = _indexing.set(language)
    try:
        yield
    finally:
        _indexing.reset(token)


def postgres_config() -> str | None:
    """The text-search configuration for what is being indexed, or else for the visitor."""
    code = _indexing.get() or active_language()
    return analyzers().get(code)


class LanguagePostgresIndexMixin:
    """Indexes each object with its own language's configuration (batches split by language)."""

    def add_items(self, model, objs):
        by_language: dict[str, list] = {}
        for obj in objs:
            by_language.setdefault(language_of(obj), []).append(obj)
        for language, group in by_language.items():
            with indexing(language):
                super().add_items(model, group)


class LanguagePostgresBackendMixin:
    """`config`, read by Wagtail's PostgreSQL indexer and query compiler, follows the language."""

    @property
    def config(self):
        return postgres_config()

    @config.setter
    def config(self, value):
        # The backend's __init__ sets SEARCH_CONFIG; the languages' configurations replace it.
        pass
