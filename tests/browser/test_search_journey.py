"""Library search in a browser: suggestions as you type, then two facets narrow the results."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.search.conftest import search_engine  # noqa: F401 - a fixture, used by name below

BACKENDS = [
    pytest.param("database", id="database"),
    pytest.param("engine", id="engine", marks=pytest.mark.search_engine),
]


def results_count(page) -> int:
    return int(page.locator("#results-heading").get_attribute("data-total"))


def facet_counts(page, param) -> dict[str, str]:
    values = page.locator(f'fieldset[data-facet="{param}"] li')
    return {
        values.nth(i).locator("input").get_attribute("value"): values.nth(i)
        .locator("[data-count]")
        .inner_text()
        for i in range(values.count())
    }


@pytest.mark.parametrize("backend", BACKENDS)
def test_suggestion_then_two_facets_narrow_the_library(
    request, backend, page, live_server, demo_site
):
    if backend == "engine":  # what users search in production; the suggestions too
        request.getfixturevalue("search_engine")
    page.goto(live_server.url + "/library/")
    box = page.get_by_role("combobox", name="Search the library")

    box.press_sequentially("remit", delay=40)
    suggestion = page.get_by_role("option", name=re.compile("Remittances and household"))
    expect(suggestion).to_be_visible()
    suggestion.click()

    expect(page).to_have_url(re.compile(r"q=Remittances\+and\+household"))
    start = results_count(page)
    languages_before = facet_counts(page, "language")
    assert start > 1

    page.locator('fieldset[data-facet="theme"] li').first.locator("input").check()
    page.wait_for_url(re.compile(r"theme="))
    after_theme = results_count(page)
    page.locator('fieldset[data-facet="language"] input[value="fr"]').check()
    page.wait_for_url(re.compile(r"language=fr"))
    after_both = results_count(page)

    assert start > after_theme >= after_both > 0
    assert facet_counts(page, "language") != languages_before
    expect(page.locator(".active-filters li")).to_have_count(2)
    assert page.get_by_role("checkbox", checked=True).count() == 2
    expect(page.get_by_text("The search engine is not answering")).to_have_count(0)


def test_the_search_pages_pass_an_accessibility_scan(page, live_server, demo_site):
    axe = Axe()
    problems = {}
    for url in [
        "/search/?q=migration",
        "/search/?q=",
        "/library/?q=remittances&theme=diaspora-engagement",
        "/library/?q=qwxzv&language=es",
        "/projects/?q=diaspora",
    ]:
        page.goto(live_server.url + url)
        violations = axe.run(page).response["violations"]
        serious = [v["id"] for v in violations if v["impact"] in {"serious", "critical"}]
        if serious:
            problems[url] = serious

    assert problems == {}
