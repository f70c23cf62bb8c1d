"""API benchmark: list endpoints of /api/v1/ at N resources, projects and news items, with filters.

For each N (BENCH_API_SIZES, default 1000,100000) it seeds N pages of each of three types in bulk
(bench/content.py's seeding, on a throw-away SQLite database in .cache/bench/ unless
BENCH_DATABASE_URL is set), then sends BENCH_REQUESTS (default 30) requests per URL in-process
(Django's test client, no HTTP) and prints p50/p95 server time and SQL queries per request. The
queries must stay the same from one N to the next: a list costs the same whatever its length.

    .venv/bin/python bench/api.py
    BENCH_API_SIZES=1000,10000 .venv/bin/python bench/api.py

Not a test: it asserts nothing and is never run by CI.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import content  # noqa: E402 - bench/content.py, next to this file: its seeding and timing

URLS = {
    "resources": "/api/v1/resources/",
    "resources, 100/page": "/api/v1/resources/?page_size=100",
    "resources, filtered": "/api/v1/resources/?theme=diaspora-engagement&type=report&year=2015",
    "resources, words": "/api/v1/resources/?q=remittances&page_size=50",
    "resources, page 2": None,  # the `next` link of the first
    "projects, filtered": "/api/v1/projects/?status=ongoing&country=SN",
    "news, by year": "/api/v1/news/?year=2020&lang=en",
    "themes": "/api/v1/themes/",
}


def run(size: int) -> None:
    content.configure(size)
    os.environ["HUB_RATE_API"] = "1000000/m"
    import django

    django.setup()
    seconds = content.seed(size)
    from django.test import Client

    first = Client().get(URLS["resources"]).json()
    urls = {**URLS, "resources, page 2": first["next"].split("testserver", 1)[1]}
    rows = content.measure(urls)
    print(
        f"\nN = {size:,} of each type ({3 * size:,} pages, seeded in {seconds:.0f} s); "
        f"{content.REQUESTS_PER_URL} requests per URL, in-process"
    )
    print(f"{'endpoint':<24}{'p50 ms':>9}{'p95 ms':>9}{'queries':>9}{'KB':>7}")
    for name, p50, p95, queries, size_bytes in rows:
        print(f"{name:<24}{p50:>9.1f}{p95:>9.1f}{queries:>9}{size_bytes / 1024:>7.1f}")


def main() -> None:
    content.CACHE.mkdir(parents=True, exist_ok=True)
    if child := os.environ.get("BENCH_CHILD"):
        run(int(child))
        return
    started = time.perf_counter()
    # Each size in a fresh process, so its database and Django start clean.
    for size in os.environ.get("BENCH_API_SIZES", "1000,100000").split(","):
        subprocess.run(
            [sys.executable, __file__], env={**os.environ, "BENCH_CHILD": size}, check=True
        )
    print(f"\n(total {time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
