"""Registering for events: who may, seats, the waiting list, approval and cancelling.

Every change of seats (register, confirm an address, approve, decline, cancel, promote) runs in a
transaction that first locks the event's EventSeats row (``_lock``). So, per event, they happen
one after another, and the number of confirmed seats read under that lock is the truth: capacity
is never exceeded, however many requests race, because nobody counts outside the lock. The
partial unique constraints on Registration refuse a second active registration of the same
member or address at the database too.

Emails go through hub.events.services.notices, in the same transaction (the outbox), so a
registration that rolls back sends nothing.
"""

from __future__ import annotations

import zoneinfo

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.models import EventPage
from hub.core import limits
from hub.core.services import languages
from hub.events.models import EventSeats, Registration
from hub.members.services import accounts

from . import notices

Status = Registration.Status


class RegistrationRefused(Exception):
    """Why a registration (or a change to one) is refused, with the HTTP status that says so."""

    status = 400

    def __init__(self, message=None):
        super().__init__(str(message or self.message))

    message = _("This registration is not possible.")


class NoRegistration(RegistrationRefused):
    status = 404
    message = _("This event does not take registrations on the hub.")


class Closed(RegistrationRefused):
    status = 400
    message = _("Registration for this event is closed.")


class NotAllowed(RegistrationRefused):
    status = 403
    message = _("Only members may register for this event. Sign in to register.")


class AlreadyRegistered(RegistrationRefused):
    status = 409
    message = _("You are already registered for this event.")


class Full(RegistrationRefused):
    status = 409
    message = _("This event is full.")


class NotPossible(RegistrationRefused):
    status = 409
    message = _("This registration cannot be changed that way.")


# --- Who may register, and when -------------------------------------------------------------


def closes_at(page: EventPage):
    """The moment registration closes: the deadline, or the start of the event."""
    if page.registration_deadline:
        return min(page.registration_deadline, page.start)
    return page.start


def check_open(page: EventPage, now=None) -> None:
    """Raise NoRegistration or Closed unless the page takes registrations right now."""
    if not page.registration_enabled or not page.live:
        raise NoRegistration
    if (now or timezone.now()) >= closes_at(page):
        raise Closed


def is_open(page: EventPage, now=None) -> bool:
    try:
        check_open(page, now)
    except RegistrationRefused:
        return False
    return True


def current_for(page: EventPage, user) -> Registration | None:
    """The member's active registration for this event, if any."""
    if not getattr(user, "is_authenticated", False):
        return None
    return Registration.objects.filter(page=page, user=user, status__in=Registration.ACTIVE).first()


def counts(page: EventPage) -> dict[str, int]:
    """Registrations by status (for the page and the organisers; not a decision)."""
    result = dict.fromkeys(Status.values, 0)
    for status in Registration.objects.filter(page=page).values_list("status", flat=True):
        result[status] += 1
    return result


def seats_left(page: EventPage) -> int | None:
    if page.registration_capacity is None:
        return None
    confirmed = Registration.objects.filter(page=page, status=Status.CONFIRMED).count()
    return max(page.registration_capacity - confirmed, 0)


def valid_time_zone(name: str | None, page: EventPage) -> str:
    return name if name in zoneinfo.available_timezones() else page.time_zone


# --- The lock and the seat ------------------------------------------------------------------


def _lock(page: EventPage) -> EventSeats:
    """Lock the event's seats row for the rest of the transaction.

    The UPDATE comes first: SQLite (the embedded default, which ignores FOR UPDATE) takes its
    write lock at a transaction's first write, so the count that follows is already serialised
    there too; on PostgreSQL both statements lock the same row.
    """
    if not EventSeats.objects.filter(page_id=page.pk).update(changed_at=timezone.now()):
        EventSeats.objects.get_or_create(page_id=page.pk)
    return EventSeats.objects.select_for_update().get(page_id=page.pk)


def _has_seat(page: EventPage) -> bool:
    """Under the lock: is a seat free?"""
    if page.registration_capacity is None:
        return True
    confirmed = Registration.objects.filter(page=page, status=Status.CONFIRMED).count()
    return confirmed < page.registration_capacity


def _seat(registration: Registration) -> None:
    """Under the lock: confirm, put on the waiting list, or raise Full (and change nothing)."""
    page = registration.page
    if _has_seat(page):
        registration.status = Status.CONFIRMED
    elif page.registration_waiting_list:
        registration.status = Status.WAITING
    else:
        raise Full


def _enter(registration: Registration) -> None:
    """Under the lock: a registration that now counts waits for approval or takes its place."""
    registration.queued_at = timezone.now()
    if registration.page.registration_approval:
        registration.status = Status.PENDING
    else:
        _seat(registration)


def _save_new(registration: Registration) -> None:
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError as exc:  # the partial unique constraints: a second registration
        raise AlreadyRegistered from exc


def fill_seats(page: EventPage) -> list[Registration]:
    """Under the lock: promote from the waiting list, first come first served, while seats are
    free; each promoted registrant is emailed. Returns those promoted."""
    waiting = Registration.objects.filter(page=page, status=Status.WAITING).order_by(
        "queued_at", "pk"
    )
    if page.registration_capacity is not None:
        confirmed = Registration.objects.filter(page=page, status=Status.CONFIRMED).count()
        free = page.registration_capacity - confirmed
        if free <= 0:
            return []
        waiting = waiting[:free]
    promoted = list(waiting.select_related("page", "user__profile"))
    for registration in promoted:
        registration.status = Status.CONFIRMED
        registration.decided_at = timezone.now()
        registration.save(update_fields=["status", "decided_at"])
        notices.promoted(registration)
    return promoted


# --- Entry points ---------------------------------------------------------------------------


@transaction.atomic
def register_member(
    page: EventPage, user, answers: list[dict], *, time_zone: str | None = None
) -> Registration:
    """A member registers: confirmed, waiting or pending approval at once, and emailed."""
    if not accounts.is_member(user):
        raise NotAllowed
    check_open(page)
    _lock(page)
    if current_for(page, user):
        raise AlreadyRegistered
    registration = Registration(
        page=page,
        user=user,
        answers=answers,
        language=accounts.language_for(user),
        time_zone=valid_time_zone(time_zone, page),
    )
    _enter(registration)
    _save_new(registration)
    notices.registered(registration)
    return registration


@transaction.atomic
def register_guest(
    page: EventPage,
    name: str,
    email: str,
    answers: list[dict],
    *,
    language: str | None = None,
    time_zone: str | None = None,
    client: str | None = None,
) -> Registration:
    """A non-member registers with a name and an address; nothing counts until they confirm.

    Only a confirmation link goes to the address, so nobody can register somebody else; the
    ``event-registration`` limit (per client) keeps the form from mailing strangers in bulk.
    """
    check_open(page)
    if not page.registration_non_members:
        raise NotAllowed
    if client:
        limits.consume("event-registration", client)
    email = email.strip().lower()
    active = Registration.objects.filter(
        page=page, user__isnull=True, email=email, status__in=Registration.ACTIVE
    )
    if active.exists():
        raise AlreadyRegistered
    registration = Registration(
        page=page,
        name=name.strip(),
        email=email,
        answers=answers,
        status=Status.UNCONFIRMED,
        language=languages.or_default(language),
        time_zone=valid_time_zone(time_zone, page),
    )
    _save_new(registration)
    notices.confirm_address(registration)
    return registration


@transaction.atomic
def confirm_guest(registration_id: int) -> Registration:
    """The non-member pressed the button behind their confirmation link: now it counts."""
    registration = Registration.objects.select_related("page").get(pk=registration_id)
    if registration.status != Status.UNCONFIRMED:
        return registration  # confirmed already (a second click): nothing changes
    check_open(registration.page)
    _lock(registration.page)
    registration = Registration.objects.select_related("page").get(pk=registration_id)
    if registration.status != Status.UNCONFIRMED:
        return registration
    _enter(registration)
    registration.save(update_fields=["status", "queued_at"])
    notices.registered(registration)
    return registration


@transaction.atomic
def cancel(registration_id: int, *, notify: bool = True) -> Registration:
    """The registrant cancels (signed link, or their account is deleted): a confirmed seat goes
    to the first on the waiting list."""
    registration = Registration.objects.select_related("page").get(pk=registration_id)
    if registration.status not in Registration.ACTIVE:
        raise NotPossible(_("This registration is already cancelled."))
    if registration.page.start <= timezone.now():
        raise NotPossible(_("The event has started; the registration can no longer be cancelled."))
    _lock(registration.page)
    registration.refresh_from_db()
    if registration.status not in Registration.ACTIVE:
        raise NotPossible(_("This registration is already cancelled."))
    held_seat = registration.status == Status.CONFIRMED
    registration.status = Status.CANCELLED
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_at"])
    if notify:
        notices.cancelled(registration)
    if held_seat:
        fill_seats(registration.page)
    return registration


@transaction.atomic
def approve(registration: Registration) -> Registration:
    """An organiser approves a pending registration: it takes a seat or waits for one."""
    _lock(registration.page)
    registration.refresh_from_db()
    if registration.status != Status.PENDING:
        raise NotPossible(_("Only registrations waiting for approval can be approved."))
    _seat(registration)
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_at"])
    notices.approved(registration)
    return registration


@transaction.atomic
def decline(registration: Registration) -> Registration:
    """An organiser declines a registration; a seat it held goes to the waiting list."""
    _lock(registration.page)
    registration.refresh_from_db()
    if registration.status not in (Status.PENDING, Status.CONFIRMED, Status.WAITING):
        raise NotPossible(_("This registration cannot be declined."))
    held_seat = registration.status == Status.CONFIRMED
    registration.status = Status.DECLINED
    registration.decided_at = timezone.now()
    registration.save(update_fields=["status", "decided_at"])
    notices.declined(registration)
    if held_seat:
        fill_seats(registration.page)
    return registration


@transaction.atomic
def promote_waiting(page: EventPage) -> list[Registration]:
    """Fill seats an editor added (a larger capacity) from the waiting list."""
    _lock(page)
    return fill_seats(page)


def mark_attendance(registration: Registration, attended: bool | None) -> Registration:
    """After the event starts, organisers mark who came."""
    if registration.status != Status.CONFIRMED:
        raise NotPossible(_("Only confirmed registrants can be marked as present or absent."))
    if registration.page.start > timezone.now():
        raise NotPossible(_("Attendance can be marked once the event has started."))
    registration.attended = attended
    registration.save(update_fields=["attended"])
    return registration
