"""Countries loaded before the M49 table had no region, so the directory's region filter found no
one; give each its hub region (reference_data.load() does the same for new installs)."""

from django.db import migrations


def assign(apps, schema_editor):
    from cms.reference_data import assign_regions

    assign_regions(apps.get_model("cms", "Country"), apps.get_model("cms", "Region"))


class Migration(migrations.Migration):
    dependencies = [("cms", "0006_taxonomy_translations")]

    operations = [migrations.RunPython(assign, migrations.RunPython.noop)]
