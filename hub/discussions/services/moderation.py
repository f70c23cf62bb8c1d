"""Flags, the moderation queue, approval of held comments, and bans."""

from __future__ import annotations

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Count, Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from hub.discussions.models import Ban, Flag, ThreadComment
from hub.notifications.services.notify import withdraw

from .comments import (
    NOT_FOUND,
    Refused,
    announce,
    can_see,
    posting_refusal,
    refresh_target,
)


def flag(user, comment: ThreadComment, reason: str, note: str = "", request=None) -> Flag:
    refusal = posting_refusal(user)
    if refusal:
        raise refusal
    if not can_see(user, comment, request):
        raise Refused(NOT_FOUND, 404)
    if reason not in Flag.Reason.values:
        raise Refused(_("Choose a reason."), 400)
    if comment.user_id == user.pk:
        raise Refused(_("You cannot flag your own comment."), 400)
    try:
        with transaction.atomic():
            made = Flag.objects.create(comment=comment, user=user, reason=reason, note=note[:500])
    except IntegrityError:
        raise Refused(_("You have flagged this comment already."), 409) from None
    open_flags = Flag.objects.filter(comment=comment, resolved_at__isnull=True).count()
    if open_flags >= settings.HUB_COMMENT_HIDE_AFTER_FLAGS and not comment.hidden_by_flags:
        ThreadComment.objects.filter(pk=comment.pk).update(hidden_by_flags=True)
        refresh_target(comment)
        withdraw(comment)
    return made


def queue():
    """Comments that need a moderator: flagged, hidden by flags, or held for approval."""
    # An EXISTS, not a join: through the LEFT JOIN a comment without flags has a NULL
    # resolved_at too, and every comment would look flagged.
    open_flag = Flag.objects.filter(comment=OuterRef("pk"), resolved_at__isnull=True)
    return (
        ThreadComment.objects.filter(
            Exists(open_flag) | Q(hidden_by_flags=True) | Q(is_public=False, is_removed=False)
        )
        .select_related("user", "content_type")
        .annotate(
            open_flags=Count("hub_flags", filter=Q(hub_flags__resolved_at__isnull=True)),
        )
        .prefetch_related("hub_flags")
        .order_by("-open_flags", "submit_date")
    )


def _resolve(comment: ThreadComment) -> None:
    Flag.objects.filter(comment=comment, resolved_at__isnull=True).update(
        resolved_at=timezone.now()
    )


@transaction.atomic
def restore(comment: ThreadComment) -> None:
    """Approve a held comment, or put back a hidden or removed one."""
    was_held = not comment.is_public
    comment.is_public = True
    comment.hidden_by_flags = False
    if comment.removed_by == ThreadComment.RemovedBy.MODERATOR:
        comment.is_removed = False
        comment.removed_by = ThreadComment.RemovedBy.NOBODY
    comment.save(update_fields=["is_public", "hidden_by_flags", "is_removed", "removed_by"])
    _resolve(comment)
    refresh_target(comment)
    if was_held:
        announce(comment)


@transaction.atomic
def remove(comment: ThreadComment) -> None:
    """Leave a "removed by a moderator" stub; the text is kept for an appeal."""
    comment.is_removed = True
    comment.removed_by = ThreadComment.RemovedBy.MODERATOR
    comment.hidden_by_flags = False
    comment.save(update_fields=["is_removed", "removed_by", "hidden_by_flags"])
    _resolve(comment)
    refresh_target(comment)
    withdraw(comment)


@transaction.atomic
def ban_author(comment: ThreadComment, by, reason: str = "") -> None:
    if comment.user_id:
        Ban.objects.update_or_create(
            user_id=comment.user_id, defaults={"reason": reason[:500], "created_by": by}
        )
    remove(comment)
