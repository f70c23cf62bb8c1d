"""Digest benchmark: N subscribers with random interests, 2,000 new items, every digest built
and sent by 2 Celery worker processes through Redis to an SMTP sink on loopback.

Prints total time, digests per second, SQL queries per batch at two batch sizes, and each
worker's peak memory (VmHWM). Sizes: BENCH_DIGEST_SIZES=10000,100000 (default 10000,100000);
each run gives up after BENCH_DIGEST_TIMEOUT seconds (default 900).

    .venv/bin/python bench/digests.py

Starts a throw-away PostgreSQL and Redis (tests/services.py). Not a test; CI never runs it.
"""

import os
import random
import signal
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = [int(n) for n in os.environ.get("BENCH_DIGEST_SIZES", "10000,100000").split(",")]
ITEMS = int(os.environ.get("BENCH_DIGEST_ITEMS", "2000"))
TIMEOUT = int(os.environ.get("BENCH_DIGEST_TIMEOUT", "900"))
BATCH = int(os.environ.get("BENCH_DIGEST_BATCH", "200"))


class Sink:
    """Counts messages; runs in this process's thread (it is otherwise idle, waiting)."""

    def __init__(self):
        from aiosmtpd.controller import Controller

        from tests.services import free_port

        self.count = 0
        self.port = free_port()
        sink = self

        class Handler:
            async def handle_DATA(self, server, session, envelope):  # noqa: N802
                sink.count += 1
                return "250 OK"

        self.controller = Controller(Handler(), hostname="127.0.0.1", port=self.port)
        self.controller.start()


def services() -> dict:
    from tests.services import Services, start_postgres, start_redis

    started = Services()
    env = {
        # The throw-away server has only the "postgres" database; the bench uses it.
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL")
        or start_postgres(started).rsplit("/", 1)[0] + "/postgres",
        "REDIS_URL": os.environ.get("BENCH_REDIS_URL") or start_redis(started),
    }
    env["CELERY_BROKER_URL"] = env["REDIS_URL"]
    return env, started


def seed(size: int, period) -> None:
    from django.db import connection

    from cms.models import NewsIndexPage, NewsPage, ProjectIndexPage, ProjectPage, Region, Theme
    from hub.digests.models import Subscription

    themes = list(Theme.objects.values_list("pk", flat=True))
    regions = list(Region.objects.values_list("pk", flat=True))
    rng = random.Random(7)
    started = time.monotonic()
    if not ProjectPage.objects.filter(slug="bench-0").exists():
        news, projects = NewsIndexPage.objects.get(), ProjectIndexPage.objects.get()
        for n in range(ITEMS):
            model, parent = (NewsPage, news) if n % 2 else (ProjectPage, projects)
            extra = {} if model is NewsPage else {"status": "ongoing"}
            page = parent.add_child(
                instance=model(title=f"Bench item {n}", slug=f"bench-{n}", intro="x" * 200, **extra)
            )
            page.themes.set(rng.sample(themes, 2))
            page.regions.set(rng.sample(regions, 1))
            page.save()
        inside = period.start + timedelta(days=1)
        NewsPage.objects.filter(slug__startswith="bench-").update(first_published_at=inside)
        ProjectPage.objects.filter(slug__startswith="bench-").update(first_published_at=inside)
    print(f"  {ITEMS} items ready in {time.monotonic() - started:.0f} s")

    started = time.monotonic()
    have = Subscription.objects.count()
    rows = [
        Subscription(
            email=f"reader{n}@bench.example",
            frequency="weekly",
            status="active",
            content_types=rng.choice([[], ["news"], ["projects"], ["news", "projects"]]),
        )
        for n in range(have, size)
    ]
    Subscription.objects.bulk_create(rows, batch_size=5000)
    ids = list(Subscription.objects.order_by("pk").values_list("pk", flat=True))[have:]
    through = Subscription.themes.through
    through.objects.bulk_create(
        [through(subscription_id=pk, theme_id=t) for pk in ids for t in rng.sample(themes, 2)],
        batch_size=10000,
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"  {size} subscribers ready in {time.monotonic() - started:.0f} s")


def queries_per_batch(run, ids) -> dict[int, tuple[int, int, int]]:
    """Queries of one batch at two sizes, sent in this process (SMTP to the sink)."""
    from django.db import connection

    from hub.digests.services import content, delivery

    content.cached_candidates(run.pk, delivery.period_of(run))
    found = {}
    for size, chunk in ((50, ids[:50]), (200, ids[50:250])):
        seen = []

        def count(execute, sql, params, many, context, seen=seen):
            seen.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count):
            result = delivery.deliver_batch(run.pk, chunk)
        reads = sum(1 for sql in seen if sql.startswith("SELECT"))
        found[size] = (len(seen), reads, result.sent)
    return found


def peak_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def bench(size: int, env: dict, sink: Sink) -> None:
    from hub.digests.models import DigestRun
    from hub.digests.services import delivery, periods
    from hub.digests.tasks import send_digest_batch

    print(f"\n{size:,} subscribers, {ITEMS:,} new items, batches of {BATCH}")
    period = periods.containing("weekly", datetime(2031, 6, 4, tzinfo=UTC))
    seed(size, period)
    DigestRun.objects.filter(period_start=period.start).delete()

    batches = []
    started = time.monotonic()
    run, _ = delivery.start_run("weekly", period, dispatch=lambda r, ids: batches.append(ids))
    print(f"  fan-out: {len(batches)} batches in {time.monotonic() - started:.1f} s")
    per_batch = queries_per_batch(run, batches[0] + batches[1])
    for n, (total, reads, sent) in per_batch.items():
        print(f"  batch of {n}: {total} queries ({reads} reads; {sent} digests sent, 1 write each)")

    worker_env = {**os.environ, **env, "DJANGO_SETTINGS_MODULE": "hub.settings.dev"}
    worker_env["EMAIL_URL"] = f"smtp://127.0.0.1:{sink.port}"
    worker_env["DIGEST_BATCH_SIZE"] = str(BATCH)
    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "hub", "worker", "--pool", "solo"]
            + ["--concurrency", "1", "-Q", "hub", "--loglevel", "WARNING"]
            + ["--without-gossip", "--without-mingle", "-n", f"bench{n}@%h"],
            cwd=ROOT,
            env=worker_env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for n in range(2)
    ]
    time.sleep(3)  # workers connect
    before = sink.count
    started = time.monotonic()
    from hub.celery import app

    app.conf.task_always_eager = False
    for ids in batches:
        send_digest_batch.delay(run.pk, ids)
    peaks = {}
    while time.monotonic() - started < TIMEOUT:
        run.refresh_from_db()
        for w in workers:
            peaks[w.pid] = max(peaks.get(w.pid, 0), peak_kib(w.pid))
        if run.finished_at:
            break
        time.sleep(0.5)
    elapsed = time.monotonic() - started
    for w in workers:
        w.terminate()
        w.wait(timeout=30)
    run.refresh_from_db()
    sent = sink.count - before
    state = "finished" if run.finished_at else f"NOT finished after {TIMEOUT} s"
    print(f"  run {state}: {run.sent:,} sent, {run.skipped:,} skipped, {run.failed} failed")
    print(f"  send phase: {elapsed:.1f} s, {sent / elapsed:.0f} digests/s to the sink")
    print(f"  worker peak memory: {', '.join(f'{kib / 1024:.0f} MiB' for kib in peaks.values())}")


def main() -> None:
    # A timeout's SIGTERM still stops the throw-away servers (the finally below).
    signal.signal(signal.SIGTERM, lambda *args: sys.exit(143))
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    env, started = services()
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "hub.settings.dev"
    os.environ["DIGEST_BATCH_SIZE"] = str(BATCH)
    sink = Sink()
    os.environ["EMAIL_URL"] = f"smtp://127.0.0.1:{sink.port}"
    import django

    django.setup()
    import logging

    logging.getLogger("wagtail").setLevel(logging.WARNING)
    from django.core.management import call_command

    from cms.demo import loader

    try:
        call_command("migrate", verbosity=0)
        loader.load(log=lambda *args: None, languages=())
        for size in SIZES:
            bench(size, env, sink)
    finally:
        sink.controller.stop()
        started.stop()


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    main()
