"""Reminders 24 hours before an event: exactly one per confirmed registrant.

The digest delivery pattern, with the outbox doing the delivery half:

1. ``queue_due`` (beat, every few minutes) finds confirmed registrations of events starting
   within ``EVENT_REMINDER_HOURS`` that have no reminder yet.
2. For each, one transaction sets ``reminder_queued_at`` with a conditional UPDATE (only if it
   is still empty) and, only if that UPDATE changed the row, writes the reminder to the outbox.
   The mark and the email commit together or not at all: a worker killed mid-run leaves each
   registrant either done (mark and email) or untouched (neither), and the next run, or a
   duplicate one racing it, finds only the untouched ones.
3. The outbox sends each row under hub.core.sending's claim and lease, marks it sent at once,
   and sends again only what a killed sender held when its lease expires (the one narrow window
   that hub.core.sending describes, with the same Message-ID).
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from hub.events.models import Registration

from . import notices


def due(now=None):
    now = now or timezone.now()
    return Registration.objects.filter(
        status=Registration.Status.CONFIRMED,
        reminder_queued_at__isnull=True,
        page__live=True,
        page__start__gt=now,
        page__start__lte=now + timedelta(hours=settings.EVENT_REMINDER_HOURS),
    )


def queue_due(now=None) -> int:
    """Write each due reminder to the outbox, once; returns how many this run wrote."""
    now = now or timezone.now()
    queued = 0
    for pk in list(due(now).order_by("pk").values_list("pk", flat=True)):
        with transaction.atomic():
            claimed = Registration.objects.filter(pk=pk, reminder_queued_at__isnull=True).update(
                reminder_queued_at=timezone.now()
            )
            if not claimed:
                continue  # another run took it
            registration = Registration.objects.select_related("page", "user__profile").get(pk=pk)
            notices.reminder(registration)
            queued += 1
    return queued
