"""Fixtures for the community apps: members at each stage, a real SMTP server on loopback, and
real Celery workers."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

import pytest
from django.core.cache import cache

from tests.factories import members as factories
from tests.workers import Workers


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """Rate limits (hub/core/limits.py) count in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


class Clock:
    """The time django-ratelimit's windows are counted in; tests move it forward."""

    def __init__(self, now: float):
        self.now = now

    def time(self) -> float:
        return self.now


@pytest.fixture
def a_clock(monkeypatch):
    import django_ratelimit.core

    clock = Clock(1_800_000_000.0)
    monkeypatch.setattr(django_ratelimit.core, "time", clock)
    return clock


@pytest.fixture
def an_approved_member(db):
    return factories.member("amara", display_name="Amara Okafor", organisation="Diaspora Link")


@pytest.fixture
def another_member(db):
    return factories.member("bilal", display_name="Bilal Haddad", organisation="City of Tunis")


@pytest.fixture
def a_pending_applicant(db):
    return factories.member(
        "carmen",
        display_name="Carmen Ruiz",
        membership_status="pending",
        join_reason="I run remittance projects.",
    )


@pytest.fixture
def submission_indexes(home_page):
    return factories.index_pages(home_page)


# --- SMTP sink ----------------------------------------------------------------------------------


@dataclass
class SMTPServer:
    host: str
    port: int
    received: list[Message] = field(default_factory=list)
    #: DATA commands that arrived, stored or not
    attempts: int = 0
    #: seconds to wait after DATA arrives and *before* storing and answering 250
    delay: float = 0.0
    #: answer this many DATA commands with 451 before accepting
    refuse_temporarily: int = 0
    #: recipients answered with 550 at RCPT
    hard_bounce: set[str] = field(default_factory=set)

    def wait_for(self, count: int, timeout: float = 30.0, attempts: bool = False) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            seen = self.attempts if attempts else len(self.received)
            if seen >= count:
                return seen
            time.sleep(0.05)
        return self.attempts if attempts else len(self.received)

    def to(self, address: str) -> list[Message]:
        return [m for m in self.received if m["To"] == address]


@pytest.fixture
def an_smtp_server():
    """An aiosmtpd server on a free loopback port; a message counts once the 250 is sent.

    Tests can make it slow (`delay`), refuse for a while (`refuse_temporarily`) or bounce
    recipients (`hard_bounce`).
    """
    from aiosmtpd.controller import Controller

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    sink = SMTPServer("127.0.0.1", port)
    lock = threading.Lock()

    class Handler:
        async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
            if address in sink.hard_bounce:
                return "550 5.1.1 No such user"
            envelope.rcpt_tos.append(address)
            return "250 OK"

        async def handle_DATA(self, server, session, envelope):  # noqa: N802
            with lock:
                sink.attempts += 1
                if sink.refuse_temporarily > 0:
                    sink.refuse_temporarily -= 1
                    return "451 4.3.0 Try again later"
            # A worker killed during this sleep drops the connection, which cancels this
            # coroutine: the message is never accepted, as with a real server.
            await asyncio.sleep(sink.delay)
            with lock:
                sink.received.append(message_from_bytes(envelope.original_content))
            return "250 OK"

    controller = Controller(Handler(), hostname=sink.host, port=port)
    controller.start()
    try:
        yield sink
    finally:
        controller.stop()


@pytest.fixture
def workers(an_smtp_server, transactional_db):
    """Real Celery workers (tests/workers.py) on this test's database, mailing `an_smtp_server`."""
    from django.db import connection

    started = Workers(
        "tests.worker_settings",
        HUB_WORKER_DB_NAME=connection.settings_dict["NAME"],
        HUB_WORKER_SMTP_PORT=str(an_smtp_server.port),
    )
    yield started
    started.stop()


@pytest.fixture
def an_outbox(settings, an_smtp_server):
    """Mail goes through the outbox, as in production, and from there to `an_smtp_server`.

    (pytest-django swaps EMAIL_BACKEND for locmem, so tests skip the outbox unless they ask.)
    """
    from hub.core import outbox

    settings.EMAIL_BACKEND = outbox.BACKEND
    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = an_smtp_server.host, an_smtp_server.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 5
    return an_smtp_server
