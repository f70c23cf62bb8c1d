"""Discussions benchmark: render a resource page carrying 1,000 threaded comments, and post.

Prints the median and p95 server time (in-process, Django test client) and the SQL queries of
that page for an anonymous visitor and for a signed-in member, then the comment posting
throughput through the full view (checks, sanitising, thread bookkeeping, follow, notices).

    .venv/bin/python bench/discussions.py

Runs on a throw-away SQLite database in .cache/bench/ unless BENCH_DATABASE_URL is set.
BENCH_COMMENTS (default 1000) and BENCH_REQUESTS (default 30) change the sizes.
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

COMMENTS = int(os.environ.get("BENCH_COMMENTS", "1000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))


def configure() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    database = CACHE / "discussions.sqlite3"
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


def member(username: str):
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    from hub.members.models import Profile

    user = get_user_model().objects.create_user(username, f"{username}@example.org", "x" * 20)
    Profile.objects.create(user=user, display_name=username.title(), membership_status="approved")
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def seed(resource, authors) -> float:
    """COMMENTS comments: a third top level, the rest replies spread over three levels."""
    from django.core.cache import cache

    from hub.discussions.services import comments

    started = time.perf_counter()
    replyable = []
    for n in range(COMMENTS):
        parent = replyable[(n * 7) % len(replyable)] if replyable and n % 3 else None
        made = comments.post(
            authors[n % len(authors)],
            resource,
            f"Comment {n}: **remittances** and https://example.org/{n}",
            parent.pk if parent else None,
        )
        if made.level < 2:
            replyable.append(made)
        if n % 50 == 0:
            cache.clear()
    return COMMENTS / (time.perf_counter() - started)


def measure(client, path: str) -> tuple[float, float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    timings = []
    for _ in range(REQUESTS):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, response.status_code
    with CaptureQueriesContext(connection) as queries:
        client.get(path)
    timings.sort()
    p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
    return statistics.median(timings), p95, len(queries)


def main() -> None:
    configure()
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    call_command("migrate", verbosity=0)
    from cms.demo import loader
    from cms.models import ResourcePage

    loader.load(log=lambda *args: None, languages=())
    resource = ResourcePage.objects.live().order_by("pk").first()
    authors = [member(f"bench{n}") for n in range(10)]
    rate = seed(resource, authors)
    print(f"seeded {COMMENTS} comments in threads through the service: {rate:.0f}/s")

    anonymous = Client()
    signed_in = Client()
    signed_in.force_login(authors[0])
    for label, client in (("anonymous", anonymous), ("member", signed_in)):
        median, p95, queries = measure(client, resource.url)
        print(
            f"page with {COMMENTS} comments, {label}: p50 {median:.0f} ms, p95 {p95:.0f} ms, "
            f"{queries} queries"
        )

    from django.contrib.contenttypes.models import ContentType
    from django.core.cache import cache

    content_type = ContentType.objects.get_for_model(resource)
    url = f"/discussions/post/{content_type.pk}/{resource.pk}/"
    posters = []
    for user in authors:
        client = Client()
        client.force_login(user)
        posters.append(client)
    count = 200
    started = time.perf_counter()
    for n in range(count):
        response = posters[n % len(posters)].post(url, {"comment": f"Posted {n}"})
        assert response.status_code == 302, response.status_code
        if n % 50 == 0:
            cache.clear()
    elapsed = time.perf_counter() - started
    print(f"posting through the view (one process, eager notices): {count / elapsed:.0f}/s")


if __name__ == "__main__":
    main()
