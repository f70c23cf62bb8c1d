from django.test import Client

from hub.discussions.models import Ban, Flag, ThreadComment
from hub.discussions.services import comments
from tests.factories import members as factories

from .conftest import post_url


def flag(client, comment, reason="spam"):
    return client.post(f"/discussions/comment/{comment.pk}/flag/", {"reason": reason})


def test_a_member_flags_with_a_reason_and_it_reaches_the_queue(
    client, a_resource, amara, bilal, a_moderator
):
    comment = comments.post(amara, a_resource, "Buy cheap remittances!!!")
    client.force_login(bilal)
    assert client.post(f"/discussions/comment/{comment.pk}/flag/", {}).status_code == 200
    assert flag(client, comment).status_code == 302
    assert flag(client, comment).status_code == 409  # once per member
    client.force_login(a_moderator)
    html = client.get("/admin/discussions/").content.decode()
    assert "Buy cheap remittances" in html and "Spam or advertising" in html


def test_enough_flags_hide_a_comment_until_reviewed(client, a_resource, amara, settings):
    settings.HUB_COMMENT_HIDE_AFTER_FLAGS = 2
    comment = comments.post(amara, a_resource, "borderline remark")
    for name in ("f1", "f2"):
        client.force_login(factories.member(name))
        flag(client, comment, "abuse")
    html = Client().get(a_resource.url).content.decode()
    assert "borderline remark" not in html
    comment.refresh_from_db()
    assert comment.hidden_by_flags


def test_the_moderator_removes_restores_and_bans(client, a_resource, amara, bilal, a_moderator):
    comment = comments.post(amara, a_resource, "rude words")
    client.force_login(bilal)
    flag(client, comment, "abuse")
    client.force_login(a_moderator)
    client.post(f"/admin/discussions/comment/{comment.pk}/remove/")
    comment.refresh_from_db()
    assert comment.is_removed and comment.removed_by == "moderator"
    assert not Flag.objects.filter(resolved_at__isnull=True).exists()
    assert "Removed by a moderator." in Client().get(a_resource.url).content.decode()
    client.post(f"/admin/discussions/comment/{comment.pk}/restore/")
    assert "rude words" in Client().get(a_resource.url).content.decode()
    client.post(f"/admin/discussions/comment/{comment.pk}/ban/", {"reason": "repeated abuse"})
    assert Ban.objects.filter(user=amara).exists()
    client.force_login(amara)
    assert client.post(post_url(a_resource), {"comment": "again"}).status_code == 403


def test_members_without_the_permission_cannot_moderate(client, a_resource, amara, bilal):
    comment = comments.post(amara, a_resource, "fine")
    client.force_login(bilal)
    assert client.post(f"/admin/discussions/comment/{comment.pk}/remove/").status_code in (
        302,
        403,
    )
    comment.refresh_from_db()
    assert not comment.is_removed


def test_a_new_members_first_comments_wait_for_approval(client, a_resource, amara, settings):
    settings.HUB_COMMENT_HOLD_FIRST = 1
    client.force_login(amara)
    response = client.post(post_url(a_resource), {"comment": "my first words"}, follow=True)
    assert "once a moderator approves it" in response.content.decode()
    held = ThreadComment.objects.get()
    assert not held.is_public
    assert "my first words" not in Client().get(a_resource.url).content.decode()
    assert "Waiting for approval" in client.get(a_resource.url).content.decode()  # to its author
    from hub.discussions.services import moderation

    moderation.restore(held)
    assert "my first words" in Client().get(a_resource.url).content.decode()
    second = comments.post(amara, a_resource, "now trusted")
    assert second.is_public


def test_the_queue_lists_only_what_needs_a_moderator(client, a_resource, amara, bilal, a_moderator):
    from hub.discussions.services import moderation

    comments.post(amara, a_resource, "an ordinary remark")
    flagged = comments.post(amara, a_resource, "a flagged remark")
    resolved = comments.post(amara, a_resource, "a remark already reviewed")
    for comment in (flagged, resolved):
        moderation.flag(bilal, comment, "spam")
    moderation.restore(resolved)  # resolves its flag
    client.force_login(a_moderator)
    html = client.get("/admin/discussions/").content.decode()
    assert "a flagged remark" in html
    assert "an ordinary remark" not in html
    assert "a remark already reviewed" not in html
    assert [c.pk for c in moderation.queue()] == [flagged.pk]
