"""Apply the search index updates queued while the engine was unreachable."""

from django.core.management.base import BaseCommand, CommandError

from search import queue


class Command(BaseCommand):
    help = "Apply the search index updates queued while the search engine was unreachable."

    def handle(self, *args, **options):
        before = queue.pending_count()
        applied = 0
        try:
            while True:
                report = queue.apply_pending()
                applied += report.applied
                if not report.remaining or not report.applied:
                    break
        except queue.EngineUnavailable as exc:
            raise CommandError(
                f"applied {applied} of {before}; the engine still fails: {exc}"
            ) from exc
        self.stdout.write(f"applied {applied} queued index update(s); {report.remaining} left")
