"""Which backend answers a search, and the fallback to the database while the engine is down.

Views and services call `run(operation)`: `operation(backend)` runs on the configured backend
(the engine when SEARCH_URL is set); if the engine fails or times out, it runs again on the
database backend and the caller is told, so the page can say so. After a failure the engine is
left alone for SEARCH_RETRY_AFTER seconds, so that a hung engine costs one timeout, not one per
request.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TypeVar

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from wagtail.search.backends import get_search_backend

from .backends import engine_errors

logger = logging.getLogger(__name__)

ENGINE_DOWN_KEY = "search:engine-down"
T = TypeVar("T")

_backends: dict[str, object] = {}


def backend(alias: str = "default"):
    """A search backend, reused while its configuration is unchanged (one client per process)."""
    key = _key(alias)
    if key not in _backends:
        instance = get_search_backend(alias)
        # Wagtail's engine backends write their defaults (OPTIONS["timeout"]) into the settings
        # they were given: remember the instance under the settings as they are now, too.
        _backends[key] = _backends[_key(alias)] = instance
    return _backends[key]


def _key(alias: str) -> str:
    conf = settings.WAGTAILSEARCH_BACKENDS.get(alias, {})
    return alias + json.dumps(conf, sort_keys=True, default=str)


def _forget_backends(*, setting, **kwargs):
    if setting in ("WAGTAILSEARCH_BACKENDS", "CACHES"):
        _backends.clear()


setting_changed.connect(_forget_backends)


def fallback_alias() -> str | None:
    """The database backend that answers when the engine cannot, or None without an engine."""
    return "database" if "database" in settings.WAGTAILSEARCH_BACKENDS else None


def mark_engine_up() -> None:
    cache.delete(ENGINE_DOWN_KEY)


def run(operation: Callable[[object], T], *, secondary: bool = False) -> tuple[T, bool]:
    """(result, degraded): degraded is True when the database answered for a failed engine.

    A `secondary` lookup (such as the forum topics beside the page results) falls back for itself
    only: its failure, perhaps a missing index, does not mark the whole engine as down.
    """
    fallback = fallback_alias()
    if fallback is None:
        return operation(backend()), False
    if not cache.get(ENGINE_DOWN_KEY):
        try:
            return operation(backend()), False
        except engine_errors() as exc:
            logger.warning("search engine failed, answering from the database: %r", exc)
            if not secondary:
                cache.set(ENGINE_DOWN_KEY, True, timeout=settings.SEARCH_RETRY_AFTER)
    return operation(backend(fallback)), True
