"""Bulk seeding of live pages for the benchmarks (a module, not a benchmark: `make bench` runs
bench/*.py files whose names do not start with an underscore).

Pages use multi-table inheritance, which Django's bulk_create refuses, so the base Page rows go
through bulk_create (`add_live_pages`) and the child rows through one executemany
(`insert_child_rows`). Call both inside one transaction per batch.
"""

from __future__ import annotations


def add_live_pages(parent, model, pages: list[tuple[str, str, object]]) -> list:
    """Live base Page rows of `model` under `parent`, one per (title, slug, first published)."""
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Locale, Page

    content_type = ContentType.objects.get_for_model(model)
    locale = Locale.get_default()
    last = parent.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    now = timezone.now()
    bases = [
        Page(
            title=title,
            draft_title=title,
            slug=slug,
            content_type=content_type,
            path=Page._get_path(parent.path, parent.depth + 1, step + number),
            depth=parent.depth + 1,
            numchild=0,
            url_path=f"{parent.url_path}{slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=now,
            locale=locale,
        )
        for number, (title, slug, published) in enumerate(pages, start=1)
    ]
    Page.objects.bulk_create(bases)
    if bases and bases[0].pk is None:  # a backend that does not return ids from bulk inserts
        ids = dict(Page.objects.filter(path__in=[b.path for b in bases]).values_list("path", "pk"))
        for base in bases:
            base.pk = ids[base.path]
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(bases))
    return bases


def insert_child_rows(connection, model, objs) -> None:
    """The child-table rows of `objs` (their `page_ptr_id` set), in one executemany."""
    fields = model._meta.local_concrete_fields
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    # Identifiers come from model metadata, never from input.
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608
    rows = [
        [f.get_db_prep_save(getattr(obj, f.attname), connection) for f in fields] for obj in objs
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, rows)
