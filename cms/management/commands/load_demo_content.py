from django.core.management.base import BaseCommand

from cms.demo import loader


class Command(BaseCommand):
    help = "Load the M4D Hub demo content. Running it again creates no duplicates."

    def handle(self, *args, **options):
        loader.load(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is loaded."))
