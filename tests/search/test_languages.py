"""Search in each language: stemming and stop words of the page's own language, results in the
visitor's language by default, and every language on request. Runs on the database backend
(PostgreSQL's text-search configurations in CI) and on the engine (its language analysers).
"""

from urllib.parse import urlencode

import pytest
from django.db import connection
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Locale

from search import catalogues, site
from search.languages import analyzers

from .conftest import refresh


def translated(page, language: str, **fields):
    """Publish `page`'s translation into `language` with these fields."""
    copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    return copy


def library(language: str, **params):
    with translation.override(language):
        return catalogues.get("library").run(QueryDict(urlencode(params, doseq=True)))


def titles(outcome) -> set[str]:
    return {page.title for page in outcome.items}


@pytest.fixture
def stemmed_backend(each_backend):
    if each_backend is None and connection.vendor != "postgresql":
        pytest.skip("SQLite's full-text search has no stemming; PostgreSQL's and the engine's do")
    return each_backend


@pytest.fixture
def workers(a_resource):
    # dated ahead of the demo content, so they head the newest-first lists
    source = a_resource(
        "Protecting the seasonal migrant worker", intro="Rights at work.", date="2030-01-01"
    )
    return {
        "en": source,
        "fr": translated(
            source,
            "fr",
            title="Protéger le travailleur migrant saisonnier",
            intro="Ses droits au travail.",
        ),
        "es": translated(
            source,
            "es",
            title="Proteger al trabajador migrante temporero",
            intro="Sus derechos laborales.",
        ),
        "ar": translated(
            source, "ar", title="حماية العامل المهاجر الموسمي", intro="حقوقه في العمل."
        ),
    }


def test_each_language_has_an_analyser_that_both_kinds_of_backend_know():
    assert analyzers() == {"en": "english", "fr": "french", "es": "spanish", "ar": "arabic"}


@pytest.mark.parametrize(
    ("language", "query", "title"),
    [
        # plural and stop words ("les", "los") that only the page's own language removes
        ("fr", "les travailleurs migrants", "Protéger le travailleur migrant saisonnier"),
        ("es", "los trabajadores migrantes", "Proteger al trabajador migrante temporero"),
        # the article and the plural ending go: المهاجرين finds المهاجر
        ("ar", "المهاجرين", "حماية العامل المهاجر الموسمي"),
    ],
)
def test_a_query_finds_pages_of_its_language_by_their_stems(
    stemmed_backend, workers, language, query, title
):
    refresh(stemmed_backend)

    found = library(language, q=query)

    assert titles(found) == {title}


def test_results_are_in_the_visitors_language_unless_every_language_is_asked_for(
    each_backend, workers
):
    refresh(each_backend)

    french = library("fr")
    everything = library("fr", languages="all")

    assert "Protéger le travailleur migrant saisonnier" in titles(french)
    assert "Protecting the seasonal migrant worker" not in titles(french)
    assert {p.title for p in workers.values()} <= titles(everything)
    # the choice is kept by the facet links and offered back
    assert "languages=all" in everything.query_string
    assert "languages" not in everything.own_language_url
    assert "languages=all" in french.every_language_url


def test_the_library_page_says_which_languages_it_shows(client, each_backend, workers):
    refresh(each_backend)

    mine = client.get("/library/", HTTP_ACCEPT_LANGUAGE="en")
    every = client.get("/library/?languages=all")

    assert b"Show results in every language" in mine.content
    assert b"Showing results in every language." in every.content
    assert b'name="languages" value="all"' in every.content


def test_site_search_and_suggestions_follow_the_visitors_language(each_backend, workers):
    refresh(each_backend)

    with translation.override("es"):
        found = site.search(QueryDict("q=trabajador"))
        everywhere = site.search(QueryDict("q=migrant&languages=all"))
        suggestions, _ = site.autocomplete("Proteg")

    assert {p.title for p in found.page.object_list} == {
        "Proteger al trabajador migrante temporero"
    }
    assert "Protecting the seasonal migrant worker" in {
        p.title for p in everywhere.page.object_list
    }
    assert [s["title"] for s in suggestions] == ["Proteger al trabajador migrante temporero"]


@pytest.mark.postgres
def test_postgres_indexes_each_page_with_its_own_languages_configuration(workers):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    from wagtail.search.models import IndexEntry

    french = IndexEntry.objects.get(object_id=str(workers["fr"].pk))
    english = IndexEntry.objects.get(object_id=str(workers["en"].pk))

    # French stemming: "saisonnier" indexed as its French stem; English keeps "season"
    assert "saisonni" in str(french.title)
    assert "season" in str(english.title)
