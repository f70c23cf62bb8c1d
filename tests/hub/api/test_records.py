"""What the API lists: live, public content only, in the language asked for, never members' data."""

import pytest
from wagtail.models import Locale, PageViewRestriction

from cms.models import ProjectPage
from tests.hub.api.conftest import walk

pytestmark = pytest.mark.django_db


def ids(api, url):
    return {record["id"] for record in walk(api, url)}


def test_drafts_unpublished_and_restricted_pages_never_appear(api, make_resource):
    public = make_resource("Public")
    draft = make_resource("Draft")
    draft.unpublish()
    restricted = make_resource("Password protected")
    PageViewRestriction.objects.create(
        page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    signed_in_only = make_resource("Members only")
    PageViewRestriction.objects.create(
        page=signed_in_only, restriction_type=PageViewRestriction.LOGIN
    )

    assert ids(api, "/api/v1/resources/?theme=api-test") == {public.pk}
    assert api.get(f"/api/v1/resources/{public.pk}/").status_code == 200
    for hidden in (draft, restricted, signed_in_only):
        response = api.get(f"/api/v1/resources/{hidden.pk}/")
        assert response.status_code == 404
        assert response.json()["status"] == 404


def test_a_page_under_a_restricted_index_is_hidden_too(api, make_project):
    project = make_project("Under a restricted index")
    PageViewRestriction.objects.create(
        page=project.get_parent(), restriction_type=PageViewRestriction.LOGIN
    )
    assert project.pk not in ids(api, "/api/v1/projects/?theme=api-test")
    assert api.get(f"/api/v1/projects/{project.pk}/").status_code == 404


def test_a_record_of_one_type_is_not_found_under_another(api, make_resource):
    resource = make_resource()
    assert api.get(f"/api/v1/projects/{resource.pk}/").status_code == 404


def test_members_contact_details_never_appear(api, make_project, an_approved_member):
    project = make_project(
        "Diaspora bonds", contact_name="Amara Okafor", contact_email="amara@example.org"
    )
    ProjectPage.objects.filter(pk=project.pk).update(owner=an_approved_member)
    listed = api.get("/api/v1/projects/?theme=api-test").content.decode()
    detail = api.get(f"/api/v1/projects/{project.pk}/").content.decode()
    for text in (listed, detail):
        assert "Diaspora bonds" in text
        assert "amara@example.org" not in text
        assert an_approved_member.email not in text
        assert "Amara Okafor" not in text
        assert an_approved_member.username not in text


def test_no_endpoint_lists_members_or_comments(api):
    root = api.get("/api/v1/").json()
    assert not {"members", "profiles", "users", "comments", "messages"} & set(root)
    for name in ("members", "profiles", "users", "comments", "topics"):
        response = api.get(f"/api/v1/{name}/")
        assert response.status_code == 404
        assert response["Content-Type"] == "application/json"


def test_records_carry_the_absolute_address_of_their_page_and_their_language(api, make_resource):
    resource = make_resource("Remittance corridors")
    record = api.get(f"/api/v1/resources/{resource.pk}/").json()
    assert record["url"] == resource.get_full_url()
    assert record["url"].startswith("http")
    assert record["language"] == "en"
    assert record["themes"] == [{"slug": "api-test", "name": "API test theme"}]
    assert record["versions"][0]["language"]["code"] == "en"


def test_lang_selects_the_records_of_that_language(api, make_resource):
    resource = make_resource("Remittance corridors")
    french = resource.copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=True
    )
    french.title = "Couloirs des envois de fonds"
    french.save_revision().publish()

    everything = walk(api, "/api/v1/resources/?theme=api-test")
    assert {(r["id"], r["language"]) for r in everything} == {
        (resource.pk, "en"),
        (french.pk, "fr"),
    }
    assert len({r["translation_key"] for r in everything}) == 1
    only_french = walk(api, "/api/v1/resources/?theme=api-test&lang=fr")
    assert [(r["title"], r["language"]) for r in only_french] == [
        ("Couloirs des envois de fonds", "fr")
    ]
    assert walk(api, "/api/v1/resources/?theme=api-test&lang=ar") == []


def test_lang_gives_the_names_of_terms_in_that_language(api, a_theme):
    a_theme.translations = {"fr": "Thème de test"}
    a_theme.save()
    assert api.get("/api/v1/themes/api-test/?lang=fr").json()["name"] == "Thème de test"
    assert api.get("/api/v1/themes/api-test/").json()["name"] == "API test theme"
    assert api.get("/api/v1/countries/SN/?lang=fr").json()["name"] == "Sénégal"


def test_filters_and_words_select_as_the_catalogue_does(api, make_resource, make_project):
    make_resource("Remittances in West Africa", publication_date="2019-05-01")
    make_resource("Skills partnerships", publication_date="2021-05-01")
    titles = [r["title"] for r in walk(api, "/api/v1/resources/?theme=api-test&year=2021")]
    assert titles == ["Skills partnerships"]
    titles = [r["title"] for r in walk(api, "/api/v1/resources/?theme=api-test&q=remittances")]
    assert titles == ["Remittances in West Africa"]
    make_project("Planned", status="planned")
    make_project("Done", status="completed")
    titles = {r["title"] for r in walk(api, "/api/v1/projects/?theme=api-test&status=planned")}
    assert titles == {"Planned"}


def test_events_are_upcoming_unless_asked_otherwise(api, make_event):
    import datetime

    past_start = datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC)
    make_event("Past", start=past_start, end=past_start + datetime.timedelta(hours=1))
    make_event("Coming")
    assert [r["title"] for r in walk(api, "/api/v1/events/?theme=api-test")] == ["Coming"]
    assert [r["title"] for r in walk(api, "/api/v1/events/?theme=api-test&when=past")] == ["Past"]
    assert len(walk(api, "/api/v1/events/?theme=api-test&when=all")) == 2


def test_format_filters_events_by_their_format(api, make_event):
    make_event("Webinar", event_format="online")
    make_event("Workshop", event_format="in_person")
    assert [r["title"] for r in walk(api, "/api/v1/events/?theme=api-test&format=online")] == [
        "Webinar"
    ]
