"""Fixtures for the API: a client as programs use it, and records made for each test."""

import pytest
from django.test import Client
from wagtail.models import Locale

from cms.models import (
    EventIndexPage,
    LibraryIndexPage,
    ProjectIndexPage,
    Theme,
)
from tests.factories.cms import EventPageFactory, ProjectPageFactory, ResourcePageFactory


@pytest.fixture
def api(db):
    """A client without a session, as programs call the API."""
    return Client(HTTP_ACCEPT="application/json")


@pytest.fixture
def no_rate_limit(settings):
    """For tests that send many requests on purpose."""
    settings.RATELIMIT_ENABLE = False


@pytest.fixture
def a_theme(db):
    """A theme of its own, so a test lists exactly the records it made."""
    return Theme.objects.create(name="API test theme", slug="api-test")


def _index(model):
    return model.objects.get(locale=Locale.get_default())


@pytest.fixture
def make_resource(a_theme):
    def make(title="A resource", **fields):
        page = ResourcePageFactory(
            parent=_index(LibraryIndexPage), title=title, themes=[a_theme], **fields
        )
        return page

    return make


@pytest.fixture
def make_project(a_theme):
    def make(title="A project", **fields):
        page = ProjectPageFactory(parent=_index(ProjectIndexPage), title=title, **fields)
        page.themes.set([a_theme])
        page.save_revision().publish()
        return page

    return make


@pytest.fixture
def make_event(a_theme):
    def make(title="An event", **fields):
        page = EventPageFactory(parent=_index(EventIndexPage), title=title, **fields)
        page.themes.set([a_theme])
        page.save_revision().publish()
        return page

    return make


def walk(api, url: str) -> list[dict]:
    """Every record of a list, following `next` links."""
    records = []
    pages = 0
    while url:
        response = api.get(url)
        assert response.status_code == 200, response.content
        body = response.json()
        records += body["results"]
        url = body["next"]
        pages += 1
        assert pages < 100
    return records
