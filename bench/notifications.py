"""Notifications benchmark: the bell and the notification page for a member with 10,000
notifications, and the fan-out of one comment to 5,000 followers.

Prints the median and p95 server time (in-process, Django test client) with the SQL queries of
the unread count and of /notifications/ (first, second and last page) for a member with 10
notifications and one with BENCH_NOTIFICATIONS (default 10,000), so that flat query counts show;
then the time and queries of posting one comment followed by BENCH_FOLLOWERS (default 5,000)
members, with their emails written to the outbox (eager tasks, as in the embedded default) and
without (every follower chose the daily digest).

    .venv/bin/python bench/notifications.py

Runs on a throw-away SQLite database in .cache/bench/ unless BENCH_DATABASE_URL is set.
Not a test: it asserts nothing and is never run by CI.
"""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
sys.path.insert(0, str(ROOT))

NOTIFICATIONS = int(os.environ.get("BENCH_NOTIFICATIONS", "10000"))
FOLLOWERS = int(os.environ.get("BENCH_FOLLOWERS", "5000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "50"))


def configure() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    database = CACHE / "notifications.sqlite3"
    database.unlink(missing_ok=True)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "DJANGO_DEBUG": "0",
            "DJANGO_ALLOWED_HOSTS": "*",
            "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{database}"),
            "MEDIA_ROOT": str(CACHE / "media"),
            "EMAIL_URL": "memorymail://",
            "HUB_COMMENT_HOLD_FIRST": "0",
            "HUB_RATE_COMMENT": "1000000/m",
            "LOG_LEVEL": "WARNING",
        }
    )
    (ROOT / ".cache" / "collected-static").mkdir(parents=True, exist_ok=True)


def members(prefix: str, count: int) -> list:
    """Approved members with verified addresses, in bulk."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password

    from hub.members.models import Profile

    user_model = get_user_model()
    password = make_password("x" * 20)
    user_model.objects.bulk_create(
        [
            user_model(username=f"{prefix}{n}", email=f"{prefix}{n}@example.org", password=password)
            for n in range(count)
        ],
        batch_size=1000,
    )
    users = list(user_model.objects.filter(username__startswith=prefix).order_by("pk"))
    Profile.objects.bulk_create(
        [
            Profile(user=u, display_name=u.username.title(), membership_status="approved")
            for u in users
        ],
        batch_size=1000,
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users],
        batch_size=1000,
    )
    return users


def notifications_for(recipient, comment, count: int) -> None:
    """``count`` notifications about one comment, a third of them unread."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from hub.discussions.models import ThreadComment
    from hub.notifications.models import Notification

    comment_type = ContentType.objects.get_for_model(ThreadComment)
    now = timezone.now()
    Notification.objects.bulk_create(
        [
            Notification(
                recipient=recipient,
                kind="replies",
                verb="commented",
                actor=comment.user,
                target_type=comment_type,
                target_id=str(comment.pk),
                target_ids=[str(comment.pk)],
                thread_type=comment.content_type,
                thread_id=comment.object_pk,
                title=f"Thread {n}",
                read_at=None if n % 3 == 0 else now,
            )
            for n in range(count)
        ],
        batch_size=2000,
    )


def timed(run, repeat: int) -> tuple[float, float]:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return statistics.median(timings), timings[min(len(timings) - 1, int(len(timings) * 0.95))]


def queries_of(run) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        run()
    return len(queries)


class Counter:
    """Counts queries without keeping them (CaptureQueriesContext keeps only 9,000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def main() -> None:
    configure()
    import django

    django.setup()
    from django.core import mail
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    call_command("migrate", verbosity=0)
    from cms.demo import loader
    from cms.models import ResourcePage
    from hub.discussions.models import Follow
    from hub.discussions.services import comments
    from hub.notifications.models import Notification, Preference
    from hub.notifications.services import inbox

    loader.load(log=lambda *args: None, languages=())
    resource = ResourcePage.objects.live().order_by("pk").first()
    few, many, author = members("reader", 3)
    comment = comments.post(author, resource, "A comment that everyone is told about.")
    started = time.perf_counter()
    notifications_for(few, comment, 10)
    notifications_for(many, comment, NOTIFICATIONS)
    print(f"seeded {NOTIFICATIONS + 10} notifications in {time.perf_counter() - started:.1f} s")

    last_page = -(-NOTIFICATIONS // 20)
    for user, label in ((few, "10"), (many, f"{NOTIFICATIONS:,}")):
        median, p95 = timed(lambda u=user: inbox.unread_count(u), REQUESTS * 4)
        queries = queries_of(lambda u=user: inbox.unread_count(u))
        print(
            f"unread count, {label} notifications: p50 {median:.2f} ms, p95 {p95:.2f} ms, "
            f"{queries} query"
        )
        client = Client()
        client.force_login(user)
        for page in ("1", "2", str(last_page)):
            path = f"/notifications/?page={page}"
            client.get(path)

            def get(path=path, client=client):
                assert client.get(path).status_code == 200

            median, p95 = timed(get, REQUESTS)
            print(
                f"/notifications/ page {page}, {label} notifications: p50 {median:.0f} ms, "
                f"p95 {p95:.0f} ms, {queries_of(get)} queries"
            )

    followers = members("follower", FOLLOWERS)
    Follow.objects.bulk_create(
        [
            Follow(user=u, content_type=comment.content_type, object_pk=comment.object_pk)
            for u in followers
        ],
        batch_size=2000,
    )
    for label, channel in (("emails straight away", None), ("daily digest", "daily")):
        if channel:
            Preference.objects.bulk_create(
                [Preference(user=u, kind="replies", channel=channel) for u in followers],
                batch_size=2000,
            )
        mail.outbox = []
        counter = Counter()
        started = time.perf_counter()
        with connection.execute_wrapper(counter):
            posted = comments.post(author, resource, f"News for {FOLLOWERS} followers ({label}).")
        elapsed = time.perf_counter() - started
        told = Notification.objects.filter(target_id=str(posted.pk)).count()
        print(
            f"one comment to {FOLLOWERS:,} followers, {label}: {elapsed:.1f} s, "
            f"{counter.count:,} queries ({counter.count / max(told, 1):.1f} a follower), "
            f"{told:,} notified, {len(mail.outbox):,} emails sent"
        )


if __name__ == "__main__":
    main()
