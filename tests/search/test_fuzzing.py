"""Fuzzed queries of any kind get a page (200) with results or an empty list: never an error.

Runs against the database backend and the engine (each_backend). Hypothesis generates the text,
facet values and page numbers; the examples it must always try are listed explicitly.
"""

import pytest
from django.http import QueryDict
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from cms.models import Theme
from hub.discussions.services import topics
from search import catalogues, site
from tests.factories import members

NASTY = [
    "",
    " ",
    "\t\n ",
    '"(*:~^\\/[]{}',
    'a"b',
    "x" * 5000,
    "\x00",
    "\ud800",
    "AND OR NOT",
    "NEAR(a b)",
    "-",
    "*",
]

text = st.one_of(st.sampled_from(NASTY), st.text(max_size=300))
params = st.fixed_dictionaries(
    {"q": text},
    optional={
        "type": st.lists(text, max_size=3),
        "theme": st.lists(st.sampled_from(["diaspora-engagement", "nope", ""]) | text, max_size=3),
        "country": st.lists(st.sampled_from(["FR", "fr", "XX"]) | text, max_size=3),
        "language": st.lists(text, max_size=2),
        "year": st.lists(st.integers(-(10**6), 10**6).map(str) | text, max_size=3),
        "sort": st.sampled_from(["relevance", "newest", "", "oldest"]) | text,
        "page": st.integers(-5, 10**9).map(str) | text,
    },
)

FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def a_forum_topic(db, settings):
    """Site search also queries forum topics; SQLite's FTS5 only parses a query when rows exist."""
    settings.HUB_COMMENT_HOLD_FIRST = 0
    author = members.member("fuzzer", display_name="Fuzz Tester")
    return topics.start(author, Theme.objects.first(), "Remittances", 'Costs "fall" (a*b)')


def querydict(values: dict) -> QueryDict:
    query = QueryDict(mutable=True)
    for key, value in values.items():
        query.setlist(key, value if isinstance(value, list) else [value])
    return query


@FUZZ
@given(values=params)
@example(values={"q": '"(*:~^\\/[]{}', "year": ["２０２０"], "page": "-1"})
@example(values={"q": "x" * 5000, "theme": ["x" * 5000], "page": "1e9"})
def test_library_and_project_search_take_anything(each_backend, values):
    for catalogue in (catalogues.get("library"), catalogues.get("projects")):
        outcome = catalogue.run(querydict(values))
        assert outcome.total >= 0
        assert isinstance(outcome.items, list)


@FUZZ
@given(q=text, page=st.integers(-5, 10**9).map(str) | text)
@example(q='a"b', page="1")
def test_site_search_and_autocomplete_take_anything(each_backend, a_forum_topic, q, page):
    outcome = site.search(querydict({"q": q, "page": page}))
    suggestions, _ = site.autocomplete(q)

    assert outcome.page is None or outcome.total >= 0
    assert isinstance(suggestions, list)


def test_the_pages_answer_200_to_the_nasty_examples(client, each_backend, a_forum_topic):
    for q in NASTY:
        if q == "\ud800":
            continue  # a lone surrogate cannot travel in a URL; the services take it (above)
        for url in ("/search/", "/library/", "/projects/", "/search/autocomplete/"):
            response = client.get(url, {"q": q, "page": "x", "year": q, "theme": q})
            # NUL is refused for every URL (hub.core.middleware); the services take it (above).
            assert response.status_code == (400 if "\x00" in q else 200), (url, q)
