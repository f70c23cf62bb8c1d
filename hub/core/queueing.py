"""Enqueue a Celery task from a request without letting a broker outage fail the request."""

from __future__ import annotations

import logging
import time

from celery import current_app
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)

#: after the broker refuses, seconds during which requests do not try it again
BROKER_RETRY_AFTER = 15.0

_broker_down_until = 0.0


def enqueue(task_name: str, *args) -> bool:
    """Queue a task by name (eagerly run in the embedded default); False if the broker is down.

    Callers must be able to live with False: the work is in the database and a beat sweep
    picks it up. One publish attempt, no retries, and none at all for a few seconds after a
    failure, so a request never waits on a dead broker more than once.
    """
    global _broker_down_until
    task = import_string(task_name)  # by name: services need not import the tasks modules
    if current_app.conf.task_always_eager:
        task.apply_async(args)
        return True
    if time.monotonic() < _broker_down_until:
        return False
    try:
        task.apply_async(args, retry=False)
    except Exception as exc:  # noqa: BLE001 - kombu and redis raise several kinds
        _broker_down_until = time.monotonic() + BROKER_RETRY_AFTER
        log.warning("broker unreachable, %s left for the beat sweep: %s", task_name, exc)
        return False
    return True
