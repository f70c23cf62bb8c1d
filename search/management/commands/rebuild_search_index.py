"""Rebuild the search indexes with progress; on the engine the old index serves until the end."""

from django.conf import settings
from django.core.management.base import BaseCommand

from search import indexing, queue


class Command(BaseCommand):
    help = (
        "Rebuild the search indexes (every configured backend, or --backend NAME). On the engine "
        "the rebuild is atomic: searches use the old index until the new one is complete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--backend", dest="backend", default=None)
        parser.add_argument("--chunk-size", type=int, default=indexing.CHUNK_SIZE)

    def handle(self, *args, backend=None, chunk_size=indexing.CHUNK_SIZE, **options):
        names = [backend] if backend else list(settings.WAGTAILSEARCH_BACKENDS)
        queued_before = queue.pending_count()
        for name in names:
            count = indexing.rebuild(
                name,
                chunk_size=chunk_size,
                progress=lambda line: self.stdout.write(line) if options["verbosity"] else None,
            )
            self.stdout.write(self.style.SUCCESS(f"{name}: indexed {count} objects"))
        if queued_before:
            report = queue.apply_pending()
            self.stdout.write(f"applied {report.applied} queued update(s)")
