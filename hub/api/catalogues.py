"""The API's one door to the catalogue declarations: the collections it serves and their filters.

Each collection's filters are declared once, elsewhere: the library's and the projects' faceted
searches in search/catalogues.py, and the other index pages' `listing_filters` in cms/models.
This module only reads those declarations and turns each into a `Filter` the API can validate,
describe in its schema and apply, so that moving to another declaration changes this file alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from django.db.models import Q, QuerySet

from search import catalogues as search_catalogues
from search import engine
from search.facets import OPERATOR, YEARS, clean_query, search_terms

__all__ = ["YEARS", "Collection", "Filter", "collections", "search"]

#: the most values one filter takes in one request
MAX_VALUES = 20
#: the most matches a text search narrows a list to, as the engines page (their result window)
MAX_SEARCH_MATCHES = 10_000


@dataclass(frozen=True)
class Filter:
    """One query parameter that narrows a collection: several values widen it (OR)."""

    param: str
    label: str
    lookup: str  # the ORM path the keys are matched against
    #: the values a client may send, each with the key the lookup matches; None for a year
    options: Callable[[], dict[str, str]] | None = None

    @property
    def year(self) -> bool:
        return self.options is None

    def q(self, keys: list[str]) -> Q:
        if self.year:
            combined = Q()
            for key in keys:
                combined |= Q(**{f"{self.lookup}__year": int(key)})
            return combined
        return Q(**{f"{self.lookup}__in": keys})

    def apply(self, queryset: QuerySet, keys: list[str]) -> QuerySet:
        # A subquery, not a join: a page matching two values of a relation stays one record.
        model = queryset.model
        return queryset.filter(pk__in=model.objects.filter(self.q(keys)).values("pk"))


@dataclass(frozen=True)
class Collection:
    """A list endpoint's records: their scope, filters, order and what a record needs fetched."""

    name: str
    model: type
    scope: Callable[[], QuerySet]  # the live, public records
    filters: Callable[[], list[Filter]] = field(default=lambda: [])
    #: the first field is the cursor's position: a field no record leaves empty
    ordering: tuple[str, ...] = ("-pk",)
    select_related: tuple[str, ...] = ()
    prefetch_related: tuple = ()
    searchable: bool = True

    def queryset(self) -> QuerySet:
        return (
            self.scope()
            .select_related("locale", *self.select_related)
            .prefetch_related(*self.prefetch_related)
        )

    def filter_by_name(self) -> dict[str, Filter]:
        return {flt.param: flt for flt in self.filters()}


# --- Reading the declarations ------------------------------------------------------------------


def _from_faceted_search(faceted) -> Callable[[], list[Filter]]:
    """The facets of a search/catalogues.py declaration (library, projects)."""

    def filters():
        cached = faceted.options()  # cached until the content or a taxonomy changes
        return [
            Filter(
                facet.param,
                str(facet.label),
                facet.lookup,
                None
                if facet.year
                else (lambda param=facet.param: {o.value: o.key for o in cached[param]}),
            )
            for facet in faceted.facets
        ]

    return filters


def _from_index_page(index_model, page_model) -> Callable[[], list[Filter]]:
    """The filters an index page declares for its listing (news, blog, events, toolkits…)."""

    def filters():
        scope = page_model.objects.live().public()
        found = []
        for flt in index_model().listing_filters(scope):
            flt = replace(flt, cache_key=f"api:{page_model._meta.model_name}:{flt.param}")
            if flt.lookup.endswith("__year"):
                found.append(Filter(flt.param, str(flt.label), flt.lookup.removesuffix("__year")))
            else:
                found.append(
                    Filter(
                        flt.param,
                        str(flt.label),
                        flt.lookup,
                        lambda flt=flt: {value: value for value in flt.options()},
                    )
                )
        return found

    return filters


def _pages(model):
    return lambda: model.objects.live().public().defer_streamfields()


# --- The collections ----------------------------------------------------------------------------

TAXONOMY_PREFETCH = ("themes", "regions", "countries")


@cache
def collections() -> dict[str, Collection]:
    from cms import models as cms

    library = search_catalogues.library()
    projects = search_catalogues.projects()
    project_prefetch = (
        *TAXONOMY_PREFETCH,
        "sdgs",
        "gcm_objectives",
        "implementing_organisations",
        "partner_organisations",
        "donors",
        "corridors__origin",
        "corridors__destination",
    )
    found = [
        Collection(
            "resources",
            cms.ResourcePage,
            lambda: library.queryset().defer_streamfields(),
            _from_faceted_search(library),
            ordering=("-publication_date", "-pk"),
            select_related=("resource_type",),
            prefetch_related=(
                *TAXONOMY_PREFETCH,
                "sdgs",
                "gcm_objectives",
                "versions__language",
                "versions__document",
            ),
        ),
        Collection(
            "projects",
            cms.ProjectPage,
            lambda: projects.queryset().defer_streamfields(),
            _from_faceted_search(projects),
            prefetch_related=project_prefetch,
        ),
        # The projects their owners allow the UN Migration Network Hub to publish too.
        Collection(
            "unmn-projects",
            cms.ProjectPage,
            lambda: projects.queryset().defer_streamfields().filter(share_with_unmn=True),
            _from_faceted_search(projects),
            prefetch_related=project_prefetch,
        ),
        Collection(
            "events",
            cms.EventPage,
            _pages(cms.EventPage),
            _from_index_page(cms.EventIndexPage, cms.EventPage),
            ordering=("-start", "-pk"),
            prefetch_related=TAXONOMY_PREFETCH,
        ),
        Collection(
            "news",
            cms.NewsPage,
            _pages(cms.NewsPage),
            _from_index_page(cms.NewsIndexPage, cms.NewsPage),
            ordering=("-date", "-pk"),
            prefetch_related=TAXONOMY_PREFETCH,
        ),
        Collection(
            "blog-posts",
            cms.BlogPage,
            _pages(cms.BlogPage),
            _from_index_page(cms.BlogIndexPage, cms.BlogPage),
            ordering=("-date", "-pk"),
            prefetch_related=TAXONOMY_PREFETCH,
        ),
        Collection(
            "toolkits",
            cms.ToolkitPage,
            _pages(cms.ToolkitPage),
            _from_index_page(cms.ToolkitIndexPage, cms.ToolkitPage),
            prefetch_related=TAXONOMY_PREFETCH,
        ),
        Collection(
            "courses",
            cms.CoursePage,
            _pages(cms.CoursePage),
            _from_index_page(cms.CourseIndexPage, cms.CoursePage),
            prefetch_related=TAXONOMY_PREFETCH,
        ),
    ]
    return {collection.name: collection for collection in found}


# --- Text search --------------------------------------------------------------------------------


def search(queryset: QuerySet, query: str) -> QuerySet:
    """`queryset` narrowed to the records matching `query`, in its own order.

    The same search the site runs (the engine, or the database while the engine is down), over
    the live, public pages of the type. On the database the matches stay a subquery; the engine
    hands back at most its result window.
    """
    terms = search_terms(clean_query(query))
    if not terms:
        return queryset
    scope = queryset.model.objects.live().public()

    def operation(backend):
        results = backend.search(terms, scope, operator=OPERATOR)
        get_queryset = getattr(results, "get_queryset", None)
        if get_queryset is not None:
            return get_queryset().values("pk")
        return [page.pk for page in results[:MAX_SEARCH_MATCHES]]

    matches, _degraded = engine.run(operation)
    return queryset.filter(pk__in=matches)
