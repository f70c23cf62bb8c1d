"""Runs, fan-out and batches: no subscriber's digest for a period is lost, none is sent twice
but in one narrow window.

What is guaranteed:

- Never lost: every subscriber due for a run gets a Delivery row, and the row stays pending or
  sending until it ends as sent, skipped (nothing new, or unsubscribed since the fan-out) or
  failed (a 5xx refusal, or ``DIGEST_MAX_ATTEMPTS`` temporary failures, each after a backoff).
- Sent at most once per (subscriber, period), except in one window: a worker killed after the
  SMTP server accepted a digest and before its ``sent`` row commits, a millisecond later. The
  row's lease then expires and the digest is sent again, with the same Message-ID, so mail
  clients that deduplicate show it once. So this is at-least-once delivery that is once in all
  but that case; it is not exactly-once, which SMTP cannot give.

How:

1. ``start_run`` gets or creates the DigestRun of a frequency and period (unique), so a
   duplicate beat finds the same run. The fan-out bulk-creates one Delivery row per due
   subscriber (unique per run, ``ignore_conflicts``) in chunks and enqueues one
   ``send_digest_batch`` task per chunk.
2. A batch claims its rows with one conditional UPDATE: rows that are ``pending`` (and due for a
   retry), or ``sending`` under an expired lease. The UPDATE commits before any mail goes out, so
   a retried or duplicated task finds nothing left to claim.
3. After the SMTP server accepts a message, its row is marked ``sent`` at once (autocommit).
4. ``resume_runs`` re-dispatches what a killed worker left: unfinished fan-outs, and rows still
   pending or whose lease has expired.

Steps 2 and 3 and the backoff are hub.core.sending, which the email outbox (hub.core.outbox) follows
too; digests keep their own rows because they are built at send time, in batches, from the run.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass, field
from datetime import timedelta

from django.conf import settings
from django.db.models import Count, F, Q
from django.utils import timezone, translation

from hub.core import outbox, sending
from hub.digests.models import Delivery, DigestRun, Subscription

from . import content, emails, periods, subscriptions

log = logging.getLogger(__name__)


@dataclass
class BatchResult:
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    retry_ids: list[int] = field(default_factory=list)
    retry_in: int = 0

    def as_dict(self) -> dict:
        return {
            "sent": self.sent,
            "skipped": self.skipped,
            "failed": self.failed,
            "retry": len(self.retry_ids),
        }


def period_of(run: DigestRun) -> periods.Period:
    return periods.Period(run.frequency, run.period_start, run.period_end)


def lease() -> timedelta:
    return timedelta(seconds=settings.DIGEST_CLAIM_LEASE_SECONDS)


def backoff(attempts: int) -> int:
    return sending.backoff(attempts, settings.DIGEST_RETRY_BACKOFF_SECONDS)


# --- Runs and fan-out ---------------------------------------------------------------------------


def start_run(frequency: str, period: periods.Period | None = None, dispatch=None):
    """Get or create the run for a period (the last completed one by default) and fan it out.

    Returns (run, created). Only the caller that created the run fans it out; a duplicate beat
    returns the existing run and leaves it to ``resume_runs`` if its fan-out never finished.
    """
    period = period or periods.last_completed(frequency)
    run, created = DigestRun.objects.get_or_create(
        frequency=frequency, period_start=period.start, period_end=period.end
    )
    if created:
        fan_out(run, dispatch)
    return run, created


def start_due_runs(now=None, dispatch=None) -> list[DigestRun]:
    """Called by beat every few minutes: start each frequency's run once its send time is due."""
    started = []
    for frequency in ("daily", "weekly", "monthly"):
        period = periods.last_completed(frequency, now)
        if periods.is_due(period, now):
            run, created = start_run(frequency, period, dispatch)
            if created:
                started.append(run)
    return started


def _default_dispatch(run_id: int, delivery_ids: list[int]) -> None:
    from hub.digests.tasks import send_digest_batch

    send_digest_batch.delay(run_id, delivery_ids)


def fan_out(run: DigestRun, dispatch=None) -> int:
    """Create the run's Delivery rows in chunks and dispatch each chunk; memory stays flat."""
    dispatch = dispatch or _default_dispatch
    size = settings.DIGEST_BATCH_SIZE
    due = (
        Subscription.objects.filter(status=Subscription.Status.ACTIVE, frequency=run.frequency)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    chunk: list[int] = []
    total = 0

    def flush():
        Delivery.objects.bulk_create(
            [Delivery(run=run, subscription_id=pk) for pk in chunk], ignore_conflicts=True
        )
        ids = list(
            Delivery.objects.filter(
                run=run, subscription_id__in=chunk, status=Delivery.Status.PENDING
            ).values_list("pk", flat=True)
        )
        if ids:
            dispatch(run.pk, ids)

    for pk in due.iterator(chunk_size=max(size, 2000)):
        chunk.append(pk)
        total += 1
        if len(chunk) == size:
            flush()
            chunk = []
    if chunk:
        flush()
    DigestRun.objects.filter(pk=run.pk).update(
        fanned_out_at=timezone.now(), total=Delivery.objects.filter(run=run).count()
    )
    refresh_counts(run.pk)
    return total


def resume_runs(now=None, dispatch=None, force=False) -> int:
    """Dispatch again what unfinished runs left behind; returns the number of deliveries.

    Runs younger than the lease are left alone (their batches may still be queued) unless
    ``force`` is set, as the management command does.
    """
    now = now or timezone.now()
    dispatch = dispatch or _default_dispatch
    stale = now - lease()
    dispatched = 0
    for run in DigestRun.objects.filter(finished_at__isnull=True).order_by("pk"):
        if run.fanned_out_at is None:
            if force or run.started_at < stale:
                fan_out(run, dispatch)
            continue
        if not force and run.fanned_out_at >= stale:
            continue
        ids = (
            Delivery.objects.filter(run=run)
            .filter(_claimable(now))
            .order_by("pk")
            .values_list("pk", flat=True)
        )
        chunk: list[int] = []
        for pk in ids.iterator(chunk_size=2000):
            chunk.append(pk)
            if len(chunk) == settings.DIGEST_BATCH_SIZE:
                dispatch(run.pk, chunk)
                dispatched += len(chunk)
                chunk = []
        if chunk:
            dispatch(run.pk, chunk)
            dispatched += len(chunk)
        refresh_counts(run.pk)
    return dispatched


def refresh_counts(run_id: int) -> None:
    """Store the run's counts, and its finish time once nothing is left to send."""
    counts = dict(
        Delivery.objects.filter(run_id=run_id)
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    unfinished = counts.get(Delivery.Status.PENDING, 0) + counts.get(Delivery.Status.SENDING, 0)
    changes = {
        "sent": counts.get(Delivery.Status.SENT, 0),
        "skipped": counts.get(Delivery.Status.SKIPPED, 0),
        "failed": counts.get(Delivery.Status.FAILED, 0),
    }
    runs = DigestRun.objects.filter(pk=run_id)
    if not unfinished:
        runs.filter(fanned_out_at__isnull=False, finished_at__isnull=True).update(
            finished_at=timezone.now(), **changes
        )
    runs.update(**changes)


# --- Batches ------------------------------------------------------------------------------------


def _claimable(now) -> Q:
    return sending.claimable(now, settings.DIGEST_CLAIM_LEASE_SECONDS)


def claim(run_id: int, delivery_ids: list[int], now=None) -> list[Delivery]:
    """Take the claimable rows of this batch for this worker, atomically, and commit."""
    now = now or timezone.now()
    batch = Delivery.objects.filter(run_id=run_id, pk__in=delivery_ids)
    token = sending.claim(batch, now, settings.DIGEST_CLAIM_LEASE_SECONDS)
    return list(
        Delivery.objects.filter(run_id=run_id, pk__in=delivery_ids, claim=token)
        .select_related("subscription__user__profile")
        .order_by("pk")
    )


def _preferences(subscriptions) -> dict[int, content.Preferences]:
    ids = [sub.pk for sub in subscriptions]
    themes: dict[int, set[int]] = {}
    regions: dict[int, set[int]] = {}
    through = Subscription.themes.through.objects.filter(subscription_id__in=ids)
    for sub_id, theme_id in through.values_list("subscription_id", "theme_id"):
        themes.setdefault(sub_id, set()).add(theme_id)
    through = Subscription.regions.through.objects.filter(subscription_id__in=ids)
    for sub_id, region_id in through.values_list("subscription_id", "region_id"):
        regions.setdefault(sub_id, set()).add(region_id)
    return {
        sub.pk: content.Preferences(
            content_types=frozenset(sub.content_types or ()),
            theme_ids=frozenset(themes.get(sub.pk, ())),
            region_ids=frozenset(regions.get(sub.pk, ())),
            language_id=sub.language_id,
        )
        for sub in subscriptions
    }


def deliver_batch(run_id: int, delivery_ids: list[int], now=None) -> BatchResult:
    """Claim, build and send one batch over one SMTP connection; record every outcome."""
    now = now or timezone.now()
    result = BatchResult()
    rows = claim(run_id, delivery_ids, now)
    if not rows:
        refresh_counts(run_id)
        return result
    run = DigestRun.objects.get(pk=run_id)
    period = period_of(run)
    prefs = _preferences([row.subscription for row in rows])

    skipped: list[int] = []
    sent_subscriptions: list[int] = []
    outgoing = []
    for row in rows:
        sub = row.subscription
        if sub.status != Subscription.Status.ACTIVE or sub.frequency != run.frequency:
            skipped.append(row.pk)  # unsubscribed or changed frequency since the fan-out
            continue
        # Each digest in its subscriber's language: items, dates, links and words.
        with translation.override(subscriptions.language_for(sub)):
            digest = content.cached_candidates(run.pk, period).digest_for(prefs[sub.pk])
            if digest.is_empty:
                skipped.append(row.pk)
                continue
            message = emails.digest_message(digest, sub, run.pk)
        outgoing.append((row, digest.new_count, message))
    if skipped:
        Delivery.objects.filter(pk__in=skipped, claim=rows[0].claim).update(
            status=Delivery.Status.SKIPPED, claim=None
        )
        result.skipped = len(skipped)

    connection = outbox.delivery_connection()
    try:
        for row, count, message in outgoing:
            try:
                sending.ensure_open(connection)
                message.connection = connection
                message.send()
            except (smtplib.SMTPException, OSError) as exc:
                _record_failure(row, exc, now, result)
                if not isinstance(exc, sending.REFUSALS):
                    connection.close()  # a broken connection: the next message opens another
                continue
            # Committed at once: this is what keeps a restarted batch from sending it again.
            Delivery.objects.filter(pk=row.pk, claim=row.claim).update(
                status=Delivery.Status.SENT, sent_at=timezone.now(), item_count=count, error=""
            )
            sent_subscriptions.append(row.subscription_id)
            result.sent += 1
    finally:
        connection.close()
    if sent_subscriptions:
        Subscription.objects.filter(pk__in=sent_subscriptions).update(
            last_sent_at=now, bounce_count=0
        )
    refresh_counts(run_id)
    return result


def _record_failure(row: Delivery, exc: Exception, now, result: BatchResult) -> None:
    code = sending.smtp_code(exc, row.subscription.email)
    error = f"{type(exc).__name__}: {exc}"[:1000]
    mine = Delivery.objects.filter(pk=row.pk, claim=row.claim)
    if sending.is_permanent(code):
        log.warning("digest to subscription %s bounced: %s", row.subscription_id, error)
        mine.update(status=Delivery.Status.FAILED, error=error, claim=None)
        Subscription.objects.filter(pk=row.subscription_id).update(
            bounce_count=F("bounce_count") + 1
        )
        Subscription.objects.filter(
            pk=row.subscription_id, bounce_count__gte=settings.DIGEST_MAX_HARD_BOUNCES
        ).update(status=Subscription.Status.FAILING)
        result.failed += 1
    elif row.attempts >= settings.DIGEST_MAX_ATTEMPTS:
        mine.update(status=Delivery.Status.FAILED, error=error, claim=None)
        result.failed += 1
    else:
        wait = backoff(row.attempts)
        mine.update(
            status=Delivery.Status.PENDING,
            error=error,
            claim=None,
            retry_at=now + timedelta(seconds=wait),
        )
        result.retry_ids.append(row.pk)
        result.retry_in = max(result.retry_in, wait)
