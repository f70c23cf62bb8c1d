"""One declared catalogue per collection drives its index page, feed, CSV export and strict parsing.

Feeds are read with feedparser and exports with Python's csv module, the clients people use.
"""

import csv
import io
from urllib.parse import urlencode

import feedparser
import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale

from cms.models import (
    Country,
    ProjectCorridor,
    ProjectIndexPage,
    Theme,
    ToolkitIndexPage,
    ToolkitPage,
)
from search import catalogues
from search.facets import InvalidFilters
from tests.factories.cms import ProjectPageFactory

from .conftest import refresh


def csv_rows(response) -> list[dict]:
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.DictReader(io.StringIO(text)))


@pytest.fixture
def a_project_with_two_corridors_from_senegal(db):
    index = ProjectIndexPage.objects.get(locale=Locale.get_default())
    project = ProjectPageFactory(parent=index, title="Senegalese diaspora investment fund")
    senegal = Country.objects.get(code="SN")
    for destination in ("FR", "IT"):
        ProjectCorridor.objects.create(
            page=project, origin=senegal, destination=Country.objects.get(code=destination)
        )
    project.save_revision().publish()
    return project


# --- one declaration each ------------------------------------------------------------------


def test_every_collection_is_declared_once():
    assert catalogues.names() == (
        "library",
        "projects",
        "events",
        "news",
        "blog",
        "toolkits",
        "courses",
        "topics",
    )
    for name in catalogues.names():
        catalogue = catalogues.get(name)
        assert catalogue is catalogues.get(name)
        assert catalogue.text_fields and catalogue.sorts and catalogue.facets
    with pytest.raises(KeyError):
        catalogues.get("nope")


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/news/", {}),
        ("/blog/", {}),
        ("/events/", {"when": "all"}),
        ("/toolkits/", {}),
        ("/e-learning/", {}),
        ("/library/", {}),
        ("/projects/", {}),
    ],
)
def test_every_index_page_lists_its_catalogue_with_counts(client, db, url, params):
    response = client.get(url, params)

    assert response.status_code == 200
    search = response.context["search"]
    assert search.total == search.page.paginator.count > 0
    values = search.facet("theme").values
    assert values and all(value.count for value in values)
    for value in values[:2]:
        narrowed = client.get(url, {**params, "theme": value.value}).context["search"]
        assert narrowed.total == value.count


# --- the duplicate corridor ----------------------------------------------------------------


def test_a_project_with_two_matching_corridors_is_listed_once(
    client, each_backend, a_project_with_two_corridors_from_senegal
):
    refresh(each_backend)

    search = client.get("/projects/", {"origin": "SN"}).context["search"]

    pks = [project.pk for project in search.items]
    assert len(pks) == len(set(pks))
    assert a_project_with_two_corridors_from_senegal.pk in pks
    assert search.total == len(pks)
    assert {v.value: v.count for v in search.facet("origin").values}["SN"] == search.total


def test_the_export_lists_a_project_with_two_matching_corridors_once(
    client, a_project_with_two_corridors_from_senegal
):
    rows = csv_rows(client.get("/projects/csv/", {"origin": "SN"}))

    titles = [row["title"] for row in rows]
    assert titles.count("Senegalese diaspora investment fund") == 1


# --- feeds ---------------------------------------------------------------------------------


@pytest.mark.parametrize("index", ["/projects/", "/toolkits/", "/library/", "/news/"])
def test_each_feed_reads_as_atom_with_the_listings_items(client, db, index):
    theme = next(
        v.value for v in client.get(index).context["search"].facet("theme").values if v.count
    )
    listing = client.get(index, {"theme": theme}).context["search"]

    response = client.get(index + "feed/", {"theme": theme})
    feed = feedparser.parse(response.content)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert len(feed.entries) == min(listing.total, 50)
    listed = {item.get_full_url() for item in listing.items}
    assert listed <= {entry.link for entry in feed.entries}


def test_the_toolkit_feed_honours_the_filters(client, db):
    theme = Theme.objects.get(slug="migration-data")
    expected = set(
        ToolkitPage.objects.live()
        .filter(themes=theme, locale=Locale.get_default())
        .values_list("title", flat=True)
    )
    others = set(ToolkitPage.objects.live().values_list("title", flat=True)) - expected
    assert expected and others

    feed = feedparser.parse(client.get("/toolkits/feed/", {"theme": theme.slug}).content)

    assert {entry.title for entry in feed.entries} == expected
    assert not {entry.title for entry in feed.entries} & others
    assert ToolkitIndexPage.objects.exists()


def test_the_index_page_links_its_feed_and_export_with_its_filters(client, db):
    body = client.get("/projects/", {"status": "completed"}).content.decode()

    assert 'href="/projects/feed/?status=completed"' in body
    assert 'href="/projects/csv/?status=completed"' in body


# --- CSV export ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("index", "params"),
    [
        ("/library/", {}),
        ("/library/", {"theme": "diaspora-engagement", "type": "report"}),
        ("/library/", {"q": "remittances", "year": ["2019", "2020", "2021"]}),
        ("/projects/", {}),
        ("/projects/", {"status": "completed", "theme": "diaspora-engagement"}),
    ],
)
def test_the_csv_export_has_the_listings_rows(client, db, index, params):
    listing = client.get(index, params).context["search"]

    response = client.get(index + "csv/?" + urlencode(params, doseq=True))
    rows = csv_rows(response)

    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    assert len(rows) == listing.total
    assert {item.title for item in listing.items} <= {row["title"] for row in rows}


def test_a_cell_that_looks_like_a_formula_is_defused(client, a_resource):
    a_resource('=HYPERLINK("http://evil.example","click")', date="2031-01-01")

    rows = csv_rows(client.get("/library/csv/"))

    titles = [row["title"] for row in rows]
    assert '\'=HYPERLINK("http://evil.example","click")' in titles
    assert not any(title.startswith(("=", "+", "-", "@")) for title in titles)


def test_collections_without_export_columns_have_no_export(client, db):
    assert client.get("/events/csv/").status_code == 404


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("/projects/?origin=ZZ", "Unknown corridor: from “ZZ” was ignored."),
        ("/library/?sort=random", "Unknown sort order"),
        ("/events/?format=teleport", "Unknown format “teleport” was ignored."),
        ("/toolkits/?theme=nope", "Unknown theme “nope” was ignored."),
        ("/library/feed/?theme=nope", None),
        ("/projects/csv/?year=abc", None),
    ],
)
def test_unknown_values_give_a_message_not_an_error(client, db, url, message):
    response = client.get(url)

    assert response.status_code == 200
    if message:
        assert message in response.content.decode()


def test_a_strict_parse_refuses_unknown_filters_and_values(db):
    library = catalogues.get("library")

    with pytest.raises(InvalidFilters) as refused:
        library.parse(QueryDict("colour=red&theme=nope&sort=random"), strict=True)

    assert {(p.param, p.value) for p in refused.value.problems} == {
        ("colour", ""),
        ("theme", "nope"),
        ("sort", "random"),
    }
    allowed = library.parse(
        QueryDict("cursor=abc&theme=diaspora-engagement"), strict=True, extra=["cursor"]
    )
    assert allowed.filters == {"theme": ["diaspora-engagement"]}


def test_filtered_querysets_have_each_object_once_in_a_stable_order(
    a_project_with_two_corridors_from_senegal,
):
    projects = catalogues.get("projects")
    selection = projects.parse(QueryDict("origin=SN&destination=FR&destination=IT"))

    found = list(projects.filtered(selection, language="en"))

    assert found.count(a_project_with_two_corridors_from_senegal) == 1
    assert found == list(projects.filtered(selection, language="en"))


# --- fuzz ----------------------------------------------------------------------------------

names = st.sampled_from(
    ["q", "theme", "type", "country", "origin", "year", "sort", "page", "languages", "status", "x"]
)
values = st.text(max_size=40).filter(lambda v: "\x00" not in v) | st.sampled_from(
    ["", "all", "SN", "sn", "diaspora-engagement", "2020", "-1", "1e9", "relevance", "%FF"]
)


@settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(pairs=st.lists(st.tuples(names, values), max_size=6))
def test_no_query_string_makes_an_index_feed_or_export_fail(client, db, pairs):
    query = urlencode(pairs)
    for path in ("/library/", "/projects/", "/projects/feed/", "/library/csv/"):
        response = client.get(f"{path}?{query}")
        assert response.status_code == 200, (path, query)
