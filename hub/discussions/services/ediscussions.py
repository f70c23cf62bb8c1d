"""E-discussion moderators' work: pinning, the consolidated summary, promotion to the library."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from wagtail.actions.publish_revision import PublishRevisionAction

from cms.models import EDiscussionPage, LibraryIndexPage, ResourcePage, ResourceType
from hub.discussions.models import ThreadComment

from . import text
from .comments import NOT_FOUND, Refused, can_see, target_of


def toggle_pin(user, comment: ThreadComment, request=None) -> bool:
    page = target_of(comment)
    if not can_see(user, comment, request, target=page):
        raise Refused(NOT_FOUND, 404)
    if not isinstance(page, EDiscussionPage) or not page.is_moderator(user):
        raise Refused("Only the e-discussion's moderators can pin comments.", 403)
    if not comment.is_visible:
        raise Refused("Only a visible comment can be pinned.", 400)
    comment.is_pinned = not comment.is_pinned
    comment.save(update_fields=["is_pinned"])
    return comment.is_pinned


@transaction.atomic
def publish_summary(user, page: EDiscussionPage, body: str) -> EDiscussionPage:
    """A moderator's consolidated summary (the Markdown subset), published on the page."""
    if not page.is_moderator(user):
        raise Refused("Only the e-discussion's moderators can write its summary.", 403)
    body = (body or "").strip()
    if not body or len(body) > 20000:
        raise Refused("Write a summary of up to 20,000 characters.", 400)
    page = page.get_latest_revision_as_object()
    page.summary = text.render(body)
    page.summary_published_at = timezone.now()
    revision = page.save_revision(user=user, log_action=True)
    # Moderators are members, not editors: the page's own moderator list is their permission.
    PublishRevisionAction(revision, user=user).execute(skip_permission_checks=True)
    return EDiscussionPage.objects.get(pk=page.pk)


@transaction.atomic
def promote_summary(page: EDiscussionPage, user) -> ResourcePage:
    """Publish the summary as a library record, once; later calls return that record."""
    page = EDiscussionPage.objects.get(pk=page.pk)
    if page.summary_resource_id:
        return page.summary_resource.specific
    if not page.summary:
        raise Refused("There is no summary to promote yet.", 400)
    library = LibraryIndexPage.objects.first()
    if library is None:
        raise Refused("There is no library to promote the summary to.", 400)
    resource = ResourcePage(
        title=f"Consolidated summary: {page.title}"[:255],
        intro=page.intro,
        resource_type=ResourceType.objects.filter(name__icontains="summary").first()
        or ResourceType.objects.filter(name__icontains="report").first(),
        publisher="M4D Hub e-discussion",
        publication_date=timezone.localdate(),
        abstract=page.intro,
        body=page.summary
        + format_html('<p>From the e-discussion <a href="{}">{}</a>.</p>', page.url, page.title),
        owner=user,
    )
    library.add_child(instance=resource)
    resource.themes.set(page.themes.all())
    resource.regions.set(page.regions.all())
    resource.countries.set(page.countries.all())
    resource.save_revision(user=user, log_action=True).publish(user=user)
    EDiscussionPage.objects.filter(pk=page.pk).update(summary_resource=resource)
    return resource
