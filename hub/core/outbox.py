"""The transactional outbox: an email is a row first, and is sent once the change behind it commits.

``EMAIL_BACKEND`` is ``OutboxBackend``, so every ``send_mail()`` and ``EmailMessage.send()`` in the
hub, allauth, Wagtail and Django (whoever calls it) writes an ``OutboxMessage`` row on the default
database connection, inside the caller's transaction: if the change rolls back, so does the mail,
and if it commits, so does the mail. (A caller outside a transaction, such as allauth's views,
writes the row in its own transaction just after its change.) No SMTP error reaches the caller.

After the commit the new rows are handed to the ``send_outbox_messages`` task (a Celery worker
in production; in the embedded default the task runs eagerly, right after the commit, in the same
process). Sending follows the discipline of hub.core.sending, shared with the digest deliveries:
a claim under a lease, an attempt count, exponential backoff (``HUB_OUTBOX_RETRY_BACKOFF_SECONDS``
doubling, up to ``HUB_OUTBOX_MAX_ATTEMPTS``), and the row marked sent as soon as the server
accepts it. A failure never reaches the request: the row waits, and the beat sweep
(``send_due_outbox`` every minute, or ``manage.py send_outbox``) sends it when it is due. A
broker that is down leaves fresh rows for the same sweep.

Guarantees: a message whose transaction committed is never lost: it stays in the table until an
SMTP server accepts it, or is marked failed (a 5xx refusal, or the attempts ran out), where
``manage.py send_outbox --retry-failed`` can send it again. It is sent at most once, except in the
window hub.core.sending describes (a sender killed between the server's acceptance and the
``sent`` commit); the resend carries the first attempt's Message-ID and Date, so it is the same
message. The row keeps the message whole (subject, text, HTML alternative, headers, sender,
recipients and attachments), as rendered by the caller, with the ``language`` it was rendered in.
"""

from __future__ import annotations

import base64
import logging
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta
from email.mime.base import MIMEBase
from email.utils import formatdate, make_msgid, parseaddr

from django.conf import settings
from django.core.mail import EmailMessage, EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction
from django.utils import timezone, translation

from hub.core import queueing, sending
from hub.core.models import OutboxMessage

log = logging.getLogger(__name__)

BACKEND = "hub.core.outbox.OutboxBackend"
SEND_TASK = "hub.core.tasks.send_outbox_messages"


class OutboxBackend(BaseEmailBackend):
    """Stores each message in the outbox, in the caller's transaction, instead of sending it."""

    def send_messages(self, email_messages) -> int:
        try:
            rows = [store(message) for message in email_messages]
        except Exception:
            if self.fail_silently:
                return 0
            raise
        return len(rows)


def delivery_connection(**kwargs):
    """A connection to the backend that really sends (SMTP in production), never the outbox."""
    backend = settings.EMAIL_BACKEND
    if backend == BACKEND:
        backend = settings.HUB_EMAIL_DELIVERY_BACKEND
    return get_connection(backend, **kwargs)


def _domain(from_email: str) -> str:
    return parseaddr(from_email)[1].rpartition("@")[2] or "localhost"


def _lower_keys(headers: dict) -> set[str]:
    return {name.lower() for name in headers}


def store(message: EmailMessage, language: str | None = None) -> OutboxMessage:
    """Write one message to the outbox; it is sent after the current transaction commits."""
    attachments = [_stored_attachment(item) for item in message.attachments]
    html = ""
    for content, mimetype in getattr(message, "alternatives", []):
        if mimetype != "text/html" or html:
            raise ValueError(f"the outbox stores one text/html alternative, not {mimetype}")
        html = content
    body = message.body
    if message.content_subtype == "html" and not html:
        body, html = "", body
    from_email = message.from_email or settings.DEFAULT_FROM_EMAIL
    headers = {str(name): str(value) for name, value in message.extra_headers.items()}
    # Fixed now, so that every attempt sends the same message.
    if "message-id" not in _lower_keys(headers):
        headers["Message-ID"] = make_msgid(domain=_domain(from_email))
    if "date" not in _lower_keys(headers):
        headers["Date"] = formatdate(localtime=settings.EMAIL_USE_LOCALTIME)
    row = OutboxMessage.objects.create(
        subject=str(message.subject),
        body=body,
        html=html,
        from_email=from_email,
        to=[str(a) for a in message.to],
        cc=[str(a) for a in message.cc],
        bcc=[str(a) for a in message.bcc],
        reply_to=[str(a) for a in message.reply_to],
        headers=headers,
        attachments=attachments,
        language=language or translation.get_language() or settings.LANGUAGE_CODE,
    )
    transaction.on_commit(lambda: dispatch([row.pk]))
    return row


def _stored_attachment(item) -> dict:
    """An attachment as JSON: (filename, content, mimetype) with text or bytes content."""
    if isinstance(item, MIMEBase):
        # A ready-made MIME part would lose its headers in a round trip; the hub makes none.
        raise ValueError("the outbox stores attachments given as (filename, content, mimetype)")
    filename, content, mimetype = item
    if isinstance(content, bytes):
        return {
            "filename": filename,
            "mimetype": mimetype,
            "content": base64.b64encode(content).decode("ascii"),
            "base64": True,
        }
    return {"filename": filename, "mimetype": mimetype, "content": content}


def dispatch(ids: list[int]) -> None:
    """Hand rows to a worker (or, eagerly, send them now); a failure leaves them for the sweep."""
    try:
        queueing.enqueue(SEND_TASK, ids)
    except Exception:  # noqa: BLE001 - after the commit, nothing may fail the request
        log.exception("outbox messages %s are left for the sweep", ids)


def message_of(row: OutboxMessage) -> EmailMessage:
    """The stored message, rebuilt the same way on every attempt."""
    kwargs = dict(
        subject=row.subject,
        from_email=row.from_email,
        to=row.to,
        cc=row.cc,
        bcc=row.bcc,
        reply_to=row.reply_to,
        headers=row.headers,
    )
    if not row.html:
        message = EmailMessage(body=row.body, **kwargs)
    elif not row.body:
        message = EmailMessage(body=row.html, **kwargs)
        message.content_subtype = "html"
    else:
        message = EmailMultiAlternatives(body=row.body, **kwargs)
        message.attach_alternative(row.html, "text/html")
    for item in row.attachments:
        content = item["content"]
        if item.get("base64"):
            content = base64.b64decode(content)
        message.attach(item["filename"], content, item["mimetype"])
    return message


@dataclass
class Result:
    sent: int = 0
    failed: int = 0
    retry_ids: list[int] = field(default_factory=list)
    retry_in: int = 0

    def as_dict(self) -> dict:
        return {"sent": self.sent, "failed": self.failed, "retry": len(self.retry_ids)}


def _lease() -> int:
    return settings.HUB_OUTBOX_CLAIM_LEASE_SECONDS


def due(now=None):
    return OutboxMessage.objects.filter(sending.claimable(now or timezone.now(), _lease()))


def deliver(ids: list[int], now=None) -> Result:
    """Claim these rows (those still due) and send them over one connection; record outcomes."""
    now = now or timezone.now()
    result = Result()
    token = sending.claim(OutboxMessage.objects.filter(pk__in=ids), now, _lease())
    rows = list(OutboxMessage.objects.filter(claim=token).order_by("pk"))
    if not rows:
        return result
    connection = delivery_connection()
    try:
        for index, row in enumerate(rows):
            try:
                message = message_of(row)
                sending.ensure_open(connection)
                message.connection = connection
                message.send()
            except sending.REFUSALS as exc:
                _record_failure(row, exc, now, result)
                continue
            except (smtplib.SMTPException, OSError) as exc:
                # The server is unreachable or the connection broke: the rest would fail the
                # same way, so they wait too, each with its attempt counted.
                for later in rows[index:]:
                    _record_failure(later, exc, now, result)
                break
            except Exception as exc:  # noqa: BLE001 - this message is broken, not the server
                _record_failure(row, exc, now, result)
                continue
            # Committed at once: this is what keeps a later sender from sending it again.
            OutboxMessage.objects.filter(pk=row.pk, claim=token).update(
                status=OutboxMessage.Status.SENT, sent_at=timezone.now(), claim=None, error=""
            )
            result.sent += 1
    finally:
        connection.close()
    return result


def _record_failure(row: OutboxMessage, exc: Exception, now, result: Result) -> None:
    error = f"{type(exc).__name__}: {exc}"[:1000]
    mine = OutboxMessage.objects.filter(pk=row.pk, claim=row.claim)
    permanent = sending.is_permanent(sending.smtp_code(exc))
    if permanent or row.attempts >= settings.HUB_OUTBOX_MAX_ATTEMPTS:
        log.warning("outbox message %s failed for good: %s", row.pk, error)
        mine.update(status=OutboxMessage.Status.FAILED, error=error, claim=None)
        result.failed += 1
        return
    wait = sending.backoff(row.attempts, settings.HUB_OUTBOX_RETRY_BACKOFF_SECONDS)
    log.info("outbox message %s will be retried in %s s: %s", row.pk, wait, error)
    mine.update(
        status=OutboxMessage.Status.PENDING,
        error=error,
        claim=None,
        retry_at=now + timedelta(seconds=wait),
    )
    result.retry_ids.append(row.pk)
    result.retry_in = max(result.retry_in, wait)


def send_due(now=None, batch_size: int = 200) -> Result:
    """The sweep: send every row that is due (new, due for a retry, or under an expired lease)."""
    now = now or timezone.now()
    total = Result()
    seen: set[int] = set()
    while True:
        ids = [pk for pk in due(now).order_by("pk").values_list("pk", flat=True)[:batch_size]]
        ids = [pk for pk in ids if pk not in seen]
        if not ids:
            return total
        seen.update(ids)
        result = deliver(ids, now)
        total.sent += result.sent
        total.failed += result.failed
        total.retry_ids += result.retry_ids
        total.retry_in = max(total.retry_in, result.retry_in)


def retry_failed() -> int:
    """Give failed rows a fresh set of attempts (after the cause is fixed); returns how many."""
    return OutboxMessage.objects.filter(status=OutboxMessage.Status.FAILED).update(
        status=OutboxMessage.Status.PENDING, attempts=0, retry_at=None, error=""
    )


def backlog() -> dict:
    """What waits and what failed, for the health report."""
    waiting = OutboxMessage.objects.filter(
        status__in=[OutboxMessage.Status.PENDING, OutboxMessage.Status.SENDING]
    )
    oldest = waiting.order_by("created_at").values_list("created_at", flat=True).first()
    return {
        "waiting": waiting.count(),
        "failed": OutboxMessage.objects.filter(status=OutboxMessage.Status.FAILED).count(),
        "oldest_waiting": oldest,
    }
