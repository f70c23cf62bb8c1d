"""Member submissions: a front-end form becomes a draft page in Wagtail's moderation workflow.

The status a member sees is read from Wagtail (the page and its latest workflow state), never
stored separately; ``Submission.notified_status`` only records what the member was last told,
so each change is emailed once.
"""

from __future__ import annotations

import logging
import re
import zoneinfo
from dataclasses import dataclass
from html import unescape

from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupApprovalTask,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
    WorkflowTask,
)
from wagtail.users.models import UserProfile

from cms.models import (
    BlogIndexPage,
    BlogPage,
    EventIndexPage,
    EventPage,
    LibraryIndexPage,
    ProjectIndexPage,
    ProjectPage,
    ResourcePage,
    ResourceVersion,
)
from home.links import absolute_url
from hub.core import limits
from hub.members.models import Submission
from hub.notifications.services import notify as notifications

log = logging.getLogger(__name__)

INDEX_FOR = {
    Submission.Kind.PROJECT: ProjectIndexPage,
    Submission.Kind.EVENT: EventIndexPage,
    Submission.Kind.BLOG: BlogIndexPage,
    Submission.Kind.PUBLICATION: LibraryIndexPage,
}
WORKFLOW_NAME = "Member submissions"
COLLECTION_NAME = "Member submissions (private until published)"
MODERATOR_GROUPS = ("Moderators", "Editors")


class SubmissionsClosed(Exception):
    """There is no published index page to file this kind of submission under."""


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    comment: str = ""


def index_page_for(kind: str) -> Page:
    index = INDEX_FOR[kind].objects.live().first()
    if index is None:
        raise SubmissionsClosed(kind)
    return index


def plain_text_to_rich_text(text: str) -> str:
    """Member text becomes escaped paragraphs: nothing they type can turn into markup."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>" + "<br/>".join(escape(line) for line in p.split("\n")) + "</p>" for p in paragraphs
    )


def _unique_slug(parent: Page, title: str) -> str:
    base = slugify(title)[:70].strip("-") or "submission"
    taken = set(parent.get_children().filter(slug__startswith=base).values_list("slug", flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


def ensure_workflow(index: Page) -> Workflow:
    """The moderation workflow for the index: the one Wagtail assigns, or one made for members."""
    workflow = index.get_workflow()
    # A workflow without an active task would publish the member's page at once, unreviewed.
    if workflow is not None and workflow.tasks.filter(active=True).exists():
        return workflow
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        task, _ = GroupApprovalTask.objects.get_or_create(name="Editors approve member content")
        task.groups.set(Group.objects.filter(name__in=MODERATOR_GROUPS))
        # Not workflow.workflow_tasks.create(): on a ClusterableModel that only builds the row.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def private_collection() -> Collection:
    """Where submitted files wait for review: Wagtail's document view serves them to editors only.

    Documents are served through Wagtail's view (``WAGTAILDOCS_SERVE_METHOD = "serve_view"``),
    which applies collection view restrictions; the files themselves must not be exposed under
    ``MEDIA_URL`` by the web server.
    """
    root = Collection.get_first_root_node()
    collection = root.get_children().filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=COLLECTION_NAME))
    restriction = CollectionViewRestriction.objects.filter(collection=collection).first()
    if restriction is None:
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set([Group.objects.get_or_create(name=n)[0] for n in MODERATOR_GROUPS])
    return collection


def release_documents(page) -> int:
    """On publication the submission's files join the public root collection; returns how many."""
    page = page.specific
    if not isinstance(page, ResourcePage):
        return 0
    ids = [v.document_id for v in page.versions.all() if v.document_id]
    return (
        get_document_model()
        .objects.filter(pk__in=ids, collection=private_collection())
        .update(collection=Collection.get_first_root_node())
    )


def _document(user, upload, title: str):
    document = get_document_model()(
        title=title[:255], uploaded_by_user=user, collection=private_collection()
    )
    document.file.save(upload.name, upload, save=False)
    document._set_document_file_metadata()
    document.save()
    return document


MODELS = {
    Submission.Kind.PROJECT: ProjectPage,
    Submission.Kind.EVENT: EventPage,
    Submission.Kind.BLOG: BlogPage,
    Submission.Kind.PUBLICATION: ResourcePage,
}
# The form fields each kind copies onto its page as they are (body and documents are converted).
PLAIN_FIELDS = {
    Submission.Kind.PROJECT: (
        "status start_date end_date contact_name contact_email share_with_unmn themes countries"
    ).split(),
    Submission.Kind.EVENT: (
        "start end time_zone event_format location registration_url organiser themes countries"
    ).split(),
    Submission.Kind.BLOG: ["author_name", "themes"],
    Submission.Kind.PUBLICATION: (
        "abstract authors publisher publication_date resource_type themes".split()
    ),
}
MANY = {"themes", "countries"}


def page_fields(kind: str, user, data: dict, files: dict | None = None) -> dict:
    """The page field values for the member's form data (a new document only when one came)."""
    fields = {"title": data["title"], "intro": data.get("intro", "")}
    for name in PLAIN_FIELDS[kind]:
        value = data.get(name)
        if name in MANY:
            value = list(value or [])
        elif name == "time_zone":
            value = value or "UTC"
        elif value is None and name not in ("start_date", "end_date", "resource_type"):
            value = ""
        fields[name] = value
    if kind == Submission.Kind.PUBLICATION:
        if files and files.get("document"):
            document = _document(user, files["document"], data["title"])
            fields["versions"] = [ResourceVersion(language=data["language"], document=document)]
    else:
        fields["body"] = plain_text_to_rich_text(data.get("body", ""))
    return fields


def build_page(kind: str, user, data: dict, files: dict | None = None) -> Page:
    if kind not in MODELS:
        raise ValueError(f"unknown submission kind {kind!r}")
    return MODELS[kind](live=False, owner=user, **page_fields(kind, user, data, files))


def rich_text_to_plain_text(html: str) -> str:
    """The inverse of ``plain_text_to_rich_text``, for putting a draft back into the form."""
    paragraphs = re.findall(r"<p[^>]*>(.*?)</p>", html or "", flags=re.S)
    return "\n\n".join(
        unescape(strip_tags(re.sub(r"<br\s*/?>", "\n", p))).strip() for p in paragraphs
    )


def draft_of(submission: Submission) -> Page:
    """The latest revision of the submitted page: what the editors last saw."""
    return submission.page.specific.get_latest_revision_as_object()


def initial_for(submission: Submission) -> dict:
    """The form's starting values, read back from the draft (editors may have edited it)."""
    page = draft_of(submission)
    initial = {"title": page.title, "intro": page.intro}
    for name in PLAIN_FIELDS[submission.kind]:
        value = getattr(page, name)
        initial[name] = list(value.all()) if name in MANY else value
    if submission.kind == Submission.Kind.PUBLICATION:
        version = page.versions.first()
        initial["language"] = version.language.code if version and version.language_id else "en"
    else:
        initial["body"] = rich_text_to_plain_text(page.body)
    if submission.kind == Submission.Kind.EVENT:
        # The form takes wall-clock times in the event's own time zone.
        tz = zoneinfo.ZoneInfo(page.time_zone or "UTC")
        for name in ("start", "end"):
            if initial[name]:
                initial[name] = initial[name].astimezone(tz).replace(tzinfo=None)
    return initial


class NotAwaitingChanges(Exception):
    """Only a submission the editors sent back for changes can be edited and sent again."""


@transaction.atomic
def resubmit(submission: Submission, user, data: dict, files: dict | None = None) -> Submission:
    """Save the member's changes as a new revision and put the workflow back to the editors."""
    if submission.user_id != user.pk:
        raise NotAwaitingChanges("not yours")
    state = (
        WorkflowState.objects.for_instance(submission.page)
        .select_for_update()
        .filter(status=WorkflowState.STATUS_NEEDS_CHANGES)
        .first()
    )
    if state is None or submission.page.live:
        raise NotAwaitingChanges(submission.pk)
    limits.consume("submission", user.pk)
    page = draft_of(submission)
    fields = page_fields(submission.kind, user, data, files)
    if "body" in fields and data.get("body", "") == rich_text_to_plain_text(page.body):
        # Unchanged text keeps whatever formatting an editor gave it.
        del fields["body"]
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision(user=user, log_action=True)
    state.resume(user)
    submission.title = page.title
    submission.notified_status = status_of(submission).code
    submission.save(update_fields=["title", "notified_status"])
    return submission


def _quiet_admin_notifications(user) -> None:
    """Members get our status emails; Wagtail's own would point them at an admin they can't use."""
    profile = UserProfile.get_for_user(user)
    profile.submitted_notifications = False
    profile.approved_notifications = False
    profile.rejected_notifications = False
    profile.updated_comments_notifications = False
    profile.save()


@transaction.atomic
def submit(kind: str, user, data: dict, files: dict | None = None) -> Submission:
    """File the member's content as a draft under its index and start the moderation workflow."""
    index = index_page_for(kind)
    limits.consume("submission", user.pk)
    _quiet_admin_notifications(user)
    page = build_page(kind, user, data, files)
    page.slug = _unique_slug(index, page.title)
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    submission = Submission.objects.create(user=user, page=page, kind=kind, title=page.title)
    ensure_workflow(index).start(page, user)
    submission.notified_status = status_of(submission).code
    submission.save(update_fields=["notified_status"])
    return submission


STATUS_LABELS = {
    "removed": _("Removed by the editors"),
    "published": _("Published"),
    "draft": _("Draft (not sent for review)"),
    "in_review": _("Awaiting review"),
    "changes_requested": _("Changes requested"),
    "declined": _("Not accepted"),
    "unpublished": _("Unpublished"),
    "approved": _("Approved"),
}


def _status(code: str, comment: str = "") -> Status:
    return Status(code, STATUS_LABELS[code], comment)


def status_of(submission: Submission) -> Status:
    page = submission.page
    if page is None:
        return _status("removed")
    if page.live:
        return _status("published")
    state = WorkflowState.objects.for_instance(page).order_by("-created_at", "-pk").first()
    if state is None:
        return _status("draft")
    if state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _status("in_review")
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        last = state.task_states.order_by("-finished_at", "-pk").first()
        return _status("changes_requested", (last.get_comment() if last else "") or "")
    if state.status == WorkflowState.STATUS_CANCELLED:
        return _status("declined")
    if page.first_published_at:
        return _status("unpublished")
    return _status("approved")


@transaction.atomic  # the claim and the notification (and its email) commit together
def notify(submission_id: int) -> bool:
    """Tell the submitter if the status changed since they were last told. True if told."""
    submission = Submission.objects.select_related("user", "page").filter(pk=submission_id).first()
    if submission is None:
        return False
    status = status_of(submission)
    if status.code == submission.notified_status:
        return False
    # The conditional update decides, once, who tells: a second run finds nothing to claim.
    claimed = Submission.objects.filter(
        pk=submission.pk, notified_status=submission.notified_status
    ).update(notified_status=status.code)
    if not claimed:
        return False
    told = notifications.notify(
        submission.user, "submission_status", submission, data={"status": status.code}
    )
    return told is not None


def for_user(user):
    return Submission.objects.filter(user=user).select_related("page")


def export_for(user) -> list[dict]:
    return [
        {
            "kind": s.kind,
            "title": s.title,
            "submitted_at": s.created_at.isoformat(),
            "status": status_of(s).code,
            "url": absolute_url(s.page) if s.page_id and s.page.live else None,
        }
        for s in for_user(user)
    ]


# What a submitted page says about its member, and what it says once they have left.
ANONYMISED = {
    BlogPage: {"author_name": "A former member"},
    ProjectPage: {"contact_name": "", "contact_email": ""},
}


def anonymise_for(user) -> None:
    """Submitted pages stay (public contributions) without the member's name or contact.

    Every revision is rewritten too, not only the live row: Wagtail shows old revisions in the
    page history, compares them and can revert or republish any of them.
    """
    for submission in for_user(user):
        page = submission.page.specific if submission.page_id else None
        fields = next((f for model, f in ANONYMISED.items() if isinstance(page, model)), None)
        if not fields:
            continue
        type(page).objects.filter(pk=page.pk).update(**fields)
        for revision in page.revisions.all():
            if any(revision.content.get(name, value) != value for name, value in fields.items()):
                revision.content = {**revision.content, **fields}
                revision.save(update_fields=["content"])
