"""Building and sending digests on the database: matching, at-most-once, retries and bounces."""

import smtplib
from datetime import UTC, datetime, timedelta

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.utils import timezone

from home import branding
from hub.core import outbox
from hub.digests.models import Delivery, DigestRun, Subscription
from hub.digests.services import content, delivery, periods

from .conftest import subscriber


def run_now(period, dispatch_log=None):
    """Start the run and send its batches in this process, as the management command does."""
    batches = []

    def dispatch(run_id, ids):
        batches.append(ids)
        delivery.deliver_batch(run_id, ids)

    run, created = delivery.start_run(period.frequency, period, dispatch=dispatch)
    run.refresh_from_db()
    if dispatch_log is not None:
        dispatch_log.extend(batches)
    return run, created


def test_each_subscriber_gets_exactly_the_items_that_match_their_choices(a_week, three_subscribers):
    run, created = run_now(a_week)

    assert created
    by_address = {m.to[0]: m for m in mail.outbox}
    assert sorted(by_address) == ["alice@example.org", "bruno@example.org", "chen@example.org"]
    alice = by_address["alice@example.org"].body
    assert "Remittance costs fall" in alice and "Diaspora investment fund" in alice
    assert "Old remittance news" not in alice  # published before the period
    assert "Rapport" not in alice and "webinar" not in alice
    bruno = by_address["bruno@example.org"].body
    assert "Rapport sur la migration" in bruno
    assert "Remittance" not in bruno and "webinar" not in bruno
    chen = by_address["chen@example.org"].body
    assert "Labour migration webinar" in chen and "Skills partnership forum" in chen
    assert chen.count("Labour migration webinar") == 1  # new, so not repeated as upcoming
    assert "Remittance" not in chen
    assert (run.total, run.sent, run.skipped, run.failed) == (4, 3, 1, 0)
    assert run.finished_at is not None
    dara = Delivery.objects.get(run=run, subscription=three_subscribers["dara"])
    assert dara.status == Delivery.Status.SKIPPED  # an empty digest is not sent


def test_emails_have_text_and_html_absolute_links_and_unsubscribe_headers(
    a_week, three_subscribers
):
    run, _ = run_now(a_week)
    message = next(m for m in mail.outbox if m.to == ["alice@example.org"])
    html = message.alternatives[0][0]
    assert message.alternatives[0][1] == "text/html"
    assert 'lang="en"' in html and "http://testserver/" in html
    assert 'href="/' not in html  # every link is absolute
    sub = three_subscribers["alice"]
    assert message.extra_headers["Message-ID"] == f"<digest-{run.pk}-{sub.pk}@localhost>"
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<http://testserver/digests/unsubscribe/")
    assert "<mailto:hub@localhost?subject=unsubscribe>" in unsubscribe
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_second_run_for_the_same_period_sends_nothing(a_week, three_subscribers):
    first, _ = run_now(a_week)
    sent = len(mail.outbox)
    again, created = run_now(a_week)
    assert not created and again.pk == first.pk
    assert delivery.resume_runs(force=True) == 0
    assert len(mail.outbox) == sent == 3


def test_a_duplicate_or_retried_batch_sends_nothing_twice(a_week, three_subscribers):
    batches = []
    run, _ = delivery.start_run("weekly", a_week, dispatch=lambda run_id, ids: batches.append(ids))
    all_ids = [pk for batch in batches for pk in batch]
    assert delivery.deliver_batch(run.pk, all_ids).sent == 3
    assert delivery.deliver_batch(run.pk, all_ids).sent == 0  # the same task, delivered again
    assert len(mail.outbox) == 3


def test_a_batch_killed_mid_send_is_finished_by_resume_after_the_lease(a_week, three_subscribers):
    batches = []
    run, _ = delivery.start_run("weekly", a_week, dispatch=lambda run_id, ids: batches.append(ids))
    ids = [pk for batch in batches for pk in batch]
    # A worker claimed the rows, then died before sending anything.
    claimed = delivery.claim(run.pk, ids)
    assert len(claimed) == 4
    assert delivery.deliver_batch(run.pk, ids).sent == 0  # the lease still holds
    assert delivery.resume_runs(dispatch=lambda *a: pytest.fail("too early")) == 0

    later = timezone.now() + timedelta(seconds=901)
    resent = []
    delivery.resume_runs(now=later, dispatch=lambda run_id, ids: resent.append(ids))
    assert sorted(pk for batch in resent for pk in batch) == sorted(ids)
    assert delivery.deliver_batch(run.pk, ids, now=later).sent == 3
    run.refresh_from_db()
    assert run.finished_at is not None and run.sent == 3


def test_someone_who_unsubscribes_after_the_fan_out_gets_nothing(a_week, three_subscribers):
    batches = []
    run, _ = delivery.start_run("weekly", a_week, dispatch=lambda run_id, ids: batches.append(ids))
    three_subscribers["alice"].status = Subscription.Status.UNSUBSCRIBED
    three_subscribers["alice"].save()
    delivery.deliver_batch(run.pk, [pk for batch in batches for pk in batch])
    assert sorted(m.to[0] for m in mail.outbox) == ["bruno@example.org", "chen@example.org"]


def test_pending_unsubscribed_and_other_frequencies_are_not_in_the_run(a_week, new_content):
    subscriber("weekly@example.org")
    subscriber("daily@example.org", frequency="daily")
    pending = subscriber("pending@example.org")
    pending.status = Subscription.Status.PENDING
    pending.save()
    run, _ = run_now(a_week)
    assert run.total == 1
    assert [m.to for m in mail.outbox] == [["weekly@example.org"]]


class Refusing:
    """An SMTP backend whose server refuses some recipients (5xx) or everyone for now (4xx)."""

    def __init__(self, code, who=None):
        self.code, self.who = code, who

    def __call__(self, **kwargs):
        from django.core.mail.backends.locmem import EmailBackend

        refusing = self

        class Backend(EmailBackend):
            def send_messages(self, messages):
                for message in messages:
                    if refusing.who in (None, message.to[0]):
                        raise smtplib.SMTPRecipientsRefused(
                            {message.to[0]: (refusing.code, b"refused")}
                        )
                return super().send_messages(messages)

        return Backend(**kwargs)


def test_hard_bounces_fail_the_delivery_and_mark_the_address_failing(
    monkeypatch, a_week, three_subscribers
):
    alice = three_subscribers["alice"]
    monkeypatch.setattr(outbox, "delivery_connection", Refusing(550, "alice@example.org"))
    with override_settings(DIGEST_MAX_HARD_BOUNCES=2):
        run, _ = run_now(a_week)
        assert Delivery.objects.get(run=run, subscription=alice).status == "failed"
        alice.refresh_from_db()
        assert (alice.bounce_count, alice.status) == (1, Subscription.Status.ACTIVE)
        next_week = periods.containing("weekly", a_week.end + timedelta(days=1))
        run_now(next_week)
        run_now(periods.containing("weekly", a_week.start - timedelta(days=1)))
    alice.refresh_from_db()
    assert alice.status == Subscription.Status.FAILING
    assert len(mail.outbox) == 2  # bruno and chen still got theirs


def test_temporary_refusals_are_retried_with_growing_backoff(
    monkeypatch, a_week, three_subscribers
):
    monkeypatch.setattr(outbox, "delivery_connection", Refusing(451))
    batches = []
    run, _ = delivery.start_run("weekly", a_week, dispatch=lambda run_id, ids: batches.append(ids))
    ids = batches[0]
    now = timezone.now()
    first = delivery.deliver_batch(run.pk, ids, now=now)
    assert first.sent == 0 and len(first.retry_ids) == 3 and first.retry_in == 60
    assert delivery.deliver_batch(run.pk, ids, now=now + timedelta(seconds=30)).retry_ids == []
    second = delivery.deliver_batch(run.pk, ids, now=now + timedelta(seconds=61))
    assert second.retry_in == 120
    monkeypatch.undo()
    third = delivery.deliver_batch(run.pk, ids, now=now + timedelta(seconds=200))
    assert third.sent == 3 and len(mail.outbox) == 3
    assert set(
        Delivery.objects.filter(run=run, status="sent").values_list("attempts", flat=True)
    ) == {3}


@pytest.mark.parametrize("size", [2, 8])
def test_queries_per_batch_do_not_grow_with_the_batch(a_week, new_content, size):
    for n in range(size):
        subscriber(f"reader{n}@example.org", themes=[new_content.themes[n % 3]])
    batches = []
    run, _ = delivery.start_run("weekly", a_week, dispatch=lambda run_id, ids: batches.append(ids))
    content.cached_candidates(run.pk, delivery.period_of(run))  # loaded once per worker and run
    branding.for_site()  # the site's name and footer: read once, then from the cache
    with CaptureQueriesContext(connection) as queries:
        result = delivery.deliver_batch(run.pk, batches[0])
    reads = [q for q in queries.captured_queries if q["sql"].startswith("SELECT")]
    # Writes: one "sent" row per message, committed at once; reads stay the same.
    assert len(reads) == 5
    assert len(queries) - result.sent <= 11


def test_periods_follow_the_calendar_in_the_digest_time_zone():
    monday = datetime(2030, 3, 11, 5, tzinfo=UTC)
    with override_settings(DIGEST_TIME_ZONE="Pacific/Auckland"):
        week = periods.last_completed("weekly", monday)
        assert week.start.isoformat() == "2030-03-04T00:00:00+13:00"
        assert week.end.isoformat() == "2030-03-11T00:00:00+13:00"
    assert periods.last_completed("daily", monday).start == datetime(2030, 3, 10, tzinfo=UTC)
    month = periods.last_completed("monthly", monday)
    assert (month.start, month.end) == (
        datetime(2030, 2, 1, tzinfo=UTC),
        datetime(2030, 3, 1, tzinfo=UTC),
    )
    assert periods.containing("monthly", datetime(2030, 1, 31, tzinfo=UTC)).end == datetime(
        2030, 2, 1, tzinfo=UTC
    )


def test_beat_starts_each_run_once_when_due(new_content):
    subscriber("daily@example.org", frequency="daily")
    before = datetime(2030, 3, 12, 6, 59, tzinfo=UTC)
    started = delivery.start_due_runs(before, dispatch=lambda *a: None)
    # The week (ended Monday) and the month are due; the day that ended at midnight is not yet.
    assert sorted(run.frequency for run in started) == ["monthly", "weekly"]
    due = datetime(2030, 3, 12, 7, 5, tzinfo=UTC)
    started = delivery.start_due_runs(due, dispatch=lambda *a: None)
    assert [run.frequency for run in started] == ["daily"]
    assert delivery.start_due_runs(due + timedelta(minutes=10), dispatch=lambda *a: None) == []
    assert DigestRun.objects.filter(frequency="daily").count() == 1


def test_digests_keep_their_own_delivery_rows_and_bypass_the_email_outbox(
    a_week, three_subscribers, settings
):
    from hub.core.models import OutboxMessage

    settings.EMAIL_BACKEND = outbox.BACKEND
    settings.HUB_EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

    run, _ = run_now(a_week)

    assert run.sent == 3 and len(mail.outbox) == 3
    assert not OutboxMessage.objects.exists()


def test_every_section_a_subscriber_can_choose_has_a_source():
    from hub.digests.models import CONTENT_TYPES

    assert {kind for kind, _ in CONTENT_TYPES} <= set(content.SOURCES)


def test_forum_and_e_discussion_subscribers_get_topics_and_e_discussions_of_the_period(
    a_week, settings, db
):
    from cms.models import EDiscussionPage, Theme
    from hub.discussions.models import Topic
    from hub.discussions.services import topics
    from tests.factories import members

    settings.HUB_COMMENT_HOLD_FIRST = 0
    inside = a_week.start + timedelta(days=1)
    theme = Theme.objects.order_by("pk").first()
    author = members.member("tariq", display_name="Tariq")
    topic = topics.start(author, theme, "Remittance apps compared", "Which ones work?")
    old = topics.start(author, theme, "An older topic", "From before.")
    Topic.objects.filter(pk=topic.pk).update(created_at=inside)
    Topic.objects.filter(pk=old.pk).update(created_at=a_week.start - timedelta(days=30))
    ediscussion = EDiscussionPage.objects.live().first()
    EDiscussionPage.objects.filter(pk=ediscussion.pk).update(
        opens_at=inside, closes_at=inside + timedelta(days=14)
    )
    subscriber = Subscription.objects.create(
        email="forum@example.org", content_types=["forum", "ediscussions"], status="active"
    )

    digest = content.build_for(subscriber, a_week)

    sections = {section.kind: [item.title for item in section.items] for section in digest.sections}
    assert sections == {
        "ediscussions": [ediscussion.title],
        "forum": ["Remittance apps compared"],
    }
    other_theme = Theme.objects.exclude(pk=theme.pk).first()
    subscriber.themes.set([other_theme])
    assert "forum" not in {s.kind for s in content.build_for(subscriber, a_week).sections}
