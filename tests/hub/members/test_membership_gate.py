"""Membership is a property of the account: every sign-in path, every member feature.

Wagtail's login views (/admin/login/, /_util/login/) sign in any active account, so pending,
rejected and unverified accounts must be refused where each member feature decides access.
"""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.test import Client

from hub.digests.models import Subscription
from hub.discussions.models import Flag, Follow, ThreadComment
from hub.discussions.services import notifications
from hub.members.services.accounts import is_member
from tests.factories import members as factories
from tests.factories.cms import ResourcePageFactory, the_library
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db

LOGIN_PATHS = ["/admin/login/", "/_util/login/"]
OUTSIDERS = ["pending", "rejected", "unverified"]


def an_account(kind: str):
    if kind == "unverified":
        return factories.member("ursula", verified=False)
    return factories.member(kind, membership_status=kind)


def signed_in_through(path: str, user) -> Client:
    client = Client()
    client.post(path, {"username": user.username, "password": PASSWORD})
    assert "_auth_user_id" in client.session, "the login view did not sign the account in"
    return client


@pytest.fixture
def a_comment(db):
    page = ResourcePageFactory(parent=the_library())
    author = factories.member("writer")
    comment = ThreadComment.objects.create(
        content_type=ContentType.objects.get_for_model(page),
        object_pk=str(page.pk),
        site_id=1,
        user=author,
        comment="A comment only members act on.",
        body_html="<p>A comment only members act on.</p>",
        is_public=True,
    )
    return comment


@pytest.mark.parametrize("path", LOGIN_PATHS)
@pytest.mark.parametrize("kind", OUTSIDERS)
def test_an_outsider_signed_in_through_wagtail_is_refused_every_member_feature(
    path, kind, a_comment
):
    user = an_account(kind)
    client = signed_in_through(path, user)
    page = a_comment.content_object
    content_type = ContentType.objects.get_for_model(page)

    response = client.post("/digests/preferences/", {"frequency": "daily"})
    assert response.status_code == 302 and response.url == "/members/pending/"
    assert not Subscription.objects.filter(email=user.email).exists()

    client.post(f"/discussions/follow/{content_type.pk}/{page.pk}/")
    assert not Follow.objects.filter(user=user).exists()

    flag_form = client.get(f"/discussions/comment/{a_comment.pk}/flag/")
    assert "only members act on" not in flag_form.content.decode()
    client.post(f"/discussions/comment/{a_comment.pk}/flag/", {"reason": "spam"})
    assert not Flag.objects.filter(user=user).exists()

    client.post(f"/discussions/comment/{a_comment.pk}/like/")
    assert a_comment.flags.count() == 0

    for member_page in ["/members/me/", "/messages/", "/members/me/submissions/", "/members/"]:
        response = client.get(member_page)
        assert response.status_code in (200, 302)
        if response.status_code == 302:
            assert response.url == "/members/pending/"
    assert client.get("/messages/unread.json").status_code == 403


@pytest.mark.parametrize("kind", OUTSIDERS)
def test_an_outsider_following_a_thread_gets_no_comment_email(kind, a_comment):
    user = an_account(kind)
    Follow.objects.create(
        user=user, content_type=a_comment.content_type, object_pk=a_comment.object_pk
    )
    mail.outbox.clear()
    notifications.send_for(a_comment.pk)
    assert [m for m in mail.outbox if user.email in m.to] == []


def test_an_approved_member_with_a_verified_address_keeps_every_feature(a_comment):
    user = factories.member("verity")
    client = signed_in_through("/admin/login/", user)
    assert client.post("/digests/preferences/", {"frequency": "daily"}).status_code == 302
    assert Subscription.objects.get(email=user.email).status == Subscription.Status.ACTIVE
    assert client.get(f"/discussions/comment/{a_comment.pk}/flag/").status_code == 200
    assert client.get("/members/me/").status_code == 200


@pytest.mark.parametrize("kind", OUTSIDERS)
def test_is_member_refuses_outsiders(kind):
    assert not is_member(an_account(kind))
    assert is_member(factories.member("insider"))


def test_deleting_a_pending_members_profile_in_the_admin_does_not_approve_them(admin_client):
    applicant = factories.member("applicant", membership_status="pending")
    response = admin_client.post(f"/admin/membership/delete/{applicant.profile.pk}/")
    assert response.status_code == 302
    applicant = type(applicant).objects.get(pk=applicant.pk)
    assert not is_member(applicant)
    client = signed_in_through("/admin/login/", applicant)
    assert client.get("/members/me/").url == "/members/pending/"
    assert applicant.profile.membership_status == "pending"
