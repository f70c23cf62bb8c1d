"""Celery tasks of the search app: thin wrappers around search.queue."""

from celery import shared_task
from django.core.cache import cache

from . import queue

LOCK_KEY = "search:apply-queue-lock"


@shared_task(
    autoretry_for=(queue.EngineUnavailable,),
    retry_backoff=15,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
)
def apply_queued_index_updates() -> dict:
    """Replay the index updates queued while the engine was down (beat runs it every minute)."""
    if not cache.add(LOCK_KEY, "1", timeout=300):
        return {"skipped": "another replay is running"}
    try:
        report = queue.apply_pending()
    finally:
        cache.delete(LOCK_KEY)
    return {"applied": report.applied, "remaining": report.remaining}
