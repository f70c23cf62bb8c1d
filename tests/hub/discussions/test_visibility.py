"""One rule decides who may read a comment: views, emails, the export and lists all ask it."""

import pytest
from django.core import mail
from django.test import Client

from hub.discussions.models import ThreadComment
from hub.discussions.services import comments, moderation, personal_data
from tests.factories import members as factories


@pytest.fixture
def a_held_comment(a_resource, amara, settings):
    settings.HUB_COMMENT_HOLD_FIRST = 1
    held = comments.post(amara, a_resource, "held secret words")
    assert not held.is_public
    return held


@pytest.fixture
def a_removed_comment(a_resource, amara):
    removed = comments.post(amara, a_resource, "removed secret words")
    moderation.remove(removed)
    return removed


@pytest.fixture
def a_hidden_comment(a_resource, amara):
    hidden = comments.post(amara, a_resource, "hidden secret words")
    ThreadComment.objects.filter(pk=hidden.pk).update(hidden_by_flags=True)
    hidden.refresh_from_db()
    return hidden


STATES = ["a_held_comment", "a_removed_comment", "a_hidden_comment"]


@pytest.mark.parametrize("state", STATES)
def test_another_member_gets_a_404_from_every_url_of_an_unshown_comment(
    client, bilal, state, request
):
    comment = request.getfixturevalue(state)
    client.force_login(bilal)
    base = f"/discussions/comment/{comment.pk}/"
    responses = [
        client.get(base),
        client.get(base + "flag/"),
        client.post(base + "flag/", {"reason": "spam"}),
        client.post(base + "like/"),
        client.get(base + "edit/"),
        client.post(base + "edit/", {"comment": "changed"}),
        client.post(base + "delete/"),
        client.post(base + "pin/"),
    ]
    assert [r.status_code for r in responses] == [404] * len(responses)
    for response in responses:
        assert "secret words" not in response.content.decode()
    comment.refresh_from_db()
    assert "secret words" in comment.comment and not comment.hub_flags.exists()


def test_an_unknown_comment_answers_like_an_unshown_one(client, bilal, a_held_comment):
    client.force_login(bilal)
    unknown = client.get(f"/discussions/comment/{a_held_comment.pk + 1000}/flag/")
    held = client.get(f"/discussions/comment/{a_held_comment.pk}/flag/")
    assert unknown.status_code == held.status_code == 404


def test_the_author_still_reads_and_edits_their_held_comment(client, amara, a_held_comment):
    client.force_login(amara)
    response = client.get(f"/discussions/comment/{a_held_comment.pk}/edit/")
    assert response.status_code == 200 and "held secret words" in response.content.decode()
    assert client.get(f"/discussions/comment/{a_held_comment.pk}/").status_code == 302


def test_the_author_does_not_read_what_a_moderator_removed(client, amara, a_removed_comment):
    client.force_login(amara)
    assert client.get(f"/discussions/comment/{a_removed_comment.pk}/").status_code == 404


@pytest.mark.parametrize("state", STATES)
def test_a_moderator_reads_every_state(client, a_moderator, state, request):
    comment = request.getfixturevalue(state)
    client.force_login(a_moderator)
    response = client.get(f"/discussions/comment/{comment.pk}/flag/")
    assert response.status_code == 200 and "secret words" in response.content.decode()


def test_editors_moderate_comments(client, an_editor, a_held_comment):
    from allauth.account.models import EmailAddress

    from hub.members.models import MembershipStatus
    from hub.members.services.accounts import profile_for

    # An editor who takes part in threads is a member like any other (approved and verified).
    profile = profile_for(an_editor)
    profile.membership_status = MembershipStatus.APPROVED
    profile.save()
    EmailAddress.objects.create(user=an_editor, email=an_editor.email, verified=True, primary=True)
    client.force_login(an_editor)
    response = client.get(f"/discussions/comment/{a_held_comment.pk}/flag/")
    assert response.status_code == 200 and "held secret words" in response.content.decode()


def test_a_shown_comment_is_still_read_and_flagged_by_others(client, a_resource, amara, bilal):
    comment = comments.post(amara, a_resource, "fine words")
    client.force_login(bilal)
    assert "fine words" in client.get(f"/discussions/comment/{comment.pk}/flag/").content.decode()
    assert Client().get(f"/discussions/comment/{comment.pk}/").status_code == 302


def test_the_data_export_leaves_out_the_text_a_moderator_removed(amara, a_removed_comment):
    exported = personal_data.export_for(amara)["comments"]
    assert [(c["id"], c["text"]) for c in exported] == [(a_removed_comment.pk, "")]


def test_a_list_and_a_single_comment_follow_the_same_rule(
    a_resource, amara, bilal, a_moderator, a_held_comment, a_removed_comment, a_hidden_comment
):
    shown = comments.post(bilal, a_resource, "shown words")
    everyone = [shown, a_held_comment, a_removed_comment, a_hidden_comment]
    for user in (amara, bilal, a_moderator, factories.member("carla")):
        listed = set(
            comments.readable(user, ThreadComment.objects.all()).values_list("pk", flat=True)
        )
        one_by_one = {c.pk for c in everyone if comments.can_see(user, c)}
        assert listed == one_by_one


def test_a_held_comment_emails_no_one_until_approved(
    a_resource, amara, bilal, settings, django_capture_on_commit_callbacks
):
    comments.follow(bilal, a_resource)
    settings.HUB_COMMENT_HOLD_FIRST = 1
    with django_capture_on_commit_callbacks(execute=True):
        held = comments.post(amara, a_resource, "held words for @bilal")
    assert mail.outbox == []
    with django_capture_on_commit_callbacks(execute=True):
        moderation.restore(held)
    assert [m.to for m in mail.outbox] == [["bilal@example.org"]]


# --- Comments on view-restricted pages ------------------------------------------------------------


def restrict(page, kind, **fields):
    from django.contrib.auth.models import Group
    from wagtail.models import PageViewRestriction

    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, **fields)
    if kind == PageViewRestriction.GROUPS:
        restriction.groups.set([Group.objects.get_or_create(name="Partners")[0]])
    return restriction


@pytest.fixture
def partners_only(a_resource):
    """The resource page, restricted to the Partners group; amara is a partner, bilal is not."""
    from wagtail.models import PageViewRestriction

    return restrict(a_resource, PageViewRestriction.GROUPS)


@pytest.fixture
def amara_partner(amara, partners_only):
    from django.contrib.auth.models import Group

    amara.groups.add(Group.objects.get(name="Partners"))
    return amara


def follow_url(target):
    from django.contrib.contenttypes.models import ContentType

    return f"/discussions/follow/{ContentType.objects.get_for_model(target).pk}/{target.pk}/"


def test_only_members_of_the_group_post_follow_and_read_on_a_group_page(
    client, a_resource, amara_partner, bilal
):
    from hub.discussions.models import Follow

    from .conftest import post_url

    said = comments.post(amara_partner, a_resource, "partners only words")
    client.force_login(bilal)
    assert client.post(post_url(a_resource), {"comment": "let me in"}).status_code == 404
    assert client.post(follow_url(a_resource)).status_code == 404
    assert not Follow.objects.filter(user=bilal).exists()
    for url in (f"/discussions/comment/{said.pk}/", f"/discussions/comment/{said.pk}/flag/"):
        response = client.get(url)
        assert response.status_code == 404
        assert "partners only words" not in response.content.decode()
    assert ThreadComment.objects.count() == 1
    client.force_login(amara_partner)
    assert client.post(post_url(a_resource), {"comment": "a partner says"}).status_code == 302
    assert (
        "partners only words"
        in client.get(f"/discussions/comment/{said.pk}/flag/").content.decode()
    )


def test_followers_and_mentioned_members_who_cannot_see_the_page_get_no_email(
    a_resource, amara_partner, bilal, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group

    carla = factories.member("carla")
    carla.groups.add(Group.objects.get(name="Partners"))
    comments.follow(bilal, a_resource)  # followed before the page was restricted
    comments.follow(carla, a_resource)
    with django_capture_on_commit_callbacks(execute=True):
        comments.post(amara_partner, a_resource, "news for @bilal and the partners")
    assert [m.to for m in mail.outbox] == [["carla@example.org"]]


def test_a_password_page_takes_comments_from_who_typed_the_password_and_mails_no_one(
    client, a_resource, amara, bilal, django_capture_on_commit_callbacks
):
    from wagtail.models import PageViewRestriction

    from .conftest import post_url

    restriction = restrict(a_resource, PageViewRestriction.PASSWORD, password="sesame")
    comments.follow(bilal, a_resource)
    client.force_login(amara)
    assert client.post(post_url(a_resource), {"comment": "no password"}).status_code == 404
    session = client.session
    session[restriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(post_url(a_resource), {"comment": "with the password"})
    assert response.status_code == 302
    assert mail.outbox == []  # an email cannot ask for the password


def test_a_pending_account_does_not_read_the_thread_of_a_sign_in_page(
    client, a_resource, amara, a_pending_member
):
    from wagtail.models import PageViewRestriction

    restrict(a_resource, PageViewRestriction.LOGIN)
    said = comments.post(amara, a_resource, "signed-in members only")
    client.force_login(a_pending_member)
    assert "signed-in members only" not in client.get(a_resource.url).content.decode()
    assert client.get(f"/discussions/comment/{said.pk}/").status_code == 404
    client.force_login(factories.member("carla"))
    assert "signed-in members only" in client.get(a_resource.url).content.decode()
