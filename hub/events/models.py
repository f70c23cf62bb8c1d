"""Registrations for the events editors publish (cms.EventPage), and one lock row per event."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventSeats(models.Model):
    """One row per event that takes registrations: the row every change of seats locks.

    Registering, cancelling, approving and promoting all take ``select_for_update()`` on this row
    first, so they run one after another per event and the seat count read under the lock is
    the truth (hub.events.services.registrations).
    """

    page = models.OneToOneField(
        "cms.EventPage", on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("event seats")
        verbose_name_plural = _("event seats")

    def __str__(self):
        return f"seats of event {self.page_id}"


class Registration(models.Model):
    class Status(models.TextChoices):
        UNCONFIRMED = "unconfirmed", _("Waiting for email confirmation")
        PENDING = "pending", _("Waiting for approval")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Cancelled")
        DECLINED = "declined", _("Declined")

    #: a registration in one of these holds (or waits for) a place, so the same person cannot
    #: register again
    ACTIVE = (Status.UNCONFIRMED, Status.PENDING, Status.CONFIRMED, Status.WAITING)

    page = models.ForeignKey(
        "cms.EventPage",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("event"),
    )
    #: the member; empty for a non-member (and after the member deleted their account)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
        verbose_name=pgettext_lazy("registration", "member"),
    )
    #: a non-member's name and address (a member's come from their account)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    #: [{"id", "type", "label", "answer"}] in the order of the page's questions
    answers = models.JSONField(_("answers"), default=list, blank=True)
    #: the registrant's language and time zone, for their emails
    language = models.CharField(_("language"), max_length=16)
    time_zone = models.CharField(_("time zone"), max_length=64)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    #: when the registration counted: confirmed by email (non-members) or made (members); the
    #: waiting list is served in this order
    queued_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    #: set in the transaction that writes the reminder to the outbox: the mark that it went
    reminder_queued_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["queued_at", "pk"]
        constraints = [
            # Registering twice is refused by the database too, whoever races whom.
            models.UniqueConstraint(
                fields=["page", "user"],
                condition=Q(status__in=["unconfirmed", "pending", "confirmed", "waiting"])
                & Q(user__isnull=False),
                name="one_active_registration_per_member",
            ),
            models.UniqueConstraint(
                fields=["page", "email"],
                condition=Q(status__in=["unconfirmed", "pending", "confirmed", "waiting"])
                & Q(user__isnull=True)
                & ~Q(email=""),
                name="one_active_registration_per_address",
            ),
        ]
        indexes = [
            models.Index(fields=["page", "status"], name="registration_page_status"),
            models.Index(fields=["status", "reminder_queued_at"], name="registration_reminder"),
        ]

    def __str__(self):
        return f"{self.display_name} → {self.page_id} ({self.status})"

    @property
    def display_name(self) -> str:
        if self.user_id:
            profile = getattr(self.user, "profile", None)
            return getattr(profile, "display_name", "") or self.user.get_username()
        return self.name

    @property
    def address(self) -> str:
        return self.user.email if self.user_id else self.email
