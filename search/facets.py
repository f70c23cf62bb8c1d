"""Faceted search: free text, facets with counts, several values per facet, sort and pages.

One service for every backend. Filtering is expressed once, as ORM lookups on the queryset that
Wagtail hands to the backend (the engine translates them through the `FilterField` and
`RelatedFields` entries of the page's `search_fields`). Counting differs in the only place it
must: on the engine, one `_msearch` of aggregations; on the database, GROUP BY over the matched
rows. Counts are disjunctive: each facet is counted with every *other* facet applied, so the
values of a facet stay visible (and add up) when one of them is chosen.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import ExtractYear
from modelsearch import index
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults
from modelsearch.query import Fuzzy, MatchAll

from . import engine

MAX_QUERY_LENGTH = 200
MAX_VALUE_LENGTH = 100
MAX_VALUES_PER_FACET = 20
MAX_BUCKETS = 1000
YEARS = range(1900, 2101)
#: How the words of a query combine, the same on every backend: any word matches and documents
#: with more of them (and in the title) rank first, as on the engine by default. Picking a title
#: from the suggestions thus finds that publication first and its neighbours after it.
OPERATOR = "or"


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
    corrected: bool = False  # no exact match: these results match similar words
    query_string: str = ""

    @property
    def items(self):
        return self.page.object_list

    @property
    def total(self) -> int:
        return self.page.paginator.count

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
            messages.append(f"Your search was shortened to {MAX_QUERY_LENGTH} characters.")
    # Surrogates (lone halves of a pair) cannot be encoded for the engine or the database.
    return text.encode("utf-8", "ignore").decode("utf-8")


def search_terms(query: str) -> str:
    """The words of a query, as every backend takes them: operators and punctuation go.

    The engine would take them, but SQLite's FTS5 and PostgreSQL's tsquery give some of them
    meaning (or a syntax error), and a query must mean the same on every backend.
    """
    return " ".join(re.findall(r"\w+", query))


@dataclass
class FacetedSearch:
    """A faceted search over one page type, as configured by a search view."""

    queryset: Callable[[], QuerySet]  # the live, public pages in scope
    facets: list[Facet]
    newest_order: tuple[str, ...]  # FilterFields, e.g. ("-publication_date",)
    per_page: int = 15

    def run(self, params) -> Outcome:
        messages: list[str] = []
        query = clean_query(params.get("q", ""), messages)
        sort = params.get("sort") or ("relevance" if query else "newest")
        if sort not in ("relevance", "newest"):
            messages.append("Unknown sort order: showing the most relevant first.")
            sort = "relevance"
        if not query:
            sort = "newest"
        selected, options = self._selected(params, messages)
        number = params.get("page", "1")

        def operation(backend):
            return self._search(backend, query, sort, selected, options, number, messages)

        (page, counts, corrected), degraded = engine.run(operation)
        facets, active, pairs = self._render(query, sort, selected, options, counts)
        if degraded:
            messages.insert(
                0,
                "The search engine is not answering, so these results come from a simpler "
                "search of the database: ranking and spelling tolerance are reduced.",
            )
        return Outcome(
            query=query,
            sort=sort,
            page=page,
            facets=facets,
            active=active,
            messages=messages,
            degraded=degraded,
            corrected=corrected,
            query_string=urlencode(pairs),
        )

    # --- input -----------------------------------------------------------------------------

    def _selected(self, params, messages):
        selected: dict[str, list[str]] = {}
        all_options: dict[str, dict[str, Option]] = {}
        for facet in self.facets:
            options = {} if facet.year else {o.value.lower(): o for o in facet.options()}
            all_options[facet.param] = options
            raw = [v.strip() for v in params.getlist(facet.param) if v.strip()]
            if len(raw) > MAX_VALUES_PER_FACET:
                messages.append(
                    f"Only the first {MAX_VALUES_PER_FACET} {facet.label.lower()} values count."
                )
            keys: list[str] = []
            for value in raw[:MAX_VALUES_PER_FACET]:
                if len(value) > MAX_VALUE_LENGTH:
                    messages.append(f"A {facet.label.lower()} value was too long and was ignored.")
                    continue
                if facet.year:
                    is_year = value.isascii() and value.isdigit() and int(value) in YEARS
                    key = value if is_year else None
                else:
                    option = options.get(value.lower())
                    key = option.key if option else None
                if key is None:
                    messages.append(f"Unknown {facet.label.lower()} “{value}” was ignored.")
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

    def _search(self, backend, query, sort, selected, options, number, messages):
        query = search_terms(query)
        # built once: public() reads the view restrictions each time it is called
        base = self.queryset()
        queryset = self._filtered(selected, base)
        order_by_relevance = sort == "relevance"
        if not order_by_relevance:
            queryset = queryset.order_by(*self.newest_order)
        results = backend.search(
            query or MatchAll(), queryset, order_by_relevance=order_by_relevance, operator=OPERATOR
        )
        corrected = False
        if query and not results.count():
            fuzzy = fuzzy_results(backend, query, queryset, order_by_relevance)
            if fuzzy is not None:
                results, corrected = fuzzy, True

        paginator = Paginator(results, self.per_page)
        try:
            page = paginator.page(number)
        except PageNotAnInteger:
            messages.append(f"“{number[:MAX_VALUE_LENGTH]}” is not a page number: showing page 1.")
            page = paginator.page(1)
        except EmptyPage:
            page = paginator.page(paginator.num_pages)
            messages.append(
                f"There is no page {number[:MAX_VALUE_LENGTH]}: showing the last page, "
                f"{paginator.num_pages}."
            )
        page.object_list = list(page.object_list)

        search_query = Fuzzy(query) if corrected else (query or MatchAll())
        counts = count_facets(backend, search_query, self, selected, base)
        return page, counts, corrected

    # --- output ----------------------------------------------------------------------------

    def _render(self, query, sort, selected, options, counts):
        base = [("q", query)] if query else []
        if query and sort != "relevance":
            base.append(("sort", sort))
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
                toggled = [p for p in pairs if p != pair] if is_selected else [*pairs, pair]
                url = "?" + urlencode(toggled)
                values.append(FacetValue(option.value, option.label, count, is_selected, url))
                if is_selected:
                    active.append(ActiveFilter(facet.label, option.label, url))
            if facet.year:
                values.sort(key=lambda v: v.value, reverse=True)
            else:
                values.sort(key=lambda v: (not v.selected, -v.count, v.label))
            results.append(FacetResult(facet.param, facet.label, values))
        return results, active, pairs


def fuzzy_results(backend, query, queryset, order_by_relevance):
    """Results for words like the query's (one typo), where the backend can do that."""
    from django.db import DatabaseError, NotSupportedError, transaction

    try:
        # a savepoint: a database that cannot do it must not abort the request's transaction
        with transaction.atomic():
            results = backend.search(Fuzzy(query), queryset, order_by_relevance=order_by_relevance)
            return results if results.count() else None
    except (NotImplementedError, NotSupportedError, DatabaseError):
        return None


# --- counting ------------------------------------------------------------------------------


def count_facets(backend, search_query, faceted: FacetedSearch, selected, base) -> dict[str, dict]:
    """{param: {key: count}} for every facet, each counted with the other facets applied."""
    groups: list[tuple[QuerySet, list[Facet]]] = []
    unselected = [f for f in faceted.facets if f.param not in selected]
    if unselected:
        groups.append((faceted._filtered(selected, base), unselected))
    for facet in faceted.facets:
        if facet.param in selected:
            groups.append((faceted._filtered(selected, base, leave_out=facet.param), [facet]))
    searches = [
        (backend.search(search_query, qs, operator=OPERATOR), facets) for qs, facets in groups
    ]
    if searches and isinstance(searches[0][0], ElasticsearchBaseSearchResults):
        return _engine_counts(backend, searches)
    return _database_counts(searches)


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


def _engine_counts(backend, searches) -> dict[str, dict]:
    body: list[dict] = []
    for results, facets in searches:
        compiler = results.query_compiler
        es_body = results._get_es_body(for_count=True)
        es_body["size"] = 0
        es_body["aggs"] = {
            facet.param: _aggregation(compiler.mapping, compiler.queryset.model, facet)
            for facet in facets
        }
        body += [{"index": backend.get_index_for_model(compiler.queryset.model).name}, es_body]
    responses = backend.es.msearch(body=body)["responses"]
    counts: dict[str, dict] = {}
    for (_results, facets), response in zip(searches, responses, strict=True):
        if "error" in response:
            raise RuntimeError(f"facet aggregation failed: {response['error']}")
        for facet in facets:
            agg = response["aggregations"][facet.param]
            if facet.year:
                counts[facet.param] = {
                    b["key_as_string"]: b["doc_count"] for b in agg["buckets"] if b["doc_count"]
                }
            elif facet.spans_relation:
                counts[facet.param] = {
                    _key(b): b["docs"]["doc_count"] for b in agg["values"]["buckets"]
                }
            else:
                counts[facet.param] = {_key(b): b["doc_count"] for b in agg["buckets"]}
    return counts


def _key(bucket) -> str:
    key = bucket["key"]
    return str(key).lower() if isinstance(key, bool) else str(key)


def _aggregation(mapping, model, facet: Facet) -> dict:
    if not facet.spans_relation:
        column = _filter_column(mapping, model.get_search_fields(), facet.lookup)
        if facet.year:
            return {
                "date_histogram": {
                    "field": column,
                    "calendar_interval": "year",
                    "format": "yyyy",
                    "min_doc_count": 1,
                }
            }
        return {"terms": {"field": column, "size": MAX_BUCKETS}}
    relation, name = facet.lookup.split("__", 1)
    related = next(
        f
        for f in model.get_search_fields()
        if isinstance(f, index.RelatedFields) and f.field_name == relation
    )
    path = mapping.get_field_column_name(related)
    related_mapping = type(mapping)(related.get_field(model).related_model)
    column = _filter_column(related_mapping, related.fields, name)
    return {
        "nested": {"path": path},
        "aggs": {
            "values": {
                "terms": {"field": f"{path}.{column}", "size": MAX_BUCKETS},
                "aggs": {"docs": {"reverse_nested": {}}},
            }
        },
    }


def _filter_column(mapping, search_fields, name) -> str:
    for search_field in search_fields:
        if isinstance(search_field, index.FilterField) and search_field.field_name == name:
            return mapping.get_field_column_name(search_field)
    raise LookupError(f"no FilterField({name!r}) in {mapping.model.__name__}.search_fields")
