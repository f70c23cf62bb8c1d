"""Search benchmark: OpenSearch against the PostgreSQL database backend, side by side.

For each size N (BENCH_SEARCH_SIZES, default 10000,100000) it seeds N library resources in bulk
into a throw-away PostgreSQL, indexes them into a throw-away OpenSearch node and into the
database backend (docs/s), then runs BENCH_SEARCH_QUERIES (default 200) mixed queries through
the library search service, once per backend: free text, text plus 2 facets, facets only, and
autocomplete prefixes. It prints p50/p95/p99 latency and the median result count per kind.

    .venv/bin/python bench/search.py
    BENCH_SEARCH_SIZES=10000 BENCH_SEARCH_QUERIES=100 .venv/bin/python bench/search.py

Needs PostgreSQL server binaries, java and mvn (as the test suite does). Not a test: it asserts
nothing and is never run by CI. Each query goes through search.catalogues.get("library").run(), the
code the library search page calls (facet counts included), in-process, without HTTP.
"""

import os
import random
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from _seeding import add_live_pages, insert_child_rows  # noqa: E402 - bench/, next to this file

SIZES = [int(s) for s in os.environ.get("BENCH_SEARCH_SIZES", "10000,100000").split(",")]
QUERIES = int(os.environ.get("BENCH_SEARCH_QUERIES", "200"))

WORDS = """migration development remittances diaspora labour mobility return reintegration
climate resilience urban rural governance policy coherence gender women youth skills
recruitment health workforce data statistics census planning local municipal national regional
corridor circular seasonal refugees displacement trafficking smuggling protection rights
inclusion financial digital investment entrepreneurship associations hometown cooperation
partnership agenda compact objectives indicators baseline survey evaluation toolkit guide
training module manual report study review brief evidence lessons practice communities
households livelihoods agriculture fisheries coastal delta island drought floods education
schools students teachers employment wages informal sector housing services integration
cohesion neighbourhood city mayors councils ministries parliament borders visas consular""".split()


def setup_services() -> list:
    """Start PostgreSQL (tests/services.py) and an OpenSearch node; return the cleanups."""
    from tests.services import Services, free_port, start_postgres

    services = Services()
    url = start_postgres(services)
    import psycopg

    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        connection.execute("CREATE DATABASE hub")
    os.environ["DATABASE_URL"] = url
    port = free_port()
    script = ROOT / "scripts" / "opensearch" / "run"
    search_url = subprocess.run(
        [str(script), "start", str(port)], check=True, capture_output=True, text=True
    ).stdout.split()[-1]
    services.cleanups.append(
        lambda: subprocess.run([str(script), "stop", str(port)], capture_output=True)
    )
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "SEARCH_URL": search_url,
            "SEARCH_BACKEND": "opensearch2",
            "SEARCH_INDEX_PREFIX": "bench_",
            "SEARCH_TIMEOUT": "30",
            "LOG_LEVEL": "WARNING",
        }
    )
    return services


def sentence(rng, n) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def seed(count: int, offset: int) -> float:
    """Add `count` live resources under the library with a few queries per batch of 2,000."""
    from django.db import connection, transaction
    from django.utils import timezone

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

    parent = LibraryIndexPage.objects.get()
    themes, regions = list(Theme.objects.all()), list(Region.objects.all())
    countries, types = list(Country.objects.all()), list(ResourceType.objects.all())
    languages = list(Language.objects.filter(code__in=["en", "fr", "es", "ar", "pt"]))
    rng = random.Random(offset)
    now = timezone.now()
    started = time.perf_counter()
    for start in range(0, count, 2000):
        n = min(2000, count - start)
        with transaction.atomic():
            bases = add_live_pages(
                parent,
                ResourcePage,
                [
                    (
                        sentence(rng, rng.randint(4, 8)).capitalize(),
                        f"bench-search-{offset + start + i}",
                        now,
                    )
                    for i in range(n)
                ],
            )
            children = [
                ResourcePage(
                    page_ptr_id=base.pk,
                    intro=sentence(rng, 12),
                    abstract=sentence(rng, rng.randint(30, 60)),
                    authors="Ada Lovelace\nAmina Yusuf",
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
    # Planner statistics for the new rows, as autovacuum keeps them on a live database: without
    # them PostgreSQL guesses a handful of rows per language and picks slow joins.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def index(backend_name: str) -> float:
    from cms.models import ResourcePage
    from search import indexing

    started = time.perf_counter()

    def progress(line):
        print(f"  {line}", end="\r", file=sys.stderr, flush=True)

    count = indexing.rebuild(
        backend_name, models=[ResourcePage], chunk_size=2000, progress=progress
    )
    return count / (time.perf_counter() - started)


def queries(n: int) -> list[tuple[str, dict]]:
    from cms.models import Country, Theme

    rng = random.Random(7)
    themes = list(Theme.objects.values_list("slug", flat=True))
    countries = list(Country.objects.values_list("code", flat=True))
    languages = ["en", "fr", "es"]
    out = []
    for i in range(n):
        kind = ("text", "text+2 facets", "facets only", "autocomplete")[i % 4]
        words = " ".join(rng.sample(WORDS, rng.randint(1, 2)))
        if kind == "text":
            out.append((kind, {"q": words}))
        elif kind == "text+2 facets":
            out.append(
                (kind, {"q": words, "theme": rng.choice(themes), "language": rng.choice(languages)})
            )
        elif kind == "facets only":
            out.append((kind, {"theme": rng.choice(themes), "country": rng.choice(countries)}))
        else:
            out.append((kind, {"q": rng.choice(WORDS)[: rng.randint(2, 5)]}))
    return out


def run_queries(workload) -> dict:
    from django.http import QueryDict

    from search import catalogues, site

    library = catalogues.get("library")
    scope = library.scope()
    timings: dict[str, list[float]] = {}
    counts: dict[str, list[int]] = {}
    for kind, params in workload:
        query = QueryDict(mutable=True)
        for key, value in params.items():
            query[key] = value
        started = time.perf_counter()
        if kind == "autocomplete":
            results, degraded = site.autocomplete(params["q"], scope)
            total = len(results)
        else:
            outcome = library.run(query)
            degraded, total = outcome.degraded, outcome.total
        timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
        counts.setdefault(kind, []).append(total)
        if degraded:
            raise RuntimeError("the engine did not answer: the figures would be the database's")
    return {
        kind: (
            statistics.median(values),
            percentile(values, 95),
            percentile(values, 99),
            statistics.median(counts[kind]),
        )
        for kind, values in timings.items()
    }


def percentile(values, pct):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def main():
    services = setup_services()
    try:
        import django

        django.setup()
        from django.conf import settings
        from django.core.management import call_command
        from django.test.utils import override_settings

        call_command("migrate", verbosity=0)
        from cms.demo import loader

        loader.load(log=lambda *args: None, languages=())
        seeded = 0
        print(
            f"OpenSearch 2.19.6 at {settings.SEARCH_URL}; "
            f"PostgreSQL on port {settings.DATABASES['default']['PORT']}"
        )
        for size in SIZES:
            took = seed(size - seeded, seeded)
            print(f"\n== {size:,} resources (seeded {size - seeded:,} in {took:.1f} s)")
            seeded = size
            engine_rate = index("default")
            database_rate = index("database")
            print(
                f"indexing: OpenSearch {engine_rate:,.0f} docs/s, "
                f"PostgreSQL backend {database_rate:,.0f} docs/s"
            )
            workload = queries(QUERIES)
            run_queries(workload[:8])  # warm both caches a little
            engine = run_queries(workload)
            with override_settings(
                WAGTAILSEARCH_BACKENDS={"default": settings.SEARCH_DATABASE_BACKEND}
            ):
                run_queries(workload[:8])
                database = run_queries(workload)
            print(
                f"{'kind':<15}{'engine p50':>11}{'p95':>10}{'p99':>10}{'hits':>8}"
                f"{'database p50':>14}{'p95':>10}{'p99':>10}{'hits':>8}{'p95 ratio':>11}"
            )
            for kind in engine:
                e, d = engine[kind], database[kind]
                print(
                    f"{kind:<15}{e[0]:>9.1f}ms{e[1]:>8.1f}ms{e[2]:>8.1f}ms{e[3]:>8,.0f}"
                    f"{d[0]:>12.1f}ms{d[1]:>8.1f}ms{d[2]:>8.1f}ms{d[3]:>8,.0f}{d[1] / e[1]:>10.1f}x"
                )
    finally:
        services.stop()


if __name__ == "__main__":
    main()
