"""Posting, editing, removing and reading comments: the rules live here, views only call them."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG

from hub.discussions.models import Ban, Follow, ThreadComment, Topic
from hub.members.services.accounts import is_member

from . import text


class Refused(Exception):
    """A post the rules do not allow; ``status`` is the HTTP status a view answers with."""

    def __init__(self, message: str, status: int = 403):
        super().__init__(message)
        self.message = message
        self.status = status


# --- What may be commented on, and by whom --------------------------------------------------------


def app_model(target) -> str:
    meta = target._meta
    return f"{meta.app_label}.{meta.model_name}"


def max_level(target) -> int | None:
    """Deepest level a reply may have (0 is a top-level comment); None: no comments at all."""
    return settings.COMMENTS_XTD_MAX_THREAD_LEVEL_BY_APP_MODEL.get(app_model(target))


def allows_comments(target) -> bool:
    return max_level(target) is not None


def is_open(target) -> bool:
    """The target's own rule, e.g. an e-discussion takes comments only while it is open."""
    accepts = getattr(target, "accepts_comments", None)
    return accepts() if callable(accepts) else True


def is_banned(user) -> bool:
    return Ban.objects.filter(user_id=user.pk).exists()


def is_moderator(user) -> bool:
    return bool(user and user.is_authenticated) and user.has_perm(
        "discussions.moderate_discussions"
    )


def posting_refusal(user) -> Refused | None:
    if not getattr(user, "is_authenticated", False):
        return Refused("Sign in to take part in discussions.", 403)
    if not is_member(user):
        return Refused("Only approved members can post. Your membership is not approved yet.", 403)
    if is_banned(user):
        return Refused("You can no longer post in discussions.", 403)
    return None


def check_rate(user) -> None:
    """At most HUB_COMMENT_RATE_COUNT posts per member in HUB_COMMENT_RATE_WINDOW seconds."""
    window = settings.HUB_COMMENT_RATE_WINDOW
    key = f"discussions:rate:{user.pk}:{int(time.time() // window)}"
    cache.add(key, 0, timeout=window + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # evicted between add and incr
        cache.set(key, 1, timeout=window + 5)
        count = 1
    if count > settings.HUB_COMMENT_RATE_COUNT:
        raise Refused("You are posting too fast. Please wait a minute and try again.", 429)


def display_name(user) -> str:
    profile = getattr(user, "profile", None)
    return ((profile.display_name if profile else "") or user.get_username())[:50]


def _must_hold(user) -> bool:
    """A new member's first comments wait for approval; moderators' never do."""
    if is_moderator(user):
        return False
    approved = ThreadComment.objects.filter(user=user, is_public=True).count()
    return approved < settings.HUB_COMMENT_HOLD_FIRST


# --- Posting --------------------------------------------------------------------------------------


def post(user, target, body: str, parent_id: int | None = None) -> ThreadComment:
    """Add a comment (or a reply to ``parent_id``) to ``target``, or raise Refused."""
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    level = max_level(target)
    if level is None:
        raise Refused("This page does not take comments.", 404)
    if not is_open(target):
        raise Refused("This discussion is not open for contributions.", 403)
    body = (body or "").strip()
    if not body:
        raise Refused("Write something first.", 400)
    if len(body) > settings.HUB_COMMENT_MAX_LENGTH:
        raise Refused(f"Keep it under {settings.HUB_COMMENT_MAX_LENGTH} characters.", 400)
    content_type = ContentType.objects.get_for_model(target)
    parent = None
    if parent_id:
        parent = ThreadComment.objects.filter(
            pk=parent_id, content_type=content_type, object_pk=str(target.pk)
        ).first()
        if parent is None or not parent.is_visible:
            raise Refused("The comment you are replying to is not there any more.", 400)
        # xtd's save() would insert the row and only then raise: check first (issue 6, defect).
        if parent.level >= level:
            raise Refused(
                "Replies cannot go deeper here. Reply to an earlier comment in the thread.", 400
            )
    check_rate(user)
    comment = ThreadComment(
        content_type=content_type,
        object_pk=str(target.pk),
        site_id=settings.SITE_ID,
        user=user,
        user_name=display_name(user),
        user_email=user.email,
        comment=body,
        body_html=text.render(body),
        parent_id=parent.pk if parent else 0,
        is_public=not _must_hold(user),
        followup=True,
    )
    # One transaction: if xtd's thread bookkeeping fails, the row goes too.
    with transaction.atomic():
        comment.save()
        follow(user, target)
        if isinstance(target, Topic) and comment.is_public:
            touch_topic(target, comment)
    if comment.is_public:
        announce(comment)
    return comment


def announce(comment: ThreadComment) -> None:
    from hub.discussions import tasks

    transaction.on_commit(lambda: tasks.send_comment_notices.delay(comment.pk))


def touch_topic(topic: Topic, comment: ThreadComment) -> None:
    visible = ThreadComment.objects.filter(
        content_type=comment.content_type,
        object_pk=comment.object_pk,
        is_public=True,
        is_removed=False,
    ).count()
    Topic.objects.filter(pk=topic.pk).update(
        reply_count=visible,
        last_activity_at=comment.submit_date,
        last_poster_name=comment.user_name,
    )


def target_of(comment: ThreadComment):
    model = comment.content_type.model_class()
    if model is None:
        return None
    obj = model.objects.filter(pk=comment.object_pk).first()
    return obj.specific if obj is not None and hasattr(obj, "specific") else obj


def follow(user, target) -> Follow:
    content_type = ContentType.objects.get_for_model(target)
    return Follow.objects.get_or_create(
        user=user, content_type=content_type, object_pk=str(target.pk)
    )[0]


def unfollow(user, target) -> None:
    content_type = ContentType.objects.get_for_model(target)
    Follow.objects.filter(user=user, content_type=content_type, object_pk=str(target.pk)).delete()


def is_following(user, target) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    content_type = ContentType.objects.get_for_model(target)
    return Follow.objects.filter(
        user=user, content_type=content_type, object_pk=str(target.pk)
    ).exists()


# --- Editing and removing -------------------------------------------------------------------------


def can_edit(user, comment: ThreadComment) -> bool:
    window = timedelta(minutes=settings.HUB_COMMENT_EDIT_MINUTES)
    return (
        getattr(user, "is_authenticated", False)
        and comment.user_id == user.pk
        and not comment.is_removed
        and timezone.now() - comment.submit_date <= window
    )


def edit(user, comment: ThreadComment, body: str) -> ThreadComment:
    if not can_edit(user, comment):
        raise Refused(
            f"You can edit your own comment for {settings.HUB_COMMENT_EDIT_MINUTES} minutes.", 403
        )
    body = (body or "").strip()
    if not body or len(body) > settings.HUB_COMMENT_MAX_LENGTH:
        raise Refused(f"Write between 1 and {settings.HUB_COMMENT_MAX_LENGTH} characters.", 400)
    comment.comment = body
    comment.body_html = text.render(body)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["comment", "body_html", "edited_at"])
    return comment


def remove_own(user, comment: ThreadComment) -> None:
    """The text goes; a "removed" stub keeps the replies where they were."""
    if not getattr(user, "is_authenticated", False) or comment.user_id != user.pk:
        raise Refused("You can only delete your own comments.", 403)
    comment.comment = ""
    comment.body_html = ""
    comment.is_removed = True
    comment.removed_by = ThreadComment.RemovedBy.AUTHOR
    comment.save(update_fields=["comment", "body_html", "is_removed", "removed_by"])


# --- Reactions ------------------------------------------------------------------------------------


def toggle_like(user, comment: ThreadComment) -> bool:
    """xtd's "I liked it" flag, one per member; returns whether the member now likes it."""
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    if not comment.is_visible:
        raise Refused("That comment is not shown.", 400)
    flag, created = CommentFlag.objects.get_or_create(comment=comment, user=user, flag=LIKEDIT_FLAG)
    if not created:
        flag.delete()
    return created


# --- Reading --------------------------------------------------------------------------------------


@dataclass
class Node:
    comment: ThreadComment
    children: list[Node] = field(default_factory=list)
    liked: bool = False


def thread_for(target, user=None) -> list[Node]:
    """The whole thread in two queries, as a tree; pinned comments first among the top level."""
    content_type = ContentType.objects.get_for_model(target)
    comments = list(
        ThreadComment.objects.filter(
            content_type=content_type, object_pk=str(target.pk), site_id=settings.SITE_ID
        )
        .annotate(like_count=Count("flags", filter=Q(flags__flag=LIKEDIT_FLAG)))
        .order_by("thread_id", "order")
    )
    liked: set[int] = set()
    if getattr(user, "is_authenticated", False) and comments:
        liked = set(
            CommentFlag.objects.filter(
                user=user, flag=LIKEDIT_FLAG, comment__in=[c.pk for c in comments]
            ).values_list("comment_id", flat=True)
        )
    nodes = {c.pk: Node(c, liked=c.pk in liked) for c in comments}
    roots: list[Node] = []
    for c in comments:
        parent = nodes.get(c.parent_id) if c.parent_id != c.pk else None
        (parent.children if parent else roots).append(nodes[c.pk])
    viewer = getattr(user, "pk", None)
    visible_roots = [n for n in roots if _shown(n, viewer)]
    visible_roots.sort(key=lambda n: not n.comment.is_pinned)
    return visible_roots


def _shown(node: Node, viewer) -> bool:
    """Prune held or hidden comments no one replied to; the author still sees theirs."""
    node.children = [child for child in node.children if _shown(child, viewer)]
    c = node.comment
    if c.is_visible or c.is_removed or c.user_id == viewer:
        return True
    return bool(node.children)


def count_for(target) -> int:
    content_type = ContentType.objects.get_for_model(target)
    return ThreadComment.objects.filter(
        content_type=content_type, object_pk=str(target.pk), is_public=True, is_removed=False
    ).count()


def resolve_target(content_type_id, object_pk):
    """The live page or open topic behind a posted form, or None (bad input is not an error)."""
    from wagtail.models import Page

    try:
        content_type = ContentType.objects.get_for_id(int(content_type_id))
    except (ContentType.DoesNotExist, TypeError, ValueError):
        return None
    model = content_type.model_class()
    if model is None or max_level(model) is None:
        return None
    try:
        if issubclass(model, Page):
            return model.objects.live().filter(pk=int(object_pk)).first()
        return model.objects.filter(pk=int(object_pk)).first()
    except (TypeError, ValueError, OverflowError):  # (SQLite: an id beyond 64 bits)
        return None
