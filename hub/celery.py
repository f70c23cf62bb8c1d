"""Celery wiring: configuration from the CELERY_ settings namespace, and the beat schedule."""

import os

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")

app = Celery("hub")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

# Periodic work is added here by the apps that need it (digests, notification sweeps).
app.conf.beat_schedule = {
    # Index updates queued while the search engine was down (search/queue.py).
    "apply-queued-index-updates": {
        "task": "search.tasks.apply_queued_index_updates",
        "schedule": 60.0,
    },
    "send-unread-message-notices": {
        "task": "hub.messaging.tasks.send_unread_message_notices",
        "schedule": 300.0,
    },
}
