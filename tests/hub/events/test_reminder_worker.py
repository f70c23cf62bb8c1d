"""A real Celery worker, real Redis, a real SMTP server: one reminder per registrant, even when
the worker is SIGKILLed in the middle of the reminder run and another takes over."""

import datetime
import os
import signal
import time

import pytest
from django.utils import timezone

from hub.celery import app
from hub.core import queueing
from hub.core.models import OutboxMessage
from hub.events.models import Registration
from hub.events.services import registrations
from tests.factories import members as factories

from .conftest import event

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.celery, pytest.mark.smtp]

REGISTRANTS = 6


@pytest.fixture
def queued(monkeypatch):
    """Tasks sent in the test go to a clean Redis for the worker, not run in the test process."""
    import redis

    redis.Redis.from_url(os.environ["REDIS_URL"]).flushdb()
    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


def wait_until_all_sent(workers, proc, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        rows = OutboxMessage.objects.all()
        if rows.count() >= REGISTRANTS and not rows.exclude(status="sent").exists():
            return
        time.sleep(0.2)
    statuses = list(OutboxMessage.objects.values_list("status", flat=True))
    pytest.fail(f"not all sent ({statuses}); the worker said:\n{workers.output(proc)}")


def test_a_worker_killed_mid_run_is_replaced_and_everyone_gets_exactly_one_reminder(
    workers, an_smtp_server, home_page, queued
):
    factories.index_pages(home_page)
    page = event(
        title="Diaspora bonds workshop",
        registration_capacity=None,
        start=timezone.now() + datetime.timedelta(hours=20),
    )
    people = [factories.member(f"guest{n}", display_name=f"Guest {n}") for n in range(REGISTRANTS)]
    for person in people:
        registrations.register_member(page, person, [], time_zone="Asia/Manila")
    assert not an_smtp_server.received  # confirmations went to the test's locmem backend

    an_smtp_server.delay = 0.5
    workers.env.update(HUB_WORKER_OUTBOX="1", HUB_OUTBOX_CLAIM_LEASE_SECONDS="3")
    first = workers.start()
    app.send_task("hub.events.tasks.send_event_reminders", queue="hub")
    # Kill when one reminder was accepted and the next is in flight (DATA sent, no 250 yet).
    an_smtp_server.wait_for(2, timeout=60, attempts=True)
    assert len(an_smtp_server.received) <= 1
    time.sleep(0.1)
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=10)
    assert OutboxMessage.objects.filter(status="sending").count() >= 1  # held by the dead one

    second = workers.start()
    time.sleep(4)  # past the 3-second lease
    an_smtp_server.delay = 0
    # The beat's next rounds (and a duplicate of the reminder run) finish what the kill left.
    app.send_task("hub.events.tasks.send_event_reminders", queue="hub")
    app.send_task("hub.core.tasks.send_due_outbox", queue="hub")
    wait_until_all_sent(workers, second)
    time.sleep(1)  # a duplicate would arrive now

    counts = {p.email: len(an_smtp_server.to(p.email)) for p in people}
    assert counts == {p.email: 1 for p in people}
    assert an_smtp_server.attempts > len(an_smtp_server.received)  # one was cut off by the kill
    reminder = an_smtp_server.to(people[0].email)[0]
    assert reminder["Subject"] == "Reminder: Diaspora bonds workshop starts soon"
    text = reminder.get_payload()[0].get_payload()[0].get_payload(decode=True).decode()
    assert "(Asia/Manila)" in text
    assert reminder.get_payload()[1].get_content_type() == "text/calendar"
    assert not Registration.objects.filter(page=page, reminder_queued_at__isnull=True).exists()
