"""The outbox: every email the hub sends, stored whole until an SMTP server has accepted it."""

from __future__ import annotations

from django.conf import settings
from django.db import models


def default_language() -> str:
    return settings.LANGUAGE_CODE


class OutboxMessage(models.Model):
    """One email as its sender rendered it, written in the sender's transaction."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed"

    created_at = models.DateTimeField(auto_now_add=True)
    subject = models.TextField()
    body = models.TextField(blank=True)
    #: the text/html alternative, when the message has one
    html = models.TextField(blank=True)
    from_email = models.TextField()
    to = models.JSONField(default=list)
    cc = models.JSONField(default=list, blank=True)
    bcc = models.JSONField(default=list, blank=True)
    reply_to = models.JSONField(default=list, blank=True)
    #: every header the sender set, plus the Message-ID and Date of the first attempt, so that a
    #: resend is the same message
    headers = models.JSONField(default=dict, blank=True)
    #: files attached, each {"filename", "mimetype", "content"} with the content as text, or as
    #: base64 with "base64": true for binary files (an event's .ics, for one)
    attachments = models.JSONField(default=list, blank=True)
    #: the language the message was rendered in (the recipient's, where the sender knows it)
    language = models.CharField(max_length=16, default=default_language)

    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    claim = models.UUIDField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    retry_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["pk"]
        indexes = [models.Index(fields=["status", "retry_at"], name="outbox_due")]

    def __str__(self):
        return f"{self.subject} → {', '.join(self.to)}"
