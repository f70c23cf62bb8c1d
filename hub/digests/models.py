"""Digest subscriptions, runs (one per frequency and period) and one delivery per subscriber."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

CONTENT_TYPES = [
    ("news", _("News")),
    ("events", _("Events")),
    ("library", _("Library")),
    ("projects", _("Projects")),
    ("blog", _("Blog")),
    ("ediscussions", _("E-discussions")),
    ("forum", _("Forum")),
]


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")
    OFF = "off", _("Off (no digests)")


class Subscription(models.Model):
    """Who gets digests and what they chose. Empty themes, regions or types mean "all"."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        ACTIVE = "active", _("Active")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        FAILING = "failing", _("Failing (address bounces)")

    email = models.EmailField(unique=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="digest_subscription",
    )
    frequency = models.CharField(max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY)
    themes = models.ManyToManyField("cms.Theme", blank=True, related_name="+")
    regions = models.ManyToManyField("cms.Region", blank=True, related_name="+")
    content_types = models.JSONField(default=list, blank=True)
    language = models.ForeignKey(
        "cms.Language", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The hub language the digest is written in, for an email-only subscriber: the one they
    # subscribed in (a member's digest follows their profile). Not the content filter above.
    email_language = models.CharField(_("email language"), max_length=8, blank=True)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    bounce_count = models.PositiveIntegerField(default=0)
    last_sent_at = models.DateTimeField(null=True, blank=True)
    #: when the public subscribe form last mailed this address (a confirmation or manage link)
    form_mailed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["email"]
        indexes = [models.Index(fields=["frequency", "status"], name="digest_sub_due")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class DigestRun(models.Model):
    """One frequency's digests for one period. A duplicate beat finds the same row."""

    frequency = models.CharField(max_length=8, choices=Frequency.choices)
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    started_at = models.DateTimeField(auto_now_add=True)
    #: set once every due subscriber has a Delivery row; until then resume repeats the fan-out
    fanned_out_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    total = models.PositiveIntegerField(default=0)
    sent = models.PositiveIntegerField(default=0)
    skipped = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-period_end", "frequency"]
        constraints = [
            models.UniqueConstraint(
                fields=["frequency", "period_start", "period_end"], name="digest_run_once"
            )
        ]

    def __str__(self):
        return _("%(frequency)s digest %(date)s") % {
            "frequency": self.get_frequency_display(),
            "date": f"{self.period_start:%Y-%m-%d}",
        }


class Delivery(models.Model):
    """One subscriber's digest for one run: the record that makes sending at-most-once."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        SKIPPED = "skipped", _("Skipped (nothing new)")
        FAILED = "failed", _("Failed")

    run = models.ForeignKey(DigestRun, on_delete=models.CASCADE, related_name="deliveries")
    subscription = models.ForeignKey(
        Subscription, on_delete=models.CASCADE, related_name="deliveries"
    )
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claim = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    retry_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    item_count = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "subscription"], name="digest_delivery_once")
        ]
        indexes = [models.Index(fields=["run", "status"], name="digest_delivery_status")]
        verbose_name_plural = _("deliveries")

    def __str__(self):
        return f"{self.run} → {self.subscription_id}"
