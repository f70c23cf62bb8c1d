"""A real Celery worker process consumes a task from the test Redis broker."""

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.core.cache import cache

from hub.celery import app
from hub.core.tasks import HEARTBEAT_KEY, record_heartbeat

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def a_worker():
    env = {
        **os.environ,
        "CELERY_TASK_ALWAYS_EAGER": "0",
        "DJANGO_SETTINGS_MODULE": "hub.settings.test",
    }
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "hub",
            "worker",
            "--pool",
            "solo",
            "-Q",
            "hub",
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield proc
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.mark.celery
def test_a_worker_process_runs_a_task_sent_through_redis(a_worker):
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
        a_worker.terminate()
        pytest.fail(f"no worker ran the task; worker said:\n{a_worker.communicate()[0][-3000:]}")

    assert result.id
    assert cache.get(HEARTBEAT_KEY)["token"] == token
