"""Celery tasks: thin wrappers around services, idempotent and safe to run twice."""

from celery import shared_task

from .services import reminders


@shared_task
def send_event_reminders():
    """Beat calls this every few minutes; each registrant's reminder goes to the outbox once."""
    return reminders.queue_due()
