"""Small operational tasks: a worker heartbeat, and sending the email outbox."""

from celery import shared_task
from django.core.cache import cache
from django.utils import timezone

from . import outbox

HEARTBEAT_KEY = "hub:worker-heartbeat"


@shared_task
def record_heartbeat(token: str) -> str:
    """Store the token and the time, so a caller can see a worker ran it."""
    cache.set(HEARTBEAT_KEY, {"token": token, "at": timezone.now().isoformat()}, timeout=3600)
    return token


@shared_task(bind=True, acks_late=True, max_retries=None)
def send_outbox_messages(self, ids):
    """Send rows just written to the outbox; what fails waits for its retry time."""
    result = outbox.deliver(ids)
    if result.retry_ids and not self.request.is_eager:
        # Eagerly (in a request) nobody waits: the row's retry_at is for the sweep.
        raise self.retry(args=(result.retry_ids,), countdown=result.retry_in)
    return result.as_dict()


@shared_task
def send_due_outbox():
    """Beat runs this every minute: rows due for a retry, and rows whose dispatch was lost."""
    return outbox.send_due().as_dict()
