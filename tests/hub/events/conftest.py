"""Events that take registrations, and members to register."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from cms.models import EventIndexPage
from tests.factories import cms as cms_factories
from tests.factories import members as factories

QUESTIONS = [
    {
        "type": "short_text",
        "id": "11111111-1111-1111-1111-111111111111",
        "value": {
            "label": "Your organisation",
            "help_text": "",
            "required": True,
            "max_length": 20,
        },
    },
    {
        "type": "choice",
        "id": "22222222-2222-2222-2222-222222222222",
        "value": {
            "label": "Meal",
            "help_text": "",
            "required": True,
            "options": ["Vegetarian", "Any"],
        },
    },
    {
        "type": "consent",
        "id": "33333333-3333-3333-3333-333333333333",
        "value": {"label": "I agree to appear in photos."},
    },
]

GOOD_ANSWERS = {
    "q_11111111-1111-1111-1111-111111111111": "Diaspora Link",
    "q_22222222-2222-2222-2222-222222222222": "Any",
    "q_33333333-3333-3333-3333-333333333333": "on",
    "time_zone": "Europe/Paris",
}


def event(**fields):
    """A published event taking registrations, ten days ahead unless told."""
    defaults = {
        "title": "Remittances forum",
        "registration_enabled": True,
        "registration_capacity": 2,
        "registration_waiting_list": True,
        "time_zone": "Africa/Nairobi",
        "start": timezone.now() + datetime.timedelta(days=10),
    }
    defaults.update(fields)
    defaults.setdefault("end", defaults["start"] + datetime.timedelta(hours=2))
    return cms_factories.EventPageFactory(
        parent=EventIndexPage.objects.get(locale=Locale.get_default()), **defaults
    )


@pytest.fixture
def an_event(db):
    return event()


@pytest.fixture
def members(db):
    return [factories.member(name) for name in ("amara", "bilal", "chen", "dina")]
