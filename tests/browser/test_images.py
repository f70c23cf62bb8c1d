"""Images in Chromium: what a phone downloads on the listings, accessibility with images, and
screenshots of the pages that show them.

Set HUB_SCREENSHOTS to a folder to keep full-page screenshots at 1280 and 390 px, in English and
Arabic, of the home page, the library, a resource, an event and a project.
"""

import os
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Error as PlaywrightError

from cms.models import EventPage, ProjectPage, ResourcePage

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = os.environ.get("HUB_SCREENSHOTS")
MAX_PAGE_BYTES = 100 * 1024
MAX_IMAGE_BYTES = 150 * 1024
PAGE_TYPES = {"document", "stylesheet", "script"}
LISTINGS = ["/", "/library/", "/news/", "/events/?when=all", "/projects/"]
SERIOUS = {"serious", "critical"}


@pytest.fixture(autouse=True)
def every_format(settings):
    """AVIF too, as in production (the test settings leave it out to save time)."""
    settings.HUB_IMAGE_FORMATS = ("avif", "webp", "jpeg")


def a_phone(browser, scale):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, device_scale_factor=scale, is_mobile=True
    )
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.context.new_cdp_session(page).send("Network.setCacheDisabled", {"cacheDisabled": True})
    return page


def weigh(page, url) -> tuple[int, int, list[str]]:
    """Bytes of HTML+CSS+JS and of images that loading `url` and scrolling to its end took."""
    responses = []

    def collect(answer):
        responses.append(answer)

    page.on("response", collect)
    assert page.goto(url).ok, url
    # Down the whole page, so that every lazy image is counted too: the worst case.
    height = page.evaluate("document.documentElement.scrollHeight")
    for y in range(0, height + 844, 600):
        page.evaluate(f"window.scrollTo(0, {y})")
        page.wait_for_timeout(50)
    page.wait_for_load_state("networkidle")
    page.remove_listener("response", collect)
    text = images = 0
    kinds = []
    for answer in responses:
        if not answer.ok:
            continue
        # The body, not the bytes on the wire: an image the memory cache served since the
        # last page counts as if it were downloaded again, as on a first visit.
        try:
            size = len(answer.body())
        except PlaywrightError:  # its document went away (a prefetch, a replaced frame): the
            # bytes the browser took for it instead
            sizes = answer.request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
        if answer.request.resource_type in PAGE_TYPES:
            text += size
        elif answer.request.resource_type == "image":
            images += size
            kinds.append(answer.headers.get("content-type", ""))
    return text, images, kinds


def test_the_listings_stay_within_the_page_weight_budget_on_a_phone(
    browser, live_server, demo_site
):
    weights = {}
    for scale in (1, 3):  # one CSS pixel a screen pixel, and a dense phone screen
        page = a_phone(browser, scale)
        for url in LISTINGS:  # the first visit makes the renditions; weigh the second
            page.goto(live_server.url + url)
        for url in LISTINGS:
            weights[f"{url} @{scale}x"] = weigh(page, live_server.url + url)
        page.context.close()
    print({url: (text, images, len(kinds)) for url, (text, images, kinds) in weights.items()})

    assert all(kinds for _text, _images, kinds in weights.values()), "a listing shows no image"
    # Covers come as AVIF; the site's logo and partners' logos are SVG (site settings).
    covers = {k for *_rest, kinds in weights.values() for k in kinds} - {"image/svg+xml"}
    assert covers == {"image/avif"}
    assert {url: w[0] for url, w in weights.items() if w[0] > MAX_PAGE_BYTES} == {}
    assert {url: w[1] for url, w in weights.items() if w[1] > MAX_IMAGE_BYTES} == {}


def serious_violations(page):
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in Axe().run(page).response["violations"]
        if v["impact"] in SERIOUS
    ]


def in_language(model, language) -> str:
    """A page of `model` with an image in `language`, or the English one under its prefix."""
    pages = model.objects.live().order_by("pk")
    translated = pages.filter(locale__language_code=language).exclude(image=None).first()
    if translated:
        return translated.url
    english = pages.filter(locale__language_code="en").exclude(image=None).first()
    return english.url if language == "en" else f"/{language}{english.url}"


def test_pages_with_images_are_accessible_and_look_right(page, live_server, demo_site):
    problems, missing = {}, {}
    for language in ("en", "ar"):
        prefix = "" if language == "en" else f"/{language}"
        pages = {
            "home": prefix + "/",
            "library": prefix + "/library/",
            "resource": in_language(ResourcePage, language),
            "event": in_language(EventPage, language),
            "project": in_language(ProjectPage, language),
        }
        for width in (1280, 390):
            page.set_viewport_size({"width": width, "height": 900})
            for name, path in pages.items():
                key = f"{name}-{language}-{width}"
                assert page.goto(live_server.url + path).ok, path
                pictures = page.locator("picture.page-image img")
                if not pictures.count():
                    missing[key] = "no picture"
                else:
                    # Lazy images load when they come near the screen: bring them there.
                    for index in range(pictures.count()):
                        pictures.nth(index).scroll_into_view_if_needed()
                    page.wait_for_load_state("networkidle")
                    if not pictures.first.evaluate("img => img.complete && img.naturalWidth"):
                        missing[key] = "the first picture did not load"
                if width == 1280 and (found := serious_violations(page)):
                    problems[key] = found
                if SCREENSHOTS:
                    folder = Path(SCREENSHOTS)
                    folder.mkdir(parents=True, exist_ok=True)
                    page.screenshot(path=str(folder / f"{key}.png"), full_page=True)

    assert (missing, problems) == ({}, {})
