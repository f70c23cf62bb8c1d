from datetime import timedelta

from django.test import Client
from django.utils import timezone

from cms.models import EDiscussionPage, ResourcePage
from hub.discussions.models import ThreadComment
from hub.discussions.services import comments, ediscussions

from .conftest import post_url


def test_the_index_lists_open_upcoming_and_past(client, an_open_ediscussion, a_closed_ediscussion):
    index = an_open_ediscussion.get_parent().specific
    upcoming = EDiscussionPage(
        title="Skills partnerships",
        slug="skills-partnerships",
        opens_at=timezone.now() + timedelta(days=10),
        closes_at=timezone.now() + timedelta(days=40),
    )
    index.add_child(instance=upcoming)
    html = client.get(index.url).content.decode()
    open_at, coming_at, past_at = (
        html.index("Open now"),
        html.index("Coming up"),
        html.index("Past e-discussions"),
    )
    assert open_at < html.index(an_open_ediscussion.title) < coming_at
    assert coming_at < html.index("Skills partnerships") < past_at
    assert past_at < html.index(a_closed_ediscussion.title)


def test_the_page_shows_its_state_and_questions(client, an_open_ediscussion, a_closed_ediscussion):
    html = client.get(an_open_ediscussion.url).content.decode()
    assert "Open for contributions." in html
    assert "Which GCM objectives has your city or region worked on" in html
    closed = client.get(a_closed_ediscussion.url).content.decode()
    assert "Closed." in closed and "no new contributions" in closed
    assert "Consolidated summary" in closed
    assert 'id="comment-form"' not in closed


def test_comments_only_while_open(client, amara, an_open_ediscussion, a_closed_ediscussion):
    client.force_login(amara)
    assert client.post(post_url(an_open_ediscussion), {"comment": "Our city…"}).status_code == 302
    response = client.post(post_url(a_closed_ediscussion), {"comment": "Too late"})
    assert response.status_code == 403
    assert "not open" in response.content.decode()
    EDiscussionPage.objects.filter(pk=an_open_ediscussion.pk).update(
        opens_at=timezone.now() + timedelta(days=1), closes_at=timezone.now() + timedelta(days=2)
    )
    assert client.post(post_url(an_open_ediscussion), {"comment": "Too early"}).status_code == 403
    assert ThreadComment.objects.count() == 1


def test_a_moderator_pins_a_comment_and_others_cannot(client, amara, bilal, an_open_ediscussion):
    an_open_ediscussion.moderators.add(bilal)
    an_open_ediscussion.save_revision().publish()
    first = comments.post(amara, an_open_ediscussion, "first")
    second = comments.post(amara, an_open_ediscussion, "the key insight")
    client.force_login(amara)
    assert client.post(f"/discussions/comment/{second.pk}/pin/").status_code == 403
    client.force_login(bilal)
    assert client.post(f"/discussions/comment/{second.pk}/pin/").status_code == 302
    html = Client().get(an_open_ediscussion.url).content.decode()
    assert "Pinned by a moderator" in html
    assert html.index("the key insight") < html.index(f'id="c{first.pk}"')


def test_moderator_publishes_the_summary_and_an_editor_promotes_it(
    client, admin_client, bilal, a_closed_ediscussion
):
    page = a_closed_ediscussion
    page.moderators.add(bilal)
    page.save_revision().publish()
    client.force_login(bilal)
    response = client.post(
        f"/discussions/e-discussions/{page.pk}/summary/",
        {"summary": "Members agreed:\n\n- trust takes time\n- **match funding** works"},
    )
    assert response.status_code == 302, response.content.decode()[-3000:]
    html = Client().get(page.url).content.decode()
    assert "<strong>match funding</strong>" in html
    response = admin_client.post(f"/admin/discussions/e-discussion/{page.pk}/promote/")
    assert response.status_code == 302
    resource = ResourcePage.objects.get(title=f"Consolidated summary: {page.title}")
    assert resource.live and "match funding" in resource.body
    page.refresh_from_db()
    assert page.summary_resource_id == resource.pk
    admin_client.post(f"/admin/discussions/e-discussion/{page.pk}/promote/")
    assert ResourcePage.objects.filter(title__startswith="Consolidated summary").count() == 1
    assert resource.title in Client().get(page.url).content.decode()


def test_only_its_moderators_write_the_summary(client, amara, a_closed_ediscussion):
    client.force_login(amara)
    response = client.post(
        f"/discussions/e-discussions/{a_closed_ediscussion.pk}/summary/", {"summary": "mine"}
    )
    assert response.status_code == 403


def test_the_promote_button_is_in_the_page_editor(admin_client, a_closed_ediscussion):
    html = admin_client.get(f"/admin/pages/{a_closed_ediscussion.pk}/edit/").content.decode()
    assert "Promote summary to the library" in html
    assert ediscussions  # the service module the button leads to


def test_a_moderators_summary_never_publishes_the_editors_unreviewed_draft(
    client, bilal, an_editor, a_closed_ediscussion
):
    page = a_closed_ediscussion
    page.moderators.add(bilal)
    page.save_revision().publish()
    live_intro = page.intro
    draft = EDiscussionPage.objects.get(pk=page.pk)
    draft.intro = "Unreviewed draft intro from an editor"
    draft.save_revision(user=an_editor)
    client.force_login(bilal)
    response = client.post(
        f"/discussions/e-discussions/{page.pk}/summary/", {"summary": "What members agreed"}
    )
    assert response.status_code == 302
    html = Client().get(page.url).content.decode()
    assert "What members agreed" in html
    assert "Unreviewed draft intro" not in html
    page.refresh_from_db()
    assert page.intro == live_intro and page.has_unpublished_changes
    pending = page.get_latest_revision()
    assert pending.user == an_editor
    assert pending.as_object().intro == "Unreviewed draft intro from an editor"
    assert "What members agreed" in pending.as_object().summary  # kept when editors publish


def test_the_summary_waits_while_editors_review_a_change(
    client, bilal, an_editor, a_closed_ediscussion
):
    from wagtail.models import Workflow

    page = a_closed_ediscussion
    page.moderators.add(bilal)
    page.save_revision().publish()
    draft = EDiscussionPage.objects.get(pk=page.pk)
    draft.intro = "Under review"
    draft.save_revision(user=an_editor)
    workflow = page.get_workflow() or Workflow.objects.create(name="Review")
    workflow.start(page, an_editor)
    client.force_login(bilal)
    response = client.post(
        f"/discussions/e-discussions/{page.pk}/summary/", {"summary": "Too early"}
    )
    assert response.status_code == 409
    assert "reviewing changes" in response.content.decode()
    page.refresh_from_db()
    assert page.workflow_in_progress and "Too early" not in page.summary
