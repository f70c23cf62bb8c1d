"""Faceted search: free text, facets with counts, several values per facet, sort and pages.

One service for every backend. Filtering is expressed once, as ORM lookups on the queryset that
Wagtail hands to the backend (the engine translates them through the `FilterField` and
`RelatedFields` entries of the page's `search_fields`). Fetching differs in the only place it
must: on the engine, one `_msearch` brings the page of hits, the total and every count (terms
aggregations); on the database, a count, GROUP BY over the matched rows, and the page's rows.
Counts are disjunctive: each facet is counted with every *other* facet applied, so the values of
a facet stay visible (and add up) when one of them is chosen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import ExtractYear
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext
from modelsearch import index
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults
from modelsearch.query import Fuzzy, MatchAll
from wagtail.models import Locale

from cms.listing import content_version

from . import engine
from .backends import EngineResponseError

MAX_QUERY_LENGTH = 200
MAX_VALUE_LENGTH = 100
MAX_VALUES_PER_FACET = 20
MAX_BUCKETS = 1000
#: The engines page through the first 10,000 matches only (their `index.max_result_window`).
MAX_PAGED_RESULTS = 10_000
YEARS = range(1900, 2101)
#: How the words of a query combine, the same on every backend: any word matches and documents
#: with more of them (and in the title) rank first, as on the engine by default. Picking a title
#: from the suggestions thus finds that publication first and its neighbours after it.
OPERATOR = "or"
T = TypeVar("T")


@dataclass(frozen=True)
class Option:
    value: str  # what the URL carries
    label: str
    key: str  # what the index and the database hold (a slug, a code or a primary key), as text


@dataclass(frozen=True)
class Facet:
    """A GET parameter that narrows the results, counted per value.

    `lookup` is the ORM path of the indexed value: a field ("resource_type", "status"), or a
    relation and a field of it ("themes__slug", "versions__language"), each backed by a
    FilterField in `search_fields`. Year facets count and filter a date field by year.
    """

    param: str
    label: str
    lookup: str
    options: Callable[[], Iterable[Option]] = field(default=lambda: ())
    year: bool = False

    def q(self, keys: list[str]) -> Q:
        if self.year:
            combined = Q()
            for key in keys:
                combined |= Q(**{f"{self.lookup}__year": int(key)})
            return combined
        return Q(**{f"{self.lookup}__in": keys})

    @property
    def spans_relation(self) -> bool:
        return "__" in self.lookup


def taxonomy_facet(param, label, lookup, model, value="slug", key=None) -> Facet:
    """A facet over a taxonomy: the URL carries `value`, the index holds `key` (default: value)."""
    key = key or value

    def options():
        return [
            Option(str(getattr(obj, value)), str(obj), str(getattr(obj, key)))
            for obj in model.objects.all()
        ]

    return Facet(param, label, lookup, options)


def choices_facet(param, label, lookup, choices) -> Facet:
    return Facet(param, label, lookup, lambda: [Option(v, str(lbl), v) for v, lbl in choices])


def year_facet(param, label, lookup) -> Facet:
    return Facet(param, label, lookup, year=True)


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool
    toggle_url: str


@dataclass
class FacetResult:
    param: str
    label: str
    values: list[FacetValue]

    @property
    def selected(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


@dataclass
class ActiveFilter:
    label: str
    value_label: str
    remove_url: str


@dataclass
class Outcome:
    query: str
    sort: str
    page: object  # django.core.paginator.Page
    facets: list[FacetResult]
    active: list[ActiveFilter]
    messages: list[str]
    degraded: bool
    total: int  # every match, even beyond the pages one can browse (MAX_PAGED_RESULTS)
    corrected: bool = False  # no exact match: these results match similar words
    query_string: str = ""
    all_languages: bool = False  # records in every language, not only the visitor's

    @property
    def every_language_url(self) -> str:
        """This search over the records of every language."""
        return "?" + urlencode([*self._without_languages(), (LANGUAGES_PARAM, "all")])

    @property
    def own_language_url(self) -> str:
        """This search over the records of the visitor's language."""
        return "?" + urlencode(self._without_languages())

    def _without_languages(self):
        return [(k, v) for k, v in _pairs(self.query_string) if k != LANGUAGES_PARAM]

    @property
    def items(self):
        return self.page.object_list

    def page_url(self, number: int) -> str:
        return "?" + urlencode([*_pairs(self.query_string), ("page", number)])


def _pairs(query_string: str):
    from urllib.parse import parse_qsl

    return parse_qsl(query_string, keep_blank_values=False)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_query(raw: str, messages: list[str] | None = None) -> str:
    """A query the backends can take: no control characters, single spaces, bounded length."""
    text = unicodedata.normalize("NFC", _CONTROL.sub(" ", raw or ""))
    text = " ".join(text.split())
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        if messages is not None:
            messages.append(
                gettext("Your search was shortened to %(count)d characters.")
                % {"count": MAX_QUERY_LENGTH}
            )
    # Surrogates (lone halves of a pair) cannot be encoded for the engine or the database.
    return text.encode("utf-8", "ignore").decode("utf-8")


def search_terms(query: str) -> str:
    """The words of a query, as every backend takes them: operators and punctuation go.

    The engine would take them, but SQLite's FTS5 and PostgreSQL's tsquery give some of them
    meaning (or a syntax error), and a query must mean the same on every backend.
    """
    return " ".join(re.findall(r"\w+", query))


#: `?languages=all` lists the records of every language, not only the visitor's.
LANGUAGES_PARAM = "languages"


@dataclass
class FacetedSearch:
    """A faceted search over one page type, as configured by a search view."""

    name: str  # names its cached facet options
    queryset: Callable[[], QuerySet]  # the live, public pages in scope
    facets: list[Facet]
    newest_order: tuple[str, ...]  # FilterFields, e.g. ("-publication_date",)
    per_page: int = 15

    def run(self, params) -> Outcome:
        messages: list[str] = []
        query = clean_query(params.get("q", ""), messages)
        sort = params.get("sort") or ("relevance" if query else "newest")
        if sort not in ("relevance", "newest"):
            messages.append(gettext("Unknown sort order: showing the most relevant first."))
            sort = "relevance"
        if not query:
            sort = "newest"
        selected, options = self._selected(params, messages)
        number = params.get("page", "1")
        all_languages = params.get(LANGUAGES_PARAM) == "all"

        def operation(backend):
            return self._search(backend, query, sort, selected, number, messages, all_languages)

        (found, page, corrected), degraded = engine.run(operation)
        facets, active, pairs = self._render(
            query, sort, selected, options, found.counts, all_languages
        )
        if degraded:
            messages.insert(
                0,
                gettext(
                    "The search engine is not answering, so these results come from a simpler "
                    "search of the database: ranking and spelling tolerance are reduced."
                ),
            )
        return Outcome(
            query=query,
            sort=sort,
            page=page,
            facets=facets,
            active=active,
            messages=messages,
            degraded=degraded,
            total=found.total,
            corrected=corrected,
            query_string=urlencode(pairs),
            all_languages=all_languages,
        )

    # --- input -----------------------------------------------------------------------------

    def options(self) -> dict[str, list[Option]]:
        """Each facet's options (none for years), cached until the content or a taxonomy changes."""

        def compute():
            return {f.param: list(f.options()) for f in self.facets if not f.year}

        # Labels are in the active language: one entry per language.
        key = f"search:facet-options:{content_version()}:{get_language()}:{self.name}"
        return cache.get_or_set(key, compute, timeout=24 * 3600)

    def _selected(self, params, messages):
        selected: dict[str, list[str]] = {}
        all_options: dict[str, dict[str, Option]] = {}
        cached = self.options()
        for facet in self.facets:
            options = {o.value.lower(): o for o in cached.get(facet.param, ())}
            all_options[facet.param] = options
            raw = [v.strip() for v in params.getlist(facet.param) if v.strip()]
            if len(raw) > MAX_VALUES_PER_FACET:
                messages.append(
                    gettext("Only the first %(count)d %(filter)s values count.")
                    % {"count": MAX_VALUES_PER_FACET, "filter": facet.label.lower()}
                )
            keys: list[str] = []
            for value in raw[:MAX_VALUES_PER_FACET]:
                if len(value) > MAX_VALUE_LENGTH:
                    messages.append(
                        gettext("A %(filter)s value was too long and was ignored.")
                        % {"filter": facet.label.lower()}
                    )
                    continue
                if facet.year:
                    is_year = value.isascii() and value.isdigit() and int(value) in YEARS
                    key = value if is_year else None
                else:
                    option = options.get(value.lower())
                    key = option.key if option else None
                if key is None:
                    messages.append(
                        gettext("Unknown %(filter)s “%(value)s” was ignored.")
                        % {"filter": facet.label.lower(), "value": value}
                    )
                elif key not in keys:
                    keys.append(key)
            if keys:
                selected[facet.param] = keys
        return selected, all_options

    # --- search ----------------------------------------------------------------------------

    def _filtered(self, selected, base: QuerySet, leave_out=None) -> QuerySet:
        queryset = base
        for facet in self.facets:
            keys = selected.get(facet.param)
            if keys and facet.param != leave_out:
                queryset = queryset.filter(facet.q(keys))
                if facet.spans_relation and len(keys) > 1:
                    # several values of a relation match one row more than once in SQL
                    queryset = queryset.distinct()
        return queryset

    def _search(self, backend, query, sort, selected, number, messages, all_languages):
        terms = search_terms(query)
        # built once: public() reads the view restrictions each time it is called
        base = self.queryset()
        if not all_languages:
            base = base.filter(locale=Locale.get_active())
        queryset = self._filtered(selected, base)
        order_by_relevance = sort == "relevance"
        if not order_by_relevance:
            queryset = queryset.order_by(*self.newest_order)
        requested = _page_number(number)
        start = (requested - 1) * self.per_page

        def find(search_query):
            results = backend.search(
                search_query, queryset, order_by_relevance=order_by_relevance, operator=OPERATOR
            )
            return self._find(backend, results, search_query, selected, base, start)

        found, corrected = find(terms or MatchAll()), False
        if terms and not found.total:
            similar = if_supported(lambda: find(Fuzzy(terms)))
            if similar is not None and similar.total:
                found, corrected = similar, True
        page = paginate(found.results, self.per_page, number, messages, found.total)
        if found.page is not None and page.number == requested:
            page.object_list = found.page
        else:
            page.object_list = list(page.object_list)
        return found, page, corrected

    def _find(self, backend, results, search_query, selected, base, start) -> Found:
        """The total and the facet counts of `results`, and on the engine its page at `start`."""
        searches = [
            (backend.search(search_query, queryset, operator=OPERATOR), facets)
            for queryset, facets in self._count_groups(selected, base)
        ]
        if isinstance(results, ElasticsearchBaseSearchResults):
            return _engine_find(backend, results, searches, base, start, self.per_page)
        return Found(results, results.count(), _database_counts(searches))

    def _count_groups(self, selected, base) -> list[tuple[QuerySet, list[Facet]]]:
        """The querysets to count facets over: every facet with every *other* facet applied."""
        groups: list[tuple[QuerySet, list[Facet]]] = []
        unselected = [f for f in self.facets if f.param not in selected]
        if unselected:
            groups.append((self._filtered(selected, base), unselected))
        for facet in self.facets:
            if facet.param in selected:
                groups.append((self._filtered(selected, base, leave_out=facet.param), [facet]))
        return groups

    # --- output ----------------------------------------------------------------------------

    def _render(self, query, sort, selected, options, counts, all_languages=False):
        base = [("q", query)] if query else []
        if query and sort != "relevance":
            base.append(("sort", sort))
        if all_languages:
            base.append((LANGUAGES_PARAM, "all"))
        by_key = {}
        for facet in self.facets:
            if facet.year:
                years = {*counts.get(facet.param, {}), *selected.get(facet.param, [])}
                by_key[facet.param] = {year: Option(year, year, year) for year in years}
            else:
                by_key[facet.param] = {o.key: o for o in options[facet.param].values()}
        pairs = list(base)
        for facet in self.facets:
            for key in selected.get(facet.param, []):
                pairs.append((facet.param, by_key[facet.param][key].value))

        current = urlencode(pairs)
        results, active = [], []
        for facet in self.facets:
            chosen = selected.get(facet.param, [])
            facet_counts = counts.get(facet.param, {})
            values = []
            for key, option in by_key[facet.param].items():
                count = facet_counts.get(key, 0)
                is_selected = key in chosen
                if not count and not is_selected:
                    continue
                pair = (facet.param, option.value)
                if is_selected:
                    url = "?" + urlencode([p for p in pairs if p != pair])
                else:  # the current query with this value added
                    url = "?" + "&".join(filter(None, (current, urlencode([pair]))))
                values.append(FacetValue(option.value, option.label, count, is_selected, url))
                if is_selected:
                    active.append(ActiveFilter(facet.label, option.label, url))
            if facet.year:
                values.sort(key=lambda v: v.value, reverse=True)
            else:
                values.sort(key=lambda v: (not v.selected, -v.count, v.label))
            results.append(FacetResult(facet.param, facet.label, values))
        return results, active, pairs


def _page_number(number) -> int:
    """The page a request asks for, as the paginator will read it (1 when it is not a number)."""
    try:
        return max(1, int(number))
    except (TypeError, ValueError):
        return 1


def paginate(results, per_page: int, number, messages: list[str], total: int):
    """The page `number` of `results` (`total` of them), or the nearest one with a message."""
    paginator = Paginator(results, per_page)
    paginator.count = min(total, MAX_PAGED_RESULTS)  # known already: no second count
    try:
        return paginator.page(number)
    except PageNotAnInteger:
        messages.append(
            gettext("“%(number)s” is not a page number: showing page 1.")
            % {"number": number[:MAX_VALUE_LENGTH]}
        )
        return paginator.page(1)
    except EmptyPage:
        last = paginator.num_pages
        if total > MAX_PAGED_RESULTS:
            messages.append(
                gettext(
                    "Only the first %(count)s results can be browsed page by page: "
                    "showing page %(last)d. Add words or filters to narrow the search."
                )
                % {"count": number_format(MAX_PAGED_RESULTS, force_grouping=True), "last": last}
            )
        else:
            messages.append(
                gettext("There is no page %(number)s: showing the last page, %(last)d.")
                % {"number": str(number)[:MAX_VALUE_LENGTH], "last": last}
            )
        return paginator.page(last)


def if_supported(operation: Callable[[], T]) -> T | None:
    """operation(), or None where the backend cannot do it (fuzzy matching on SQLite, say)."""
    from django.db import DatabaseError, NotSupportedError, transaction

    try:
        # a savepoint: a database that cannot do it must not abort the request's transaction
        with transaction.atomic():
            return operation()
    except (NotImplementedError, NotSupportedError, DatabaseError):
        return None


def fuzzy_results(backend, query, queryset, order_by_relevance):
    """Results for words like the query's (one typo), where the backend can do that."""

    def search():
        results = backend.search(Fuzzy(query), queryset, order_by_relevance=order_by_relevance)
        return results if results.count() else None

    return if_supported(search)


# --- counting ------------------------------------------------------------------------------


@dataclass
class Found:
    """What one search found: its lazy results, their total and the facet counts.

    `page` holds the page of objects the search started at, when the backend fetched it along
    with the counts (the engine does, in the same request).
    """

    results: object
    total: int
    counts: dict[str, dict]  # {param: {key: count}}
    page: list | None = None


def _database_counts(searches) -> dict[str, dict]:
    counts: dict[str, dict] = {}
    for results, facets in searches:
        get_queryset = getattr(results, "get_queryset", None)
        if get_queryset is not None:
            matched = get_queryset().values("pk")
        else:  # a backend without a queryset of its matches: count over their primary keys
            matched = [obj.pk for obj in results]
        model = results.query_compiler.queryset.model
        rows = model._default_manager.filter(pk__in=matched).order_by()
        for facet in facets:
            value = ExtractYear(facet.lookup) if facet.year else F(facet.lookup)
            grouped = rows.values(facet_value=value).annotate(
                n=Count("pk", distinct=facet.spans_relation)
            )
            counts[facet.param] = {
                str(row["facet_value"]): row["n"]
                for row in grouped
                if row["facet_value"] is not None
            }
    return counts


def _engine_find(backend, results, searches, scope, start: int, per_page: int) -> Found:
    """One `_msearch`: the page of hits at `start` with the exact total, and every count.

    Built from Wagtail's own compiled queries (`_get_es_body`), so filters, sorting and scoring
    stay Wagtail's. The hits become pages by primary key within `scope` (the live, public pages,
    without the facets' joins: the engine has applied those, and they can mislead the planner). The
    counts are requests of their own, with no hits (size 0): the engine caches those (its shard
    request cache), so a popular query's counts cost nothing the second time.
    """

    def index_name(search_results):
        return backend.get_index_for_model(search_results.query_compiler.queryset.model).name

    page_body = results._get_es_body()
    page_body.update(
        {"track_total_hits": True, "_source": False, "stored_fields": ["pk"], "size": per_page}
    )
    # a page the engine cannot reach (beyond its result window) is fetched after, if at all
    if start + per_page > MAX_PAGED_RESULTS:
        page_body["size"] = 0
    else:
        page_body["from"] = start
    body = [{"index": index_name(results)}, page_body]
    for facet_results, facets in searches:
        compiler = facet_results.query_compiler
        es_body = facet_results._get_es_body(for_count=True)
        es_body["size"] = 0
        es_body["aggs"] = _aggregations(compiler.mapping, compiler.queryset.model, facets)
        body += [{"index": index_name(facet_results)}, es_body]
    responses = backend.es.msearch(body=body)["responses"]
    for response in responses:
        if "error" in response:
            raise EngineResponseError(f"search failed on the engine: {response['error']}")
    hits = responses[0]["hits"]
    page = _pages(scope, hits["hits"]) if page_body["size"] else None
    return Found(results, hits["total"]["value"], _engine_counts(searches, responses[1:]), page)


def _pages(scope: QuerySet, hits) -> list:
    """The pages of `hits`, in the engine's order; a hit no longer in `scope` is left out."""
    pks = [str(hit["fields"]["pk"][0]) for hit in hits]
    found = {str(page.pk): page for page in scope.filter(pk__in=pks)}
    return [found[pk] for pk in pks if pk in found]


#: The aggregation that counts every facet over a relation at once (see TaggedPage.facet_keys).
RELATED = "facet_keys"


def _aggregations(mapping, model, facets: list[Facet]) -> dict:
    """The engine's aggregations counting `facets`, one per facet except over relations.

    Facets over relations are counted together, by one terms aggregation over the page's flat
    list of "path=value" keys: counting nested documents costs several times more.
    """
    aggs = {}
    related = [f.lookup for f in facets if f.spans_relation]
    if related:
        missing = set(related) - set(getattr(model, "facet_relations", ()))
        if missing:
            raise LookupError(f"{model.__name__}.facet_relations lacks {sorted(missing)}")
        column = _filter_column(mapping, model.get_search_fields(), "facet_keys")
        # a Lucene regular expression: lookups are ORM paths, \w+
        include = "(" + "|".join(related) + ")=.*"
        size = MAX_BUCKETS * len(related)
        aggs[RELATED] = {"terms": {"field": column, "include": include, "size": size}}
    for facet in facets:
        if facet.spans_relation:
            continue
        column = _filter_column(mapping, model.get_search_fields(), facet.lookup)
        if facet.year:
            aggs[facet.param] = {
                "date_histogram": {
                    "field": column,
                    "calendar_interval": "year",
                    "format": "yyyy",
                    "min_doc_count": 1,
                }
            }
        else:
            aggs[facet.param] = {"terms": {"field": column, "size": MAX_BUCKETS}}
    return aggs


def _engine_counts(searches, responses) -> dict[str, dict]:
    counts: dict[str, dict] = {}
    for (_results, facets), response in zip(searches, responses, strict=True):
        aggregations = response["aggregations"]
        by_lookup = {f.lookup: counts.setdefault(f.param, {}) for f in facets if f.spans_relation}
        for bucket in aggregations.get(RELATED, {}).get("buckets", []):
            lookup, key = bucket["key"].split("=", 1)
            by_lookup[lookup][key] = bucket["doc_count"]
        for facet in facets:
            buckets = [] if facet.spans_relation else aggregations[facet.param]["buckets"]
            if facet.year:
                counts[facet.param] = {
                    b["key_as_string"]: b["doc_count"] for b in buckets if b["doc_count"]
                }
            elif buckets:
                counts[facet.param] = {_key(b): b["doc_count"] for b in buckets}
    return counts


def _key(bucket) -> str:
    key = bucket["key"]
    return str(key).lower() if isinstance(key, bool) else str(key)


def _filter_column(mapping, search_fields, name) -> str:
    for search_field in search_fields:
        if isinstance(search_field, index.FilterField) and search_field.field_name == name:
            return mapping.get_field_column_name(search_field)
    raise LookupError(f"no FilterField({name!r}) in {mapping.model.__name__}.search_fields")
