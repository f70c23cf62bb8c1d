"""The design system's server side: the menu, result labels, the checkbox-list widget, icons."""

import json

import pytest
from django.urls import reverse

from cms.models import Country, Language
from cms.models.library import ResourcePage
from cms.models.projects import ProjectPage
from hub.members.forms import ProfileForm, ProjectSubmissionForm
from search.site import result_type_label

pytestmark = pytest.mark.django_db


def test_the_menu_links_the_forum_and_the_member_directory(client, home_page):
    html = client.get(reverse("discussions:topics")).content.decode()
    assert f'href="{reverse("members:directory")}"' in html
    assert f'<a href="{reverse("discussions:topics")}" aria-current="page">' in html
    # It folds behind a <details> button, which needs no JavaScript.
    assert '<details class="site-menu">' in html and "<summary>" in html


def test_search_results_name_their_kind_in_readers_words():
    assert result_type_label(ResourcePage) == "Publication"
    assert result_type_label(ProjectPage) == "Project"
    assert result_type_label(None) == ""


def test_every_page_links_the_favicons_and_a_manifest_served_locally(client, home_page):
    html = client.get(home_page.url).content.decode()
    assert 'rel="icon" href="/static/img/favicon.svg"' in html
    assert 'rel="manifest" href="/manifest.webmanifest"' in html
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"]
    assert {icon["src"] for icon in manifest["icons"]} >= {"/static/img/icon-192.png"}
    assert client.post("/manifest.webmanifest").status_code == 405


def test_long_multiple_choices_are_checkboxes_with_the_ticked_ones_first(an_approved_member):
    profile = an_approved_member.profile
    languages = list(Language.objects.order_by("name"))
    assert len(languages) > 50, "the language list is seeded by a migration"
    last = languages[-1]
    profile.languages.set([last])
    html = str(ProfileForm(instance=profile)["languages"])
    assert "<select" not in html
    assert html.count('type="checkbox"') == len(languages)
    first_box = html.index('type="checkbox"')
    assert html.index(f'value="{last.pk}"') < html.index('type="checkbox"', first_box + 1)
    assert "1 selected" in html


def test_the_checkbox_list_submits_and_shows_its_errors(client, an_approved_member):
    client.force_login(an_approved_member)
    french, arabic = Language.objects.filter(code__in=["fr", "ar"]).order_by("code")
    data = {"display_name": "Amara", "visibility": "public", "languages": [french.pk, arabic.pk]}
    assert client.post(reverse("members:edit_profile"), data).status_code == 302
    assert set(an_approved_member.profile.languages.all()) == {french, arabic}

    response = client.post(reverse("members:edit_profile"), {**data, "languages": ["999999"]})
    assert response.status_code == 400  # the view's answer to an invalid form
    html = response.content.decode()
    assert 'class="errorlist' in html and "999999" in html
    # The page carries the enhancement script, a local file.
    assert 'src="/static/js/checklist.js"' in html


def test_the_submission_countries_are_a_checkbox_list():
    html = str(ProjectSubmissionForm()["countries"])
    assert "<select" not in html and "data-checklist" in html
    assert html.count('type="checkbox"') == Country.objects.count()
