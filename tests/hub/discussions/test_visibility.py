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
