"""Site search across every public page type, with editors' picks, and title autocomplete."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _lazy
from modelsearch.utils import normalise_query_string
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page

from hub.discussions.services import topics as forum_topics

from . import engine
from .facets import (
    LANGUAGES_PARAM,
    OPERATOR,
    clean_query,
    fuzzy_results,
    paginate,
    search_terms,
)

PER_PAGE = 10
TOPICS_LIMIT = 5
AUTOCOMPLETE_LIMIT = 8
MIN_AUTOCOMPLETE_LENGTH = 2


def public_pages():
    """Every published page a visitor may see, without the tree's root."""
    return Page.objects.live().public().filter(depth__gt=1)


def in_visitors_language(queryset):
    """The pages of the visitor's language (each translation of a page is a page of its own)."""
    return queryset.filter(locale=Locale.get_active())


@dataclass
class SiteOutcome:
    query: str
    page: object | None = None
    promotions: list = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    degraded: bool = False
    corrected: bool = False  # no exact match: these results match similar words
    topics: list = field(default_factory=list)  # forum topics, shown beside the pages
    total: int = 0  # every match, even beyond the pages one can browse
    all_languages: bool = False  # pages in every language, not only the visitor's

    @property
    def query_string(self) -> str:
        pairs = {"q": self.query} | ({LANGUAGES_PARAM: "all"} if self.all_languages else {})
        return urlencode(pairs)

    @property
    def every_language_url(self) -> str:
        return "?" + urlencode({"q": self.query, LANGUAGES_PARAM: "all"})

    @property
    def own_language_url(self) -> str:
        return "?" + urlencode({"q": self.query})


def promotions_for(query: str) -> list[SearchPromotion]:
    """Editors' picks for this query, leaving out pages a visitor may not see."""
    if not query:
        return []
    return list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .filter(Q(page__isnull=True) | Q(page__in=public_pages()))
        .select_related("page")
        .order_by("sort_order")
    )


def search(params) -> SiteOutcome:
    messages: list[str] = []
    query = clean_query(params.get("q", ""), messages)
    outcome = SiteOutcome(
        query=query, messages=messages, all_languages=params.get(LANGUAGES_PARAM) == "all"
    )
    scope = public_pages() if outcome.all_languages else in_visitors_language(public_pages())
    terms = search_terms(query)
    if not terms:
        if query:
            messages.append(gettext("Type some words to search for."))
        return outcome
    number = params.get("page", "1")

    def operation(backend):
        results = backend.search(terms, scope, operator=OPERATOR)
        if not results.count():
            similar = fuzzy_results(backend, terms, scope, True)
            if similar is not None:
                results, outcome.corrected = similar, True
        outcome.total = results.count()
        page = paginate(results, PER_PAGE, number, messages, outcome.total)
        page.object_list = list(page.object_list)
        return page

    outcome.page, outcome.degraded = engine.run(operation)
    # One query per page type for the fields a result shows (intro, dates), not one per result.
    specific = {
        p.pk: p for p in Page.objects.filter(pk__in=[p.pk for p in outcome.page]).specific()
    }
    outcome.page.object_list = [specific.get(p.pk, p) for p in outcome.page.object_list]
    outcome.topics, _ = engine.run(
        lambda backend: forum_topics.search(terms, backend=backend, limit=TOPICS_LIMIT),
        secondary=True,
    )
    promoted = promotions_for(query)
    promoted_ids = {p.page_id for p in promoted if p.page_id}
    outcome.page.object_list = [p for p in outcome.page.object_list if p.pk not in promoted_ids]
    outcome.promotions = promoted
    if outcome.degraded:
        messages.insert(
            0,
            gettext(
                "The search engine is not answering, so these results come from a simpler "
                "search of the database: ranking and spelling tolerance are reduced."
            ),
        )
    return outcome


def autocomplete(prefix: str, queryset=None) -> tuple[list[dict], bool]:
    """Up to AUTOCOMPLETE_LIMIT {title, url} suggestions for pages whose title starts so."""
    prefix = search_terms(clean_query(prefix))[:100]
    if len(prefix) < MIN_AUTOCOMPLETE_LENGTH:
        return [], False
    queryset = in_visitors_language(public_pages() if queryset is None else queryset)

    def operation(backend):
        return list(backend.autocomplete(prefix, queryset, fields=["title"])[:AUTOCOMPLETE_LIMIT])

    pages, degraded = engine.run(operation)
    return [{"title": page.title, "url": page.url} for page in pages], degraded


# The one mapping from page types to the words a search result shows for its kind. Types not
# listed show their model's verbose name (translated), capitalised.
RESULT_TYPE_LABELS = {
    "resourcepage": _lazy("Publication"),
    "projectpage": _lazy("Project"),
    "eventpage": _lazy("Event"),
    "newspage": _lazy("News"),
    "blogpage": _lazy("Blog post"),
    "toolkitpage": _lazy("Toolkit"),
    "coursepage": _lazy("Course"),
    "coursemodulepage": _lazy("Course module"),
    "ediscussionpage": _lazy("E-discussion"),
    "milestonepage": _lazy("Milestone"),
    "timelinepage": _lazy("Timeline"),
    "standardpage": _lazy("Page"),
    "homepage": _lazy("Home page"),
    "libraryindexpage": _lazy("Library"),
    "projectindexpage": _lazy("Projects"),
    "eventindexpage": _lazy("Events"),
    "newsindexpage": _lazy("News"),
    "blogindexpage": _lazy("Blog"),
    "toolkitindexpage": _lazy("Toolkits"),
    "courseindexpage": _lazy("Courses"),
    "ediscussionindexpage": _lazy("E-discussions"),
    "indexpage": _lazy("Section"),
}


def result_type_label(model) -> str:
    """A search result's kind, for readers: "Publication" rather than "Resource page"."""
    if model is None:
        return ""
    label = RESULT_TYPE_LABELS.get(model._meta.model_name)
    return str(label) if label is not None else str(model._meta.verbose_name).capitalize()
