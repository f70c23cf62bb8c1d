"""A real worker sends a notification email once, even when the sweep runs three times at once."""

import os
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from hub.messaging.services import conversations
from hub.notifications.models import Notification
from hub.notifications.tasks import send_notification_emails


@pytest.fixture
def a_worker(workers):
    """Two worker processes, so that the three runs of the task can overlap."""
    return workers.start(concurrency=2)


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.celery
@pytest.mark.smtp
def test_a_real_worker_sends_the_email_once_even_when_the_sweep_runs_three_times_at_once(
    a_worker, an_smtp_server, an_approved_member, another_member
):
    import redis

    from hub.celery import app

    conversations.start(an_approved_member, [another_member], "Hello over SMTP")
    Notification.objects.update(email_due_at=timezone.now() - timedelta(minutes=1))
    queue = redis.Redis.from_url(os.environ["REDIS_URL"])
    app.conf.task_always_eager = False
    try:
        for _ in range(3):
            send_notification_emails.delay()
    finally:
        app.conf.task_always_eager = True
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        finished = [line for line in a_worker.log if "send_notification_emails" in line]
        if sum(" succeeded in " in line for line in finished) == 3:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the three runs did not finish; the worker said:\n" + "".join(a_worker.log))
    assert an_smtp_server.wait_for(1) == 1
    time.sleep(1)  # anything sent twice would have arrived by now
    assert queue.llen("hub") == 0
    received = an_smtp_server.received
    assert len(received) == 1
    assert received[0]["To"] == "bilal@example.org"
    assert "1 unread" in received[0]["Subject"]
    assert "/notifications/unsubscribe/messages/" in received[0]["List-Unsubscribe"]
