"""Unread-message emails: after the delay, switchable, and never twice for the same messages."""

import os
import time
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from hub.messaging.models import Message
from hub.messaging.services import conversations, notices
from hub.messaging.tasks import send_unread_message_notices


def age_messages(minutes=30):
    Message.objects.update(created_at=timezone.now() - timedelta(minutes=minutes))


@pytest.mark.django_db
def test_one_email_after_the_delay_and_none_when_run_again(an_approved_member, another_member):
    conversation = conversations.start(an_approved_member, [another_member], "First")
    assert notices.send_unread_notices() == 0  # too recent
    age_messages()
    assert notices.send_unread_notices() == 1
    assert notices.send_unread_notices() == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["bilal@example.org"] and "1 unread" in mail.outbox[0].subject
    assert "First" not in mail.outbox[0].body  # bodies stay private

    conversations.post(an_approved_member, conversation, "Second")
    age_messages()
    assert notices.send_unread_notices() == 1  # new messages: one new notice
    assert "2 unread" in mail.outbox[-1].subject


@pytest.mark.django_db
def test_no_email_when_read_or_switched_off(an_approved_member, another_member):
    conversation = conversations.start(an_approved_member, [another_member], "First")
    age_messages()
    conversations.mark_read(another_member, conversation)
    assert notices.send_unread_notices() == 0
    conversations.post(an_approved_member, conversation, "Second")
    age_messages()
    another_member.profile.notify_messages = False
    another_member.profile.save()
    assert notices.send_unread_notices() == 0
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_failed_send_is_retried_on_the_next_sweep(
    monkeypatch, an_approved_member, another_member
):
    conversations.start(an_approved_member, [another_member], "First")
    age_messages()
    monkeypatch.setattr(
        notices, "send_mail", lambda *a, **k: (_ for _ in ()).throw(OSError("down"))
    )
    assert notices.send_unread_notices() == 0
    monkeypatch.undo()
    assert notices.send_unread_notices() == 1


@pytest.fixture
def a_worker(workers):
    """Two worker processes, so that the three runs of the task can overlap."""
    return workers.start(concurrency=2)


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.celery
@pytest.mark.smtp
def test_a_real_worker_sends_the_notice_once_even_when_the_task_runs_twice_at_once(
    a_worker, an_smtp_server, an_approved_member, another_member
):
    import redis

    from hub.celery import app

    conversations.start(an_approved_member, [another_member], "Hello over SMTP")
    age_messages()
    queue = redis.Redis.from_url(os.environ["REDIS_URL"])
    app.conf.task_always_eager = False
    try:
        for _ in range(3):
            send_unread_message_notices.delay()
    finally:
        app.conf.task_always_eager = True
    # Wait until the worker has finished all three runs (not a guess at how long they take).
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        finished = [line for line in a_worker.log if "send_unread_message_notices" in line]
        if sum(" succeeded in " in line for line in finished) == 3:
            break
        time.sleep(0.1)
    else:
        pytest.fail("the three runs did not finish; the worker said:\n" + "".join(a_worker.log))
    assert queue.llen("hub") == 0
    received = an_smtp_server.received
    assert len(received) == 1
    assert received[0]["To"] == "bilal@example.org"
    assert "1 unread" in received[0]["Subject"]
