"""Thin Celery tasks: the work is in services."""

from celery import shared_task

from .services import notifications


@shared_task(bind=True, max_retries=5, autoretry_for=(OSError,), retry_backoff=True)
def send_comment_notices(self, comment_id: int) -> int:
    return notifications.send_for(comment_id)
