"""Photos stored as members/photos/<user id>.jpg get random names (hidden members' photos could be
found by trying ids); profiles.photo points at the new file and the old one is deleted."""

import re
import secrets

from django.core.files import File
from django.db import migrations

#: what the old code made: "<user id>.jpg", or "<user id>_<7 characters>.jpg" after a collision
GUESSABLE = re.compile(r"^\d+(_[A-Za-z0-9]{7})?$")


def rename_photos(apps, schema_editor):
    Profile = apps.get_model("members", "Profile")
    for profile in Profile.objects.exclude(photo="").iterator():
        old = profile.photo.name
        stem, _, suffix = old.rsplit("/", 1)[-1].rpartition(".")
        if not GUESSABLE.match(stem):
            continue
        storage = profile.photo.storage
        if not storage.exists(old):
            continue
        with storage.open(old) as content:
            new = storage.save(f"members/photos/{secrets.token_urlsafe(24)}.{suffix}", File(content))
        Profile.objects.filter(pk=profile.pk).update(photo=new)
        storage.delete(old)


class Migration(migrations.Migration):
    dependencies = [("members", "0003_profile_language")]

    operations = [migrations.RunPython(rename_photos, migrations.RunPython.noop, elidable=True)]
