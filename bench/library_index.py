"""/library/ with no query at 100k resources: the faceted index page against the old listing.

Seeds BENCH_LIBRARY_SIZE (default 100,000) live resources in bulk into one throw-away database,
then serves `/library/` in-process (Django's test client, no network) BENCH_REQUESTS times
(default 30, after a warm-up) from two trees over that same database, "warm" (cached filter
options and, in the new tree, cached counts, as between two publications) and "cold" (the cache
cleared before each request, as right after a publication):

- this tree: the index page is the catalogue's faceted search, with a count per facet value;
- the baseline: a git worktree at BENCH_BASELINE (default db58115, main before the catalogue
  work), whose /library/ was the old listing (filters without counts, cms/listing.py).

It prints p50/p95 server time and SQL queries per request for each, and, for this tree, the
peak Python memory (tracemalloc) of streaming the whole CSV export at 10% of the size and at the
full size, which stays flat when the export streams.

    .venv/bin/python bench/library_index.py
    BENCH_LIBRARY_SIZE=20000 BENCH_REQUESTS=10 .venv/bin/python bench/library_index.py

Runs on SQLite in .cache/bench/ unless BENCH_DATABASE_URL is set (the search backend is the
database's, as without SEARCH_URL). Not a test: it asserts nothing and is never run by CI.
"""

import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / ".cache" / "bench"
SIZE = int(os.environ.get("BENCH_LIBRARY_SIZE", "100000"))
REQUESTS = int(os.environ.get("BENCH_REQUESTS", "30"))
BASELINE = os.environ.get("BENCH_BASELINE", "db58115")
WORDS = "migration remittances diaspora labour mobility return climate urban policy data".split()


def environment() -> dict:
    database = CACHE / f"library-index-{SIZE}.sqlite3"
    return {
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "*",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{database}"),
        "MEDIA_ROOT": str(CACHE / "media"),
        "LOG_LEVEL": "WARNING",
    }


def seed() -> float:
    """A fresh database: migrations, the demo site's taxonomies and pages, then SIZE resources."""
    sys.path[:0] = [str(ROOT), str(ROOT / "bench")]
    import django
    from _seeding import add_live_pages, insert_child_rows

    django.setup()
    from django.core.management import call_command
    from django.db import connection, transaction
    from django.utils import timezone

    from cms.demo import loader
    from cms.models import (
        Country,
        Language,
        LibraryIndexPage,
        Region,
        ResourcePage,
        ResourceType,
        ResourceVersion,
        Theme,
    )

    call_command("migrate", verbosity=0)
    loader.load(log=lambda *args: None, languages=())
    parent = LibraryIndexPage.objects.get()
    themes, regions = list(Theme.objects.all()), list(Region.objects.all())
    countries, types = list(Country.objects.all()), list(ResourceType.objects.all())
    languages = list(Language.objects.filter(code__in=["en", "fr", "es", "ar"]))
    rng = random.Random(13)
    now = timezone.now()
    started = time.perf_counter()
    for start in range(0, SIZE, 2000):
        n = min(2000, SIZE - start)
        with transaction.atomic():
            bases = add_live_pages(
                parent,
                ResourcePage,
                [
                    (" ".join(rng.sample(WORDS, 5)).capitalize(), f"bench-{start + i}", now)
                    for i in range(n)
                ],
            )
            children = [
                ResourcePage(
                    page_ptr_id=base.pk,
                    intro=" ".join(rng.choices(WORDS, k=12)),
                    publisher="Bench publisher",
                    resource_type=rng.choice(types),
                    publication_date=date(2000, 1, 1) + timedelta(days=rng.randrange(9000)),
                )
                for base in bases
            ]
            insert_child_rows(connection, ResourcePage, children)
            for relation, choices, most in (
                ("themes", themes, 2),
                ("regions", regions, 1),
                ("countries", countries, 3),
            ):
                through = getattr(ResourcePage, relation).through
                target = (
                    f"{getattr(ResourcePage, relation).field.related_model._meta.model_name}_id"
                )
                through.objects.bulk_create(
                    [
                        through(resourcepage_id=c.page_ptr_id, **{target: item.pk})
                        for c in children
                        for item in rng.sample(choices, rng.randint(1, most))
                    ]
                )
            ResourceVersion.objects.bulk_create(
                [
                    ResourceVersion(page_id=c.page_ptr_id, language=language, sort_order=k)
                    for c in children
                    for k, language in enumerate(rng.sample(languages, rng.randint(1, 2)))
                ]
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def measure(tree: str) -> dict:
    """Run inside `tree` (a subprocess): /library/ timings, and this tree's CSV memory."""
    sys.path.insert(0, tree)
    os.chdir(tree)
    import django

    django.setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    result = {}
    for mode in ("warm", "cold"):
        for _ in range(2):  # warm-up: caches of options, counts and site root paths
            assert client.get("/library/").status_code == 200
        times, queries = [], 0
        for _ in range(REQUESTS):
            if mode == "cold":  # as after any publication: cached options and counts are gone
                cache.clear()
            with CaptureQueriesContext(connection) as captured:
                started = time.perf_counter()
                response = client.get("/library/")
                times.append((time.perf_counter() - started) * 1000)
            queries = len(captured)
        times.sort()
        result[mode] = {
            "p50": statistics.median(times),
            "p95": times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))],
            "queries": queries,
            "bytes": len(response.content),
        }
    if (Path(tree) / "cms" / "exports.py").exists():
        result["csv"] = csv_memory(client)
    return result


def csv_memory(client) -> list[tuple[int, float, float]]:
    """(rows, peak MiB, seconds) of streaming the CSV export of the first 10% and of everything."""
    import tracemalloc

    from cms.models import ResourcePage

    years = sorted(ResourcePage.objects.dates("publication_date", "year"))
    # the newest years hold about a tenth of the resources
    recent = "&".join(f"year={d.year}" for d in years[-max(1, len(years) // 10) :])
    out = []
    for query in (recent, ""):
        tracemalloc.start()
        started = time.perf_counter()
        response = client.get("/library/csv/?" + query)
        rows = sum(chunk.count(b"\n") for chunk in response.streaming_content) - 1
        took = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        out.append((rows, peak, took))
    return out


def baseline_tree() -> Path:
    tree = CACHE / f"baseline-{BASELINE}"
    if not tree.exists():
        subprocess.run(
            ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(tree), BASELINE],
            check=True,
            capture_output=True,
        )
    return tree


def run_in(tree: Path, env: dict) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--measure", str(tree)],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
    )
    if done.returncode:
        sys.exit(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    env = environment()
    if env["DATABASE_URL"].startswith("sqlite:///"):
        Path(env["DATABASE_URL"].removeprefix("sqlite:///")).unlink(missing_ok=True)
    os.environ.update(env)
    done = subprocess.run(
        [sys.executable, __file__, "--seed"], env=os.environ, capture_output=True, text=True
    )
    if done.returncode:
        sys.exit(done.stderr)
    print(
        f"seeded {SIZE:,} resources in {float(done.stdout.split()[-1]):.1f} s "
        f"({env['DATABASE_URL'].split(':')[0]})"
    )
    new = run_in(ROOT, env)
    old = run_in(baseline_tree(), env)
    print(f"/library/, no query, {SIZE:,} resources, {REQUESTS} requests in-process after warm-up")
    print(f"{'tree':<40}{'cache':>6}{'p50':>10}{'p95':>10}{'queries':>9}{'KiB':>8}")
    for name, row in ((f"baseline {BASELINE} (old listing)", old), ("this tree (faceted)", new)):
        for mode in ("warm", "cold"):
            figures = row[mode]
            print(
                f"{name:<40}{mode:>6}{figures['p50']:>8.1f}ms{figures['p95']:>8.1f}ms"
                f"{figures['queries']:>9}{figures['bytes'] / 1024:>8.0f}"
            )
    for mode in ("warm", "cold"):
        print(f"p50 ratio new/old, {mode}: {new[mode]['p50'] / old[mode]['p50']:.2f}x")
    for rows, peak, took in new.get("csv", []):
        print(f"CSV export of {rows:>7,} rows: peak Python memory {peak:6.1f} MiB, {took:6.1f} s")


if __name__ == "__main__":
    if sys.argv[1:2] == ["--seed"]:
        print(seed())
    elif sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2])))
    else:
        main()
