"""Posting, editing, removing and reading comments: the rules live here, views only call them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_comments.models import CommentFlag
from django_comments_xtd.models import LIKEDIT_FLAG
from wagtail.models import Page, PageViewRestriction

from hub.core import limits
from hub.discussions.models import Ban, Follow, ThreadComment, Topic
from hub.members.services.accounts import is_member
from hub.notifications.services.notify import withdraw

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
        return Refused(_("Sign in to take part in discussions."), 403)
    if not is_member(user):
        return Refused(
            _("Only approved members can post. Your membership is not approved yet."), 403
        )
    if is_banned(user):
        return Refused(_("You can no longer post in discussions."), 403)
    return None


def check_rate(user) -> None:
    """Comments and topics count against the member's "comment" limit (HUB_RATE_LIMITS)."""
    try:
        limits.consume("comment", user.pk)
    except limits.RateLimited as exc:
        raise Refused(exc.message, 429) from exc


def display_name(user) -> str:
    profile = getattr(user, "profile", None)
    return ((profile.display_name if profile else "") or user.get_username())[:50]


def _must_hold(user) -> bool:
    """A new member's first comments wait for approval; moderators' never do."""
    if is_moderator(user):
        return False
    approved = ThreadComment.objects.filter(user=user, is_public=True).count()
    return approved < settings.HUB_COMMENT_HOLD_FIRST


# --- Who may see what ----------------------------------------------------------------------------
#
# One rule decides whether someone may read a comment, or learn that it exists: every view, email,
# export and list asks it. A comment is readable when its target (page or topic) is, and it is
# shown; a held or flag-hidden comment also to its author; anything to a moderator.

NOT_FOUND = gettext_lazy("There is no such comment.")


def can_view_target(user, target, request=None) -> bool:
    """Whether this user (with this request, when there is one) may see the target's thread.

    A page's view restrictions (its own and its ancestors') hold for its comments: for reading,
    posting, following and emails. An email has no request, so a password-protected page's
    thread is never mailed. Being signed in counts only for an approved member.
    """
    if target is None:
        return False
    if isinstance(target, Page):
        if not target.live:
            return False
        return all(
            _passes(restriction, user, request) for restriction in target.get_view_restrictions()
        )
    if isinstance(target, Topic):
        return _topic_shown_to(user, target)
    return True


def _topic_shown_to(user, topic: Topic) -> bool:
    """A topic is seen by who may read its opening post; one its author deleted stays, a stub."""
    opening = topic.opening
    if opening is None:  # being started: ``topics.start`` adds it in the same transaction
        return True
    if opening.is_removed and opening.removed_by == ThreadComment.RemovedBy.AUTHOR:
        return True
    return _may_read(user, opening)


def _passes(restriction: PageViewRestriction, user, request) -> bool:
    if restriction.restriction_type == PageViewRestriction.PASSWORD:
        return request is not None and restriction.accept_request(request)
    if not is_member(user):
        return False
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        return user.is_superuser or restriction.groups.filter(user=user).exists()
    return True  # LOGIN


def _may_read(user, comment: ThreadComment) -> bool:
    """The comment's own state, once its target is known to be viewable."""
    if comment.is_visible or is_moderator(user):
        return True
    own = getattr(user, "is_authenticated", False) and comment.user_id == user.pk
    return bool(own) and not comment.is_removed


def readable_states(user) -> Q:
    """``_may_read`` as a filter, for lists of comments."""
    if is_moderator(user):
        return Q()
    shown = Q(is_public=True, is_removed=False, hidden_by_flags=False)
    if getattr(user, "is_authenticated", False):
        return shown | Q(user_id=user.pk, is_removed=False)
    return shown


def can_see(user, comment: ThreadComment, request=None, target=None) -> bool:
    """Whether ``user`` may read ``comment``, or learn that it exists."""
    if target is None:
        target = target_of(comment)
    return can_view_target(user, target, request) and _may_read(user, comment)


def readable(user, queryset, request=None):
    """The comments of ``queryset`` that ``user`` may read, by the same rule as ``can_see``."""
    queryset = queryset.filter(readable_states(user))
    hidden_targets = Q()
    for content_type_id, object_pk in queryset.values_list(
        "content_type_id", "object_pk"
    ).distinct():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        target = _specific(model.objects.filter(pk=object_pk).first()) if model else None
        if not can_view_target(user, target, request):
            hidden_targets |= Q(content_type_id=content_type_id, object_pk=object_pk)
    return queryset.exclude(hidden_targets) if hidden_targets else queryset


def get_for(user, pk, request=None) -> ThreadComment:
    """Comment ``pk`` if ``user`` may read it, else Refused(404): as if it did not exist."""
    comment = ThreadComment.objects.select_related("content_type").filter(pk=pk).first()
    if comment is None or not can_see(user, comment, request):
        raise Refused(NOT_FOUND, 404)
    return comment


def _check_readable(user, comment, request) -> None:
    if not can_see(user, comment, request):
        raise Refused(NOT_FOUND, 404)


# --- Posting --------------------------------------------------------------------------------------


def post(
    user, target, body: str, parent_id: int | None = None, request=None, max_length=None
) -> ThreadComment:
    """Add a comment (or a reply to ``parent_id``) to ``target``, or raise Refused."""
    max_length = max_length or settings.HUB_COMMENT_MAX_LENGTH
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    level = max_level(target)
    if level is None or not can_view_target(user, target, request):
        raise Refused(_("This page does not take comments."), 404)
    if not is_open(target):
        raise Refused(_("This discussion is not open for contributions."), 403)
    body = (body or "").strip()
    if not body:
        raise Refused(_("Write something first."), 400)
    if len(body) > max_length:
        raise Refused(
            ngettext(
                "Keep it under %(count)s character.",
                "Keep it under %(count)s characters.",
                max_length,
            )
            % {"count": max_length},
            400,
        )
    content_type = ContentType.objects.get_for_model(target)
    parent = None
    if parent_id:
        parent = ThreadComment.objects.filter(
            pk=parent_id, content_type=content_type, object_pk=str(target.pk)
        ).first()
        if parent is None or not parent.is_visible:
            raise Refused(_("The comment you are replying to is not there any more."), 400)
        # xtd's save() would insert the row and only then raise: check first (issue 6, defect).
        if parent.level >= level:
            raise Refused(
                _("Replies cannot go deeper here. Reply to an earlier comment in the thread."), 400
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
        if isinstance(target, Topic):
            refresh_topic(target)
        # The notices go to the outbox in this transaction: no comment without its emails.
        if comment.is_public:
            announce(comment)
    return comment


def announce(comment: ThreadComment) -> None:
    """Notify followers and mentioned members (hub.notifications), in the caller's transaction."""
    from .notifications import send_for  # notifications imports this module

    send_for(comment.pk)


def refresh_topic(topic: Topic) -> None:
    """What the forum list shows, from the topic's comments: listed or not, replies, latest."""
    shown = ThreadComment.objects.filter(
        content_type=ContentType.objects.get_for_model(Topic),
        object_pk=str(topic.pk),
        is_public=True,
        is_removed=False,
        hidden_by_flags=False,
    )
    opening = ThreadComment.objects.filter(pk=topic.opening_id).first()
    replies = shown.exclude(pk=topic.opening_id)
    latest = replies.order_by("-submit_date", "-pk").first() or opening
    topic.is_listed = opening is not None and (
        opening.is_visible or opening.removed_by == ThreadComment.RemovedBy.AUTHOR
    )
    topic.reply_count = replies.count()
    if latest is not None:
        topic.last_activity_at, topic.last_poster_name = latest.submit_date, latest.user_name
    # save(), not update(): the search index follows what is listed.
    topic.save(update_fields=["is_listed", "reply_count", "last_activity_at", "last_poster_name"])


def target_of(comment: ThreadComment):
    model = comment.content_type.model_class()
    if model is None:
        return None
    return _specific(model.objects.filter(pk=comment.object_pk).first())


def _specific(obj):
    return obj.specific if obj is not None and hasattr(obj, "specific") else obj


def follow(user, target) -> Follow:
    content_type = ContentType.objects.get_for_model(target)
    return Follow.objects.get_or_create(
        user=user, content_type=content_type, object_pk=str(target.pk)
    )[0]


def toggle_follow(user, target, request=None) -> bool:
    """Follow or stop following a thread; returns whether the member now follows it."""
    if is_following(user, target):
        unfollow(user, target)
        return False
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    if not can_view_target(user, target, request):
        raise Refused(NOT_FOUND, 404)
    follow(user, target)
    return True


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


def edit(user, comment: ThreadComment, body: str, request=None) -> ThreadComment:
    _check_readable(user, comment, request)
    if not can_edit(user, comment):
        raise Refused(
            ngettext(
                "You can edit your own comment for %(count)s minute.",
                "You can edit your own comment for %(count)s minutes.",
                settings.HUB_COMMENT_EDIT_MINUTES,
            )
            % {"count": settings.HUB_COMMENT_EDIT_MINUTES},
            403,
        )
    body = (body or "").strip()
    if not body or len(body) > settings.HUB_COMMENT_MAX_LENGTH:
        raise Refused(
            ngettext(
                "Write between 1 and %(count)s character.",
                "Write between 1 and %(count)s characters.",
                settings.HUB_COMMENT_MAX_LENGTH,
            )
            % {"count": settings.HUB_COMMENT_MAX_LENGTH},
            400,
        )
    comment.comment = body
    comment.body_html = text.render(body)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["comment", "body_html", "edited_at"])
    refresh_target(comment)
    return comment


def remove_own(user, comment: ThreadComment, request=None) -> None:
    """The text goes; a "removed" stub keeps the replies where they were."""
    _check_readable(user, comment, request)
    if not getattr(user, "is_authenticated", False) or comment.user_id != user.pk:
        raise Refused(_("You can only delete your own comments."), 403)
    comment.comment = ""
    comment.body_html = ""
    comment.is_removed = True
    comment.removed_by = ThreadComment.RemovedBy.AUTHOR
    comment.save(update_fields=["comment", "body_html", "is_removed", "removed_by"])
    refresh_target(comment)
    withdraw(comment)


def refresh_target(comment: ThreadComment) -> None:
    """A topic keeps its list entry and search text in step with its comments."""
    target = target_of(comment)
    if isinstance(target, Topic):
        refresh_topic(target)


# --- Reactions ------------------------------------------------------------------------------------


def toggle_like(user, comment: ThreadComment, request=None) -> bool:
    """xtd's "I liked it" flag, one per member; returns whether the member now likes it."""
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    _check_readable(user, comment, request)
    if not comment.is_visible:
        raise Refused(_("That comment is not shown."), 400)
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
    readable: bool = False


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
    nodes = {c.pk: Node(c, liked=c.pk in liked, readable=_may_read(user, c)) for c in comments}
    roots: list[Node] = []
    for c in comments:
        parent = nodes.get(c.parent_id) if c.parent_id != c.pk else None
        (parent.children if parent else roots).append(nodes[c.pk])
    visible_roots = [n for n in roots if _shown(n)]
    lead = getattr(target, "opening_id", None)  # a topic's opening post comes first
    visible_roots.sort(key=lambda n: (n.comment.pk != lead, not n.comment.is_pinned))
    return visible_roots


def _shown(node: Node) -> bool:
    """Prune unreadable comments no one replied to; a removed one stays as a stub."""
    node.children = [child for child in node.children if _shown(child)]
    return node.readable or node.comment.is_removed or bool(node.children)


def count_for(target) -> int:
    content_type = ContentType.objects.get_for_model(target)
    return ThreadComment.objects.filter(
        content_type=content_type, object_pk=str(target.pk), is_public=True, is_removed=False
    ).count()


def resolve_target(content_type_id, object_pk, user=None, request=None):
    """The live page or topic behind a posted form, if ``user`` may see it; else None.

    Bad input is not an error, and a target one may not see answers as one that is not there.
    """
    target = _find_target(content_type_id, object_pk)
    return target if can_view_target(user, target, request) else None


def _find_target(content_type_id, object_pk):
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
