"""Fixtures for the notification centre: two members talking on a page of the demo site."""

import pytest

from cms.models import ResourcePage
from hub.discussions.services import comments as comment_service
from tests.factories import members as factories


@pytest.fixture(autouse=True)
def _no_holding(settings):
    settings.HUB_COMMENT_HOLD_FIRST = 0


@pytest.fixture
def a_page(db):
    return ResourcePage.objects.live().order_by("pk").first()


@pytest.fixture
def alice(db):
    return factories.member("alice", display_name="Alice Achieng")


@pytest.fixture
def bob(db):
    return factories.member("bob", display_name="Bob Banda")


@pytest.fixture
def comments(django_capture_on_commit_callbacks):
    """The comments service, with what its commits trigger (emails) run at once."""

    class Committing:
        @staticmethod
        def post(*args, **kwargs):
            with django_capture_on_commit_callbacks(execute=True):
                return comment_service.post(*args, **kwargs)

    return Committing


@pytest.fixture
def a_reply(comments, a_page, alice, bob):
    """Alice asks; Bob replies to her."""
    question = comments.post(alice, a_page, "What do you think?")
    return comments.post(bob, a_page, "I agree with you.", question.pk)
