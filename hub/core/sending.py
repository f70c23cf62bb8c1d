"""Claim, lease, attempts and backoff for rows that stand for one email to send.

Shared by the outbox (hub.core.outbox) and the digest deliveries (hub.digests.services.delivery).
A row has ``status`` (pending, sending, then sent or failed), ``attempts``, ``claim``,
``claimed_at`` and ``retry_at``. The discipline:

1. A sender claims rows with one conditional UPDATE (pending and due, or sending under an expired
   lease), stamping them with its own token and counting the attempt. The UPDATE commits before
   any mail goes out, so a second sender finds nothing left to claim.
2. Once the SMTP server accepts a message, its row is marked sent at once (autocommit).
3. A refusal with a 5xx code is final; any other failure waits ``backoff(attempts)`` and is
   claimed again, until the attempts run out.

What that guarantees: a row is never lost (it stays pending, sending or failed until it is
sent) and it is sent at least once while the server accepts it. It is sent at most once except in
one window: a sender killed after the server accepted a message and before the ``sent`` commit
a millisecond later leaves the row under its lease, and the next sender sends it again. Senders
keep the Message-ID of the first attempt, so a mail client can recognise that copy.
"""

from __future__ import annotations

import smtplib
import uuid
from datetime import timedelta

from django.db.models import F, Q, QuerySet

PENDING, SENDING = "pending", "sending"

#: the server answered and refused this message; the connection itself is fine
REFUSALS = (smtplib.SMTPResponseException, smtplib.SMTPRecipientsRefused)

MAX_BACKOFF_SECONDS = 6 * 3600


def backoff(attempts: int, base_seconds: int) -> int:
    """Seconds to wait after the given number of failed attempts: doubling, capped at 6 hours."""
    return min(base_seconds * 2 ** max(attempts - 1, 0), MAX_BACKOFF_SECONDS)


def claimable(now, lease_seconds: int) -> Q:
    due = Q(retry_at__isnull=True) | Q(retry_at__lte=now)
    expired = Q(status=SENDING, claimed_at__lt=now - timedelta(seconds=lease_seconds))
    return (Q(status=PENDING) & due) | expired


def claim(rows: QuerySet, now, lease_seconds: int) -> uuid.UUID:
    """Take the claimable rows of ``rows`` for this sender in one UPDATE; returns the token."""
    token = uuid.uuid4()
    rows.filter(claimable(now, lease_seconds)).update(
        status=SENDING, claim=token, claimed_at=now, attempts=F("attempts") + 1
    )
    return token


def ensure_open(connection) -> None:
    # Django's backends open and close a connection per send() unless it is already open.
    if getattr(connection, "connection", None) is None:
        connection.open()


def smtp_code(exc: Exception, address: str | None = None) -> int | None:
    """The SMTP reply code of a refusal (for ``address`` when several were refused), if any."""
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        codes = [exc.recipients.get(address, (None,))[0]] if address else []
        codes = codes or [code for code, _ in exc.recipients.values()]
        code = codes[0] if codes else None
        return code if isinstance(code, int) else None
    return getattr(exc, "smtp_code", None)


def is_permanent(code: int | None) -> bool:
    """A 5xx answer: sending the same message again would be refused again."""
    return code is not None and code >= 500
