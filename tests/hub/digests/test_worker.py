"""Real Celery workers, real Redis and a real SMTP server: exactly one digest per subscriber,
even when a worker is killed mid-batch or the server says "try again later"."""

import os
import signal
import time
from email.utils import parseaddr
from urllib.parse import urlparse

import pytest
from django.test import Client

from hub.celery import app
from hub.digests.models import Delivery, DigestRun, Subscription
from hub.digests.services import delivery

from .conftest import subscriber

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.celery, pytest.mark.smtp]


@pytest.fixture
def queued():
    """Tasks sent in the test go to Redis for the worker, not run in the test process."""
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = True


def wait_until_finished(run, workers, proc, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run.refresh_from_db()
        if run.finished_at:
            return run
        if proc.poll() is not None:
            break
        time.sleep(0.2)
    pytest.fail(f"the run did not finish; the worker said:\n{workers.output(proc)}")


def test_three_subscribers_get_exactly_their_items_and_a_second_run_sends_nothing(
    workers, demo_site, three_subscribers, a_week, an_smtp_server, clean_queue, queued
):
    proc = workers.start()
    run, _ = delivery.start_run("weekly", a_week)
    wait_until_finished(run, workers, proc)

    assert an_smtp_server.wait_for(3) == 3
    assert sorted(m["To"] for m in an_smtp_server.received) == [
        "alice@example.org",
        "bruno@example.org",
        "chen@example.org",
    ]
    alice, bruno, chen = (
        an_smtp_server.to(f"{n}@example.org")[0] for n in ("alice", "bruno", "chen")
    )
    text = {
        m["To"]: m.get_payload()[0].get_payload(decode=True).decode() for m in (alice, bruno, chen)
    }
    assert "Remittance costs fall" in text["alice@example.org"]
    assert "Diaspora investment fund" in text["alice@example.org"]
    assert "webinar" not in text["alice@example.org"]
    assert "Rapport sur la migration" in text["bruno@example.org"]
    assert "Remittance" not in text["bruno@example.org"]
    assert "Labour migration webinar" in text["chen@example.org"]
    assert "Skills partnership forum" in text["chen@example.org"]

    assert alice.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alice.get_payload()] == ["text/plain", "text/html"]
    sub = three_subscribers["alice"]
    assert alice["Message-ID"] == f"<digest-{run.pk}-{sub.pk}@localhost>"
    assert parseaddr(alice["From"])[1] == "hub@localhost"
    assert alice["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unfolded = " ".join(alice["List-Unsubscribe"].split())
    web, mailto = (part.strip(" <>") for part in unfolded.split(","))
    assert mailto == "mailto:hub@localhost?subject=unsubscribe"
    assert web.startswith("http://testserver/digests/unsubscribe/")

    # The one-click POST a mail provider makes: no cookies, no CSRF token.
    response = Client(enforce_csrf_checks=True).post(
        urlparse(web).path,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    sub.refresh_from_db()
    assert sub.status == Subscription.Status.UNSUBSCRIBED

    # The same period again: a duplicate beat, a manual resume. Nothing more is sent.
    again, created = delivery.start_run("weekly", a_week)
    assert not created and again.pk == run.pk
    delivery.resume_runs(force=True)
    time.sleep(3)
    assert len(an_smtp_server.received) == 3
    run.refresh_from_db()
    assert (run.sent, run.skipped, run.failed) == (3, 1, 0)


def test_a_worker_killed_mid_batch_is_resumed_and_everyone_gets_exactly_one(
    workers, demo_site, new_content, a_week, an_smtp_server, clean_queue, queued, settings
):
    settings.DIGEST_CLAIM_LEASE_SECONDS = 3  # as the workers have it (tests/worker_settings.py)
    readers = [subscriber(f"reader{n}@example.org") for n in range(6)]
    an_smtp_server.delay = 0.5
    first = workers.start()
    run, _ = delivery.start_run("weekly", a_week)
    # Kill when one digest was accepted and the next is in flight (DATA sent, no 250 yet).
    an_smtp_server.wait_for(2, timeout=60, attempts=True)
    assert len(an_smtp_server.received) <= 1
    time.sleep(0.1)
    os.kill(first.pid, signal.SIGKILL)
    first.wait(timeout=10)
    in_flight = Delivery.objects.filter(run=run, status=Delivery.Status.SENDING).count()
    assert in_flight >= 1

    second = workers.start()
    time.sleep(4)  # past the 3-second lease of the worker settings
    an_smtp_server.delay = 0
    delivery.resume_runs()
    wait_until_finished(run, workers, second)

    counts = {r.email: len(an_smtp_server.to(r.email)) for r in readers}
    assert counts == {r.email: 1 for r in readers}
    assert an_smtp_server.attempts > len(an_smtp_server.received)  # one was cut off by the kill
    run.refresh_from_db()
    assert (run.sent, run.failed) == (6, 0)


def test_a_server_that_says_try_again_later_gets_the_digest_on_a_retry(
    workers, demo_site, new_content, a_week, an_smtp_server, clean_queue, queued
):
    reader = subscriber("patient@example.org")
    an_smtp_server.refuse_temporarily = 2
    proc = workers.start()
    run, _ = delivery.start_run("weekly", a_week)
    wait_until_finished(run, workers, proc, timeout=60)
    assert len(an_smtp_server.to(reader.email)) == 1
    assert an_smtp_server.attempts == 3
    sent = Delivery.objects.get(run=run, subscription=reader)
    assert (sent.status, sent.attempts) == ("sent", 3)
    assert DigestRun.objects.get(pk=run.pk).sent == 1
