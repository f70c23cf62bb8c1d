"""The email outbox: a mail is a row in the sender's transaction, and is sent once, later."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.mail import EmailMultiAlternatives, send_mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone, translation

from hub.celery import app
from hub.core import outbox, queueing
from hub.core.models import OutboxMessage
from hub.core.tasks import send_outbox_messages
from tests.services import free_port

pytestmark = pytest.mark.smtp


def a_notice(**headers):
    message = EmailMultiAlternatives(
        subject="A new reply",
        body="Someone answered.",
        from_email="M4D Hub <hub@example.org>",
        to=["amara@example.org"],
        headers={"List-Unsubscribe": "<https://hub.example.org/unfollow/x/>", **headers},
    )
    message.attach_alternative("<p>Someone <b>answered</b>.</p>", "text/html")
    return message


def later(seconds=3600):
    return timezone.now() + timedelta(seconds=seconds)


def test_a_mail_is_sent_after_its_transaction_commits(
    an_outbox, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with transaction.atomic():
            a_notice().send()
            assert OutboxMessage.objects.get().status == "pending"
            assert an_outbox.received == []

    [received] = an_outbox.received
    row = OutboxMessage.objects.get()
    assert row.status == "sent" and row.attempts == 1
    assert received["Subject"] == "A new reply"
    assert received["From"] == "M4D Hub <hub@example.org>"
    assert received["To"] == "amara@example.org"
    assert received["List-Unsubscribe"] == "<https://hub.example.org/unfollow/x/>"
    assert received["Message-ID"] == row.headers["Message-ID"]
    parts = {part.get_content_type(): part for part in received.walk()}
    assert "answered</b>" in parts["text/html"].get_payload()
    assert "Someone answered." in parts["text/plain"].get_payload()


def test_attachments_are_kept_whole_and_sent_with_the_mail(
    an_outbox, db, django_capture_on_commit_callbacks
):
    message = a_notice()
    message.attach("event.ics", "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar")
    message.attach("logo.png", b"\x89PNG\x00\xff", "image/png")
    with django_capture_on_commit_callbacks(execute=True):
        message.send()

    [received] = an_outbox.received
    parts = {part.get_content_type(): part for part in received.walk()}
    assert parts["text/calendar"].get_filename() == "event.ics"
    assert "BEGIN:VCALENDAR" in parts["text/calendar"].get_payload(decode=True).decode()
    assert parts["image/png"].get_payload(decode=True) == b"\x89PNG\x00\xff"
    assert "Someone answered." in parts["text/plain"].get_payload()


def test_a_mail_from_a_change_that_rolls_back_is_never_sent(
    an_outbox, db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        with transaction.atomic():
            send_mail("Welcome", "Hello", None, ["amara@example.org"])
            raise RuntimeError("the change failed")

    assert not OutboxMessage.objects.exists()
    assert an_outbox.received == []


def test_a_refusing_server_fails_nothing_and_the_sweep_sends_the_mail_once_later(
    an_outbox, db, django_capture_on_commit_callbacks
):
    an_outbox.refuse_temporarily = 1
    with django_capture_on_commit_callbacks(execute=True):
        a_notice().send()  # raises nothing

    row = OutboxMessage.objects.get()
    assert (row.status, row.attempts, an_outbox.received) == ("pending", 1, [])
    assert "451" in row.error and row.retry_at > timezone.now()
    assert outbox.send_due().sent == 0  # not due yet: backoff

    assert outbox.send_due(now=later()).sent == 1
    assert outbox.send_due(now=later(7200)).sent == 0
    [received] = an_outbox.received
    assert received["Message-ID"] == row.headers["Message-ID"]
    assert received["Date"] == row.headers["Date"]
    assert an_outbox.attempts == 2


def test_an_unreachable_server_leaves_every_mail_waiting_with_a_growing_backoff(
    an_outbox, settings, db, django_capture_on_commit_callbacks
):
    settings.EMAIL_PORT = free_port()  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("One", "1", None, ["a@example.org"])
        send_mail("Two", "2", None, ["b@example.org"])

    first = list(OutboxMessage.objects.values_list("status", "attempts"))
    outbox.send_due(now=later())
    rows = list(OutboxMessage.objects.all())

    assert first == [("pending", 1), ("pending", 1)]
    assert [(r.status, r.attempts) for r in rows] == [("pending", 2), ("pending", 2)]
    first_wait = timedelta(seconds=settings.HUB_OUTBOX_RETRY_BACKOFF_SECONDS)
    assert rows[0].retry_at - later() >= first_wait

    settings.EMAIL_PORT = an_outbox.port
    assert outbox.send_due(now=later(6 * 3600)).sent == 2
    assert sorted(m["Subject"] for m in an_outbox.received) == ["One", "Two"]


def test_a_refused_address_fails_at_once_and_is_kept_to_send_again(
    an_outbox, db, django_capture_on_commit_callbacks
):
    an_outbox.hard_bounce.add("nobody@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Hello", "Hi", None, ["nobody@example.org"])

    row = OutboxMessage.objects.get()
    assert (row.status, row.attempts) == ("failed", 1)
    assert outbox.send_due(now=later()).sent == 0

    an_outbox.hard_bounce.clear()
    call_command("send_outbox", "--retry-failed", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert OutboxMessage.objects.get().status == "sent"
    assert len(an_outbox.received) == 1


def test_the_attempts_run_out_into_failed(
    an_outbox, settings, db, django_capture_on_commit_callbacks
):
    settings.HUB_OUTBOX_MAX_ATTEMPTS = 2
    an_outbox.refuse_temporarily = 5
    with django_capture_on_commit_callbacks(execute=True):
        send_mail("Hello", "Hi", None, ["amara@example.org"])
    outbox.send_due(now=later())

    assert OutboxMessage.objects.get().status == "failed"
    assert outbox.send_due(now=later(7200)).sent == 0


def test_a_message_claimed_by_another_sender_is_not_sent_twice(an_outbox, db):
    with transaction.atomic():
        send_mail("Hello", "Hi", None, ["amara@example.org"])  # on_commit never runs in a test
    row = OutboxMessage.objects.get()
    assert outbox.deliver([row.pk]).sent == 1
    assert outbox.deliver([row.pk]).sent == 0
    assert outbox.send_due(now=later()).sent == 0
    assert len(an_outbox.received) == 1


def test_a_sender_that_died_holding_a_message_loses_it_after_the_lease(an_outbox, settings, db):
    send_mail("Hello", "Hi", None, ["amara@example.org"])
    row = OutboxMessage.objects.get()
    OutboxMessage.objects.filter(pk=row.pk).update(
        status="sending", claimed_at=timezone.now(), attempts=1
    )
    assert outbox.send_due().sent == 0  # still under the lease
    lease = settings.HUB_OUTBOX_CLAIM_LEASE_SECONDS

    assert outbox.send_due(now=later(lease + 1)).sent == 1
    assert OutboxMessage.objects.get().attempts == 2


def test_the_row_keeps_the_language_the_mail_was_written_in(an_outbox, db):
    send_mail("Hello", "Hi", None, ["amara@example.org"])
    with translation.override("fr"):
        send_mail("Bonjour", "Salut", None, ["bilal@example.org"])

    assert list(OutboxMessage.objects.values_list("language", flat=True)) == ["en", "fr"]


def test_a_broker_that_is_down_fails_nothing_and_the_sweep_sends_the_mail(
    an_outbox, db, django_capture_on_commit_callbacks, monkeypatch
):
    from kombu.exceptions import OperationalError

    def refuse(*args, **kwargs):
        raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")

    monkeypatch.setattr(queueing, "_broker_down_until", 0.0)
    monkeypatch.setattr(send_outbox_messages, "apply_async", refuse)
    app.conf.task_always_eager = False
    try:
        with django_capture_on_commit_callbacks(execute=True):
            send_mail("Hello", "Hi", None, ["amara@example.org"])
            send_mail("Again", "Hi", None, ["amara@example.org"])  # not tried: broker "down"
    finally:
        app.conf.task_always_eager = True

    assert list(OutboxMessage.objects.values_list("status", flat=True)) == ["pending"] * 2
    monkeypatch.undo()
    assert outbox.send_due().sent == 2
    assert len(an_outbox.received) == 2


def test_without_the_outbox_backend_mail_goes_straight_out(db):
    send_mail("Hello", "Hi", None, ["amara@example.org"])  # pytest-django's locmem backend
    assert len(mail.outbox) == 1
    assert not OutboxMessage.objects.exists()


def test_a_broken_message_waits_without_holding_up_the_others(an_outbox, db):
    send_mail("Broken", "1", None, ["a@example.org"])
    send_mail("Fine", "2", None, ["b@example.org"])
    broken = OutboxMessage.objects.get(subject="Broken")
    OutboxMessage.objects.filter(pk=broken.pk).update(headers={"X-Bad": "a\nb"})

    result = outbox.send_due()

    assert result.sent == 1 and [m["Subject"] for m in an_outbox.received] == ["Fine"]
    broken.refresh_from_db()
    assert (broken.status, broken.attempts) == ("pending", 1)
    assert "BadHeaderError" in broken.error
