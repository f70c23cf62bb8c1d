"""Receivers that stamp a library record when what harvesters see of it changes.

Each one only says which resources changed; `services.records` decides what that means. They
run after the commit, so the datestamp is taken when the change becomes visible: a harvest that
started earlier never misses it (its `until` is frozen before that instant), and the next
incremental harvest (`from` = the previous harvest's responseDate) picks it up.
"""

from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cms.models import ResourcePage, ResourceType, Theme

from .services import records


def _touch_sources(pages):
    records.touch(records.source_ids(pages))


def _touch_subtree(page_id):
    page = Page.objects.filter(pk=page_id).first()
    if page is not None:
        records.touch_subtree(page)


@receiver(page_published)
@receiver(page_unpublished)
def resource_published_or_unpublished(sender, instance, **kwargs):
    if isinstance(instance, ResourcePage):
        # A translation's publication changes the source record (its translated title).
        transaction.on_commit(partial(_touch_sources, [instance]))


@receiver(post_delete, sender=ResourcePage)
def resource_deleted(sender, instance, **kwargs):
    transaction.on_commit(partial(records.forget, [instance.pk]))
    # A deleted translation changes its source record, if the source is still there.
    transaction.on_commit(partial(_touch_sources, [instance]))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, instance, **kwargs):
    """A page (a resource, or the library above it) was made private or public again."""
    transaction.on_commit(partial(_touch_subtree, instance.page_id))


@receiver(post_page_move)
def page_moved_somewhere(sender, instance, **kwargs):
    transaction.on_commit(partial(_touch_subtree, instance.pk))


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=ResourceType)
def term_changed(sender, instance, created, **kwargs):
    """A renamed term or slug changes the subjects and setSpecs of the records it classifies."""
    if not created:
        ids = list(_classified_by(instance).values_list("pk", flat=True))
        transaction.on_commit(partial(records.touch, ids))


@receiver(pre_delete, sender=Theme)
@receiver(pre_delete, sender=ResourceType)
def term_deleted(sender, instance, **kwargs):
    ids = list(_classified_by(instance).values_list("pk", flat=True))
    transaction.on_commit(partial(records.touch, ids))


def _classified_by(term):
    if isinstance(term, Theme):
        return ResourcePage.objects.filter(themes=term)
    return ResourcePage.objects.filter(resource_type=term)
