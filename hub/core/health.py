"""Health checks of the data stores the hub depends on. Each check returns a small report.

The hub is up when its database is: without the cache, the broker or the search engine it still
serves pages (from the database), so it is "degraded", not down.
"""

import time
import uuid
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page


def _timed(check: Callable[[], str]) -> dict:
    started = time.perf_counter()
    try:
        detail = check()
        ok = True
    except Exception as exc:  # noqa: BLE001 - a health report names any failure, it never raises
        detail = f"{type(exc).__name__}: {exc}"[:300]
        ok = False
    return {"ok": ok, "detail": detail, "ms": round((time.perf_counter() - started) * 1000, 1)}


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return connection.vendor


def _cache() -> str:
    if hasattr(cache, "client") and hasattr(cache.client, "get_client"):
        # django-redis ignores connection errors (settings): ask the server itself, for the cause.
        cache.client.get_client(write=True).ping()
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=5)
    if cache.get(key) != "1":
        raise RuntimeError("value written to the cache could not be read back")
    cache.delete(key)
    return settings.CACHES["default"]["BACKEND"].rsplit(".", 1)[-1]


def _broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER:
        return "eager: tasks run in the web process"
    from hub.celery import app

    with app.connection_for_write() as conn:
        conn.ensure_connection(max_retries=1, timeout=2)
        return str(conn.transport_cls)


def _search() -> str:
    from search import engine

    backend = engine.backend()
    list(backend.search("healthz", Page)[:1])
    return type(backend).__module__.rsplit(".", 1)[-1]


def _search_queue() -> str:
    """Index updates the engine could not take yet (replayed every minute): see search.queue."""
    from search import queue

    waiting = queue.pending_count()
    return f"{waiting} index update{'s' if waiting != 1 else ''} waiting for the engine"


def _outbox() -> str:
    from hub.core import outbox

    backlog = outbox.backlog()
    waiting = f"{backlog['waiting']} email{'s' if backlog['waiting'] != 1 else ''} waiting"
    if backlog["oldest_waiting"]:
        waiting += f" (oldest since {backlog['oldest_waiting']:%Y-%m-%d %H:%M} UTC)"
    return f"{waiting}, {backlog['failed']} failed"


CHECKS = {
    "database": _database,
    "cache": _cache,
    "broker": _broker,
    "search": _search,
    "search_queue": _search_queue,
    "outbox": _outbox,
}
#: without these the hub serves pages from the database, more slowly or with less
DEGRADING = ("cache", "broker", "search")


def report() -> dict:
    """Run every check: "error" without the database, "degraded" without another store."""
    checks = {name: _timed(check) for name, check in CHECKS.items()}
    if not checks["database"]["ok"]:
        status = "error"
    elif not all(checks[name]["ok"] for name in DEGRADING):
        status = "degraded"
    else:
        status = "ok"
    return {"status": status, "checks": checks}
