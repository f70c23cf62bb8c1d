from django.core.management.base import BaseCommand

from hub.oai.services import records


class Command(BaseCommand):
    help = (
        "Bring the OAI-PMH records in step with the library: run after loading pages in bulk "
        "(make demo does) or restoring a backup; beat also runs it hourly."
    )

    def handle(self, *args, **options):
        result = records.reconcile()
        self.stdout.write(
            f"OAI-PMH records: {result.added} added, {result.updated} updated, "
            f"{result.deleted} deleted."
        )
