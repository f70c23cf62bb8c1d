"""Editors and moderators review membership applications and reported messages."""

from django.db import migrations

GROUPS = ("Editors", "Moderators")
PERMISSIONS = [
    ("members", "profile", "view_profile"),
    ("members", "profile", "change_profile"),
    ("messaging", "messagereport", "view_messagereport"),
    ("messaging", "messagereport", "change_messagereport"),
]


def grant(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    # Permissions are normally made after all migrations; these are needed now.
    for label in ("members", "messaging"):
        create_permissions(global_apps.get_app_config(label), verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = [
        Permission.objects.get(content_type__app_label=app, content_type__model=model, codename=code)
        for app, model, code in PERMISSIONS
    ]
    for group in Group.objects.filter(name__in=GROUPS):
        group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0001_initial"),
        ("messaging", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
