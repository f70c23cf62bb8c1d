"""What goes into a digest: candidate items for a period, matched to each subscriber's choices.

A batch loads every candidate item of its period once (a fixed number of queries, whatever the
number of subscribers), renders each item's HTML and text fragment once, then matches
subscribers against them in Python. Candidates are built in the active language, once per
language a run needs: each item is a page's translation in that language where one is live,
else its source page, with dates in that language. Every kind a subscriber can choose has a
source below (tests/hub/digests checks it); ``register_source`` is how one is added.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe

from home.links import absolute_url
from hub.digests.models import CONTENT_TYPES

from .periods import Period

KIND_LABELS = dict(CONTENT_TYPES)
#: most items shown per kind; the section then links to the listing for the rest
MAX_ITEMS_PER_SECTION = 10


@dataclass(frozen=True)
class Item:
    kind: str
    title: str
    url: str
    summary: str = ""
    when: str = ""
    theme_ids: frozenset[int] = frozenset()
    region_ids: frozenset[int] = frozenset()
    #: None: the item is not tied to a language and suits every subscriber
    language_ids: frozenset[int] | None = None
    html: str = ""
    text: str = ""
    #: a page's translations share this key; None for items that are not pages
    translation_key: object = None
    language: str = ""


@dataclass(frozen=True)
class Preferences:
    """A subscriber's choices as plain sets; empty means "all"."""

    content_types: frozenset[str] = frozenset()
    theme_ids: frozenset[int] = frozenset()
    region_ids: frozenset[int] = frozenset()
    language_id: int | None = None

    def wants_kind(self, kind: str) -> bool:
        return not self.content_types or kind in self.content_types

    def matches(self, item: Item) -> bool:
        if self.theme_ids and not self.theme_ids & item.theme_ids:
            return False
        if self.region_ids and not self.region_ids & item.region_ids:
            return False
        if self.language_id and item.language_ids is not None:
            return self.language_id in item.language_ids
        return True


@dataclass
class Section:
    kind: str
    label: str
    items: list[Item]
    more: bool = False
    more_url: str = ""


@dataclass
class Digest:
    period: Period
    sections: list[Section] = field(default_factory=list)
    upcoming: list[Item] = field(default_factory=list)

    @cached_property
    def new_count(self) -> int:
        return sum(len(section.items) for section in self.sections)

    @property
    def is_empty(self) -> bool:
        # Upcoming events alone would repeat in every daily digest: new items decide.
        return not self.sections


@dataclass
class Candidates:
    period: Period
    new: dict[str, list[Item]]
    upcoming: list[Item]
    listing_urls: dict[str, str]

    def digest_for(self, prefs: Preferences) -> Digest:
        digest = Digest(self.period)
        for kind, label in CONTENT_TYPES:
            if not prefs.wants_kind(kind):
                continue
            matched = _first_matches(self.new.get(kind, ()), prefs, MAX_ITEMS_PER_SECTION + 1)
            if matched:
                digest.sections.append(
                    Section(
                        kind,
                        label,
                        matched[:MAX_ITEMS_PER_SECTION],
                        more=len(matched) > MAX_ITEMS_PER_SECTION,
                        more_url=self.listing_urls.get(kind, ""),
                    )
                )
        if prefs.wants_kind("events"):
            shown = {item.url for section in digest.sections for item in section.items}
            upcoming = (item for item in self.upcoming if item.url not in shown)
            digest.upcoming = _first_matches(upcoming, prefs, MAX_ITEMS_PER_SECTION)
        return digest


def _first_matches(items: Iterable[Item], prefs: Preferences, limit: int) -> list[Item]:
    found = []
    for item in items:
        if prefs.matches(item):
            found.append(item)
            if len(found) == limit:
                break
    return found


# --- Sources ------------------------------------------------------------------------------------

#: kind -> callable(period) returning that kind's items newly published in the period, newest first
SOURCES: dict[str, Callable[[Period], Iterable[Item]]] = {}
#: kind -> callable() returning the absolute URL of that kind's listing
LISTINGS: dict[str, Callable[[], str]] = {}


def register_source(kind: str, items: Callable[[Period], Iterable[Item]], listing=None) -> None:
    """Let another app put its items in digests (e-discussions now open, forum topics, replies)."""
    if kind not in KIND_LABELS:
        raise ValueError(f"unknown digest content type {kind!r}")
    SOURCES[kind] = items
    if listing:
        LISTINGS[kind] = listing


def _page_url(page) -> str:
    parts = page.get_url_parts()
    return absolute_url(parts[2]) if parts and parts[2] is not None else ""


def _ids(objects) -> frozenset[int]:
    return frozenset(obj.pk for obj in objects)


def _pages(model, period: Period, **filters):
    from cms.models import Region, Theme

    return (
        model.objects.live()
        .public()
        .filter(**filters)
        .defer_streamfields()
        .select_related("locale")
        .prefetch_related(
            Prefetch("themes", queryset=Theme.objects.only("pk")),
            Prefetch("regions", queryset=Region.objects.only("pk")),
        )
    )


def _new_pages(model, period: Period):
    return _pages(
        model,
        period,
        first_published_at__gte=period.start,
        first_published_at__lt=period.end,
    ).order_by("-first_published_at", "-pk")


def _item(kind: str, page, when: str, language_ids=None) -> Item:
    return Item(
        kind=kind,
        title=page.title,
        url=_page_url(page),
        summary=page.intro,
        when=when,
        theme_ids=_ids(page.themes.all()),
        region_ids=_ids(page.regions.all()),
        language_ids=language_ids,
        translation_key=page.translation_key,
        language=page.locale.language_code,
    )


def day(value) -> str:
    """A date as the active language writes it: "3 March 2026", "3 mars 2026"."""
    return date_format(value, "j F Y")


def _articles(kind: str, model_name: str):
    def items(period: Period):
        from cms import models

        for page in _new_pages(getattr(models, model_name), period):
            yield _item(kind, page, day(page.date))

    return items


def _event_when(page) -> str:
    return f"{date_format(page.local_start, 'j F Y, H:i')} ({page.time_zone})"


def new_events(period: Period):
    from cms.models import EventPage

    for page in _new_pages(EventPage, period):
        yield _item("events", page, _event_when(page))


def new_resources(period: Period):
    from cms.models import ResourcePage, ResourceVersion

    pages = _new_pages(ResourcePage, period).prefetch_related(
        Prefetch("versions", queryset=ResourceVersion.objects.only("pk", "page_id", "language_id"))
    )
    for page in pages:
        languages = frozenset(v.language_id for v in page.versions.all() if v.language_id)
        yield _item("library", page, day(page.publication_date), languages or None)


def new_projects(period: Period):
    from cms.models import ProjectPage

    for page in _new_pages(ProjectPage, period):
        yield _item("projects", page, day(page.first_published_at))


def upcoming_events(period: Period) -> list[Item]:
    """Events starting within DIGEST_UPCOMING_EVENT_DAYS of the period's end, soonest first."""
    from cms.models import EventPage

    horizon = period.end + timedelta(days=settings.DIGEST_UPCOMING_EVENT_DAYS)
    pages = _pages(EventPage, period, start__gte=period.end, start__lt=horizon).order_by(
        "start", "pk"
    )
    return [_item("events", page, _event_when(page)) for page in pages]


def _listing(model_name: str):
    def url():
        from cms import models

        indexes = getattr(models, model_name).objects.live()
        language = translation.get_language()
        index = indexes.filter(locale__language_code=language).first() or indexes.first()
        return _page_url(index) if index else ""

    return url


def opened_ediscussions(period: Period):
    """E-discussions that opened to contributions during the period."""
    from cms.models import EDiscussionPage

    pages = _pages(
        EDiscussionPage, period, opens_at__gte=period.start, opens_at__lt=period.end
    ).order_by("-opens_at", "-pk")
    for page in pages:
        when = f"{page.opens_at:%-d %B %Y} to {page.closes_at:%-d %B %Y}"
        yield _item("ediscussions", page, when)


def new_forum_topics(period: Period):
    """Forum topics started during the period, as the forum lists them."""
    from hub.discussions.services import topics

    started = topics.listing().filter(created_at__gte=period.start, created_at__lt=period.end)
    for topic in started.select_related("opening", "theme").order_by("-created_at", "-pk"):
        yield Item(
            kind="forum",
            title=topic.title,
            url=absolute_url(topic.get_absolute_url()),
            summary=topic.body()[:300],
            when=f"{date_format(topic.created_at, 'j F Y')} · {topic.theme}",
            theme_ids=frozenset([topic.theme_id]),
        )


def _forum_listing() -> str:
    from django.urls import reverse

    return absolute_url(reverse("discussions:topics"))


register_source("news", _articles("news", "NewsPage"), _listing("NewsIndexPage"))
register_source("blog", _articles("blog", "BlogPage"), _listing("BlogIndexPage"))
register_source("events", new_events, _listing("EventIndexPage"))
register_source("library", new_resources, _listing("LibraryIndexPage"))
register_source("projects", new_projects, _listing("ProjectIndexPage"))
register_source("ediscussions", opened_ediscussions, _listing("EDiscussionIndexPage"))
register_source("forum", new_forum_topics, _forum_listing)


def _rendered(item: Item) -> Item:
    context = {"item": item}
    return Item(
        **{
            **item.__dict__,
            "html": mark_safe(render_to_string("digests/email/item.html", context)),  # noqa: S308
            "text": render_to_string("digests/email/item.txt", context).strip(),
        }
    )


def in_language(items: Iterable[Item], language: str) -> list[Item]:
    """One item per page, whatever the number of its translations: the one in `language`, else
    the one in the default language, else the first; in the order the pages first appear."""
    chosen: dict[object, Item] = {}
    order: list[object] = []
    preference = (language, settings.LANGUAGE_CODE)
    for position, item in enumerate(items):
        key = item.translation_key if item.translation_key is not None else ("item", position)
        if key not in chosen:
            chosen[key] = item
            order.append(key)
            continue
        current = chosen[key].language
        rank = preference.index(item.language) if item.language in preference else 2
        if rank < (preference.index(current) if current in preference else 2):
            chosen[key] = item
    return [chosen[key] for key in order]


def candidates(period: Period) -> Candidates:
    """Every item any subscriber could get for this period, in the active language, rendered
    once."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    new = {
        kind: [_rendered(item) for item in in_language(source(period), language)]
        for kind, source in SOURCES.items()
    }
    return Candidates(
        period=period,
        new={kind: items for kind, items in new.items() if items},
        upcoming=[_rendered(item) for item in in_language(upcoming_events(period), language)],
        listing_urls={kind: url() for kind, url in LISTINGS.items()},
    )


_CACHE: dict[tuple[int, Period, str], Candidates] = {}


def cached_candidates(run_id: int, period: Period) -> Candidates:
    """Candidates in the active language, kept in the worker for the batches of one run (the
    latest runs, in every language)."""
    key = (run_id, period, translation.get_language() or settings.LANGUAGE_CODE)
    if key not in _CACHE:
        while len(_CACHE) >= 2 * len(settings.LANGUAGES):
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = candidates(period)
    return _CACHE[key]


def preferences_for(subscription) -> Preferences:
    return Preferences(
        content_types=frozenset(subscription.content_types or ()),
        theme_ids=frozenset(subscription.themes.values_list("pk", flat=True)),
        region_ids=frozenset(subscription.regions.values_list("pk", flat=True)),
        language_id=subscription.language_id,
    )


def build_for(subscription, period: Period) -> Digest:
    """The digest this subscriber gets for this period (previews and the command use it)."""
    return candidates(period).digest_for(preferences_for(subscription))
