"""Immediate notification emails: due rows are claimed one by one and go to the email outbox.

Each row is locked (``SELECT … FOR UPDATE SKIP LOCKED``) and marked ``emailed_at`` in the same
transaction as its email is written to the outbox (hub.core.outbox), so two sweeps at once, or a
sweep run twice, never email a notification twice, and a committed email is never lost.
At send time it asks again: still unread, still wanted straight away, still visible.
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.utils import timezone, translation

from hub.members.services.language import language_for

from .. import kinds, registry
from ..models import Channel, Notification
from . import preferences

log = logging.getLogger(__name__)


def due(now=None):
    now = now or timezone.now()
    return Notification.objects.filter(
        emailed_at__isnull=True, email_due_at__isnull=False, email_due_at__lte=now
    )


def send_due(ids: list[int] | None = None, now=None) -> int:
    """Send the due emails (only these ``ids`` when given); returns how many went out."""
    now = now or timezone.now()
    queryset = due(now).order_by("email_due_at", "pk")
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    sent = 0
    for pk in list(queryset.values_list("pk", flat=True)[: settings.HUB_NOTIFICATION_SWEEP_SIZE]):
        try:
            sent += send_one(pk, now)
        except Exception:  # one member's failure must not stop the sweep; retried next run
            log.exception("notification email %s failed", pk)
    return sent


def _why_not(notification: Notification) -> str:
    recipient = notification.recipient
    if notification.read_at is not None:
        return "read"
    if not recipient.is_active or not recipient.email:
        return "no address"
    kind = kinds.KINDS.get(notification.kind)
    if kind is None or preferences.channel_for(recipient, kind) != Channel.IMMEDIATE:
        return "not wanted straight away"
    handler = registry.handler_for_type(notification.target_type_id)
    if handler is None or notification.target_id not in handler.visible(
        recipient, [notification.target_id]
    ):
        return "not visible"
    return ""


@transaction.atomic
def send_one(pk: int, now=None, checked: bool = False) -> int:
    """Email one due notification; ``checked``: ``notify`` asked the rules a moment ago, in
    this transaction, so they are not asked twice."""
    now = now or timezone.now()
    notification = (
        due(now)
        .select_for_update(skip_locked=True, of=("self",))
        .select_related("recipient__profile", "actor__profile")
        .filter(pk=pk)
        .first()
    )
    if notification is None:
        return 0  # sent, or being sent, by another sweep
    if not checked and (reason := _why_not(notification)):
        log.debug("notification %s not emailed: %s", pk, reason)
        Notification.objects.filter(pk=pk).update(email_due_at=None)
        return 0
    recipient = notification.recipient
    handler = registry.handler_for_type(notification.target_type_id)
    with translation.override(language_for(recipient)):
        email = handler.email(
            notification, recipient, preferences.unsubscribe_url(recipient, notification.kind)
        )
        message = EmailMultiAlternatives(
            subject=" ".join(email.subject.split())[:200],
            body=email.body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[recipient.email],
            headers=preferences.headers(recipient, notification.kind),
        )
        if email.html:
            message.attach_alternative(email.html, "text/html")
        message.send()
    Notification.objects.filter(pk=pk).update(emailed_at=now)
    return 1
