"""Fixtures for the community apps: members at each stage, and a real SMTP server on loopback."""

from __future__ import annotations

import socket
import threading
import time
from dataclasses import dataclass, field
from email import message_from_bytes
from email.message import Message

import pytest
from django.core.cache import cache

from tests.factories import members as factories


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    """allauth counts attempts in the cache; each test starts with none."""
    cache.clear()
    yield
    cache.clear()


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


@dataclass
class SMTPServer:
    host: str
    port: int
    received: list[Message] = field(default_factory=list)

    def wait_for(self, count: int, timeout: float = 30.0) -> list[Message]:
        deadline = time.monotonic() + timeout
        while len(self.received) < count and time.monotonic() < deadline:
            time.sleep(0.1)
        return self.received


@pytest.fixture
def an_smtp_server():
    """An aiosmtpd server on a free loopback port, collecting every message it is sent."""
    from aiosmtpd.controller import Controller

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = SMTPServer("127.0.0.1", port)
    lock = threading.Lock()

    class Handler:
        async def handle_DATA(self, smtp, session, envelope):  # noqa: N802 (aiosmtpd's name)
            with lock:
                server.received.append(message_from_bytes(envelope.original_content))
            return "250 OK"

    controller = Controller(Handler(), hostname=server.host, port=port)
    controller.start()
    try:
        yield server
    finally:
        controller.stop()
