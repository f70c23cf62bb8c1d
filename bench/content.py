"""Content benchmark: seed N resources, projects and news items in bulk, then measure pages.

Prints, for N = 1,000 and 10,000 (override with BENCH_SIZES=1000,10000), the seeding rate and,
for the home page, the library (page 1 and a filtered page), a resource, the timeline and the
project index: median and p95 server time in-process and SQL queries per request. When wrk is
installed it also serves the site with gunicorn (2 workers) on 127.0.0.1 and prints req/s.

    .venv/bin/python bench/content.py

Runs on a throw-away SQLite database in .cache/bench/ unless BENCH_DATABASE_URL is set.
Not a test: it asserts nothing and is never run by CI.
"""

import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
sys.path.insert(0, str(ROOT))

from _seeding import add_live_pages, insert_child_rows  # noqa: E402 - bench/, next to this file

REQUESTS_PER_URL = int(os.environ.get("BENCH_REQUESTS", "30"))
WRK_SECONDS = int(os.environ.get("BENCH_WRK_SECONDS", "5"))


def configure(size: int) -> dict:
    database = CACHE / f"content-{size}.sqlite3"
    database.unlink(missing_ok=True)
    env = {
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "*",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{database}"),
        "MEDIA_ROOT": str(CACHE / "media"),
    }
    os.environ.update(env)
    (ROOT / ".cache" / "collected-static").mkdir(parents=True, exist_ok=True)
    return env


def seed(size: int) -> float:
    """Migrate, load the demo site, then add `size` pages of each of three types in bulk."""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from cms.demo import loader

    loader.load(log=lambda *args: None, languages=())

    from cms.models import LibraryIndexPage, NewsIndexPage, ProjectIndexPage

    started = time.perf_counter()
    bulk_children(LibraryIndexPage.objects.get(), "resource", size)
    bulk_children(ProjectIndexPage.objects.get(), "project", size)
    bulk_children(NewsIndexPage.objects.get(), "news", size)
    return time.perf_counter() - started


def bulk_children(parent, kind: str, count: int, batch: int = 2000) -> None:
    """Insert `count` live children under `parent` with a handful of queries per batch."""
    from django.db import connection, transaction
    from django.utils import timezone

    from cms.models import (
        Country,
        Language,
        NewsPage,
        ProjectPage,
        ResourcePage,
        ResourceType,
        ResourceVersion,
        Theme,
    )

    model = {"resource": ResourcePage, "project": ProjectPage, "news": NewsPage}[kind]
    themes = list(Theme.objects.all())
    countries = list(Country.objects.filter(code__in=["MA", "PH", "SN", "MX", "NP", "IT", "FR"]))
    types = list(ResourceType.objects.all())
    english = Language.objects.get(code="en")
    rng = random.Random(count)
    now = timezone.now()

    for offset in range(0, count, batch):
        n = min(batch, count - offset)
        with transaction.atomic():
            bases = add_live_pages(
                parent,
                model,
                [
                    (
                        f"Bench {kind} {offset + i}: migration and development",
                        f"bench-{kind}-{offset + i}",
                        now - timedelta(minutes=offset + i),
                    )
                    for i in range(n)
                ],
            )
            children = []
            for base in bases:
                day = date(2008, 1, 1) + timedelta(days=rng.randrange(6900))
                child = model(
                    page_ptr_id=base.pk, intro="Illustrative benchmark item about remittances."
                )
                if kind == "resource":
                    child.resource_type = rng.choice(types)
                    child.publication_date = day
                    child.abstract = "An abstract about diaspora engagement and remittances."
                    child.authors = "Ada Lovelace\nAmina Yusuf"
                elif kind == "project":
                    child.status = rng.choice(["planned", "ongoing", "completed"])
                    child.start_date = day
                else:
                    child.date = day
                children.append(child)
            insert_child_rows(connection, model, children)
            through = model.themes.through
            source = f"{model._meta.model_name}_id"
            through.objects.bulk_create(
                [
                    through(**{source: c.page_ptr_id, "theme_id": rng.choice(themes).pk})
                    for c in children
                ]
            )
            countries_through = model.countries.through
            countries_through.objects.bulk_create(
                [
                    countries_through(
                        **{source: c.page_ptr_id, "country_id": rng.choice(countries).pk}
                    )
                    for c in children
                ]
            )
            if kind == "resource":
                ResourceVersion.objects.bulk_create(
                    [
                        ResourceVersion(page_id=c.page_ptr_id, language=english, sort_order=0)
                        for c in children
                    ]
                )


def measure(urls: dict) -> list[tuple]:
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    rows = []
    for name, url in urls.items():
        assert client.get(url).status_code == 200, url  # warm-up, and a sanity check
        times, queries = [], 0
        for _ in range(REQUESTS_PER_URL):
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get(url)
                times.append((time.perf_counter() - started) * 1000)
            queries = len(captured)
        times.sort()
        p95 = times[min(len(times) - 1, int(len(times) * 0.95))]
        rows.append((name, statistics.median(times), p95, queries, len(response.content)))
    return rows


def throughput(env: dict, urls: dict) -> dict:
    if not shutil.which("wrk"):
        return {}
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "hub.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
    )
    try:
        for _ in range(300):  # until a worker answers, not just the master's socket
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        results = {}
        for name, url in urls.items():
            out = subprocess.run(
                ["wrk", "-t2", "-c8", f"-d{WRK_SECONDS}s", f"http://127.0.0.1:{port}{url}"],
                capture_output=True,
                text=True,
                timeout=WRK_SECONDS + 30,
            ).stdout
            match = re.search(r"Requests/sec:\s+([\d.]+)", out)
            results[name] = float(match.group(1)) if match else 0.0
        return results
    finally:
        server.terminate()
        server.wait(timeout=10)


def main() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    if child := os.environ.get("BENCH_CHILD"):
        run(int(child))
        return
    # Each size runs in a fresh process, so its database and Django start clean.
    for size in os.environ.get("BENCH_SIZES", "1000,10000").split(","):
        subprocess.run(
            [sys.executable, __file__], env={**os.environ, "BENCH_CHILD": size}, check=True
        )


def run(size: int) -> None:
    env = configure(size)
    import django

    django.setup()
    seconds = seed(size)
    from cms.models import ResourcePage

    resource = ResourcePage.objects.filter(slug__startswith="bench-resource-").last()
    urls = {
        "home": "/",
        "library, page 1": "/library/",
        "library, filtered": "/library/?theme=diaspora-engagement&type=report&page=2",
        "resource page": resource.url,
        "timeline": "/timeline/",
        "project index": "/projects/",
    }
    rows = measure(urls)
    rates = throughput(env, urls)
    pages = 3 * size
    print(
        f"\nN = {size:,} of each type ({pages:,} pages): seeded in {seconds:.1f} s "
        f"({pages / seconds:,.0f} pages/s); {REQUESTS_PER_URL} requests per page"
    )
    print(f"{'page':<20}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'KB':>7}{'req/s (wrk)':>13}")
    for name, p50, p95, queries, size_bytes in rows:
        rate = f"{rates[name]:,.0f}" if name in rates else "-"
        print(f"{name:<20}{p50:>9.1f}{p95:>9.1f}{queries:>9}{size_bytes / 1024:>7.1f}{rate:>13}")


if __name__ == "__main__":
    main()
