"""Email notices of unread private messages: after a delay, switchable, never twice.

Each participant row records the newest message a notice has covered (``notified_through_id``).
A sweep claims rows under ``SELECT ... FOR UPDATE SKIP LOCKED`` and advances that mark in the
same transaction as it writes the email to the outbox (hub.core.outbox), so two sweeps running at
once (or one run twice) never email the same messages twice, and a notice is never lost.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Exists, Max, OuterRef, Q
from django.db.models.functions import Greatest
from django.template.loader import render_to_string
from django.utils import timezone, translation

from hub.core.services import languages
from hub.members.services import accounts
from hub.messaging.models import Message, Participant

log = logging.getLogger(__name__)


def _due(now):
    cutoff = now - timedelta(minutes=settings.HUB_MESSAGE_NOTICE_DELAY_MINUTES)
    waiting = Message.objects.filter(
        conversation=OuterRef("conversation"),
        pk__gt=OuterRef("seen_or_notified"),
        created_at__lte=cutoff,
    ).exclude(sender=OuterRef("user"))
    return (
        Participant.objects.annotate(
            seen_or_notified=Greatest("last_read_id", "notified_through_id")
        )
        .filter(Exists(waiting))
        .filter(user__is_active=True)
        .filter(Q(user__profile__notify_messages=True) | Q(user__profile__isnull=True))
    ), cutoff


def send_unread_notices(now=None) -> int:
    """Email every member with unread messages older than the delay; returns emails sent."""
    now = now or timezone.now()
    due, _ = _due(now)
    user_ids = sorted(set(due.values_list("user_id", flat=True)))
    sent = 0
    for user_id in user_ids:
        try:
            sent += _notify_user(user_id, now)
        except Exception:  # one member's failure must not stop the sweep; retried next run
            log.exception("unread-message notice to user %s failed", user_id)
    return sent


@transaction.atomic
def _notify_user(user_id: int, now) -> int:
    due, cutoff = _due(now)
    seats = list(
        Participant.objects.select_for_update(skip_locked=True)
        .filter(pk__in=due.filter(user_id=user_id).values("pk"))
        .order_by("pk")
    )
    if not seats:
        return 0
    user = get_user_model().objects.get(pk=user_id)
    items = []
    for seat in seats:
        newest = (
            Message.objects.filter(
                conversation=seat.conversation_id,
                pk__gt=max(seat.last_read_id, seat.notified_through_id),
                created_at__lte=cutoff,
            )
            .exclude(sender=user)
            .aggregate(newest=Max("pk"))
        )
        unread = (
            Message.objects.filter(conversation=seat.conversation_id, pk__gt=seat.last_read_id)
            .exclude(sender=user)
            .count()
        )
        items.append((seat, newest["newest"], unread))
    if not user.email:
        return 0
    language = accounts.language_for(user)
    with translation.override(language):
        context = {
            "user": user,
            "items": [(seat.conversation_id, unread) for seat, _, unread in items],
            "total": sum(unread for _, _, unread in items),
            "site_url": languages.site_url(language),
        }
        send_mail(
            render_to_string("messaging/email/unread_subject.txt", context).strip(),
            render_to_string("messaging/email/unread_body.txt", context),
            None,
            [user.email],
        )
    for seat, newest, _ in items:
        Participant.objects.filter(pk=seat.pk).update(notified_through_id=newest, notified_at=now)
    return 1
