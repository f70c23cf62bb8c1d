"""Download my data, and delete my account (public contributions stay, anonymised)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.models import BlogPage, ProjectPage
from hub.members.models import Profile
from hub.messaging.models import Message
from hub.messaging.services import conversations
from tests.factories.members import PASSWORD

pytestmark = pytest.mark.django_db


def test_the_export_holds_profile_messages_and_submissions_of_the_member_only(
    client, an_approved_member, another_member, submission_indexes
):
    conversations.start(an_approved_member, [another_member], "Private hello")
    client.force_login(an_approved_member)
    client.post(
        reverse("members:submit", args=["blog"]),
        {"title": "My blog", "author_name": "Amara", "body": "Text"},
    )
    response = client.get(reverse("members:export"))
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["username"] == "amara"
    assert data["profile"]["display_name"] == "Amara Okafor"
    assert data["messages"][0]["messages"][0]["body"] == "Private hello"
    assert data["submissions"][0]["title"] == "My blog"
    assert "bilal@example.org" not in response.content.decode()


def test_the_export_is_denied_to_visitors_and_applicants(client, a_pending_applicant):
    assert client.get(reverse("members:export")).status_code == 302
    client.force_login(a_pending_applicant)
    assert client.get(reverse("members:export")).url == reverse("members:pending")


def test_deleting_the_account_needs_the_password_and_anonymises_contributions(
    client, an_approved_member, another_member, submission_indexes
):
    conversation = conversations.start(an_approved_member, [another_member], "Keep me")
    client.force_login(an_approved_member)
    client.post(
        reverse("members:submit", args=["blog"]),
        {"title": "Kept blog", "author_name": "Amara Okafor", "body": "Text"},
    )
    page = client.get(reverse("members:delete_account")).content.decode()
    assert "without your name" in page
    response = client.post(
        reverse("members:delete_account"), {"password": "wrong", "confirm": "on"}
    )
    assert response.status_code == 400 and "not your password" in response.content.decode()
    response = client.post(
        reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"}
    )
    assert response.status_code == 302
    assert not get_user_model().objects.filter(username="amara").exists()
    assert not Profile.objects.filter(display_name="Amara Okafor").exists()
    assert BlogPage.objects.get(title="Kept blog").author_name == "A former member"
    kept = Message.objects.get(conversation=conversation)
    assert kept.sender is None and kept.body == "Keep me"
    client.force_login(another_member)
    html = client.get(reverse("messaging:conversation", args=[conversation.pk])).content.decode()
    assert "A former member" in html


def test_deleting_the_account_removes_the_name_from_every_revision_of_a_submission(
    client, an_approved_member, an_editor, submission_indexes
):
    client.force_login(an_approved_member)
    client.post(
        reverse("members:submit", args=["project"]),
        {
            "title": "Diaspora bonds",
            "status": "ongoing",
            "contact_name": "Amara Okafor",
            "contact_email": "amara@example.org",
        },
    )
    client.post(
        reverse("members:submit", args=["blog"]),
        {"title": "My blog", "author_name": "Amara Okafor", "body": "Text"},
    )
    project = ProjectPage.objects.get(title="Diaspora bonds")
    project.save_revision(user=an_editor).publish()
    draft = ProjectPage.objects.get(pk=project.pk)
    draft.title = "Diaspora bonds (edited)"
    draft.save_revision(user=an_editor)
    blog = BlogPage.objects.get(title="My blog")
    assert project.revisions.count() == 3 and blog.revisions.count() == 1

    client.post(reverse("members:delete_account"), {"password": PASSWORD, "confirm": "on"})

    for page in (project, blog):
        for revision in page.revisions.all():
            text = json.dumps(revision.content)
            assert "Amara" not in text and "amara@example.org" not in text, revision.pk
    live = ProjectPage.objects.get(pk=project.pk)
    assert (live.contact_name, live.contact_email) == ("", "")
    assert live.get_latest_revision_as_object().title == "Diaspora bonds (edited)"
    assert BlogPage.objects.get(pk=blog.pk).get_latest_revision_as_object().author_name == (
        "A former member"
    )


def test_the_export_holds_e_learning_progress_completions_and_the_digest_subscription(
    client, an_approved_member
):
    from cms.models import CourseCompletion, CoursePage, ModuleProgress
    from hub.digests.models import Subscription

    course = CoursePage.objects.live().first()
    module = course.modules().first()
    ModuleProgress.objects.create(user=an_approved_member, module=module, passed_quizzes=["q1"])
    CourseCompletion.objects.create(user=an_approved_member, course=course)
    Subscription.objects.create(
        email="amara@example.org", user=an_approved_member, frequency="daily", status="active"
    )
    client.force_login(an_approved_member)

    data = json.loads(client.get(reverse("members:export")).content)

    assert data["learning"]["modules"][0]["module"] == module.title
    assert data["learning"]["modules"][0]["passed_quizzes"] == ["q1"]
    assert data["learning"]["completed_courses"][0]["course"] == course.title
    assert data["digest_subscription"]["frequency"] == "daily"
    assert data["digest_subscription"]["email"] == "amara@example.org"


def test_the_export_of_someone_else_holds_none_of_this_members_learning(
    client, an_approved_member, another_member
):
    from cms.models import CoursePage, ModuleProgress

    module = CoursePage.objects.live().first().modules().first()
    ModuleProgress.objects.create(user=an_approved_member, module=module)
    client.force_login(another_member)

    data = json.loads(client.get(reverse("members:export")).content)

    assert data["learning"] == {"modules": [], "completed_courses": []}
    assert data["digest_subscription"] is None
