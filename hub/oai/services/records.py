"""Which library resources harvesters see, and the datestamp and deletion state of each.

One rule decides exposure: a record is a live, public (no view restriction on it or above it)
ResourcePage in the default locale. Its translations into the other content languages are the
same publication described in another language, not other publications (DESIGN.md: "the
language versions of one library record … stay one record"), so they add translated titles and
abstracts to that one record instead of records of their own.

Every entry point asks `exposed()`: the listings, GetRecord, and `touch`/`reconcile`, which keep
the `Record` table (one row per resource ever exposed) in step. A resource that never was
exposed (a draft, a private page) gets no row, so not even its identifier leaks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from cms.models import ResourcePage

from ..models import Record

CHUNK = 2000


def exposed():
    """The resources harvesters may see (the one exposure rule)."""
    return ResourcePage.objects.live().public().filter(locale__language_code=settings.LANGUAGE_CODE)


def set_specs(page: ResourcePage) -> str:
    """The page's setSpecs as `Record.set_specs` stores them (reads themes and resource_type)."""
    specs = sorted(f"theme:{theme.slug}" for theme in page.themes.all())
    if page.resource_type_id:
        specs.append(f"type:{page.resource_type.slug}")
    return f" {' '.join(specs)} " if specs else ""


def _exposed_with_sets(ids: Iterable[int]):
    return (
        exposed()
        .filter(pk__in=list(ids))
        .select_related("resource_type")
        .prefetch_related("themes")
        .only("pk", "resource_type__slug", "last_published_at")
    )


def source_ids(pages: Iterable[Page]) -> set[int]:
    """The default-locale resources that `pages` (any locale, any type) are or translate."""
    keys = {page.translation_key for page in pages}
    return set(
        ResourcePage.objects.filter(
            translation_key__in=keys, locale__language_code=settings.LANGUAGE_CODE
        ).values_list("pk", flat=True)
    )


def touch(page_ids: Iterable[int], now: datetime | None = None) -> None:
    """Something about these resources changed: stamp them now, live or deleted as they are.

    A live one gets (or regains) its row; one no longer exposed is marked deleted, if it ever was
    exposed. Ids of pages that are not default-locale resources are ignored.
    """
    now = now or timezone.now()
    for chunk in _chunks(sorted(set(page_ids))):
        live = list(_exposed_with_sets(chunk))
        _write(live, set(chunk) - {page.pk for page in live}, now)


def _write(live: list[ResourcePage], gone: set[int], now: datetime) -> None:
    with transaction.atomic():
        Record.objects.bulk_create(
            [Record(page_id=p.pk, datestamp=now, set_specs=set_specs(p)) for p in live],
            update_conflicts=True,
            unique_fields=["page_id"],
            update_fields=["datestamp", "deleted", "set_specs"],
        )
        Record.objects.filter(page_id__in=gone, deleted=False).update(deleted=True, datestamp=now)


def touch_subtree(page: Page, now: datetime | None = None) -> None:
    """`page` and every resource under it changed (a view restriction or a move)."""
    ids = ResourcePage.objects.filter(path__startswith=page.path).values_list("pk", flat=True)
    # Rows of resources that are no longer under `page` (moved away) are touched by their move.
    touch(list(ids), now)


def forget(page_ids: Iterable[int], now: datetime | None = None) -> None:
    """These resources were deleted: their records, if any, become deleted ones."""
    now = now or timezone.now()
    Record.objects.filter(page_id__in=list(page_ids), deleted=False).update(
        deleted=True, datestamp=now
    )


@dataclass
class Reconciled:
    added: int = 0
    updated: int = 0
    deleted: int = 0


def reconcile(now: datetime | None = None) -> Reconciled:
    """Bring every row in step with the pages: the repair path for changes no signal reported.

    Pages created in bulk (the demo loader, imports, benchmarks) or changed while a receiver
    failed get their rows here, stamped now, so incremental harvests still see them.
    """
    now = now or timezone.now()
    result = Reconciled()
    rows = dict(Record.objects.filter(deleted=False).values_list("page_id", "datestamp"))
    deleted_rows = set(Record.objects.filter(deleted=True).values_list("page_id", flat=True))
    specs = dict(Record.objects.filter(deleted=False).values_list("page_id", "set_specs"))
    seen: set[int] = set()
    ids = list(exposed().order_by("pk").values_list("pk", flat=True))
    for chunk in _chunks(ids):
        stale = []
        for page in _exposed_with_sets(chunk):
            seen.add(page.pk)
            stamp = rows.get(page.pk)
            if stamp is None:
                stale.append(page)
                result.added += page.pk not in deleted_rows
                result.updated += page.pk in deleted_rows
            elif (page.last_published_at and page.last_published_at > stamp) or specs.get(
                page.pk
            ) != set_specs(page):
                stale.append(page)
                result.updated += 1
        if stale:
            # Written from the pages just read: reading them again per chunk doubled the time.
            _write(stale, set(), now)
    gone = set(rows) - seen
    for chunk in _chunks(sorted(gone)):
        # Re-checked one by one by touch: a page published since the list above stays live.
        touch(chunk, now)
    result.deleted = Record.objects.filter(page_id__in=gone, deleted=True).count()
    return result


def earliest_datestamp() -> datetime | None:
    return Record.objects.order_by("datestamp").values_list("datestamp", flat=True).first()


def in_set(spec: str) -> Q:
    """Rows in the set `spec` or in one of its subsets (`theme` holds every `theme:<slug>`)."""
    return Q(set_specs__contains=f" {spec} ") | Q(set_specs__contains=f" {spec}:")


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start : start + size]
