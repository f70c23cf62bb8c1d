"""The hub's collections, each declared once: its facets, sort orders, scope and export columns.

Public interface (stable; the API, index pages, feeds and exports use nothing else):

    from search import catalogues

    catalogues.names()                      # ("library", "projects", "events", ...)
    catalogue = catalogues.get("library")   # KeyError for an unknown name
    catalogue.facets, catalogue.sorts, catalogue.text_fields, catalogue.params, catalogue.model

    selection = catalogue.parse(request.GET)               # drops what it cannot take, with
                                                           # selection.messages
    selection = catalogue.parse(request.GET, strict=True, extra=("cursor",))
                                                           # raises facets.InvalidFilters
    catalogue.objects(language="fr")        # live, public; or objects(all_languages=True)
    catalogue.filtered(selection, language=None)   # QuerySet: filters, words, sort; each once
    catalogue.search(selection) / catalogue.run(request.GET)   # Outcome: page, total, facet counts
    catalogue.rows(selection)               # CSV rows: heading, then one per object (chunked)

The engine itself (what these do, on the search engine or the database) is search/facets.py.
"""

from __future__ import annotations

from functools import cache

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from .facets import (
    RELEVANCE,
    Catalogue,
    Column,
    Sort,
    choices_facet,
    condition_facet,
    taxonomy_facet,
    year_facet,
)

BY_RELEVANCE = Sort(RELEVANCE, _("Relevance"))


def _names(related) -> str:
    return "; ".join(str(item) for item in related.all())


def _page_columns(*extra: Column) -> list[Column]:
    return [
        Column("title", lambda page, _request: page.title),
        Column("url", lambda page, request: page.get_full_url(request)),
        Column("language", lambda page, _request: page.locale.language_code),
        *extra,
        Column("themes", lambda page, _request: _names(page.themes)),
        Column("regions", lambda page, _request: _names(page.regions)),
        Column("countries", lambda page, _request: "; ".join(c.code for c in page.countries.all())),
        Column("intro", lambda page, _request: page.intro),
    ]


def _place_facets():
    from cms.models import Country, Region, Theme

    return [
        taxonomy_facet("theme", _("Theme"), "themes__slug", Theme),
        taxonomy_facet("region", _("Region"), "regions__slug", Region),
        taxonomy_facet("country", _("Country"), "countries__code", Country, value="code"),
    ]


def _pages(model, *, select=(), prefetch=("themes",)):
    """The live, public pages of `model`, with what their cards show joined."""

    def scope():
        return (
            model.objects.live()
            .public()
            .defer_streamfields()
            .select_related("locale", *select)
            .prefetch_related(*prefetch)
        )

    return scope


def _library() -> Catalogue:
    from cms.models import Language, ResourcePage, ResourceType

    return Catalogue(
        name="library",
        label=_("Library"),
        model=ResourcePage,
        scope=_pages(
            ResourcePage,
            select=("resource_type",),
            prefetch=("themes", "regions", "countries", "versions__language"),
        ),
        facets=[
            taxonomy_facet("type", _("Type"), "resource_type", ResourceType, key="pk"),
            *_place_facets(),
            taxonomy_facet(
                "language", _("Language"), "versions__language", Language, value="code", key="pk"
            ),
            year_facet("year", _("Year"), "publication_date"),
        ],
        sorts=[
            BY_RELEVANCE,
            Sort("newest", _("Newest first"), ("-publication_date",)),
            Sort("oldest", _("Oldest first"), ("publication_date",)),
            Sort("title", _("Title"), ("title",)),
        ],
        default_sort="newest",
        columns=_page_columns(
            Column("type", lambda page, _request: str(page.resource_type or "")),
            Column("authors", lambda page, _request: "; ".join(page.author_list)),
            Column("publisher", lambda page, _request: page.publisher),
            Column("publication_date", lambda page, _request: page.publication_date.isoformat()),
            Column(
                "languages",
                lambda page, _request: "; ".join(v.language.code for v in page.versions.all()),
            ),
        ),
    )


def _projects() -> Catalogue:
    from cms.models import Country, GCMObjective, ProjectPage, SustainableDevelopmentGoal

    def date(value):
        return value.isoformat() if value else ""

    return Catalogue(
        name="projects",
        label=_("Projects"),
        model=ProjectPage,
        scope=_pages(ProjectPage, prefetch=("themes", "regions", "countries")),
        facets=[
            *_place_facets(),
            taxonomy_facet(
                "origin", _("Corridor: from"), "corridors__origin", Country, value="code", key="pk"
            ),
            taxonomy_facet(
                "destination",
                _("Corridor: to"),
                "corridors__destination",
                Country,
                value="code",
                key="pk",
            ),
            choices_facet("status", _("Status"), "status", ProjectPage.Status.choices),
            taxonomy_facet("sdg", _("SDG"), "sdgs__code", SustainableDevelopmentGoal, value="code"),
            taxonomy_facet(
                "gcm", _("GCM objective"), "gcm_objectives__number", GCMObjective, value="number"
            ),
            year_facet("year", _("Start year"), "start_date"),
        ],
        sorts=[
            BY_RELEVANCE,
            Sort("newest", _("Newest first"), ("-start_date",)),
            Sort("oldest", _("Oldest first"), ("start_date",)),
            Sort("title", _("Title"), ("title",)),
        ],
        default_sort="newest",
        columns=_page_columns(
            Column("status", lambda page, _request: page.get_status_display()),
            Column("start_date", lambda page, _request: date(page.start_date)),
            Column("end_date", lambda page, _request: date(page.end_date)),
            Column(
                "budget", lambda page, _request: "" if page.budget is None else str(page.budget)
            ),
            Column("currency", lambda page, _request: page.currency),
        ),
    )


def _events() -> Catalogue:
    from cms.models import EventPage

    conditions = {
        "upcoming": (_("Upcoming"), lambda: _q(end__gte=timezone.now())),
        "past": (_("Past"), lambda: _q(end__lt=timezone.now())),
        "all": (pgettext_lazy("events", "All"), lambda: _q()),
    }
    return Catalogue(
        name="events",
        label=_("Events"),
        model=EventPage,
        scope=_pages(EventPage),
        facets=[
            condition_facet("when", _("When"), conditions, default="upcoming"),
            *_place_facets(),
            choices_facet(
                "format",
                pgettext_lazy("event format", "Format"),
                "event_format",
                EventPage.Format.choices,
            ),
            year_facet("year", _("Year"), "start"),
        ],
        sorts=[
            BY_RELEVANCE,
            Sort("soonest", _("Soonest first"), ("start",)),
            Sort("latest", _("Latest first"), ("-start",)),
        ],
        # past events, the latest first; otherwise the next one first
        default_sort=lambda filters: "latest" if filters.get("when") == ["past"] else "soonest",
        per_page=12,
    )


def _q(**lookups):
    from django.db.models import Q

    return Q(**lookups)


def _articles(name, label, model_name) -> Catalogue:
    from cms import models

    model = getattr(models, model_name)
    return Catalogue(
        name=name,
        label=label,
        model=model,
        scope=_pages(model),
        facets=[*_place_facets(), year_facet("year", _("Year"), "date")],
        sorts=[
            BY_RELEVANCE,
            Sort("newest", _("Newest first"), ("-date",)),
            Sort("oldest", _("Oldest first"), ("date",)),
        ],
        default_sort="newest",
        per_page=12,
    )


def _by_title(name, label, model_name) -> Catalogue:
    from cms import models

    model = getattr(models, model_name)
    return Catalogue(
        name=name,
        label=label,
        model=model,
        scope=_pages(model),
        facets=_place_facets(),
        sorts=[
            BY_RELEVANCE,
            Sort("title", _("Title"), ("title",)),
            Sort("newest", _("Newest first"), ("-first_published_at",)),
        ],
        default_sort="title",
        per_page=12,
        columns=_page_columns(),
    )


def _topics() -> Catalogue:
    from cms.models import Theme
    from hub.discussions.models import Topic

    return Catalogue(
        name="topics",
        label=_("Forum topics"),
        model=Topic,
        scope=lambda: Topic.objects.filter(is_listed=True).select_related("theme"),
        facets=[taxonomy_facet("theme", _("Theme"), "theme_id", Theme, key="pk")],
        sorts=[
            BY_RELEVANCE,
            Sort("active", _("Recently active"), ("-last_activity_at",)),
        ],
        default_sort="active",
        per_page=20,
        localized=False,
        cache_counts=False,
    )


_DECLARATIONS = {
    "library": _library,
    "projects": _projects,
    "events": _events,
    "news": lambda: _articles("news", _("News"), "NewsPage"),
    "blog": lambda: _articles("blog", _("Blog"), "BlogPage"),
    "toolkits": lambda: _by_title("toolkits", _("Toolkits"), "ToolkitPage"),
    "courses": lambda: _by_title("courses", _("Courses"), "CoursePage"),
    "topics": _topics,
}


def names() -> tuple[str, ...]:
    return tuple(_DECLARATIONS)


@cache
def get(name: str) -> Catalogue:
    """The catalogue called `name`; KeyError for a name that is not one."""
    return _DECLARATIONS[name]()


def index_page(name: str):
    """The live index page that lists catalogue `name`, in the visitor's language if translated.

    None when there is none (the forum's topics are listed by a view of their own).
    """
    from wagtail.models import Locale, get_page_models

    models = [m for m in get_page_models() if getattr(m, "catalogue", None) == name]
    if not models:
        return None
    pages = models[0].objects.live().public()
    return (
        pages.filter(locale=Locale.get_active()).first()
        or pages.filter(locale=Locale.get_default()).first()
    )
