"""Every email about a registration, in one place, written in the registrant's language.

Each is an HTML message with a text alternative, sent through the transactional outbox
(hub.core.outbox) in the caller's transaction: a change that rolls back mails nothing. When the
notification centre (hub.notifications) lands, these are the calls to route through notify().
Times are shown in the registrant's time zone, with the zone named.
"""

from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from cms import calendars
from home.links import absolute_url
from hub.events.models import Registration
from hub.members.services import accounts

from . import tokens


def cancel_url(registration: Registration) -> str:
    return absolute_url(
        reverse("events:cancel", args=[tokens.make(tokens.CANCEL, registration.pk)])
    )


def confirm_url(registration: Registration) -> str:
    return absolute_url(
        reverse("events:confirm", args=[tokens.make(tokens.CONFIRM, registration.pk)])
    )


def when(registration: Registration) -> str:
    """The start of the event in the registrant's time zone, in their language's format."""
    zone = zoneinfo.ZoneInfo(registration.time_zone or registration.page.time_zone)
    local = timezone.localtime(registration.page.start, zone)
    return f"{date_format(local, 'DATETIME_FORMAT')} ({registration.time_zone})"


def ics(registration: Registration) -> tuple[str, str, str]:
    """The event as an iCalendar attachment (with the VTIMEZONE of the event's zone)."""
    page = registration.page
    return (f"{page.slug}.ics", calendars.calendar_for([page]).decode(), "text/calendar")


def _send(registration: Registration, subject: str, paragraphs: list[str], **options) -> None:
    page = registration.page
    context = {
        "registration": registration,
        "name": registration.display_name,
        "page": page,
        "event_url": page.get_full_url() or "",
        "when": when(registration),
        "paragraphs": paragraphs,
        "cancel_url": cancel_url(registration) if options.get("cancel_link", True) else "",
        "action_url": options.get("action_url", ""),
        "action_label": options.get("action_label", ""),
        "site_name": settings.WAGTAIL_SITE_NAME,
    }
    message = EmailMultiAlternatives(
        subject=subject,
        body=render_to_string("events/email/notice.txt", context),
        to=[registration.address],
    )
    message.attach_alternative(render_to_string("events/email/notice.html", context), "text/html")
    if options.get("calendar"):
        message.attach(*ics(registration))
    message.send()


def language_for(registration: Registration) -> str:
    """A member's language as their profile says now; a non-member's, the one they registered in."""
    if registration.user_id:
        return accounts.language_for(registration.user)
    return registration.language


def _in_language(function):
    def wrapped(registration: Registration, *args, **kwargs):
        if not registration.address:
            return None
        with translation.override(language_for(registration)):
            return function(registration, *args, **kwargs)

    wrapped.__doc__ = function.__doc__
    wrapped.__name__ = function.__name__
    return wrapped


@_in_language
def confirm_address(registration: Registration) -> None:
    """The double opt-in: a non-member confirms the address before the registration counts."""
    title = registration.page.title
    _send(
        registration,
        _("Confirm your registration for %(title)s") % {"title": title},
        [
            _("Someone, probably you, registered this address for %(title)s.") % {"title": title},
            _(
                "To confirm, open the link below and press the button within 2 days. If it was "
                "not you, ignore this message: nothing more will be sent."
            ),
        ],
        action_url=confirm_url(registration),
        action_label=_("Confirm my registration"),
        cancel_link=False,
    )


@_in_language
def registered(registration: Registration) -> None:
    """What a registration led to: a seat, the waiting list or an organiser's decision."""
    title = registration.page.title
    status = registration.status
    if status == Registration.Status.CONFIRMED:
        confirmed(registration)
    elif status == Registration.Status.WAITING:
        _send(
            registration,
            _("You are on the waiting list for %(title)s") % {"title": title},
            [
                _(
                    "The event is full, so you are on the waiting list. If a seat becomes free, "
                    "it is yours in turn and we email you."
                )
            ],
        )
    elif status == Registration.Status.PENDING:
        _send(
            registration,
            _("Your registration for %(title)s awaits approval") % {"title": title},
            [_("The organisers approve registrations for this event. We email you their answer.")],
        )


def confirmed(registration: Registration, *, promoted: bool = False) -> None:
    title = registration.page.title
    paragraphs = [_("You are registered for %(title)s.") % {"title": title}]
    if promoted:
        paragraphs.insert(0, _("A seat became free and it is yours."))
    paragraphs.append(_("The attached calendar file adds the event to your calendar."))
    _send(
        registration,
        _("You are registered for %(title)s") % {"title": title},
        paragraphs,
        calendar=True,
    )


@_in_language
def promoted(registration: Registration) -> None:
    """Someone cancelled: the first on the waiting list has a seat."""
    confirmed(registration, promoted=True)


@_in_language
def approved(registration: Registration) -> None:
    registered(registration)


@_in_language
def declined(registration: Registration) -> None:
    _send(
        registration,
        _("Your registration for %(title)s was declined") % {"title": registration.page.title},
        [_("The organisers could not accept your registration for this event.")],
        cancel_link=False,
    )


@_in_language
def cancelled(registration: Registration) -> None:
    _send(
        registration,
        _("Your registration for %(title)s is cancelled") % {"title": registration.page.title},
        [_("Your registration is cancelled. Thank you for letting the organisers know.")],
        cancel_link=False,
    )


@_in_language
def reminder(registration: Registration) -> None:
    """24 hours before the start."""
    _send(
        registration,
        _("Reminder: %(title)s starts soon") % {"title": registration.page.title},
        [
            _("%(title)s starts on %(when)s.")
            % {"title": registration.page.title, "when": when(registration)},
            _("If you can no longer come, please cancel so that someone else can take your seat."),
        ],
        calendar=True,
    )


@_in_language
def organisers_message(registration: Registration, subject: str, text: str) -> None:
    """An organiser's message to every registrant."""
    _send(
        registration,
        subject,
        [
            _("A message from the organisers of %(title)s:") % {"title": registration.page.title},
            text,
        ],
    )
