"""Digest fixtures: a week of new content, subscribers with different interests, and real Celery
worker processes (the SMTP server on loopback is tests/hub/conftest.py's)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page

from cms.models import (
    EventIndexPage,
    Language,
    NewsIndexPage,
    ProjectIndexPage,
    Region,
    Theme,
)
from hub.digests.models import Subscription
from hub.digests.services import content, periods
from tests.factories import cms as cms_factories


@pytest.fixture(autouse=True)
def _fresh_candidates():
    content._CACHE.clear()
    yield
    content._CACHE.clear()


# --- Content and subscribers --------------------------------------------------------------------


@pytest.fixture
def a_week():
    """A week far from the demo content's dates, so only this module's items fall in it."""
    return periods.containing("weekly", datetime(2030, 3, 6, 12, tzinfo=UTC))


def publish_at(page, moment):
    Page.objects.filter(pk=page.pk).update(first_published_at=moment)
    return page


@dataclass
class Content:
    themes: list
    regions: list
    french: Language
    news: object
    project: object
    report: object
    event: object
    old_news: object
    later_event: object


@pytest.fixture
def new_content(db, a_week):
    themes = list(Theme.objects.order_by("pk")[:4])
    regions = list(Region.objects.order_by("pk")[:2])
    french = Language.objects.get_or_create(code="fr", defaults={"name": "French"})[0]
    english = Language.objects.get_or_create(code="en", defaults={"name": "English"})[0]
    inside = a_week.start + timedelta(days=2)

    news = cms_factories.NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=Locale.get_default()), title="Remittance costs fall"
    )
    news.themes.set([themes[0]])
    news.regions.set([regions[0]])
    project = cms_factories.ProjectPageFactory(
        parent=ProjectIndexPage.objects.get(locale=Locale.get_default()),
        title="Diaspora investment fund",
    )
    project.themes.set([themes[0]])
    report = cms_factories.ResourcePageFactory(
        parent=cms_factories.the_library(), title="Rapport sur la migration", themes=[themes[1]]
    )
    report.versions.all().delete()
    report.versions.create(language=french)
    event = cms_factories.EventPageFactory(
        parent=EventIndexPage.objects.get(locale=Locale.get_default()),
        title="Labour migration webinar",
        start=a_week.end + timedelta(days=5),
        end=a_week.end + timedelta(days=5, hours=2),
    )
    event.themes.set([themes[2]])
    old_news = cms_factories.NewsPageFactory(
        parent=NewsIndexPage.objects.get(locale=Locale.get_default()), title="Old remittance news"
    )
    old_news.themes.set([themes[0]])
    later_event = cms_factories.EventPageFactory(
        parent=EventIndexPage.objects.get(locale=Locale.get_default()),
        title="Skills partnership forum",
        start=a_week.end + timedelta(days=12),
        end=a_week.end + timedelta(days=12, hours=3),
    )
    later_event.themes.set([themes[2]])
    for page in (news, project, report, event, old_news, later_event):
        page.save()  # parental many-to-many relations are stored on save
    for page in (news, project, report, event):
        publish_at(page, inside)
    publish_at(old_news, a_week.start - timedelta(days=3))
    publish_at(later_event, a_week.start - timedelta(days=30))
    assert english
    return Content(themes, regions, french, news, project, report, event, old_news, later_event)


def subscriber(email, *, frequency="weekly", themes=(), regions=(), types=(), language=None):
    sub = Subscription.objects.create(
        email=email,
        frequency=frequency,
        content_types=list(types),
        language=language,
        status=Subscription.Status.ACTIVE,
        confirmed_at=timezone.now(),
    )
    sub.themes.set(themes)
    sub.regions.set(regions)
    return sub


@pytest.fixture
def three_subscribers(new_content):
    c = new_content
    return {
        # theme 0, everything: the news and the project
        "alice": subscriber("alice@example.org", themes=[c.themes[0]]),
        # the library only, in French: the report
        "bruno": subscriber("bruno@example.org", types=["library"], language=c.french),
        # events on theme 2: the new webinar, and the forum as an upcoming event
        "chen": subscriber("chen@example.org", themes=[c.themes[2]], types=["events"]),
        # a theme nothing was published in: no digest at all
        "dara": subscriber("dara@example.org", themes=[c.themes[3]]),
    }


# --- Celery workers (the `workers` fixture is tests/hub/conftest.py's) -------------------------


@pytest.fixture
def clean_queue():
    """A worker killed mid-task leaves its message unacknowledged in Redis: start empty."""
    import redis

    client = redis.Redis.from_url(os.environ["REDIS_URL"])
    client.flushdb()
    yield client
    client.flushdb()
