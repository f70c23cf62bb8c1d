"""Small operational tasks: a heartbeat that proves a worker consumes from the broker."""

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

HEARTBEAT_KEY = "hub:worker-heartbeat"


@shared_task
def record_heartbeat(token: str) -> str:
    """Store the token and the time, so a caller can see a worker ran it."""
    cache.set(HEARTBEAT_KEY, {"token": token, "at": timezone.now().isoformat()}, timeout=3600)
    return token
