"""Wagtail's engine backends, wrapped so that no index update is lost while the engine is down.

`WAGTAILSEARCH_BACKENDS` names `search.backends.<engine>` (see hub/settings/base.py). Each module
here subclasses the matching Wagtail backend with `QueueingBackendMixin`: a single-object index
update or delete that fails is recorded in the database (search.queue) instead of being only
logged, and `apply_search_queue` / the Celery task replays it when the engine answers again.
"""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)


class EngineResponseError(RuntimeError):
    """The engine answered a request with an error (a failed part of a multi-search, say)."""


def engine_errors() -> tuple[type[BaseException], ...]:
    """The exceptions an engine client raises when the engine is unreachable, slow or failing."""
    errors: list[type[BaseException]] = []
    try:
        import opensearchpy.exceptions as os_exc

        errors += [os_exc.TransportError, os_exc.ImproperlyConfigured]
    except ImportError:  # pragma: no cover - both clients are installed
        pass
    try:
        import elastic_transport
        import elasticsearch

        errors += [elastic_transport.TransportError, elasticsearch.ApiError]
    except ImportError:  # pragma: no cover
        pass
    return tuple(errors) + (ConnectionError, TimeoutError, EngineResponseError)


class QueueingBackendMixin:
    """Record failed single-object index updates in the database, to be applied later."""

    def add(self, obj):
        self._guarded("update", obj, super().add)

    def delete(self, obj):
        self._guarded("delete", obj, super().delete)

    def apply_now(self, action: str, obj) -> None:
        """Apply one update without queueing it again; raises when the engine fails."""
        (super().add if action == "update" else super().delete)(obj)

    def _guarded(self, action, obj, apply):
        try:
            apply(obj)
        except Exception as exc:  # noqa: BLE001 - any failure is queued, never lost
            from search import queue

            logger.warning(
                "search engine unavailable, queued %s of %s %s: %s",
                action,
                obj._meta.label,
                obj.pk,
                exc,
            )
            queue.record(action, obj, exc)
