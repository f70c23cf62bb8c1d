"""Reminders: one per confirmed registrant, 24 hours ahead, in their language and time zone."""

import datetime
import zoneinfo

from django.core import mail
from django.utils import timezone

from hub.events.models import Registration
from hub.events.services import registrations, reminders
from hub.events.tasks import send_event_reminders
from tests.factories import members as factories

from .conftest import event


def test_each_confirmed_registrant_gets_one_reminder_in_their_language_and_zone(members):
    soon = event(
        title="Diaspora bonds workshop",
        registration_capacity=2,
        start=timezone.now() + datetime.timedelta(hours=20),
    )
    later = event(title="Later forum", start=timezone.now() + datetime.timedelta(days=3))
    amara, bilal, chen, _ = members
    sofia = factories.member("sofia", language="es")
    registrations.register_member(soon, amara, [], time_zone="Asia/Manila")
    registrations.register_member(soon, sofia, [], time_zone="America/Bogota")
    registrations.register_member(soon, chen, [])  # on the waiting list: no reminder
    registrations.register_member(later, bilal, [])  # not within 24 hours yet
    mail.outbox.clear()

    assert send_event_reminders.delay().get() == 2
    assert sorted(m.to[0] for m in mail.outbox) == ["amara@example.org", "sofia@example.org"]
    english = next(m for m in mail.outbox if m.to == ["amara@example.org"])
    assert english.subject == "Reminder: Diaspora bonds workshop starts soon"
    local = timezone.localtime(soon.start, zoneinfo.ZoneInfo("Asia/Manila"))
    assert f"{local.day} {local:%B %Y, %H:%M} (Asia/Manila)" in english.body
    assert english.attachments[0][2] == "text/calendar"
    spanish = next(m for m in mail.outbox if m.to == ["sofia@example.org"])
    assert "(America/Bogota)" in spanish.body
    assert '<html lang="es"' in spanish.alternatives[0][0]
    assert "/es/registrations/cancel/" in spanish.body

    # The next beat, and a duplicate one, find nothing left to send.
    assert reminders.queue_due() == 0
    assert send_event_reminders.delay().get() == 0
    assert len(mail.outbox) == 2


def test_a_seat_promoted_within_the_last_day_still_gets_its_reminder(members):
    soon = event(registration_capacity=1, start=timezone.now() + datetime.timedelta(hours=10))
    first = registrations.register_member(soon, members[0], [])
    registrations.register_member(soon, members[1], [])
    reminders.queue_due()
    registrations.cancel(first.pk)
    mail.outbox.clear()
    assert reminders.queue_due() == 1
    assert mail.outbox[0].to == ["bilal@example.org"]
    assert Registration.objects.get(pk=first.pk).reminder_queued_at is not None


def test_past_and_unpublished_events_get_no_reminder(members):
    page = event(start=timezone.now() + datetime.timedelta(hours=5))
    registrations.register_member(page, members[0], [])
    page.unpublish()
    mail.outbox.clear()
    assert reminders.queue_due() == 0
    assert not mail.outbox
