from celery import shared_task

from .services import submissions


@shared_task(autoretry_for=(OSError,), retry_backoff=True, max_retries=5)
def notify_submission_status(submission_id: int) -> bool:
    return submissions.notify(submission_id)
