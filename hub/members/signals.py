"""Wagtail tells us when a submitted page changes state; the submitter gets an email."""

from django.contrib.auth.signals import user_logged_in
from django.db import transaction
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_unpublished,
    workflow_approved,
    workflow_cancelled,
    workflow_rejected,
)

from hub.core.services import languages

from .models import Profile, Submission


def _queue_notices(page_id) -> None:
    ids = list(Submission.objects.filter(page_id=page_id).values_list("pk", flat=True))
    if not ids:
        return

    def send():
        # After the commit, not in the signal: the status to tell is the request's last one (a
        # resubmission cancels one workflow and starts another). Each notice goes to the outbox.
        from .services.submissions import notify

        for pk in ids:
            notify(pk)

    transaction.on_commit(send)


@receiver(page_published)
def page_published_(sender, instance, **kwargs):
    # At once, not in a task: the page is live now, so its document must be reachable now.
    if Submission.objects.filter(page_id=instance.pk).exists():
        from .services.submissions import release_documents

        release_documents(instance)
    _queue_notices(instance.pk)


@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    _queue_notices(instance.pk)


@receiver(workflow_approved)
@receiver(workflow_rejected)
@receiver(workflow_cancelled)
def workflow_changed(sender, instance, **kwargs):
    if isinstance(instance.content_object, Page):
        _queue_notices(instance.content_object.pk)


@receiver(languages.language_chosen)
def remember_language(sender, user, language, **kwargs):
    Profile.objects.filter(user=user).update(language=language)


@receiver(user_logged_in)
def apply_language(sender, request, user, **kwargs):
    language = Profile.objects.filter(user=user).values_list("language", flat=True).first()
    if request is not None and languages.hub_language(language):
        languages.choose(request, language, save=False)
