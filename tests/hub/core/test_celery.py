"""A real Celery worker process consumes a task from the test Redis broker."""

import time
import uuid

import pytest
from django.core.cache import cache

from hub.celery import app
from hub.core.tasks import HEARTBEAT_KEY, record_heartbeat
from tests.workers import Workers


@pytest.fixture
def workers():
    """Workers on the test settings: this test needs the broker and the cache, no database."""
    started = Workers()
    yield started
    started.stop()


@pytest.mark.celery
def test_a_worker_process_runs_a_task_sent_through_redis(workers):
    a_worker = workers.start()
    token = uuid.uuid4().hex
    cache.delete(HEARTBEAT_KEY)
    app.conf.task_always_eager = False
    try:
        result = record_heartbeat.delay(token)
    finally:
        app.conf.task_always_eager = True

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and a_worker.poll() is None:
        seen = cache.get(HEARTBEAT_KEY)
        if seen and seen["token"] == token:
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"no worker ran the task; worker said:\n{workers.output(a_worker)}")

    assert result.id
    assert cache.get(HEARTBEAT_KEY)["token"] == token
