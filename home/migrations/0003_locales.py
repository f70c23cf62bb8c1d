"""One Wagtail Locale per configured content language; the old "en-gb" default becomes "en"."""

from django.conf import settings
from django.db import migrations


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    codes = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    if "en" in codes and not Locale.objects.filter(language_code="en").exists():
        Locale.objects.filter(language_code="en-gb").update(language_code="en")
    for code in codes:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_homefeaturedresource"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
