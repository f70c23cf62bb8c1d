"""Fixtures for discussions: pages from the demo site, and members to talk on them."""

import pytest
from django.contrib.contenttypes.models import ContentType

from cms.models import EDiscussionPage, ResourcePage
from tests.factories import members as factories


@pytest.fixture(autouse=True)
def _no_holding(settings):
    """Most tests are about what happens once a comment is shown; holding has its own tests."""
    settings.HUB_COMMENT_HOLD_FIRST = 0


@pytest.fixture
def a_resource(db):
    return ResourcePage.objects.live().order_by("pk").first()


@pytest.fixture
def an_open_ediscussion(db):
    return EDiscussionPage.objects.get(slug="local-authorities-and-the-gcm")


@pytest.fixture
def a_closed_ediscussion(db):
    return EDiscussionPage.objects.get(slug="diaspora-engagement-for-development")


@pytest.fixture
def amara(db):
    return factories.member("amara", display_name="Amara Okafor")


@pytest.fixture
def bilal(db):
    return factories.member("bilal", display_name="Bilal Haddad")


@pytest.fixture
def a_moderator(db, django_user_model):
    from django.contrib.auth.models import Permission

    user = factories.member("mo", display_name="Mo Moderator")
    user.is_staff = True
    user.save()
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="moderate_discussions"),
    )
    return user


def post_url(target, **kwargs):
    from django.urls import reverse

    content_type = ContentType.objects.get_for_model(target)
    return reverse("discussions:post", args=[content_type.pk, target.pk])


@pytest.fixture
def a_pending_member(db):
    return factories.member("penny", membership_status="pending")
