"""UN Migration Network Hub syndication: the opt-in, from the member's form to the feed."""

import feedparser
import pytest
from django.urls import reverse

from cms.models import ProjectPage

pytestmark = pytest.mark.django_db


def test_the_feed_lists_only_live_public_opted_in_projects(client, make_project):
    shared = make_project("Shared with the UN network", share_with_unmn=True)
    make_project("Not shared")
    draft = make_project("Shared but unpublished", share_with_unmn=True)
    draft.unpublish()
    response = client.get("/feeds/unmn-projects/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert "UN Migration Network Hub" in feed.feed.title
    assert [entry.title for entry in feed.entries] == [shared.title]
    assert feed.entries[0].link == shared.get_full_url()
    assert "api-test" in [tag.term for tag in feed.entries[0].tags]


def test_the_api_lists_the_opted_in_projects(api, make_project):
    shared = make_project("Shared", share_with_unmn=True)
    other = make_project("Not shared")
    listed = api.get("/api/v1/unmn-projects/?theme=api-test").json()["results"]
    assert [(r["id"], r["unmn"]) for r in listed] == [(shared.pk, True)]
    assert api.get(f"/api/v1/unmn-projects/{other.pk}/").status_code == 404
    assert api.get(f"/api/v1/projects/{other.pk}/").json()["unmn"] is False


@pytest.mark.parametrize("opted_in", [True, False])
def test_the_submission_form_asks_and_the_answer_reaches_the_page(
    client, an_approved_member, submission_indexes, opted_in
):
    client.force_login(an_approved_member)
    form = client.get(reverse("members:submit", args=["project"])).content.decode()
    assert 'name="share_with_unmn"' in form and "UN Migration Network Hub" in form
    data = {"title": "Diaspora bonds for Senegal", "status": "ongoing"}
    if opted_in:
        data["share_with_unmn"] = "on"
    assert client.post(reverse("members:submit", args=["project"]), data).status_code == 302
    page = ProjectPage.objects.get(title="Diaspora bonds for Senegal")
    assert page.share_with_unmn is opted_in
    assert page.get_latest_revision_as_object().share_with_unmn is opted_in


def test_editors_see_the_opt_in_in_the_page_editor(client, an_editor, make_project):
    project = make_project("Editable")
    client.force_login(an_editor)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[project.pk]))
    assert response.status_code == 200
    assert 'name="share_with_unmn"' in response.content.decode()
