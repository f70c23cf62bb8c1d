from celery import shared_task

from .services import notices


@shared_task
def send_unread_message_notices() -> int:
    return notices.send_unread_notices()


@shared_task
def notify_moderators_of_report(report_id: int) -> int:
    from .services import moderation

    return moderation.notify_report(report_id)
