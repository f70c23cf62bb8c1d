"""The durable queue of search index updates that the engine could not take.

`record` is called by the engine backends (search.backends) when an update or delete fails;
`apply_pending` replays the queue once the engine answers, from the management command
`apply_search_queue` and the Celery task `apply_queued_index_updates` (beat, every minute).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from django.apps import apps
from django.db import transaction
from django.db.models import F
from modelsearch import index
from wagtail.search.backends import get_search_backends_with_name

from .models import PendingIndexUpdate

logger = logging.getLogger(__name__)


class EngineUnavailable(Exception):
    """The engine still refuses updates; the rest of the queue waits for the next attempt."""


def record(action: str, obj, error: BaseException | None = None) -> None:
    """Queue `obj` for re-indexing (or removal); idempotent per object."""
    PendingIndexUpdate.objects.update_or_create(
        app_label=obj._meta.app_label,
        model_name=obj._meta.model_name,
        object_pk=str(obj.pk),
        defaults={"action": action, "last_error": f"{type(error).__name__}: {error}"[:2000]},
    )


def pending_count() -> int:
    return PendingIndexUpdate.objects.count()


def engine_backends():
    """The auto-updated backends that queue their failures (the engine ones)."""
    return [
        backend
        for _name, backend in get_search_backends_with_name(with_auto_update=True)
        if hasattr(backend, "apply_now")
    ]


def _current_state(entry: PendingIndexUpdate):
    """(action, object) that brings the engine in line with the database now."""
    model = apps.get_model(entry.app_label, entry.model_name)
    obj = model._default_manager.filter(pk=entry.object_pk).first()
    if obj is not None:
        indexed = index.get_indexed_instance(obj)
        if indexed is not None:
            return "update", indexed
    stub = model(pk=model._meta.pk.to_python(entry.object_pk))
    return "delete", stub


@dataclass
class ReplayReport:
    applied: int = 0
    remaining: int = 0


def apply_pending(batch_size: int = 500) -> ReplayReport:
    """Apply queued updates in order; stop at the first engine failure.

    Raises EngineUnavailable when an update still fails, after recording the attempt.
    """
    report = ReplayReport()
    backends = engine_backends()
    entries = list(PendingIndexUpdate.objects.all()[:batch_size])
    for entry in entries:
        action, obj = _current_state(entry)
        try:
            for backend in backends:
                backend.apply_now(action, obj)
        except Exception as exc:  # noqa: BLE001 - the engine's own error types vary
            PendingIndexUpdate.objects.filter(pk=entry.pk).update(
                attempts=F("attempts") + 1, last_error=f"{type(exc).__name__}: {exc}"[:2000]
            )
            report.remaining = pending_count()
            raise EngineUnavailable(str(exc)[:300]) from exc
        # Delete only the row we applied: a newer failure for the same object (same row, updated
        # since we read it) must stay queued.
        with transaction.atomic():
            PendingIndexUpdate.objects.filter(pk=entry.pk, updated_at=entry.updated_at).delete()
        report.applied += 1
    report.remaining = pending_count()
    if report.applied:
        from . import engine

        engine.mark_engine_up()
    return report
