"""In-site notifications, each member's choice of how to hear about each kind, and digests sent."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class Channel(models.TextChoices):
    SITE = "site", _("On the site only")
    IMMEDIATE = "immediate", _("By email, straight away")
    DAILY = "daily", _("In a daily email digest")
    WEEKLY = "weekly", _("In a weekly email digest")


class Notification(models.Model):
    """Something that happened for a member; repeats on one thread fold into one row (``count``).

    ``target`` is what to open (a comment, a message); ``thread`` is what repeats are grouped by
    (the page or topic, the conversation). ``emailed_at`` is set once an email (immediate or a
    digest) covered it, so nothing is emailed twice.
    """

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16)
    verb = models.CharField(max_length=32)
    #: the latest member who caused it; empty once they deleted their account
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    #: distinct members behind a folded notification (at most HUB_NOTIFICATION_IDS_KEPT ids)
    actor_ids = models.JSONField(default=list, blank=True)
    count = models.PositiveIntegerField(default=1)
    target_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    target_id = models.CharField(max_length=64)
    target = GenericForeignKey("target_type", "target_id")
    #: the targets folded into this row (the latest HUB_NOTIFICATION_IDS_KEPT), so that
    #: notifying about one of them again changes nothing
    target_ids = models.JSONField(default=list, blank=True)
    thread_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    thread_id = models.CharField(max_length=64)
    #: the thread's title when it happened (a page title, a submission's title)
    title = models.CharField(max_length=255, blank=True)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    read_at = models.DateTimeField(null=True, blank=True)
    #: when an immediate email is due (None: no immediate email)
    email_due_at = models.DateTimeField(null=True, blank=True)
    emailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-updated_at", "-pk"]
        indexes = [
            models.Index(fields=["recipient", "-updated_at"], name="notification_list"),
            models.Index(
                fields=["recipient"], condition=Q(read_at__isnull=True), name="notification_unread"
            ),
            models.Index(
                fields=["email_due_at"],
                condition=Q(emailed_at__isnull=True, email_due_at__isnull=False),
                name="notification_email_due",
            ),
            models.Index(fields=["target_type", "target_id"], name="notification_target"),
            models.Index(fields=["read_at"], name="notification_read"),
        ]

    def __str__(self):
        return f"{self.verb} for user {self.recipient_id} ({self.count})"

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class Preference(models.Model):
    """How a member hears about one kind; no row means the kind's default."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=16)
    channel = models.CharField(max_length=16, choices=Channel.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]

    def __str__(self):
        return f"{self.kind}: {self.channel} for user {self.user_id}"


class DigestSent(models.Model):
    """One member's notification digest for one period: written with its email, so never twice."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    frequency = models.CharField(max_length=8)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    item_count = models.PositiveIntegerField(default=0)
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "frequency", "period_start"], name="notification_digest_once"
            )
        ]

    def __str__(self):
        return f"{self.frequency} digest of {self.period_start:%Y-%m-%d} to user {self.user_id}"
