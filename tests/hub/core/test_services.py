"""The suite runs on the real services when they are installed (see tests/services.py)."""

import os
import uuid

import pytest
from django.core.cache import cache
from django.db import connection
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.search.backends import get_search_backend


@pytest.mark.postgres
def test_the_suite_runs_on_postgresql_with_its_full_text_search(db, home_page):
    assert connection.vendor == "postgresql"
    backend = get_search_backend()
    # Wagtail's PostgreSQL backend, analysing each language with its own configuration
    assert isinstance(backend, PostgresSearchBackend)
    backend.add(home_page)

    results = backend.search("hub", type(home_page))

    assert [page.pk for page in results] == [home_page.pk]


@pytest.mark.redis
def test_the_cache_is_the_test_redis_server():
    import redis

    key, value = f"probe-{uuid.uuid4().hex}", "stored through Django"
    cache.set(key, value, timeout=30)

    raw = redis.Redis.from_url(os.environ["REDIS_URL"])
    assert any(name.decode().endswith(key) for name in raw.scan_iter(match=f"*{key}"))
    assert cache.get(key) == value
