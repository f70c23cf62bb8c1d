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

    email = models.EmailField(unique=True, verbose_name=_("email"))
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="digest_subscription",
        verbose_name=_("user"),
    )
    frequency = models.CharField(
        max_length=8,
        choices=Frequency.choices,
        default=Frequency.WEEKLY,
        verbose_name=_("frequency"),
    )
    themes = models.ManyToManyField(
        "cms.Theme", blank=True, related_name="+", verbose_name=_("themes")
    )
    regions = models.ManyToManyField(
        "cms.Region", blank=True, related_name="+", verbose_name=_("regions")
    )
    content_types = models.JSONField(default=list, blank=True, verbose_name=_("content types"))
    language = models.ForeignKey(
        "cms.Language",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("language"),
    )
    # The hub language the digest is written in, for an email-only subscriber: the one they
    # subscribed in (a member's digest follows their profile). Not the content filter above.
    email_language = models.CharField(_("email language"), max_length=8, blank=True)
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING, verbose_name=_("status")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("created at"))
    confirmed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("confirmed at"))
    unsubscribed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("unsubscribed at"))
    bounce_count = models.PositiveIntegerField(default=0, verbose_name=_("bounce count"))
    last_sent_at = models.DateTimeField(null=True, blank=True, verbose_name=_("last sent at"))
    #: when the public subscribe form last mailed this address (a confirmation or manage link)
    form_mailed_at = models.DateTimeField(null=True, blank=True, verbose_name=_("form mailed at"))

    class Meta:
        verbose_name = _("subscription")
        verbose_name_plural = _("subscriptions")
        ordering = ["email"]
        indexes = [models.Index(fields=["frequency", "status"], name="digest_sub_due")]

    def __str__(self):
        return self.email

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)


class DigestRun(models.Model):
    """One frequency's digests for one period. A duplicate beat finds the same row."""

    frequency = models.CharField(
        max_length=8, choices=Frequency.choices, verbose_name=_("frequency")
    )
    period_start = models.DateTimeField(verbose_name=_("period start"))
    period_end = models.DateTimeField(verbose_name=_("period end"))
    started_at = models.DateTimeField(auto_now_add=True, verbose_name=_("started at"))
    #: set once every due subscriber has a Delivery row; until then resume repeats the fan-out
    fanned_out_at = models.DateTimeField(null=True, blank=True, verbose_name=_("fanned out at"))
    finished_at = models.DateTimeField(null=True, blank=True, verbose_name=_("finished at"))
    total = models.PositiveIntegerField(default=0, verbose_name=_("total"))
    sent = models.PositiveIntegerField(default=0, verbose_name=_("sent"))
    skipped = models.PositiveIntegerField(default=0, verbose_name=_("skipped"))
    failed = models.PositiveIntegerField(default=0, verbose_name=_("failed"))

    class Meta:
        verbose_name = _("digest run")
        verbose_name_plural = _("digest runs")
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
