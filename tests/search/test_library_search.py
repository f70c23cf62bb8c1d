"""Library search: text, facets with counts, several values per facet, sort, pages, bad input.

Each behaviour runs on the database backend and on the engine (see each_backend).
"""

import re

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from .conftest import refresh

URL = "/library/"


def titles(response) -> list[str]:
    return [r.title for r in response.context["search"].items]


def facet(response, param) -> dict[str, tuple[int, bool]]:
    for result in response.context["search"].facets:
        if result.param == param:
            return {v.value: (v.count, v.selected) for v in result.values}
    return {}


def test_a_word_finds_the_publications_that_mention_it(client, each_backend):
    response = client.get(URL, {"q": "trafficking"})

    assert response.status_code == 200
    assert "Trafficking in persons along migration routes: policy options" in titles(response)
    assert response.context["search"].total >= 1


def test_facet_counts_add_up_to_the_results_and_narrow_them(client, each_backend):
    everything = client.get(URL)
    total = everything.context["search"].total
    types = facet(everything, "type")

    assert total == 38
    assert sum(count for count, _ in types.values()) == total

    report_slug = max(types, key=lambda slug: types[slug][0])
    narrowed = client.get(URL, {"type": report_slug})

    assert narrowed.context["search"].total == types[report_slug][0]
    # the other values of the chosen facet stay visible with their own counts (multi-select)
    assert facet(narrowed, "type") == {
        slug: (count, slug == report_slug) for slug, (count, _) in types.items()
    }


def test_two_values_of_one_facet_widen_and_two_facets_narrow(client, each_backend):
    everything = client.get(URL)
    themes = facet(everything, "theme")
    first, second = sorted(themes, key=lambda slug: -themes[slug][0])[:2]

    one = client.get(URL, {"theme": first}).context["search"].total
    both = client.get(URL, {"theme": [first, second]}).context["search"].total
    with_language = client.get(URL, {"theme": [first, second], "language": "fr"})

    assert one == themes[first][0]
    assert one < both <= themes[first][0] + themes[second][0]
    french = with_language.context["search"].total
    assert 0 < french < both
    assert facet(with_language, "language")["fr"] == (french, True)
    assert all(count <= both for count, _ in facet(with_language, "language").values()), (
        "language counts apply the theme filter"
    )


def test_text_and_facets_combine_and_the_url_can_be_shared(client, each_backend):
    response = client.get(URL, {"q": "remittances", "year": ["2019", "2020", "2021"]})
    outcome = response.context["search"]

    again = client.get(URL + "?" + outcome.query_string)

    assert titles(again) == titles(response)
    assert outcome.query_string == "q=remittances&year=2019&year=2020&year=2021"
    years = facet(response, "year")
    assert all(selected for value, (_, selected) in years.items() if value in {"2019", "2020"})


def test_newest_first_orders_by_publication_date(client, each_backend):
    response = client.get(URL, {"q": "migration", "sort": "newest"})
    dates = [r.publication_date for r in response.context["search"].items]

    assert dates == sorted(dates, reverse=True)
    assert len(dates) > 3


def test_no_results_suggests_removing_a_filter(client, each_backend):
    response = client.get(URL, {"q": "qwxzv", "language": "es", "type": "report"})

    assert response.status_code == 200
    body = response.content.decode()
    assert response.context["search"].total == 0
    assert "Try removing a filter" in body
    remove_links = re.findall(r'<a href="(\?[^"]*)">without', body)
    assert remove_links, body
    assert all("q=qwxzv" in link for link in remove_links)


def test_drafts_and_private_pages_never_show_nor_count(client, a_resource, each_backend):
    a_resource("Zanzibar corridor notes, published", themes=["diaspora-engagement"])
    a_resource("Zanzibar corridor notes, draft", live=False, themes=["diaspora-engagement"])
    private = a_resource("Zanzibar corridor notes, members only", themes=["diaspora-engagement"])
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    ).groups.add(Group.objects.get_or_create(name="Members")[0])
    unpublished = a_resource("Zanzibar corridor notes, withdrawn", themes=["diaspora-engagement"])
    unpublished.unpublish()
    refresh(each_backend)

    response = client.get(URL, {"q": "zanzibar"})

    assert titles(response) == ["Zanzibar corridor notes, published"]
    assert facet(response, "theme") == {"diaspora-engagement": (1, False)}
    assert client.get("/search/", {"q": "zanzibar"}).context["search"].total == 1
    suggestions = client.get("/search/autocomplete/", {"q": "zanzib"}).json()["results"]
    assert [s["title"] for s in suggestions] == ["Zanzibar corridor notes, published"]


def test_a_title_match_outranks_a_body_match(client, a_resource, each_backend):
    a_resource("Notes from a workshop", body="<p>We talked about the quokka census.</p>")
    a_resource("The quokka census")
    refresh(each_backend)

    response = client.get(URL, {"q": "quokka census"})

    assert titles(response)[:2] == ["The quokka census", "Notes from a workshop"]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": '"(*:~^\\/[]{}'},
        {"q": "   "},
        {"q": "\x01\x1f control"},  # (NUL answers 400 everywhere: tests/hub/core)
        {"type": "nope", "theme": "x" * 300, "year": ["abc", "99999", "-1", "２０２０"]},
        {"country": ["FR"] * 50},
        {"page": "0"},
        {"page": "-3"},
        {"page": "999999"},
        {"page": "1e9"},
        {"sort": "random"},
        {"q": "migration", "sort": ["newest", "oldest"], "page": ["2", "x"]},
    ],
)
def test_bad_input_gets_a_page_and_a_message_never_an_error(client, params, each_backend):
    response = client.get(URL, params)

    assert response.status_code == 200
    assert response.context["search"] is not None


def test_messages_explain_what_was_ignored(client, db):
    response = client.get(URL, {"type": "nope", "page": "abc", "sort": "random", "q": "a" * 300})
    messages = " ".join(response.context["search"].messages)

    assert "Unknown type “nope” was ignored." in messages
    assert "“abc” is not a page number" in messages
    assert "Unknown sort order" in messages
    assert "shortened to 200 characters" in messages


def test_the_form_works_without_javascript(client, db):
    body = client.get(URL, {"q": "migration", "theme": "diaspora-engagement"}).content.decode()

    assert '<form method="get"' in body
    assert re.search(
        r'<input type="checkbox" id="[^"]+" name="theme" value="diaspora-engagement" checked>', body
    )
    assert '<label for="faceted-q">' in body
    assert "Apply filters" in body
    assert re.search(r"<h1>.*</h1>", body)
    assert 'role="search"' in body  # the header's search landmark


def test_project_search_has_the_project_facets(client, each_backend):
    response = client.get("/projects/", {"q": "remittances"})
    params = [f.param for f in response.context["search"].facets]

    assert response.status_code == 200
    assert params == [
        "theme",
        "region",
        "country",
        "origin",
        "destination",
        "status",
        "sdg",
        "gcm",
        "year",
    ]
    assert "Lower-Cost Remittances through Cooperative Networks" in titles(response)
    statuses = facet(client.get("/projects/"), "status")
    assert sum(count for count, _ in statuses.values()) == 13
