"""The design system in a browser: the no-JS mobile menu, the first result on a phone's first
screen, and axe-core in light and dark colour schemes, left-to-right and right-to-left."""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from cms.models import EventPage, ProjectPage, ResourcePage
from tests.conftest import EDITOR_PASSWORD

SERIOUS = {"serious", "critical"}
SCREENSHOTS = os.environ.get("HUB_SCREENSHOTS")  # a folder: also save what the pages look like


def new_page(browser, width=1280, **options):
    context = browser.new_context(viewport={"width": width, "height": 844}, **options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    return page


def test_the_mobile_menu_opens_and_leads_somewhere_without_javascript(
    browser, live_server, demo_site
):
    page = new_page(browser, 390, java_script_enabled=False)
    page.goto(live_server.url + "/")
    forum = page.locator(".site-nav").get_by_role("link", name="Forum")
    expect(forum).to_be_hidden()
    page.locator(".site-menu > summary").click()
    expect(forum).to_be_visible()
    forum.click()
    expect(page).to_have_url(live_server.url + "/discussions/forum/")
    # The header search never wraps its button under the box.
    box = page.locator("#site-search-q").bounding_box()
    button = page.locator(".site-search button").bounding_box()
    assert abs(box["y"] - button["y"]) < 2
    page.context.close()


def test_the_first_library_result_is_on_a_phones_first_screen(browser, live_server, demo_site):
    page = new_page(browser, 390)
    page.goto(live_server.url + "/search/library/")
    first = page.locator(".search-results .card__title").first.bounding_box()
    assert first is not None
    assert first["y"] + first["height"] <= 844, f"the first result starts at {first['y']}px"
    page.context.close()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_main_page_types_pass_axe_in_both_colour_schemes_and_directions(
    browser, live_server, demo_site, a_member, scheme
):
    urls = {
        "home": "/",
        "library": "/search/library/",
        "resource": ResourcePage.objects.live().first().url,
        "event": EventPage.objects.live().first().url,
        "project": ProjectPage.objects.live().first().url,
        "forum": "/discussions/forum/",
        "profile-form": "/members/me/profile/",
    }
    axe = Axe()
    problems = {}
    for width in (1280, 390) if SCREENSHOTS else (1280,):
        page = new_page(browser, width, color_scheme=scheme)
        page.goto(live_server.url + "/admin/login/?next=/")
        page.get_by_label("Username").fill(a_member.username)
        page.get_by_label("Password").fill(EDITOR_PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        for language in ("", "/ar"):
            for name, url in urls.items():
                page.goto(live_server.url + language + url)
                if width == 1280:
                    violations = axe.run(page).response["violations"]
                    serious = [
                        f"{v['id']}: {v['help']} (e.g. {v['nodes'][0]['target']})"
                        for v in violations
                        if v["impact"] in SERIOUS
                    ]
                    if serious:
                        problems[f"{language}{url}"] = serious
                if SCREENSHOTS:
                    folder = Path(SCREENSHOTS)
                    folder.mkdir(parents=True, exist_ok=True)
                    shot = f"{name}-{language.strip('/') or 'en'}-{scheme}-{width}.png"
                    page.screenshot(path=str(folder / shot), full_page=width == 1280)
        page.context.close()
    assert problems == {}
