"""This app's part of "download my data" and "delete my account"."""

from hub.discussions.models import Flag, Follow, ThreadComment, Topic

from .comments import readable


def export_for(user) -> dict:
    own = ThreadComment.objects.filter(user=user).select_related("content_type")
    # The comment rule holds here too: a moderator-removed text, or one on a page the member
    # may no longer see, is listed without its text.
    may_read = set(readable(user, own).values_list("pk", flat=True))
    return {
        "comments": [
            {
                "id": c.pk,
                "on": f"{c.content_type.app_label}.{c.content_type.model}:{c.object_pk}",
                "posted_at": c.submit_date.isoformat(),
                "text": c.comment if c.pk in may_read else "",
                "removed": c.is_removed,
            }
            for c in own
        ],
        "topics": [
            # The opening post is among the comments.
            {
                "id": t.pk,
                "title": t.title,
                "opening": t.opening_id,
                "started_at": t.created_at.isoformat(),
            }
            for t in Topic.objects.filter(author=user)
        ],
        "follows": [
            f"{f.content_type.app_label}.{f.content_type.model}:{f.object_pk}"
            for f in Follow.objects.filter(user=user).select_related("content_type")
        ],
        "flags": [
            {"comment": f.comment_id, "reason": f.reason, "note": f.note}
            for f in Flag.objects.filter(user=user)
        ],
    }


def erase_for(user) -> None:
    """Comments become anonymous "removed" stubs so that replies keep their place."""
    ThreadComment.objects.filter(user=user).update(
        user=None,
        user_name="",
        user_email="",
        user_url="",
        ip_address=None,
        comment="",
        body_html="",
        is_removed=True,
        removed_by=ThreadComment.RemovedBy.AUTHOR,
    )
    Topic.objects.filter(author=user).update(author=None, author_name="a former member")
