"""Thin tasks over hub.notifications.services: idempotent, safe to run twice or at once."""

from celery import shared_task

from .services import digests, emails, retention


@shared_task
def send_notification_emails(ids=None):
    """Right after a notification commits (ids), and from beat every minute (all that are due)."""
    return emails.send_due(ids)


@shared_task
def send_notification_digests():
    """Beat runs this every few minutes; each member's digest of a period is sent once."""
    return digests.send_due()


@shared_task
def prune_notifications():
    return retention.prune()
