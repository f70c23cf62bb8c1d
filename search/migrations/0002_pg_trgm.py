from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations


class Migration(migrations.Migration):
    """Trigram similarity for typo-tolerant search on the PostgreSQL backend (a no-op elsewhere)."""

    dependencies = [("search", "0001_initial")]

    operations = [TrigramExtension()]
