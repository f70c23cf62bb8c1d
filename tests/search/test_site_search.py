"""Site search across every public page type, editors' picks, and autocomplete."""

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

URL = "/search/"


def test_site_search_finds_every_kind_of_page(client, each_backend):
    kinds = set()
    for query in ["remittances", "Marrakech", "toolbox", "webinar"]:
        response = client.get(URL, {"q": query})
        assert response.status_code == 200
        kinds |= {type(page).__name__ for page in response.context["search"].page.object_list}

    assert {"ResourcePage", "MilestonePage", "ToolkitPage", "EventPage"} <= kinds


def test_results_are_summarised_with_the_words_marked(client, each_backend):
    body = client.get(URL, {"q": "trafficking"}).content.decode()

    assert "<mark>Trafficking</mark> in persons along migration routes" in body


def test_results_come_in_pages(client, each_backend):
    first = client.get(URL, {"q": "migration"})
    second = client.get(URL, {"q": "migration", "page": "2"})
    outcome = first.context["search"]

    assert outcome.total > 10
    assert len(outcome.page.object_list) == 10
    assert 'href="?q=migration&amp;page=2" rel="next"' in first.content.decode()
    assert {p.pk for p in outcome.page.object_list}.isdisjoint(
        {p.pk for p in second.context["search"].page.object_list}
    )


def test_editors_picks_come_first(client, each_backend):
    about = Page.objects.get(slug="about")
    query = Query.get("remittances")
    SearchPromotion.objects.create(query=query, page=about, description="Who we are.")
    SearchPromotion.objects.create(
        query=query, external_link_url="https://example.org/r", external_link_text="Outside"
    )

    response = client.get(URL, {"q": "Remittances "})
    body = response.content.decode()

    assert [p.page_id for p in response.context["search"].promotions] == [about.pk, None]
    assert body.index("Editors’ picks") < body.index('class="cards search-results"')
    assert "Who we are." in body and 'href="https://example.org/r"' in body


def test_a_pick_of_an_unpublished_page_is_not_shown(client, db):
    about = Page.objects.get(slug="about")
    SearchPromotion.objects.create(query=Query.get("remittances"), page=about)
    about.unpublish()

    assert client.get(URL, {"q": "remittances"}).context["search"].promotions == []


def test_an_empty_search_explains_itself(client, db):
    for q in ["", "   ", "(*:~^\\/[]{}"]:
        response = client.get(URL, {"q": q})
        assert response.status_code == 200
        assert response.context["search"].page is None


def test_autocomplete_suggests_titles_as_json(client, each_backend):
    response = client.get("/search/autocomplete/", {"q": "trafic"[:4]})
    library = client.get("/search/autocomplete/", {"q": "glos", "scope": "library"})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert all({"title", "url"} == set(s) for s in response.json()["results"])
    assert [s["title"] for s in library.json()["results"]] == [
        "Glossary of migration and development terms (demo edition)"
    ]
    assert library.json()["results"][0]["url"].startswith("/library/")


def test_autocomplete_ignores_short_or_odd_input(client, db):
    for q in ["", "a", "\x01", "x" * 5000, "[]{}"]:  # (NUL answers 400: tests/hub/core)
        response = client.get("/search/autocomplete/", {"q": q})
        assert response.status_code == 200
        assert isinstance(response.json()["results"], list)


def test_the_header_search_box_is_a_labelled_get_form(client, db):
    body = client.get("/").content.decode()

    assert 'action="/search/"' in body
    assert 'role="search"' in body
    assert '<label for="site-search-q"' in body
    assert "/static/js/search.js" in client.get("/search/").content.decode()


def test_the_library_and_project_indexes_are_their_faceted_search(client, db):
    library = client.get("/library/").content.decode()
    projects = client.get("/projects/").content.decode()

    assert '<label for="faceted-q">Search the library</label>' in library
    assert "/search/autocomplete/?scope=library" in library
    assert '<label for="faceted-q">Search projects</label>' in projects


@pytest.mark.parametrize("prefix", ["", "/fr", "/es", "/ar"])
@pytest.mark.parametrize("name", ["library", "projects"])
def test_the_old_search_addresses_redirect_to_the_index_with_their_parameters(
    client, db, prefix, name
):
    query = "q=remittances&theme=diaspora-engagement&theme=migration-data&page=2"

    response = client.get(f"{prefix}/search/{name}/?{query}")

    assert response.status_code == 301
    path, _, kept = response["Location"].partition("?")
    assert path.startswith(f"{prefix}/") and path != f"{prefix}/search/{name}/"
    assert kept == query
    index = client.get(response["Location"])
    assert index.status_code == 200
    assert index.context["search"].catalogue.name == name


@pytest.mark.search_engine
def test_matching_forum_topics_come_from_the_engine(client, search_engine, caplog, settings):
    from cms.models import Theme
    from hub.discussions.models import Topic
    from hub.discussions.services import topics
    from tests.factories import members

    settings.HUB_COMMENT_HOLD_FIRST = 0  # a new member's topics would wait for a moderator

    theme = Theme.objects.order_by("pk").first()
    author = members.member("amara", display_name="Amara Okafor")
    topic = topics.start(author, theme, "Circular migration schemes", "Seasonal workers")
    topics.start(author, theme, "Unrelated", "Nothing here")
    search_engine.backend.get_index_for_model(Topic).refresh()

    outcome = client.get(URL, {"q": "circular"}).context["search"]

    assert not outcome.degraded
    assert [t.pk for t in outcome.topics] == [topic.pk]
    assert "answering from the database" not in caplog.text  # no silent fallback either
    assert [t.pk for t in search_engine.backend.search("circular", Topic)] == [topic.pk]
