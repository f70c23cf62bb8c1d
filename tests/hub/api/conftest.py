"""Fixtures for the API: a client that sends what an API client sends, and records to list."""

import pytest
from django.test import Client


@pytest.fixture
def api(db):
    """A client without a session, as programs call the API."""
    return Client(HTTP_ACCEPT="application/json")


@pytest.fixture
def no_rate_limit(settings):
    """For tests that send many requests on purpose."""
    settings.RATELIMIT_ENABLE = False
