"""A topic's opening post becomes a comment on it, so it is held, flagged and moderated alike."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def openings_from_bodies(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Topic = apps.get_model("discussions", "Topic")
    ThreadComment = apps.get_model("discussions", "ThreadComment")
    topic_type, _ = ContentType.objects.get_or_create(app_label="discussions", model="topic")
    for topic in Topic.objects.filter(opening__isnull=True).select_related("author"):
        # Historical models lack xtd's save(): set the thread fields of a top-level comment here.
        opening = ThreadComment.objects.create(
            content_type=topic_type,
            object_pk=str(topic.pk),
            site_id=settings.SITE_ID,
            user=topic.author,
            user_name=topic.author_name[:50],
            user_email=topic.author.email if topic.author else "",
            comment=topic.body,
            body_html=topic.body_html,
            submit_date=topic.created_at,
            is_public=True,
            level=0,
            order=1,
            followup=True,
        )
        ThreadComment.objects.filter(pk=opening.pk).update(
            parent_id=opening.pk, thread_id=opening.pk
        )
        Topic.objects.filter(pk=topic.pk).update(opening=opening, is_listed=True)


def bodies_from_openings(apps, schema_editor):
    Topic = apps.get_model("discussions", "Topic")
    ThreadComment = apps.get_model("discussions", "ThreadComment")
    for topic in Topic.objects.exclude(opening=None).select_related("opening"):
        Topic.objects.filter(pk=topic.pk).update(
            body=topic.opening.comment, body_html=topic.opening.body_html
        )
        ThreadComment.objects.filter(pk=topic.opening_id).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("discussions", "0002_editors_moderate_comments"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.AddField(
            model_name="topic",
            name="is_listed",
            field=models.BooleanField(
                default=False,
                help_text="The opening post is shown, so the forum list and search show the topic.",
            ),
        ),
        migrations.AddField(
            model_name="topic",
            name="opening",
            field=models.OneToOneField(
                blank=True,
                help_text="The opening post.",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="opened_topic",
                to="discussions.threadcomment",
            ),
        ),
        migrations.RunPython(openings_from_bodies, bodies_from_openings),
    ]
