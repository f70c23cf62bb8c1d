"""Member submissions become draft pages in moderation; status on "My submissions"; emails."""

import io
import zipfile

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import WorkflowState

from cms.models import EventPage, ProjectPage, ResourcePage
from hub.members.models import Submission
from hub.members.services import submissions
from tests.factories import members as factories

pytestmark = pytest.mark.django_db


def docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        # A fixed timestamp, so that every call gives the same bytes.
        for name, text in [("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:d/>")]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), text)
    return out.getvalue()


def approve(page, editor):
    state = WorkflowState.objects.for_instance(page).get(status="in_progress")
    state.current_task_state.task.specific.on_action(state.current_task_state, editor, "approve")


def request_changes(page, editor, comment=""):
    state = WorkflowState.objects.for_instance(page).get(status="in_progress")
    state.current_task_state.task.specific.on_action(
        state.current_task_state, editor, "reject", comment=comment
    )


@pytest.fixture
def project_data():
    return {
        "title": "Diaspora <b>bonds</b> for Senegal",
        "intro": "Pooling diaspora savings.",
        "body": "First paragraph <script>x</script>\n\nSecond paragraph",
        "status": "ongoing",
        "start_date": "2024-01-01",
        "end_date": "2025-12-31",
    }


def test_a_project_submission_is_a_draft_in_moderation_and_publishing_emails_the_member(
    client,
    an_approved_member,
    an_editor,
    submission_indexes,
    project_data,
    django_capture_on_commit_callbacks,
):
    client.force_login(an_approved_member)
    response = client.post(reverse("members:submit", args=["project"]), project_data)
    assert response.status_code == 302
    page = ProjectPage.objects.get(title=project_data["title"])
    assert not page.live and page.get_parent().specific == submission_indexes["project"]
    assert page.owner == an_approved_member
    assert "&lt;script&gt;" in page.body and "<script>" not in page.body
    assert WorkflowState.objects.for_instance(page).get().status == "in_progress"
    listing = client.get(reverse("members:submissions")).content.decode()
    assert "Awaiting review" in listing and "Diaspora &lt;b&gt;bonds&lt;/b&gt;" in listing
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        approve(page, an_editor)
    page.refresh_from_db()
    assert page.live
    assert "Published" in client.get(reverse("members:submissions")).content.decode()
    sent = [m for m in mail.outbox if m.to == ["amara@example.org"]]
    assert len(sent) == 1 and "published" in sent[0].subject
    # A second signal for the same status sends nothing more.
    assert submissions.notify(Submission.objects.get().pk) is False


def test_changes_requested_is_shown_and_emailed(
    client,
    an_approved_member,
    an_editor,
    submission_indexes,
    project_data,
    django_capture_on_commit_callbacks,
):
    client.force_login(an_approved_member)
    client.post(reverse("members:submit", args=["project"]), project_data)
    page = ProjectPage.objects.get(title=project_data["title"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        request_changes(page, an_editor)
    assert "Changes requested" in client.get(reverse("members:submissions")).content.decode()
    assert [m.subject for m in mail.outbox if m.to == ["amara@example.org"]] == [
        "[M4D Hub] Your project “Diaspora <b>bonds</b> for Senegal”: changes requested"
    ]


def test_an_event_keeps_its_local_time_zone(client, an_approved_member, submission_indexes):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:submit", args=["event"]),
        {
            "title": "Remittances webinar",
            "start": "2030-05-01T10:00",
            "end": "2030-05-01T12:00",
            "time_zone": "Africa/Dakar",
            "event_format": "online",
        },
    )
    assert response.status_code == 302
    event = EventPage.objects.get(title="Remittances webinar")
    assert event.local_start.hour == 10 and not event.live


def test_an_event_that_ends_before_it_starts_is_refused(
    client, an_approved_member, submission_indexes
):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:submit", args=["event"]),
        {
            "title": "Backwards",
            "start": "2030-05-02T10:00",
            "end": "2030-05-01T10:00",
            "time_zone": "UTC",
            "event_format": "online",
        },
    )
    assert response.status_code == 400 and "must end after it starts" in response.content.decode()
    assert not EventPage.objects.filter(title="Backwards").exists()


@pytest.fixture
def a_resource_type(db):
    from cms.models import ResourceType

    return ResourceType.objects.get_or_create(slug="toolkit", defaults={"name": "Toolkit"})[0]


def test_a_publication_with_a_real_document_is_filed_in_the_library(
    client, an_approved_member, submission_indexes, a_resource_type
):
    factories.language("en", "English")
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:submit", args=["publication"]),
        {
            "title": "Toolkit on remittances",
            "resource_type": a_resource_type.pk,
            "publication_date": "2024-06-01",
            "language": "en",
            "document": SimpleUploadedFile("toolkit.docx", docx(), "application/octet-stream"),
        },
    )
    assert response.status_code == 302
    resource = ResourcePage.objects.get(title="Toolkit on remittances")
    assert resource.versions.get().document.file.name.endswith(".docx")


def test_a_submitted_document_is_private_until_the_publication_is_published(
    client,
    an_approved_member,
    another_member,
    an_editor,
    submission_indexes,
    a_resource_type,
    django_capture_on_commit_callbacks,
):
    factories.language("en", "English")
    client.force_login(an_approved_member)
    client.post(
        reverse("members:submit", args=["publication"]),
        {
            "title": "Draft findings",
            "resource_type": a_resource_type.pk,
            "publication_date": "2024-06-01",
            "language": "en",
            "document": SimpleUploadedFile("findings.docx", docx(), "application/octet-stream"),
        },
    )
    resource = ResourcePage.objects.get(title="Draft findings")
    document = resource.versions.get().document
    assert document.collection == submissions.private_collection()
    assert document.url.startswith(f"/documents/{document.pk}/findings")

    # Not the public, not another member, not even the submitter: the editors only.
    client.logout()
    assert client.get(document.url).status_code == 302  # to the admin login
    client.force_login(another_member)
    assert client.get(document.url).status_code == 302
    client.force_login(an_approved_member)
    assert client.get(document.url).status_code == 302
    client.force_login(an_editor)
    response = client.get(document.url)
    assert response.status_code == 200 and b"".join(response.streaming_content) == docx()

    with django_capture_on_commit_callbacks(execute=True):
        approve(resource, an_editor)
    resource.refresh_from_db()
    assert resource.live
    client.logout()
    assert client.get(document.url).status_code == 200


@pytest.mark.parametrize(
    "name, content, error",
    [
        ("report.pdf", b"<html><script>alert(1)</script></html>", "is not a PDF"),
        ("report.docx", b"PK\x03\x04garbage", "does not match its extension"),
        ("report.exe", b"MZ\x90\x00", "are not accepted"),
        ("report.html", b"<script>alert(1)</script>", "are not accepted"),
        ("report.pdf", b"%PDF-1.7\n" + b"0" * (10 * 1024 * 1024), "too large"),
    ],
    ids=["forged-pdf", "forged-docx", "exe", "html", "oversized"],
)
def test_bad_documents_are_refused_with_a_clear_message(
    client, an_approved_member, submission_indexes, name, content, error
):
    factories.language("en", "English")
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:submit", args=["publication"]),
        {
            "title": "Bad upload",
            "publication_date": "2024-06-01",
            "language": "en",
            "document": SimpleUploadedFile(name, content, "application/pdf"),
        },
    )
    assert response.status_code == 400
    assert error in response.content.decode()
    assert not ResourcePage.objects.filter(title="Bad upload").exists()


def test_over_long_titles_and_unknown_kinds_are_refused(
    client, an_approved_member, submission_indexes
):
    client.force_login(an_approved_member)
    response = client.post(
        reverse("members:submit", args=["blog"]),
        {"title": "t" * 201, "author_name": "A", "body": "x"},
    )
    assert response.status_code == 400 and "at most 200 characters" in response.content.decode()
    assert client.get(reverse("members:submit", args=["spaceship"])).status_code == 404


def test_submissions_are_for_approved_members_and_private_to_their_author(
    client,
    an_approved_member,
    another_member,
    a_pending_applicant,
    submission_indexes,
    project_data,
):
    url = reverse("members:submit", args=["project"])
    assert client.post(url, project_data).status_code == 302  # to sign in
    client.force_login(a_pending_applicant)
    assert client.post(url, project_data).url == reverse("members:pending")
    assert not ProjectPage.objects.filter(title=project_data["title"]).exists()
    client.force_login(an_approved_member)
    client.post(url, project_data)
    client.force_login(another_member)
    assert "Diaspora" not in client.get(reverse("members:submissions")).content.decode()
    # The draft is not public either.
    client.logout()
    page = ProjectPage.objects.get(title=project_data["title"])
    assert client.get(page.get_url()).status_code == 404


def test_after_changes_are_requested_the_member_edits_and_sends_it_again(
    client,
    an_approved_member,
    an_editor,
    submission_indexes,
    project_data,
    django_capture_on_commit_callbacks,
):
    client.force_login(an_approved_member)
    client.post(reverse("members:submit", args=["project"]), project_data)
    page = ProjectPage.objects.get(title=project_data["title"])
    submission = Submission.objects.get()
    edit_url = reverse("members:edit_submission", args=[submission.pk])
    # Nothing to edit while the editors have it.
    assert client.get(edit_url).url == reverse("members:submissions")
    # The editor formats the description, then asks the member for changes.
    edited = page.get_latest_revision_as_object()
    edited.body = "<p>First paragraph <b>in bold</b></p><p>Second paragraph</p>"
    edited.save_revision(user=an_editor)
    with django_capture_on_commit_callbacks(execute=True):
        request_changes(page, an_editor, "Please add <the> end date & a contact.")

    listing = client.get(reverse("members:submissions")).content.decode()
    assert edit_url in listing
    form = client.get(edit_url)
    html = form.content.decode()
    assert "Please add &lt;the&gt; end date &amp; a contact." in html
    assert form.context["form"]["title"].value() == project_data["title"]
    body = form.context["form"]["body"].value()
    assert body == "First paragraph in bold\n\nSecond paragraph"
    mail.outbox.clear()

    changed = {
        **project_data,
        "title": "Diaspora bonds",
        "body": body,
        "contact_name": "Amara Okafor",
    }
    response = client.post(edit_url, changed)
    assert response.url == reverse("members:submissions")
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == "in_progress"
    draft = ProjectPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.title == "Diaspora bonds" and draft.contact_name == "Amara Okafor"
    assert draft.body == edited.body  # unchanged text keeps the editor's formatting
    assert "Awaiting review" in client.get(reverse("members:submissions")).content.decode()
    assert mail.outbox == []  # their own action: nothing to tell them

    with django_capture_on_commit_callbacks(execute=True):
        approve(page, an_editor)
    page.refresh_from_db()
    assert page.live and page.title == "Diaspora bonds" and page.contact_name == "Amara Okafor"
    assert [m.subject for m in mail.outbox if m.to == ["amara@example.org"]] == [
        "[M4D Hub] Your project “Diaspora bonds”: published"
    ]


def test_only_the_submitter_can_edit_and_bad_changes_are_refused(
    client, an_approved_member, another_member, an_editor, submission_indexes, project_data
):
    client.force_login(an_approved_member)
    client.post(reverse("members:submit", args=["project"]), project_data)
    page = ProjectPage.objects.get(title=project_data["title"])
    request_changes(page, an_editor, "Shorter title please.")
    edit_url = reverse("members:edit_submission", args=[Submission.objects.get().pk])

    response = client.post(edit_url, {**project_data, "title": "t" * 201})
    assert response.status_code == 400 and "at most 200 characters" in response.content.decode()
    assert WorkflowState.objects.for_instance(page).get().status == "needs_changes"

    client.force_login(another_member)
    assert client.get(edit_url).status_code == 404
    assert client.post(edit_url, {**project_data, "title": "Hijacked"}).status_code == 404
    client.logout()
    assert client.post(edit_url, {**project_data, "title": "Hijacked"}).status_code == 302
    page = ProjectPage.objects.get(pk=page.pk)
    assert page.get_latest_revision_as_object().title == project_data["title"]


def test_a_publication_sent_again_without_a_file_keeps_its_document(
    client, an_approved_member, an_editor, submission_indexes, a_resource_type
):
    factories.language("en", "English")
    client.force_login(an_approved_member)
    data = {
        "title": "Toolkit on remittances",
        "resource_type": a_resource_type.pk,
        "publication_date": "2024-06-01",
        "language": "en",
    }
    client.post(
        reverse("members:submit", args=["publication"]),
        {**data, "document": SimpleUploadedFile("toolkit.docx", docx(), "application/zip")},
    )
    resource = ResourcePage.objects.get(title="Toolkit on remittances")
    document = resource.versions.get().document
    request_changes(resource, an_editor, "Add an abstract.")
    edit_url = reverse("members:edit_submission", args=[Submission.objects.get().pk])

    response = client.post(edit_url, {**data, "abstract": "How remittances reach home."})
    assert response.status_code == 302
    draft = ResourcePage.objects.get(pk=resource.pk).get_latest_revision_as_object()
    assert draft.abstract == "How remittances reach home."
    assert [v.document_id for v in draft.versions.all()] == [document.pk]


def test_a_workflow_with_no_task_is_not_used_so_nothing_is_published_unreviewed(
    client, an_approved_member, submission_indexes, project_data
):
    from wagtail.models import Workflow, WorkflowPage

    empty = Workflow.objects.create(name="Nobody reviews")
    WorkflowPage.objects.update_or_create(
        page=submission_indexes["project"], defaults={"workflow": empty}
    )
    client.force_login(an_approved_member)
    assert client.post(reverse("members:submit", args=["project"]), project_data).status_code == 302
    page = ProjectPage.objects.get(title=project_data["title"])
    assert not page.live
    state = WorkflowState.objects.for_instance(page).get()
    assert state.status == "in_progress" and state.workflow.name == submissions.WORKFLOW_NAME


def test_submissions_are_rate_limited_per_member(
    client, an_approved_member, submission_indexes, project_data, settings
):
    settings.HUB_RATE_LIMITS = {**settings.HUB_RATE_LIMITS, "submission": "2/h"}
    client.force_login(an_approved_member)
    url = reverse("members:submit", args=["project"])
    codes = [
        client.post(url, {**project_data, "title": f"Project {n}"}).status_code for n in range(3)
    ]
    assert codes == [302, 302, 429]
    response = client.post(url, {**project_data, "title": "Project 4"})
    assert "You have sent as many submissions as we allow" in response.content.decode()
    assert "Project 4" in response.content.decode()  # the form keeps what was typed
    assert Submission.objects.filter(user=an_approved_member).count() == 2
