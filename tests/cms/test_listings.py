"""Index pages: filters through GET parameters, pagination, and bad input that never breaks them."""

import pytest
from django.utils.http import urlencode
from wagtail.models import Locale

from cms.models import NewsIndexPage, ProjectPage, ResourcePage, ResourceType, Theme
from tests.factories.cms import NewsPageFactory, ResourcePageFactory, the_library


def titles(response):
    return {item.title for item in response.context["search"].items}


def test_the_library_filters_by_theme_and_type(client, db):
    theme = Theme.objects.get(name="Diaspora engagement")
    kind = ResourceType.objects.get(name="Report")
    expected = set(
        ResourcePage.objects.live()
        .filter(themes=theme, resource_type=kind)
        .values_list("title", flat=True)
    )
    assert expected

    response = client.get("/library/", {"theme": theme.slug, "type": kind.slug})

    assert response.status_code == 200
    assert titles(response) == expected
    active = [(a.param, a.value_label) for a in response.context["search"].active]
    assert active == [("type", "Report"), ("theme", "Diaspora engagement")]
    assert b"Theme: Diaspora engagement" in response.content


def test_several_values_of_one_filter_widen_the_result(client, db):
    a, b = Theme.objects.get(slug="diaspora-engagement"), Theme.objects.get(slug="migration-data")

    response = client.get("/library/?" + urlencode([("theme", a.slug), ("theme", b.slug)]))

    expected = set(
        ResourcePage.objects.live().filter(themes__in=[a, b]).values_list("title", flat=True)
    )
    assert titles(response) == expected
    assert len(expected) > len(
        set(ResourcePage.objects.filter(themes=a).values_list("title", flat=True))
    )


def test_filters_by_country_code_in_either_case(client, db):
    upper = client.get("/library/?country=MA")
    lower = client.get("/library/?country=ma")

    assert (
        titles(upper)
        == titles(lower)
        == set(ResourcePage.objects.filter(countries__code="MA").values_list("title", flat=True))
    )


def test_projects_filter_by_status_sdg_and_gcm_objective(client, db):
    response = client.get("/projects/", {"status": "completed", "sdg": "10.7", "gcm": "19"})

    assert response.status_code == 200
    for project in response.context["search"].items:
        assert project.status == "completed"
        assert project.sdgs.filter(code="10.7").exists()
        assert project.gcm_objectives.filter(number=19).exists()


def test_only_used_values_are_offered(client, db):
    response = client.get("/projects/")

    offered = {f.param: {v.value for v in f.values} for f in response.context["search"].facets}
    used = set(ProjectPage.objects.live().values_list("countries__code", flat=True)) - {None}
    assert offered["country"] == used


@pytest.mark.parametrize(
    "query, message",
    [
        ("theme=no-such-theme", "Unknown theme “no-such-theme” was ignored."),
        ("page=abc", "“abc” is not a page number: showing page 1."),
        ("page=9999", "There is no page 9999"),
        ("page=-1", "There is no page -1"),
        ("year=1066", "Unknown year “1066” was ignored."),
        ("type=" + "x" * 5000, "A type value was too long and was ignored."),
        ("theme=%FF", "Unknown theme"),
    ],
)
def test_bad_input_gives_a_message_never_an_error(client, db, query, message):
    response = client.get("/library/?" + query)

    assert response.status_code == 200
    assert message in response.content.decode()


def test_a_nul_character_is_a_client_error_with_a_message(client, db):
    response = client.get("/library/?theme=%00%FF")

    assert response.status_code == 400
    assert "NUL" in response.content.decode()


def test_too_many_parameters_is_a_client_error(client, db):
    response = client.get("/library/?" + "&".join(f"theme=t{i}" for i in range(11_000)))

    assert response.status_code == 400


def test_unknown_and_known_values_mix(client, db):
    response = client.get("/library/?theme=diaspora-engagement&theme=bogus")

    assert response.status_code == 200
    assert [a.value for a in response.context["search"].active] == ["diaspora-engagement"]
    assert "Unknown theme “bogus” was ignored." in response.content.decode()


def test_pagination_keeps_the_filters(client, db):
    response = client.get("/library/?theme=diaspora-engagement&page=1")
    search = response.context["search"]
    assert search.page_url(2) == "?theme=diaspora-engagement&page=2"


def test_the_events_index_shows_upcoming_by_default_and_past_on_request(client, db):
    upcoming = client.get("/events/").context["search"].items
    past = client.get("/events/?when=past").context["search"].items
    bogus = client.get("/events/?when=yesterday")

    assert upcoming and past
    assert all(event.is_upcoming for event in upcoming)
    assert not any(event.is_upcoming for event in past)
    assert bogus.status_code == 200
    assert bogus.context["search"].selection.filters["when"] == ["upcoming"]
    assert "Unknown when “yesterday” was ignored." in bogus.content.decode()


def test_drafts_and_private_pages_are_not_listed(client, db):
    library = the_library()
    draft = ResourcePageFactory(parent=library, title="Unpublished draft resource", live=False)

    response = client.get("/library/?page=1")

    assert draft.title not in titles(response)
    assert b"Unpublished draft resource" not in client.get("/library/").content


@pytest.mark.parametrize(
    "url",
    [
        "/library/",
        "/library/?theme=diaspora-engagement&type=report",
        "/news/",
        "/projects/",
        "/events/?when=all",
        "/",
    ],
)
def test_a_listing_query_count_does_not_grow_with_its_items(client, db, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    before = queries()
    library, news = the_library(), NewsIndexPage.objects.get(locale=Locale.get_default())
    for _ in range(20):
        ResourcePageFactory(parent=library)
        NewsPageFactory(parent=news)
    after = queries()

    assert after <= before
    assert after <= 30
