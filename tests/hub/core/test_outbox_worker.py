"""A real Celery worker sends the outbox, retrying with backoff while the server refuses."""

import os
import time

import pytest
from django.core.mail import send_mail

from hub.celery import app
from hub.core import queueing
from hub.core.models import OutboxMessage

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.celery, pytest.mark.smtp]


@pytest.fixture
def queued(monkeypatch):
    """Tasks sent in the test go to Redis for the worker, not run in the test process."""
    import redis

    redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


def test_a_worker_retries_with_backoff_until_the_server_accepts_then_sends_once(
    workers, an_outbox, queued
):
    an_outbox.refuse_temporarily = 2
    proc = workers.start()

    send_mail("Welcome", "Hello", None, ["amara@example.org"])  # autocommit: dispatched at once

    row = OutboxMessage.objects.get()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        row.refresh_from_db()
        if row.status == "sent":
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"not sent ({row.status}, {row.error}); worker said:\n{workers.output(proc)}")
    time.sleep(1)  # a duplicate would arrive now
    assert an_outbox.attempts == 3  # refused, refused (1 s, then 2 s later), accepted
    assert len(an_outbox.received) == 1
    assert row.attempts == 3
