"""Rebuilding search indexes, atomically on the engine, with progress."""

from __future__ import annotations

import time
from collections.abc import Callable

from django.db.models.fields.related import ForeignObjectRel, RelatedField
from modelsearch.index import RelatedFields, get_indexed_models
from wagtail.search.backends import get_search_backend

CHUNK_SIZE = 1000


def _chunks(queryset, size):
    """Chunks by primary key ranges: constant memory and no OFFSET scans on big tables."""
    last = None
    while True:
        page = queryset.order_by("pk")
        if last is not None:
            page = page.filter(pk__gt=last)
        chunk = list(page[:size])
        if not chunk:
            return
        yield chunk
        last = chunk[-1].pk


def indexed_objects(model):
    """The objects to index, with every related list of `search_fields` prefetched.

    Wagtail prefetches most relations, but not ParentalManyToManyFields (themes, regions,
    countries): without this, each document costs a query per relation.
    """
    queryset = model.get_indexed_objects()
    names = []
    for search_field in model.get_search_fields():
        if not isinstance(search_field, RelatedFields):
            continue
        field = search_field.get_field(model)
        many = isinstance(field, ForeignObjectRel) or (
            isinstance(field, RelatedField) and (field.many_to_many or field.one_to_many)
        )
        if many and not (isinstance(field, ForeignObjectRel) and field.one_to_one):
            names.append(search_field.field_name)
    return queryset.prefetch_related(*names) if names else queryset


def rebuild(
    backend_name: str = "default",
    models: list | None = None,
    chunk_size: int = CHUNK_SIZE,
    progress: Callable[[str], None] = lambda line: None,
) -> int:
    """Index every object again into a new index, then swap it in; returns the count.

    On the engine the old index keeps serving searches until the new one is complete (Wagtail's
    atomic rebuilder indexes into a fresh index and moves the alias at the end).
    """
    backend = get_search_backend(backend_name)
    if not backend.rebuilder_class:
        progress(f"{backend_name}: nothing to rebuild")
        return 0
    models = models or get_indexed_models()
    by_index: dict[str, tuple[object, list]] = {}
    for model in models:
        index = backend.get_index_for_model(model)
        by_index.setdefault(index.get_key(), (index, []))[1].append(model)
    total = 0
    for index, index_models in by_index.values():
        rebuilder = backend.rebuilder_class(index)
        new_index = rebuilder.start()
        for model in index_models:
            new_index.add_model(model)
        for model in index_models:
            queryset = indexed_objects(model)
            expected = queryset.count()
            done, started = 0, time.perf_counter()
            for chunk in _chunks(queryset, chunk_size):
                new_index.add_items(model, chunk)
                done += len(chunk)
                rate = done / max(time.perf_counter() - started, 1e-6)
                progress(f"{backend_name}: {model._meta.label} {done}/{expected} ({rate:,.0f}/s)")
            total += done
        rebuilder.finish()
        progress(f"{backend_name}: index {index} rebuilt")
    return total
