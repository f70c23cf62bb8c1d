"""The catalogue engine: one declared collection, filtered, searched, counted, sorted and paged.

Every collection of the hub (library, projects, events, news, blog, toolkits, courses, forum
topics) is a `Catalogue`, declared once in `search/catalogues.py`: its facets (the filters a
request may carry, counted per value), its sort orders and its scope (the live, public objects).
Its text fields are the `SearchField`s of the model's own `search_fields`, which Wagtail needs
anyway. Index pages, faceted search, Atom feeds, the CSV export and the API read that one
declaration through this one engine.

Why here, in `search/`: the engine runs on the search backends and falls back to the database
when the engine is down (`search/engine.py`); the forum topics it declares are `hub` models; and
`search` may read both `cms` and `hub`, while `cms` (the ground floor) imports neither. The index
pages in `cms` reach the engine through the seam `cms/listing.py`, which this app plugs at start-up
(`search/apps.py`), so the import graph keeps one direction.

Filtering is expressed once, as ORM lookups on the queryset that Wagtail hands to the backend
(the engine translates them through the `FilterField` and `RelatedFields` entries of the model's
`search_fields`). Fetching differs in the only place it must: on the engine, one `_msearch`
brings the page of hits, the total and every count (terms aggregations); on the database, a
count, GROUP BY over the matched rows, and the page's rows. Counts are disjunctive: each facet is
counted with every *other* facet applied, so the values of a facet stay visible (and add up) when
one of them is chosen.

Bad input never raises in `run()`: unknown values, pages and sorts are dropped with a message.
`parse(params, strict=True)` raises `InvalidFilters` instead, for machine clients (the API).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TypeVar
from urllib.parse import parse_qsl, urlencode

from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import CharField, Count, F, Q, QuerySet, Value
from django.db.models.functions import Cast, ExtractYear
from django.utils.formats import number_format
from django.utils.translation import get_language, gettext
from modelsearch import index
from modelsearch.backends.elasticsearchbase import ElasticsearchBaseSearchResults
from modelsearch.query import Fuzzy, MatchAll

from cms import translations
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
#: How long the database's counts of a listing without words are kept (content changes clear them)
COUNTS_SECONDS = 600
#: How the words of a query combine, the same on every backend: any word matches and documents
#: with more of them (and in the title) rank first, as on the engine by default. Picking a title
#: from the suggestions thus finds that publication first and its neighbours after it.
OPERATOR = "or"
#: The parameters every catalogue reads besides its facets.
QUERY_PARAM, SORT_PARAM, PAGE_PARAM = "q", "sort", "page"
#: `?languages=all` lists the records of every language, not only the visitor's.
LANGUAGES_PARAM = "languages"
#: The sort by relevance to the words searched; without words, a catalogue's default order.
RELEVANCE = "relevance"
T = TypeVar("T")


# --- declarations --------------------------------------------------------------------------


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
    FilterField in `search_fields`. Year facets count and filter a date field by year. A facet
    with `where` narrows by a condition of its own (upcoming events) and is not counted.
    """

    param: str
    label: str
    lookup: str
    options: Callable[[], Iterable[Option]] = field(default=lambda: ())
    year: bool = False
    #: keys -> condition, for a facet that is not a plain `lookup__in` (it is not counted)
    where: Callable[[list[str]], Q] | None = None
    #: the keys that apply when a request names no value of this facet
    default: tuple[str, ...] = ()
    #: several values widen the results (OR); when False only the first value counts
    multiple: bool = True

    def q(self, keys: list[str]) -> Q:
        if self.where is not None:
            return self.where(keys)
        if self.year:
            combined = Q()
            for key in keys:
                combined |= Q(**{f"{self.lookup}__year": int(key)})
            return combined
        return Q(**{f"{self.lookup}__in": keys})

    @property
    def counted(self) -> bool:
        return self.where is None

    @property
    def spans_relation(self) -> bool:
        return self.counted and "__" in self.lookup


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


def condition_facet(param, label, conditions, default: str) -> Facet:
    """A single-choice facet whose values are conditions: {value: (label, callable -> Q)}."""

    def where(keys):
        return conditions[keys[0]][1]()

    return Facet(
        param,
        label,
        lookup=param,
        options=lambda: [Option(v, str(lbl), v) for v, (lbl, _q) in conditions.items()],
        where=where,
        default=(default,),
        multiple=False,
    )


@dataclass(frozen=True)
class Sort:
    """A sort order a request may ask for by `name`; no `order` means by relevance."""

    name: str
    label: str
    order: tuple[str, ...] = ()

    @property
    def by_relevance(self) -> bool:
        return not self.order


@dataclass(frozen=True)
class Column:
    """A column of the CSV export: its heading and how to read it from one object.

    `value(obj, request)`: the request (or None) lets a page build its full URL without a lookup
    of the site's root paths per row.
    """

    name: str
    value: Callable[[object, object], object]


# --- what a request asks -------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """Something in a request that a catalogue could not take, for a message or an error."""

    param: str
    value: str
    message: str


class InvalidFilters(ValueError):
    """A strict parse met parameters or values the catalogue does not know (see `problems`)."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


@dataclass
class Selection:
    """A request to a catalogue, validated: words, chosen keys per facet, sort, language, page."""

    query: str = ""
    sort: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)  # param -> keys, as indexed
    all_languages: bool = False
    page: str = "1"
    problems: list[Problem] = field(default_factory=list)

    @property
    def messages(self) -> list[str]:
        return [p.message for p in self.problems]


# --- what a search found -------------------------------------------------------------------


@dataclass
class FacetValue:
    value: str
    label: str
    count: int | None  # None: a facet that is not counted
    selected: bool
    toggle_url: str


@dataclass
class FacetResult:
    param: str
    label: str
    values: list[FacetValue]
    multiple: bool = True

    @property
    def selected(self) -> list[FacetValue]:
        return [v for v in self.values if v.selected]


@dataclass
class ActiveFilter:
    param: str
    label: str
    value: str
    value_label: str
    remove_url: str


@dataclass
class Outcome:
    catalogue: Catalogue
    selection: Selection
    page: object  # django.core.paginator.Page
    facets: list[FacetResult]
    active: list[ActiveFilter]
    messages: list[str]
    degraded: bool
    total: int  # every match, even beyond the pages one can browse (MAX_PAGED_RESULTS)
    corrected: bool = False  # no exact match: these results match similar words
    query_string: str = ""

    @property
    def query(self) -> str:
        return self.selection.query

    @property
    def sort(self) -> str:
        return self.selection.sort

    @property
    def all_languages(self) -> bool:
        return self.selection.all_languages

    @property
    def sorts(self) -> list[Sort]:
        """The orders to offer: by relevance only when words were searched."""
        return [s for s in self.catalogue.sorts if self.query or not s.by_relevance]

    def facet(self, param: str) -> FacetResult | None:
        return next((f for f in self.facets if f.param == param), None)

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
        return "?" + urlencode([*_pairs(self.query_string), (PAGE_PARAM, number)])

    @property
    def previous_url(self) -> str:
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""


def _pairs(query_string: str):
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


# --- the catalogue -------------------------------------------------------------------------


@dataclass
class Catalogue:
    """One collection, declared once (search/catalogues.py), and everything done with it."""

    name: str  # names its cached facet options, and the collection in URLs and the API
    label: str
    model: type
    scope: Callable[[], QuerySet]  # the live, public objects, with what a listing shows joined
    facets: list[Facet]
    sorts: list[Sort]
    #: the sort without words: a name in `sorts`, or a callable of the chosen filters
    default_sort: str | Callable[[dict[str, list[str]]], str]
    per_page: int = 15
    #: objects in languages (pages): a list shows the visitor's unless `?languages=all`
    localized: bool = True
    #: the columns of the CSV export
    columns: list[Column] = field(default_factory=list)
    #: whether the database's counts without words are cached until the content version changes
    #: (cms.listing.content_version follows publications: pages, not forum topics)
    cache_counts: bool = True

    # --- what it is ------------------------------------------------------------------------

    @property
    def text_fields(self) -> list[str]:
        """The fields words are searched in: the model's own `SearchField`s."""
        return [
            f.field_name for f in self.model.get_search_fields() if isinstance(f, index.SearchField)
        ]

    @property
    def params(self) -> list[str]:
        """Every GET parameter the catalogue reads."""
        names = [QUERY_PARAM, SORT_PARAM, PAGE_PARAM, *(f.param for f in self.facets)]
        return names + ([LANGUAGES_PARAM] if self.localized else [])

    def sort_named(self, name: str) -> Sort | None:
        return next((s for s in self.sorts if s.name == name), None)

    def options(self) -> dict[str, list[Option]]:
        """Each facet's options (none for years), cached until the content or a taxonomy changes."""

        def compute():
            return {f.param: list(f.options()) for f in self.facets if not f.year}

        # Labels are in the active language: one entry per language.
        key = f"search:facet-options:{content_version()}:{get_language()}:{self.name}"
        return cache.get_or_set(key, compute, timeout=24 * 3600)

    # --- reading a request -----------------------------------------------------------------

    def parse(self, params, *, strict: bool = False, extra: Iterable[str] = ()) -> Selection:
        """The `Selection` a QueryDict asks for.

        Not strict (pages): what cannot be taken is left out, with a message in `problems`.
        Strict (machine clients): any problem, and any parameter that is neither the
        catalogue's nor in `extra`, raises `InvalidFilters`.
        """
        problems: list[Problem] = []
        if strict:
            known = {*self.params, *extra}
            for name in params:
                if name not in known:
                    problems.append(
                        Problem(
                            name,
                            "",
                            gettext("Unknown filter “%(name)s”.")
                            % {"name": name[:MAX_VALUE_LENGTH]},
                        )
                    )
        messages: list[str] = []
        query = clean_query(params.get(QUERY_PARAM, ""), messages)
        problems += [Problem(QUERY_PARAM, "", m) for m in messages]
        filters = self._chosen(params, problems)
        sort = params.get(SORT_PARAM) or ""
        if sort and self.sort_named(sort) is None:
            problems.append(
                Problem(
                    SORT_PARAM,
                    sort[:MAX_VALUE_LENGTH],
                    gettext("Unknown sort order: showing the default order."),
                )
            )
            sort = ""
        if not sort or (not query and self.sort_named(sort).by_relevance):
            sort = (
                RELEVANCE if query and self.sort_named(RELEVANCE) else self._default_sort(filters)
            )
        all_languages = self.localized and params.get(LANGUAGES_PARAM) == "all"
        selection = Selection(
            query=query,
            sort=sort,
            filters=filters,
            all_languages=all_languages,
            page=params.get(PAGE_PARAM, "1"),
            problems=problems,
        )
        if strict and problems:
            raise InvalidFilters(problems)
        return selection

    def _chosen(self, params, problems: list[Problem]) -> dict[str, list[str]]:
        chosen: dict[str, list[str]] = {}
        cached = self.options()
        for facet in self.facets:
            options = {o.value.lower(): o for o in cached.get(facet.param, ())}
            raw = [v.strip() for v in params.getlist(facet.param) if v.strip()]
            limit = MAX_VALUES_PER_FACET if facet.multiple else 1
            if len(raw) > limit:
                problems.append(
                    Problem(
                        facet.param,
                        "",
                        gettext("Only the first %(count)d %(filter)s values count.")
                        % {"count": limit, "filter": facet.label.lower()},
                    )
                )
            keys: list[str] = []
            for value in raw[:limit]:
                if len(value) > MAX_VALUE_LENGTH:
                    problems.append(
                        Problem(
                            facet.param,
                            value[:MAX_VALUE_LENGTH],
                            gettext("A %(filter)s value was too long and was ignored.")
                            % {"filter": facet.label.lower()},
                        )
                    )
                    continue
                if facet.year:
                    is_year = value.isascii() and value.isdigit() and int(value) in YEARS
                    key = value if is_year else None
                else:
                    option = options.get(value.lower())
                    key = option.key if option else None
                if key is None:
                    problems.append(
                        Problem(
                            facet.param,
                            value,
                            gettext("Unknown %(filter)s “%(value)s” was ignored.")
                            % {"filter": facet.label.lower(), "value": value},
                        )
                    )
                elif key not in keys:
                    keys.append(key)
            keys = keys or list(facet.default)
            if keys:
                chosen[facet.param] = keys
        return chosen

    # --- querysets -------------------------------------------------------------------------

    def objects(self, *, language: str | None = None, all_languages: bool = False) -> QuerySet:
        """The live, public objects in `language` (default: the visitor's), or in every one.

        In a language: its own pages, and the default language's pages not translated into it
        (cms.translations.in_language), so no list shows one record twice.
        """
        queryset = self.scope()
        if self.localized and not all_languages:
            queryset = translations.in_language(queryset, language)
        return queryset

    def filtered(self, selection: Selection, *, language: str | None = None) -> QuerySet:
        """The objects `selection` asks for, each once, in its sort order (never by relevance).

        Words restrict the objects to their matches on the engine (or the database), up to
        MAX_PAGED_RESULTS of them. For feeds, exports and the API.
        """
        base = self.objects(language=language, all_languages=selection.all_languages)
        queryset = self._filtered(selection.filters, base)
        terms = search_terms(selection.query)
        if terms:
            matched, _degraded = engine.run(lambda backend: _matches(backend, terms, queryset))
            queryset = base.filter(pk__in=matched)
        sort = self.sort_named(selection.sort)
        if sort is None or sort.by_relevance:
            sort = self.sort_named(self._default_sort(selection.filters))
        # ties broken by primary key, in the same direction: a stable order for cursors
        tiebreak = "-pk" if sort.order[0].startswith("-") else "pk"
        return queryset.order_by(*sort.order, tiebreak)

    def rows(self, selection: Selection, request=None, *, chunk_size: int = 500) -> Iterator[list]:
        """The CSV export: the heading, then one row of `columns` per object, read in chunks."""
        yield [column.name for column in self.columns]
        for obj in self.filtered(selection).iterator(chunk_size=chunk_size):
            yield [column.value(obj, request) for column in self.columns]

    def _filtered(self, selected, base: QuerySet, leave_out=None) -> QuerySet:
        queryset, joined = base, False
        for facet in self.facets:
            keys = selected.get(facet.param)
            if keys and facet.param != leave_out:
                queryset = queryset.filter(facet.q(keys))
                joined = joined or facet.spans_relation
        # A relation matches one row per related value: a project with two corridors from the
        # chosen country would come twice.
        return queryset.distinct() if joined else queryset

    # --- searching -------------------------------------------------------------------------

    def run(self, params) -> Outcome:
        """A page of the search a QueryDict asks for, with counts; bad input gives messages."""
        return self.search(self.parse(params))

    def search(self, selection: Selection) -> Outcome:
        """A page of results for `selection` with every facet counted, on the engine or database."""
        messages = list(selection.messages)

        def operation(backend):
            return self._search(backend, selection, messages)

        (found, page, corrected), degraded = engine.run(operation)
        facets, active, pairs = self._render(selection, found.counts)
        if degraded:
            messages.insert(
                0,
                gettext(
                    "The search engine is not answering, so these results come from a simpler "
                    "search of the database: ranking and spelling tolerance are reduced."
                ),
            )
        return Outcome(
            catalogue=self,
            selection=selection,
            page=page,
            facets=facets,
            active=active,
            messages=messages,
            degraded=degraded,
            total=found.total,
            corrected=corrected,
            query_string=urlencode(pairs),
        )

    def _search(self, backend, selection: Selection, messages: list[str]):
        terms = search_terms(selection.query)
        # built once: public() reads the view restrictions each time it is called
        base = self.objects(all_languages=selection.all_languages)
        queryset = self._filtered(selection.filters, base)
        sort = self.sort_named(selection.sort)
        order_by_relevance = sort.by_relevance
        if not order_by_relevance:
            queryset = queryset.order_by(*sort.order)
        number = selection.page
        requested = _page_number(number)
        start = (requested - 1) * self.per_page

        def find(search_query):
            results = backend.search(
                search_query, queryset, order_by_relevance=order_by_relevance, operator=OPERATOR
            )
            return self._find(backend, results, search_query, selection, base, start)

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

    def _find(self, backend, results, search_query, selection, base, start) -> Found:
        """The total and the facet counts of `results`, and on the engine its page at `start`.

        On the database, a listing without words (an index page as most visitors see it) keeps
        its total and counts until the content changes: counting every facet over a large
        collection costs more than the rest of the page.
        """
        searches = [
            (backend.search(search_query, queryset, operator=OPERATOR), facets)
            for queryset, facets in self._count_groups(selection.filters, base)
        ]
        if isinstance(results, ElasticsearchBaseSearchResults):
            return _engine_find(backend, results, searches, base, start, self.per_page)

        def count():
            return results.count(), _database_counts(searches)

        if selection.query or not self.cache_counts:
            total, counts = count()
        else:
            chosen = sorted((param, tuple(keys)) for param, keys in selection.filters.items())
            key = (
                "search:counts:"
                + hashlib.sha256(
                    repr(
                        (
                            content_version(),
                            get_language(),
                            self.name,
                            selection.all_languages,
                            chosen,
                        )
                    ).encode()
                ).hexdigest()
            )
            total, counts = cache.get_or_set(key, count, timeout=COUNTS_SECONDS)
        return Found(results, total, counts)

    def _count_groups(self, selected, base) -> list[tuple[QuerySet, list[Facet]]]:
        """The querysets to count facets over: every facet with every *other* facet applied."""
        counted = [f for f in self.facets if f.counted]
        groups: list[tuple[QuerySet, list[Facet]]] = []
        unselected = [f for f in counted if f.param not in selected]
        if unselected:
            groups.append((self._filtered(selected, base), unselected))
        for facet in counted:
            if facet.param in selected:
                groups.append((self._filtered(selected, base, leave_out=facet.param), [facet]))
        return groups

    # --- output ----------------------------------------------------------------------------

    def _render(self, selection: Selection, counts):
        selected, query, sort = selection.filters, selection.query, selection.sort
        options = self.options()
        base = [(QUERY_PARAM, query)] if query else []
        if query and sort != RELEVANCE:
            base.append((SORT_PARAM, sort))
        elif not query and self.sort_named(sort) and sort != self._default_sort(selected):
            base.append((SORT_PARAM, sort))
        if selection.all_languages:
            base.append((LANGUAGES_PARAM, "all"))
        by_key = {}
        for facet in self.facets:
            if facet.year:
                years = {*counts.get(facet.param, {}), *selected.get(facet.param, [])}
                by_key[facet.param] = {year: Option(year, year, year) for year in years}
            else:
                by_key[facet.param] = {o.key: o for o in options[facet.param]}
        pairs = list(base)
        for facet in self.facets:
            if self._is_default(facet, selected):
                continue
            for key in selected.get(facet.param, []):
                pairs.append((facet.param, by_key[facet.param][key].value))

        current = urlencode(pairs)
        results, active = [], []
        for facet in self.facets:
            chosen = selected.get(facet.param, [])
            facet_counts = counts.get(facet.param, {})
            values = []
            for key, option in by_key[facet.param].items():
                count = facet_counts.get(key, 0) if facet.counted else None
                is_selected = key in chosen
                if count == 0 and not is_selected:
                    continue
                pair = (facet.param, option.value)
                if is_selected:
                    url = "?" + urlencode([p for p in pairs if p != pair])
                elif not facet.multiple:  # this value instead of the chosen one
                    rest = [p for p in pairs if p[0] != facet.param]
                    url = "?" + urlencode([*rest, pair])
                else:  # the current query with this value added
                    url = "?" + "&".join(filter(None, (current, urlencode([pair]))))
                values.append(FacetValue(option.value, option.label, count, is_selected, url))
                if is_selected and not self._is_default(facet, selected):
                    active.append(
                        ActiveFilter(facet.param, facet.label, option.value, option.label, url)
                    )
            if facet.year:
                values.sort(key=lambda v: v.value, reverse=True)
            elif facet.counted:
                values.sort(key=lambda v: (not v.selected, -v.count, v.label))
            results.append(FacetResult(facet.param, facet.label, values, facet.multiple))
        return results, active, pairs

    def _default_sort(self, selected) -> str:
        default = self.default_sort
        return default(selected) if callable(default) else default

    @staticmethod
    def _is_default(facet: Facet, selected) -> bool:
        return bool(facet.default) and tuple(selected.get(facet.param, ())) == facet.default


def _matches(backend, terms: str, queryset: QuerySet):
    """The primary keys of `queryset`'s matches for `terms`: a subquery, or a bounded list."""
    results = backend.search(terms, queryset, operator=OPERATOR)
    if isinstance(results, ElasticsearchBaseSearchResults):
        body = results._get_es_body()
        body.update({"_source": False, "stored_fields": ["pk"], "size": MAX_PAGED_RESULTS})
        index_name = backend.get_index_for_model(queryset.model).name
        hits = backend.es.search(index=index_name, body=body)["hits"]["hits"]
        return [hit["fields"]["pk"][0] for hit in hits]
    get_queryset = getattr(results, "get_queryset", None)
    if get_queryset is not None:
        return get_queryset().values("pk")
    return [obj.pk for obj in results[:MAX_PAGED_RESULTS]]


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
    """Every facet's counts in one query: a GROUP BY per facet, joined by UNION ALL.

    One round trip whatever the number of facets, so a listing's queries stay few. Values are
    cast to text, so that slugs, keys and years can share the union's one column.
    """
    parts = []
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
            parts.append(
                rows.annotate(facet=Value(facet.param, output_field=CharField()))
                .values("facet", facet_value=Cast(value, CharField()))
                .annotate(n=Count("pk", distinct=facet.spans_relation))
                .values_list("facet", "facet_value", "n")
            )
    counts: dict[str, dict] = {facet.param: {} for _results, facets in searches for facet in facets}
    if not parts:
        return counts
    union = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    for param, value, n in union:
        if value is not None:
            counts[param][value] = n
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
