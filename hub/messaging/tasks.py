from celery import shared_task

from .services import notices


@shared_task
def send_unread_message_notices() -> int:
    return notices.send_unread_notices()
