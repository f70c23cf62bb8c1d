from django.core.management.base import BaseCommand

from cms import reference_data


class Command(BaseCommand):
    help = "Create the reference taxonomies (themes, regions, countries, SDGs, GCM objectives…)."

    def handle(self, *args, **options):
        reference_data.load()
        self.stdout.write(self.style.SUCCESS("Reference taxonomies are loaded."))
