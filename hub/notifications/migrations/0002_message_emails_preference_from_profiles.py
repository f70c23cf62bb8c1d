"""Members who had switched off unread-message emails on their profile keep them off."""

from django.db import migrations


def copy_choices(apps, schema_editor):
    Profile = apps.get_model("members", "Profile")
    Preference = apps.get_model("notifications", "Preference")
    Preference.objects.bulk_create(
        [
            Preference(user_id=user_id, kind="messages", channel="site")
            for user_id in Profile.objects.filter(notify_messages=False).values_list(
                "user_id", flat=True
            )
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("notifications", "0001_notification_centre"),
        ("members", "0005_alter_profile_options_alter_profile_country_and_more"),
    ]

    operations = [migrations.RunPython(copy_choices, migrations.RunPython.noop)]
