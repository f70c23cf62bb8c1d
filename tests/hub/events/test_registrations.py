"""The registration rules: seats, waiting list, promotion, approval, deadline, double opt-in."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from hub.events.models import Registration
from hub.events.services import registrations, tokens
from hub.members.services import privacy
from tests.factories import members as factories

from .conftest import event

Status = Registration.Status


def answers():
    return [{"id": "q", "type": "short_text", "label": "Org", "answer": "Diaspora Link"}]


def test_members_take_the_seats_then_wait_in_turn(an_event, members):
    amara, bilal, chen, dina = members
    first = registrations.register_member(an_event, amara, answers())
    second = registrations.register_member(an_event, bilal, answers())
    third = registrations.register_member(an_event, chen, answers())
    fourth = registrations.register_member(an_event, dina, answers())
    assert [r.status for r in (first, second, third, fourth)] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITING,
        Status.WAITING,
    ]
    subjects = [m.subject for m in mail.outbox]
    assert subjects[0] == "You are registered for Remittances forum"
    assert subjects[2] == "You are on the waiting list for Remittances forum"
    assert registrations.seats_left(an_event) == 0


def test_a_cancelled_seat_goes_to_the_first_waiting_who_is_emailed(an_event, members):
    amara, bilal, chen, dina = members
    seat = registrations.register_member(an_event, amara, answers())
    registrations.register_member(an_event, bilal, answers())
    third = registrations.register_member(an_event, chen, answers())
    fourth = registrations.register_member(an_event, dina, answers())
    mail.outbox.clear()

    registrations.cancel(seat.pk)

    third.refresh_from_db()
    fourth.refresh_from_db()
    assert (third.status, fourth.status) == (Status.CONFIRMED, Status.WAITING)
    assert {m.to[0]: m.subject for m in mail.outbox} == {
        "amara@example.org": "Your registration for Remittances forum is cancelled",
        "chen@example.org": "You are registered for Remittances forum",
    }
    promoted = next(m for m in mail.outbox if m.to == ["chen@example.org"])
    assert "A seat became free and it is yours." in promoted.body
    assert promoted.attachments[0][0].endswith(".ics")


def test_a_full_event_without_waiting_list_refuses_and_stores_nothing(members):
    page = event(registration_capacity=1, registration_waiting_list=False)
    registrations.register_member(page, members[0], answers())
    with pytest.raises(registrations.Full):
        registrations.register_member(page, members[1], answers())
    assert Registration.objects.filter(page=page).count() == 1


def test_registering_twice_is_refused(an_event, members):
    registrations.register_member(an_event, members[0], answers())
    with pytest.raises(registrations.AlreadyRegistered):
        registrations.register_member(an_event, members[0], answers())
    assert Registration.objects.filter(page=an_event).count() == 1


def test_after_a_cancellation_the_member_may_register_again(an_event, members):
    first = registrations.register_member(an_event, members[0], answers())
    registrations.cancel(first.pk)
    again = registrations.register_member(an_event, members[0], answers())
    assert again.status == Status.CONFIRMED


def test_no_registration_after_the_deadline_or_without_registration(members):
    late = event(registration_deadline=timezone.now() - datetime.timedelta(minutes=1))
    with pytest.raises(registrations.Closed):
        registrations.register_member(late, members[0], answers())
    off = event(registration_enabled=False)
    with pytest.raises(registrations.NoRegistration):
        registrations.register_member(off, members[0], answers())
    assert not Registration.objects.exists()


def test_applicants_who_are_not_members_yet_cannot_register_as_members(an_event, db):
    applicant = factories.member("carmen", membership_status="pending")
    with pytest.raises(registrations.NotAllowed):
        registrations.register_member(an_event, applicant, answers())


def test_approval_keeps_registrations_pending_until_an_organiser_decides(members):
    page = event(registration_approval=True, registration_capacity=1)
    amara, bilal, chen, _ = members
    first = registrations.register_member(page, amara, answers())
    second = registrations.register_member(page, bilal, answers())
    third = registrations.register_member(page, chen, answers())
    assert {first.status, second.status, third.status} == {Status.PENDING}
    assert mail.outbox[0].subject == "Your registration for Remittances forum awaits approval"

    assert registrations.approve(first).status == Status.CONFIRMED
    assert registrations.approve(second).status == Status.WAITING
    assert registrations.decline(third).status == Status.DECLINED
    assert mail.outbox[-1].subject == "Your registration for Remittances forum was declined"
    with pytest.raises(registrations.NotPossible):
        registrations.approve(third)

    # Declining the confirmed one frees the seat for the one waiting.
    registrations.decline(first)
    second.refresh_from_db()
    assert second.status == Status.CONFIRMED


def test_a_non_member_counts_only_once_the_address_is_confirmed(db):
    page = event(registration_non_members=True, registration_capacity=1)
    guest = registrations.register_guest(
        page, "Ines Duarte", "Ines@Example.org", answers(), language="fr", time_zone="Europe/Lisbon"
    )
    assert guest.status == Status.UNCONFIRMED
    assert registrations.seats_left(page) == 1
    (message,) = mail.outbox
    assert message.to == ["ines@example.org"]
    assert '<html lang="fr"' in message.alternatives[0][0]
    token = tokens.make(tokens.CONFIRM, guest.pk)
    assert f"/fr/registrations/confirm/{token}/" in message.body

    confirmed = registrations.confirm_guest(guest.pk)
    assert confirmed.status == Status.CONFIRMED
    assert registrations.seats_left(page) == 0
    # A second click changes nothing and sends nothing.
    registrations.confirm_guest(guest.pk)
    assert len(mail.outbox) == 2


def test_a_non_member_cannot_register_where_only_members_may(an_event):
    with pytest.raises(registrations.NotAllowed):
        registrations.register_guest(an_event, "Ines", "ines@example.org", answers())
    assert not mail.outbox


def test_the_same_address_cannot_register_twice_as_a_guest(db):
    page = event(registration_non_members=True)
    registrations.register_guest(page, "Ines", "ines@example.org", answers())
    with pytest.raises(registrations.AlreadyRegistered):
        registrations.register_guest(page, "Ines again", "INES@example.org", answers())
    assert len(mail.outbox) == 1


def test_the_confirmation_carries_an_ics_with_the_event_zone(an_event, members):
    registrations.register_member(an_event, members[0], answers(), time_zone="America/Bogota")
    name, content, mimetype = mail.outbox[0].attachments[0]
    assert mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Africa/Nairobi"
    (vevent,) = calendar.walk("VEVENT")
    assert vevent.decoded("dtstart") == an_event.start.replace(microsecond=0)
    assert str(vevent["dtstart"].params["TZID"]) == "Africa/Nairobi"
    # The email itself gives the time in the registrant's zone.
    assert "(America/Bogota)" in mail.outbox[0].body


def test_emails_are_in_the_members_language(an_event, db):
    sofia = factories.member("sofia", language="es")
    registrations.register_member(an_event, sofia, answers())
    assert '<html lang="es"' in mail.outbox[0].alternatives[0][0]
    assert "/es/registrations/cancel/" in mail.outbox[0].body


def test_deleting_an_account_frees_its_seat_and_the_data_export_lists_registrations(
    an_event, members
):
    amara, bilal, chen, _ = members
    registrations.register_member(an_event, amara, answers())
    registrations.register_member(an_event, bilal, answers())
    waiting = registrations.register_member(an_event, chen, answers())
    exported = privacy.export(amara)["event_registrations"]
    assert exported[0]["event"] == "Remittances forum"
    assert exported[0]["status"] == "confirmed"
    assert exported[0]["answers"][0]["answer"] == "Diaspora Link"

    privacy.delete_account(amara)

    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    gone = Registration.objects.get(page=an_event, user__isnull=True)
    assert (gone.status, gone.answers, gone.email) == (Status.CANCELLED, [], "")


def test_attendance_is_marked_after_the_start_only(members):
    page = event(start=timezone.now() + datetime.timedelta(hours=1))
    registration = registrations.register_member(page, members[0], answers())
    with pytest.raises(registrations.NotPossible):
        registrations.mark_attendance(registration, True)
    page.start = timezone.now() - datetime.timedelta(minutes=5)
    page.save()
    registration.refresh_from_db()
    assert registrations.mark_attendance(registration, True).attended is True


def test_a_larger_capacity_is_filled_from_the_waiting_list(an_event, members):
    for member in members:
        registrations.register_member(an_event, member, answers())
    an_event.registration_capacity = 3
    an_event.save()
    promoted = registrations.promote_waiting(an_event)
    assert [r.user.username for r in promoted] == ["chen"]
