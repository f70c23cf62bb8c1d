"""OAI-PMH benchmark: a full harvest of N library records over HTTP, time and server memory.

For each N in BENCH_OAI_SIZES (default 100000) it seeds N live resources in bulk (themes,
regions, countries, one or two language versions each) into a throw-away SQLite database in
.cache/bench/, writes their harvest rows with `reconcile` (timed: the path bulk loads take),
then serves the site with gunicorn (one sync worker) on 127.0.0.1 and harvests the whole library
with Sickle: ListRecords in oai_dc, then ListIdentifiers, following every resumptionToken. It
prints records/s, p50/p95/max time per response, and the worker's resident memory after the
first responses and at its peak (VmHWM): flat memory means the peak stays near the start.

    .venv/bin/python bench/oai.py
    BENCH_OAI_SIZES=10000,100000 BENCH_OAI_PAGE_SIZE=100 .venv/bin/python bench/oai.py

BENCH_DATABASE_URL points it at another database (e.g. a PostgreSQL you started). Not a test:
it asserts nothing but the record count, and is never run by CI.
"""

import os
import random
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

SIZES = [int(s) for s in os.environ.get("BENCH_OAI_SIZES", "100000").split(",")]
PAGE_SIZE = int(os.environ.get("BENCH_OAI_PAGE_SIZE", "100"))
WORDS = """migration development remittances diaspora labour mobility return reintegration
climate resilience urban rural governance policy coherence gender women youth skills recruitment
health workforce data statistics census planning local municipal national regional corridor
circular seasonal refugees displacement trafficking protection rights inclusion financial""".split()


def configure(size: int) -> dict:
    CACHE.mkdir(parents=True, exist_ok=True)
    database = CACHE / f"oai-{size}.sqlite3"
    database.unlink(missing_ok=True)
    env = {
        "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
        "DJANGO_DEBUG": "0",
        "DJANGO_ALLOWED_HOSTS": "*",
        "DATABASE_URL": os.environ.get("BENCH_DATABASE_URL", f"sqlite:///{database}"),
        "MEDIA_ROOT": str(CACHE / "media"),
        "HUB_OAI_PAGE_SIZE": str(PAGE_SIZE),
        "LOG_LEVEL": "WARNING",
    }
    os.environ.update(env)
    (ROOT / ".cache" / "collected-static").mkdir(parents=True, exist_ok=True)
    return env


def seed(count: int) -> float:
    """Add `count` live resources under the library, in batches of 2,000 (bench/_seeding.py)."""
    from django.db import connection, transaction

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

    parent = LibraryIndexPage.objects.get(locale__language_code="en")
    themes, regions = list(Theme.objects.all()), list(Region.objects.all())
    countries, types = list(Country.objects.all()), list(ResourceType.objects.all())
    languages = list(Language.objects.filter(code__in=["en", "fr", "es", "ar"]))
    rng = random.Random(13)
    started = time.perf_counter()
    for start in range(0, count, 2000):
        n = min(2000, count - start)
        with transaction.atomic():
            bases = add_live_pages(
                parent,
                ResourcePage,
                [
                    (
                        " ".join(rng.choice(WORDS) for _ in range(6)).capitalize(),
                        f"bench-oai-{start + i}",
                        None,
                    )
                    for i in range(n)
                ],
            )
            children = [
                ResourcePage(
                    page_ptr_id=base.pk,
                    abstract=" ".join(rng.choice(WORDS) for _ in range(rng.randint(30, 80))),
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
                field = getattr(ResourcePage, relation)
                through, target = field.through, f"{field.field.related_model._meta.model_name}_id"
                through.objects.bulk_create(
                    [
                        through(resourcepage_id=c.page_ptr_id, **{target: item.pk})
                        for c in children
                        for item in rng.sample(choices, rng.randint(1, most))
                    ]
                )
            ResourceVersion.objects.bulk_create(
                [
                    ResourceVersion(
                        page_id=c.page_ptr_id,
                        language=language,
                        sort_order=k,
                        url=f"https://example.org/{c.page_ptr_id}/{language.code}.pdf",
                    )
                    for c in children
                    for k, language in enumerate(rng.sample(languages, rng.randint(1, 2)))
                ]
            )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(env: dict, port: int) -> subprocess.Popen:
    server = subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "hub.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(300):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz/live", timeout=2)  # noqa: S310
            return server
        except OSError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError("gunicorn did not start")


def worker_memory(master: int) -> tuple[int, int]:
    """(VmRSS, VmHWM) in MiB of the gunicorn worker under `master`."""
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    status = Path(f"/proc/{children[0]}/status").read_text().splitlines()
    fields = {line.split(":")[0]: int(line.split()[1]) for line in status if line.startswith("Vm")}
    return fields["VmRSS"] // 1024, fields["VmHWM"] // 1024


def harvest(url: str, verb: str, master: int) -> dict:
    from sickle import Sickle

    sickle = Sickle(url, timeout=120)
    timings: list[float] = []
    early = None
    original = sickle.harvest

    def timed(**kwargs):
        nonlocal early
        started = time.perf_counter()
        response = original(**kwargs)
        timings.append(time.perf_counter() - started)
        if len(timings) == 10:
            early = worker_memory(master)[0]
        return response

    sickle.harvest = timed
    started = time.perf_counter()
    items = getattr(sickle, verb)(metadataPrefix="oai_dc", ignore_deleted=False)
    count, identifiers = 0, set()
    for item in items:
        header = item.header if verb == "ListRecords" else item
        identifiers.add(header.identifier)
        count += 1
    elapsed = time.perf_counter() - started
    rss, peak = worker_memory(master)
    return {
        "count": count,
        "unique": len(identifiers),
        "elapsed": elapsed,
        "requests": len(timings),
        "p50": statistics.median(timings) * 1000,
        "p95": sorted(timings)[int(0.95 * (len(timings) - 1))] * 1000,
        "max": max(timings) * 1000,
        "rss_early": early or rss,
        "rss_end": rss,
        "peak": peak,
    }


def main():
    if len(SIZES) > 1:
        # One process per size: Django's settings (the database) are read once per process.
        for size in SIZES:
            subprocess.run(
                [sys.executable, __file__], env={**os.environ, "BENCH_OAI_SIZES": str(size)}
            )
        return
    rows = []
    for size in SIZES:
        env = configure(size)
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from cms.demo import loader
        from hub.oai.services import records

        print(f"N={size}: migrating and loading the English demo site…", file=sys.stderr)
        call_command("migrate", verbosity=0)
        loader.load(log=lambda *args: None, languages=())
        seeded = seed(size)
        started = time.perf_counter()
        outcome = records.reconcile()
        reconciled = time.perf_counter() - started
        total = records.exposed().count()
        connection.close()
        print(
            f"N={size}: seeded in {seeded:.0f} s; reconcile wrote {outcome.added} rows in "
            f"{reconciled:.1f} s; harvesting {total} records…",
            file=sys.stderr,
        )
        port = free_port()
        server = serve(env, port)
        try:
            url = f"http://127.0.0.1:{port}/oai/"
            for verb in ("ListRecords", "ListIdentifiers"):
                result = harvest(url, verb, server.pid)
                assert result["count"] == result["unique"] == total, result
                rows.append((size, verb, reconciled, result))
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(
        f"\nOAI-PMH full harvest (Sickle over HTTP, gunicorn 1 sync worker on 127.0.0.1, "
        f"{PAGE_SIZE} per response, {connection.vendor})"
    )
    print(
        f"{'N':>7} {'verb':<16} {'reconcile s':>11} {'harvest s':>9} {'rec/s':>7} {'reqs':>5} "
        f"{'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'RSS@10 MiB':>10} {'RSS end':>8} "
        f"{'peak MiB':>8}"
    )
    for size, verb, reconciled, r in rows:
        print(
            f"{size:>7} {verb:<16} {reconciled:>11.1f} {r['elapsed']:>9.1f} "
            f"{r['count'] / r['elapsed']:>7.0f} {r['requests']:>5} {r['p50']:>7.0f} "
            f"{r['p95']:>7.0f} {r['max']:>7.0f} {r['rss_early']:>10} {r['rss_end']:>8} "
            f"{r['peak']:>8}"
        )


if __name__ == "__main__":
    main()
