"""The API's one door to the catalogue declarations (search/catalogues.py).

Each collection's filters, text search, scope (live, public) and order are declared once, in its
catalogue; this module only reads them: the filters as the API describes them in its schema, and
the records a request selects. Nothing here declares a filter.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from django.db.models import QuerySet

from search import catalogues as declarations
from search.facets import (
    LANGUAGES_PARAM,
    MAX_QUERY_LENGTH,
    MAX_VALUES_PER_FACET,
    PAGE_PARAM,
    QUERY_PARAM,
    SORT_PARAM,
    YEARS,
    InvalidFilters,
)

__all__ = [
    "MAX_QUERY_LENGTH",
    "MAX_VALUES",
    "QUERY_PARAM",
    "YEARS",
    "Collection",
    "Filter",
    "InvalidFilters",
    "collections",
]

#: the most values one filter takes in one request
MAX_VALUES = MAX_VALUES_PER_FACET
#: what the catalogues read that the API does not take: it pages with a cursor, orders each
#: collection one way, and chooses a language with `lang`
NOT_IN_API = {PAGE_PARAM, SORT_PARAM, LANGUAGES_PARAM}


@dataclass(frozen=True)
class Filter:
    """One query parameter of a collection, as its catalogue declares it."""

    param: str
    label: str
    values: list[str] | None  # what a client may send; None for a year
    multiple: bool = True  # several values widen the results (OR)
    default: str | None = None  # the value that applies when the request names none

    @property
    def year(self) -> bool:
        return self.values is None


@dataclass(frozen=True)
class Collection:
    """A list endpoint: its catalogue, what a record needs fetched, and any narrowing of its own."""

    name: str
    catalogue: str
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple[str, ...] = ()
    narrow: Callable[[QuerySet], QuerySet] = field(default=lambda queryset: queryset)

    @property
    def declaration(self):
        return declarations.get(self.catalogue)

    @property
    def model(self):
        return self.declaration.model

    def filters(self) -> list[Filter]:
        options = self.declaration.options()  # cached until the content or a taxonomy changes
        return [
            Filter(
                facet.param,
                str(facet.label),
                None if facet.year else [o.value for o in options[facet.param]],
                facet.multiple,
                facet.default[0] if facet.default else None,
            )
            for facet in self.declaration.facets
        ]

    def params(self) -> set[str]:
        """The parameters the catalogue reads that the API takes too."""
        return set(self.declaration.params) - NOT_IN_API

    def scope(self) -> QuerySet:
        """The live, public records of every language, for a record looked up by id."""
        return self._fetch(self.declaration.objects(all_languages=True))

    def select(self, params, language: str | None) -> QuerySet:
        """The records `params` select (raises InvalidFilters), in the catalogue's order.

        In `language` only when one is given (each translation is a record of its own),
        else in every language.
        """
        catalogue = self.declaration
        try:
            selection = catalogue.parse(params, strict=True, extra=params.keys())
        except InvalidFilters as invalid:
            if any(problem.param != QUERY_PARAM for problem in invalid.problems):
                raise
            # Only the words were shortened, once normalised: the API measures them as sent.
            selection = catalogue.parse(params)
        selection.all_languages = True
        queryset = catalogue.filtered(selection)
        if language:
            queryset = queryset.filter(locale__language_code=language)
        return self._fetch(_cursor_order(queryset))

    def _fetch(self, queryset: QuerySet) -> QuerySet:
        return (
            self.narrow(queryset)
            .select_related("locale", *self.select_related)
            .prefetch_related(*self.prefetch_related)
        )


def _cursor_order(queryset: QuerySet) -> QuerySet:
    """The catalogue's order, if a cursor can mark a place in it.

    A cursor holds the value of the first field of the order, so that field may not be empty
    (a project without a start date): such an order gives way to the most recently added first.
    """
    first = str(queryset.query.order_by[0]).lstrip("-")
    model = queryset.model
    field = model._meta.pk if first == "pk" else model._meta.get_field(first)
    return queryset.order_by("-pk") if field.null else queryset


TAXONOMIES = ("themes", "regions", "countries")
PROJECT_RELATIONS = (
    *TAXONOMIES,
    "sdgs",
    "gcm_objectives",
    "implementing_organisations",
    "partner_organisations",
    "donors",
    "corridors__origin",
    "corridors__destination",
)


@cache
def collections() -> dict[str, Collection]:
    found = [
        Collection(
            "resources",
            "library",
            select_related=("resource_type",),
            prefetch_related=(
                *TAXONOMIES,
                "sdgs",
                "gcm_objectives",
                "versions__language",
                "versions__document",
            ),
        ),
        Collection("projects", "projects", prefetch_related=PROJECT_RELATIONS),
        # The projects their owners allow the UN Migration Network Hub to publish too.
        Collection(
            "unmn-projects",
            "projects",
            prefetch_related=PROJECT_RELATIONS,
            narrow=lambda queryset: queryset.filter(share_with_unmn=True),
        ),
        Collection("events", "events", prefetch_related=TAXONOMIES),
        Collection("news", "news", prefetch_related=TAXONOMIES),
        Collection("blog-posts", "blog", prefetch_related=TAXONOMIES),
        Collection("toolkits", "toolkits", prefetch_related=TAXONOMIES),
        Collection("courses", "courses", prefetch_related=TAXONOMIES),
    ]
    return {collection.name: collection for collection in found}
