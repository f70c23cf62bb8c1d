"""Daily and weekly notification digests: once per member and period, never repeating an email.

Periods are the email digests' own (hub.digests.services.periods: calendar days and weeks in
DIGEST_TIME_ZONE, due at DIGEST_SEND_TIME). A digest lists the member's notifications of the
kinds they put on that channel that are still unread and that no email covered, up to the end of
the period. Its ``DigestSent`` row (unique per member, frequency and period), its email in the
outbox and the ``emailed_at`` marks commit in one transaction: a second run, or two workers at
once, find the row and send nothing, and a failed run leaves nothing behind but the work to do.
The outbox then sends it with its claim, lease and retries (hub.core.sending).
"""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import ngettext

from home.links import absolute_url
from hub.digests.services import periods
from hub.digests.services.emails import frequency_adjective
from hub.members.services.language import language_for

from ..kinds import DIGEST_CHANNELS
from ..models import DigestSent, Notification, Preference
from . import inbox, preferences

log = logging.getLogger(__name__)


def waiting(frequency: str, before):
    """Notifications a digest of this frequency would list, for every member."""
    on_channel = Preference.objects.filter(
        user=OuterRef("recipient"), kind=OuterRef("kind"), channel=frequency
    )
    return Notification.objects.filter(
        Exists(on_channel),
        read_at__isnull=True,
        emailed_at__isnull=True,
        created_at__lt=before,
        recipient__is_active=True,
    )


def send_due(now=None) -> int:
    """Beat runs this: each frequency whose period is due; returns the digests sent."""
    now = now or timezone.now()
    sent = 0
    for frequency in DIGEST_CHANNELS:
        period = periods.last_completed(frequency, now)
        if not periods.is_due(period, now):
            continue
        done = DigestSent.objects.filter(
            user=OuterRef("recipient"), frequency=frequency, period_start=period.start
        )
        user_ids = (
            waiting(frequency, period.end)
            .exclude(Exists(done))
            .order_by("recipient_id")
            .values_list("recipient_id", flat=True)
            .distinct()
        )
        for user_id in user_ids.iterator(chunk_size=2000):
            try:
                sent += send_for(user_id, period)
            except Exception:  # one member's failure must not stop the run; retried next beat
                log.exception("notification digest for user %s failed", user_id)
    return sent


@transaction.atomic
def send_for(user_id: int, period: periods.Period) -> int:
    """One member's digest for one period: 1 if it was written to the outbox, else 0."""
    try:
        with transaction.atomic():
            record = DigestSent.objects.create(
                user_id=user_id,
                frequency=period.frequency,
                period_start=period.start,
                period_end=period.end,
            )
    except IntegrityError:
        return 0  # sent by an earlier run
    rows = list(
        waiting(period.frequency, period.end)
        .filter(recipient_id=user_id)
        .select_for_update(of=("self",))
        .select_related("recipient__profile", "actor__profile")
        .order_by("-updated_at", "-pk")
    )
    if not rows:
        return 0
    recipient = rows[0].recipient
    if not recipient.email:
        return 0
    with translation.override(language_for(recipient)):
        items = inbox.visible_items(recipient, rows)
        if not items:
            return 0
        message = _message(recipient, period, items)
        message.send()
    Notification.objects.filter(pk__in=[item.notification.pk for item in items]).update(
        emailed_at=timezone.now()
    )
    DigestSent.objects.filter(pk=record.pk).update(item_count=len(items))
    return 1


def _message(recipient, period, items) -> EmailMultiAlternatives:
    count = len(items)
    context = {
        "recipient": recipient,
        "items": [(item.text, absolute_url(item.open_url)) for item in items],
        "frequency": frequency_adjective(period.frequency),
        "site_name": settings.WAGTAIL_SITE_NAME,
        "page_url": absolute_url(reverse("notifications:list")),
        "preferences_url": absolute_url(reverse("notifications:preferences")),
        "unsubscribe_url": preferences.unsubscribe_url(recipient, period.frequency),
    }
    subject = ngettext(
        "%(site_name)s %(frequency)s notifications: %(count)s new (%(date)s)",
        "%(site_name)s %(frequency)s notifications: %(count)s new (%(date)s)",
        count,
    ) % {
        "site_name": settings.WAGTAIL_SITE_NAME,
        "frequency": context["frequency"],
        "count": count,
        "date": date_format(period.start, "j F Y"),
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("notifications/email/digest.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient.email],
        headers=preferences.headers(recipient, period.frequency),
    )
    message.attach_alternative(
        render_to_string("notifications/email/digest.html", context), "text/html"
    )
    return message
