"""Celery wiring: configuration from the CELERY_ settings namespace, and the beat schedule."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")

app = Celery("hub")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Periodic work is added here by the apps that need it (digests, notification sweeps).
app.conf.beat_schedule = {
    # Digests: each frequency's run starts once its period is due (idempotent, so a missed or
    # duplicate beat is harmless); resume finishes what a killed worker left.
    "start-due-digest-runs": {
        "task": "hub.digests.tasks.start_due_digest_runs",
        "schedule": 600.0,
    },
    "resume-digest-runs": {
        "task": "hub.digests.tasks.resume_digest_runs",
        "schedule": 300.0,
    },
    # Index updates queued while the search engine was down (search/queue.py).
    "apply-queued-index-updates": {
        "task": "search.tasks.apply_queued_index_updates",
        "schedule": 60.0,
    },
    # Emails whose first attempt failed, or whose dispatch the broker missed (hub/core/outbox.py).
    "send-due-outbox": {
        "task": "hub.core.tasks.send_due_outbox",
        "schedule": 60.0,
    },
    # Event reminders: each confirmed registrant's, once, EVENT_REMINDER_HOURS before the start.
    "send-event-reminders": {
        "task": "hub.events.tasks.send_event_reminders",
        "schedule": 300.0,
    },
    # OAI-PMH rows for library pages changed where no signal saw it (bulk loads, imports).
    "reconcile-oai-records": {
        "task": "hub.oai.tasks.reconcile_records",
        "schedule": 3600.0,
    },
    # Notifications (hub/notifications): immediate emails that waited (a message's delay, a
    # missed dispatch), the daily and weekly notification digests, and pruning what was read.
    "send-notification-emails": {
        "task": "hub.notifications.tasks.send_notification_emails",
        "schedule": 60.0,
    },
    "send-notification-digests": {
        "task": "hub.notifications.tasks.send_notification_digests",
        "schedule": 600.0,
    },
    "prune-notifications": {
        "task": "hub.notifications.tasks.prune_notifications",
        "schedule": 86400.0,
    },
}
