"""Create or update the superuser used to log in to the admin of a local or demo site."""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from home.links import base_url

DEV_PASSWORD = "changeme"  # noqa: S105 - only ever used when DEBUG is on


class Command(BaseCommand):
    help = "Create or update the admin account from HUB_ADMIN_USERNAME / HUB_ADMIN_PASSWORD."

    def handle(self, *args, **options):
        username = os.environ.get("HUB_ADMIN_USERNAME", "admin")
        password = os.environ.get("HUB_ADMIN_PASSWORD", "")
        if not password:
            if not settings.DEBUG:
                raise CommandError("Set HUB_ADMIN_PASSWORD: a default password is for DEBUG only.")
            password = DEV_PASSWORD
        email = os.environ.get("HUB_ADMIN_EMAIL", f"{username}@localhost")
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"email": email}
        )
        user.is_staff = user.is_superuser = user.is_active = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Updated"
        base = base_url()
        self.stdout.write(
            self.style.SUCCESS(f"{verb} admin account. Log in at {base}/admin/ as ")
            + f"{username} / {password}"
        )
