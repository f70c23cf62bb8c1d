# A migration of its own: PostgreSQL will not alter a table with pending trigger events.
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("discussions", "0003_topic_opening_post")]

    operations = [
        # A default first, so that going back can add the columns again to existing rows.
        migrations.AlterField(
            model_name="topic", name="body", field=models.TextField(default="", max_length=5000)
        ),
        migrations.RemoveField(model_name="topic", name="body"),
        migrations.RemoveField(model_name="topic", name="body_html"),
    ]
