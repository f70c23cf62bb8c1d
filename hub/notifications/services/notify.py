"""``notify()``: the one way any app tells a member that something happened.

It writes the in-site notification and decides, from the member's preference for its kind,
whether an email goes out straight away (after the kind's delay), later in a digest, or never.

The one rule for duplicates (``_same_event`` and ``_fold_into``):

- a notification already covering this recipient, verb, target and data is the same event told
  again (a retried task): nothing changes;
- otherwise, an unread notification of the same recipient, verb and thread that no email has
  covered yet, updated within ``HUB_NOTIFICATION_GROUP_HOURS``, takes it in: its count goes up,
  the actor joins its actors, and it points at the newest target ("3 new replies on …");
- otherwise a new notification starts.

Whether an email still goes is asked again when it is sent (hub.notifications.services.emails):
nothing is emailed that was read in-site meanwhile, or that the member may no longer see.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from .. import kinds, registry
from ..models import Channel, Notification
from . import emails, preferences

log = logging.getLogger(__name__)


def _ref(obj) -> tuple[ContentType, str]:
    return ContentType.objects.get_for_model(obj), str(obj.pk)


def notify(recipient, verb: str, target, actor=None, data: dict | None = None):
    """Tell ``recipient`` that ``actor`` did ``verb`` to ``target``; returns the notification.

    None when there is nothing to tell: the member is the actor, is inactive, or may not see
    the target. Call it inside the transaction of the change, so that both commit together.
    """
    kind = kinds.kind_of(verb)
    if recipient is None or not recipient.is_active:
        return None
    if actor is not None and actor.pk == recipient.pk:
        return None
    handler = registry.handler_for(target)
    target_type, target_id = _ref(target)
    if not handler.can_see(recipient, target):
        return None
    thread = handler.thread(target)
    thread_type, thread_id = _ref(thread)
    data = data or {}
    now = timezone.now()
    with transaction.atomic():
        recent = list(
            Notification.objects.select_for_update()
            .filter(recipient=recipient, verb=verb, thread_type=thread_type, thread_id=thread_id)
            .order_by("-pk")[:20]
        )
        if _same_event(recent, target_id, data):
            return None
        notification = _fold_into(recent, now)
        if notification is None:
            notification = Notification(
                recipient=recipient,
                kind=kind.name,
                verb=verb,
                thread_type=thread_type,
                thread_id=thread_id,
                title=handler.title(thread),
            )
            channel = preferences.channel_for(recipient, kind)
            if channel == Channel.IMMEDIATE and recipient.email:
                notification.email_due_at = now + timedelta(seconds=kind.email_delay_seconds())
        else:
            notification.count += 1
        notification.target_type, notification.target_id = target_type, target_id
        keep = settings.HUB_NOTIFICATION_IDS_KEPT
        notification.target_ids = [*notification.target_ids, target_id][-keep:]
        notification.data = data
        if actor is not None:
            notification.actor = actor
            if actor.pk not in notification.actor_ids:
                notification.actor_ids = [*notification.actor_ids, actor.pk][-keep:]
        notification.save()
        if notification.email_due_at is not None and notification.email_due_at <= now:
            # Written to the outbox in this transaction: it commits, or rolls back, with the
            # change; a delayed one waits for the sweep (hub.notifications.tasks).
            try:
                emails.send_one(notification.pk, now, checked=True)
            except Exception:  # noqa: BLE001 - its savepoint rolled back; the sweep retries
                log.exception("notification %s: email left for the sweep", notification.pk)
    return notification


def _same_event(recent: list[Notification], target_id: str, data: dict) -> bool:
    return any(target_id in n.target_ids and n.data == data for n in recent)


def _fold_into(recent: list[Notification], now) -> Notification | None:
    since = now - timedelta(hours=settings.HUB_NOTIFICATION_GROUP_HOURS)
    for n in recent:
        if n.read_at is None and n.emailed_at is None and n.updated_at >= since:
            return n
    return None


def withdraw(target) -> int:
    """The target is no longer shown (removed, hidden): notifications about it go."""
    target_type, target_id = _ref(target)
    deleted, _ = Notification.objects.filter(target_type=target_type, target_id=target_id).delete()
    return deleted


def mark_read_about(user, thread) -> int:
    """The member saw the thread itself (e.g. opened the conversation): its notices are read."""
    if not getattr(user, "is_authenticated", False):
        return 0
    thread_type, thread_id = _ref(thread)
    return Notification.objects.filter(
        recipient=user, thread_type=thread_type, thread_id=thread_id, read_at__isnull=True
    ).update(read_at=timezone.now(), email_due_at=None)
