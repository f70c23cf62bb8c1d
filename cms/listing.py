"""Filtering and pagination of index pages through GET parameters.

Every index page declares its filters; this module reads the request, ignores (and reports) any
value it does not know, and paginates. It never raises on bad input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.cache import cache
from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator
from django.db.models import QuerySet
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

MAX_VALUE_LENGTH = 100
MAX_VALUES_PER_FILTER = 20


@dataclass(frozen=True)
class Filter:
    """A GET parameter that narrows a listing.

    `choices` returns (value, label) pairs, the values users may send. `lookup` is the ORM lookup
    that the chosen values are matched against with `__in`; several values of one filter widen
    the result (OR), different filters narrow it (AND).
    """

    param: str
    label: str
    lookup: str
    choices: Callable[[], Iterable[tuple[str, str]]]
    distinct: bool = True
    #: When set, the options are cached under this key until the content changes.
    cache_key: str = ""

    def options(self) -> dict[str, str]:
        def compute():
            return {str(value): str(label) for value, label in self.choices()}

        if not self.cache_key:
            return compute()
        # Labels are in the active language: one entry per language.
        key = f"cms:filter-options:{content_version()}:{get_language()}:{self.cache_key}"
        return cache.get_or_set(key, compute, timeout=24 * 3600)


CONTENT_VERSION_KEY = "cms:content-version"


def content_version() -> int:
    """A number that changes whenever published content or a taxonomy changes."""
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, timeout=None)


def content_changed(**kwargs) -> None:
    """Signal receiver: every cached listing option becomes stale at once."""
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:  # the key expired or was evicted: any new value invalidates old keys
        cache.set(CONTENT_VERSION_KEY, 1, timeout=None)


def taxonomy_filter(param: str, label: str, relation: str, model, key: str, queryset) -> Filter:
    """A filter over a taxonomy, offering only the values that the listing's items use.

    `relation` leads from the listed pages to the taxonomy (``themes``, ``versions__language``);
    `key` is the taxonomy field that appears in the URL (``slug``, ``code``, ``number``).
    """

    def choices():
        used = model.objects.filter(pk__in=queryset.order_by().values(relation))
        return [(str(getattr(item, key)), str(item)) for item in used]

    return Filter(param=param, label=label, lookup=f"{relation}__{key}", choices=choices)


def year_filter(queryset: QuerySet, date_field: str, param: str = "year") -> Filter:
    def choices():
        years = queryset.dates(date_field, "year", order="DESC")
        return [(str(d.year), str(d.year)) for d in years]

    return Filter(param, _("Year"), f"{date_field}__year", choices, distinct=False)


@dataclass
class ActiveFilter:
    param: str
    label: str
    value: str
    value_label: str
    remove_url: str


@dataclass
class Listing:
    page: Page
    filters: list[dict]
    active: list[ActiveFilter]
    messages: list[str] = field(default_factory=list)
    query_string: str = ""
    #: Other parameters (such as which events) that the filter form and page links carry along.
    kept: list[tuple[str, str]] = field(default_factory=list)

    @property
    def items(self):
        return self.page.object_list

    def page_url(self, number: int) -> str:
        params = self.query_string + ("&" if self.query_string else "")
        return f"?{params}page={number}"

    @property
    def previous_url(self) -> str:
        return self.page_url(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self) -> str:
        return self.page_url(self.page.next_page_number()) if self.page.has_next() else ""


def build(
    params, queryset: QuerySet, filters: list[Filter], *, per_page: int = 12, keep=None
) -> Listing:
    """Apply the filters named in `params` (a QueryDict) to `queryset` and paginate it.

    `keep` maps other parameters to their (already validated) values, to carry along in links.
    """
    kept = list((keep or {}).items())
    messages: list[str] = []
    selected: dict[str, list[str]] = {}
    rendered_filters = []
    for flt in filters:
        options = flt.options()
        canonical = {value.lower(): value for value in options}
        raw = [v.strip() for v in params.getlist(flt.param) if v.strip()]
        values = []
        for value in raw[:MAX_VALUES_PER_FILTER]:
            key = canonical.get(value.lower())
            if len(value) > MAX_VALUE_LENGTH:
                messages.append(
                    gettext("A %(filter)s value was too long and was ignored.")
                    % {"filter": flt.label.lower()}
                )
            elif key is not None:
                if key not in values:
                    values.append(key)
            else:
                messages.append(
                    gettext("Unknown %(filter)s “%(value)s” was ignored.")
                    % {"filter": flt.label.lower(), "value": value}
                )
        if len(raw) > MAX_VALUES_PER_FILTER:
            messages.append(
                gettext("Only the first %(count)d %(filter)s values count.")
                % {"count": MAX_VALUES_PER_FILTER, "filter": flt.label.lower()}
            )
        if values:
            selected[flt.param] = values
            queryset = queryset.filter(**{f"{flt.lookup}__in": values})
            if flt.distinct:
                queryset = queryset.distinct()
        rendered_filters.append(
            {
                "param": flt.param,
                "label": flt.label,
                "options": [
                    {"value": v, "label": label, "selected": v in values}
                    for v, label in options.items()
                ],
            }
        )

    pairs = kept + [(param, value) for param, values in selected.items() for value in values]
    active = []
    for flt in filters:
        labels = next(f["options"] for f in rendered_filters if f["param"] == flt.param)
        names = {o["value"]: o["label"] for o in labels}
        for value in selected.get(flt.param, []):
            rest = [(p, v) for p, v in pairs if (p, v) != (flt.param, value)]
            active.append(
                ActiveFilter(flt.param, flt.label, value, names[value], "?" + urlencode(rest))
            )

    paginator = Paginator(queryset, per_page)
    number = params.get("page", "1")
    try:
        page = paginator.page(number)
    except PageNotAnInteger:
        messages.append(
            gettext("“%(number)s” is not a page number: showing page 1.")
            % {"number": number[:MAX_VALUE_LENGTH]}
        )
        page = paginator.page(1)
    except EmptyPage:
        page = paginator.page(paginator.num_pages)
        messages.append(
            gettext("There is no page %(number)s: showing the last page, %(last)d.")
            % {"number": number[:MAX_VALUE_LENGTH], "last": paginator.num_pages}
        )
    return Listing(page, rendered_filters, active, messages, urlencode(pairs), kept)
