"""Send the outbox rows that are due now (what the beat sweep does every minute)."""

from django.core.management.base import BaseCommand

from hub.core import outbox


class Command(BaseCommand):
    help = "Send the emails waiting in the outbox that are due now."

    def add_arguments(self, parser):
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help="first give failed messages a fresh set of attempts",
        )

    def handle(self, *args, retry_failed=False, **options):
        if retry_failed:
            self.stdout.write(f"{outbox.retry_failed()} failed message(s) to send again")
        result = outbox.send_due()
        backlog = outbox.backlog()
        self.stdout.write(
            f"sent {result.sent}, failed {result.failed}, waiting {backlog['waiting']}"
            f" (failed in total: {backlog['failed']})"
        )
