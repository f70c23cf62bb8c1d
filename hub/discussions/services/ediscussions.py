"""E-discussion moderators' work: pinning, the consolidated summary, promotion to the library."""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext as _
from wagtail.actions.publish_revision import PublishRevisionAction

from cms.models import EDiscussionPage, LibraryIndexPage, ResourcePage, ResourceType
from home import branding
from hub.discussions.models import ThreadComment

from . import text
from .comments import NOT_FOUND, Refused, can_see, target_of


def toggle_pin(user, comment: ThreadComment, request=None) -> bool:
    page = target_of(comment)
    if not can_see(user, comment, request, target=page):
        raise Refused(NOT_FOUND, 404)
    if not isinstance(page, EDiscussionPage) or not page.is_moderator(user):
        raise Refused(_("Only the e-discussion's moderators can pin comments."), 403)
    if not comment.is_visible:
        raise Refused(_("Only a visible comment can be pinned."), 400)
    comment.is_pinned = not comment.is_pinned
    comment.save(update_fields=["is_pinned"])
    return comment.is_pinned


@transaction.atomic
def publish_summary(user, page: EDiscussionPage, body: str) -> EDiscussionPage:
    """A moderator's consolidated summary (the Markdown subset), published on the live page.

    Only the summary goes live: an editor's unpublished draft stays a draft (it gets the summary
    too, so that publishing it later keeps the summary).
    """
    if not page.is_moderator(user):
        raise Refused(_("Only the e-discussion's moderators can write its summary."), 403)
    body = (body or "").strip()
    if not body or len(body) > 20000:
        raise Refused(_("Write a summary of up to 20,000 characters."), 400)
    # The page row holds the live version; drafts live only in revisions.
    live = EDiscussionPage.objects.select_for_update().get(pk=page.pk)
    if live.workflow_in_progress:
        # Publishing would cancel the editors' review of their draft.
        raise Refused(
            _(
                "Editors are reviewing changes to this page. "
                "Publish the summary once they have finished."
            ),
            409,
        )
    draft = live.latest_revision if live.has_unpublished_changes else None
    html, now = text.render(body), timezone.now()
    live.summary, live.summary_published_at = html, now
    revision = live.save_revision(user=user, log_action=True)
    # Moderators are members, not editors: the page's own moderator list is their permission.
    PublishRevisionAction(revision, user=user).execute(skip_permission_checks=True)
    if draft is not None:
        pending = draft.as_object()
        pending.summary, pending.summary_published_at = html, now
        # Still the editor's draft: their name on it, and no log entry claiming they edited.
        pending.save_revision(user=draft.user, log_action=False)
    return EDiscussionPage.objects.get(pk=page.pk)


@transaction.atomic
def promote_summary(page: EDiscussionPage, user) -> ResourcePage:
    """Publish the summary as a library record, once; later calls return that record."""
    page = EDiscussionPage.objects.get(pk=page.pk)
    if page.summary_resource_id:
        return page.summary_resource.specific
    if not page.summary:
        raise Refused(_("There is no summary to promote yet."), 400)
    library = LibraryIndexPage.objects.first()
    if library is None:
        raise Refused(_("There is no library to promote the summary to."), 400)
    resource = ResourcePage(
        title=f"Consolidated summary: {page.title}"[:255],
        intro=page.intro,
        resource_type=ResourceType.objects.filter(name__icontains="summary").first()
        or ResourceType.objects.filter(name__icontains="report").first(),
        publisher=f"{branding.for_site().name} e-discussion",
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
