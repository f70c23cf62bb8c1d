"""Editors and moderators moderate comments: they read held, hidden and removed ones."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")


def grant(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; this one is needed now.
    create_permissions(global_apps.get_app_config("discussions"), verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    moderate = Permission.objects.get(
        content_type__app_label="discussions", codename="moderate_discussions"
    )
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(moderate)


class Migration(migrations.Migration):
    dependencies = [
        ("discussions", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
