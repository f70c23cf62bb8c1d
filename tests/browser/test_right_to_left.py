"""Arabic in Chromium: the layout mirrors (header, timeline, facets, comments, messages).

Set HUB_SCREENSHOTS to a folder to keep a screenshot of each page for a person to look at.
"""

import os
from pathlib import Path

import pytest
from wagtail.models import Locale

from cms.models import LibraryIndexPage, ResourcePage, TimelinePage
from home.models import HomePage
from hub.discussions.services import comments
from hub.messaging.services import conversations
from tests.factories import members as factories

pytestmark = pytest.mark.django_db(transaction=True)

SCREENSHOTS = os.environ.get("HUB_SCREENSHOTS")


def translate(page, language="ar", **fields):
    """The page's translation (the demo site already has some), with these fields, published."""
    locale = Locale.objects.get(language_code=language)
    existing = page.get_translation_or_none(locale)
    copy = existing.specific if existing else page.specific.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save_revision().publish()
    copy.refresh_from_db()  # live now: the revision published a copy of this object
    return copy


@pytest.fixture
def arabic_site(demo_site, settings):
    settings.HUB_COMMENT_HOLD_FIRST = 0
    translate(HomePage.objects.get(locale__language_code="en"), title="مركز الهجرة والتنمية")
    library = LibraryIndexPage.objects.get(locale__language_code="en")
    translate(library, title="المكتبة")
    resource = ResourcePage.objects.live().filter(locale__language_code="en").order_by("pk").first()
    arabic_resource = translate(resource, title="التحويلات المالية والتنمية المحلية")
    timeline = TimelinePage.objects.get(locale__language_code="en")
    translate(timeline, title="الجدول الزمني")
    for milestone in timeline.specific.milestones()[:4]:
        translate(milestone)

    amara = factories.member("amara", display_name="أمارا أوكافور", language="ar")
    bilal = factories.member("bilal", display_name="بلال حداد")
    first = comments.post(bilal, arabic_resource, "هل استخدم أحدكم هذا الدليل في غرب أفريقيا؟")
    reply = comments.post(
        amara, arabic_resource, "نعم، في السنغال: ساعدنا على إيجاد شركاء.", first.pk
    )
    comments.post(bilal, arabic_resource, "شكرا جزيلا!", reply.pk)
    conversation = conversations.start(bilal, [amara], "مرحبا أمارا، هل أنت متاحة يوم الخميس؟")
    conversations.post(amara, conversation, "نعم، بعد الظهر.")
    return {"resource": arabic_resource, "conversation": conversation}


def sign_in(page, url, username):
    page.goto(url + "/ar/accounts/login/")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(factories.PASSWORD)
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()


def look(page, name):
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(SCREENSHOTS) / f"{name}.png"), full_page=True)


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def style(page, selector, prop):
    return page.locator(selector).first.evaluate(f"e => getComputedStyle(e)['{prop}']")


def test_arabic_pages_mirror_the_layout(page, live_server, arabic_site):
    url = live_server.url
    width = page.viewport_size["width"]
    sign_in(page, url, "amara")

    page.goto(url + "/ar/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("main").get_attribute("dir") is None
    brand = box(page, ".site-header__brand")
    assert brand["x"] + brand["width"] > width * 0.8, "the brand starts on the right"
    look(page, "ar-home")

    page.goto(url + arabic_site["resource"].url)
    assert page.url.startswith(url + "/ar/")
    assert style(page, ".comments--replies", "borderRightWidth") == "2px"
    assert style(page, ".comments--replies", "borderLeftWidth") == "0px"
    look(page, "ar-resource-comments")

    page.goto(url + "/ar/library/")
    facets, results = box(page, ".search-facets"), box(page, ".search-layout__results")
    assert facets["x"] > results["x"], "facets on the right, results to their left"
    look(page, "ar-library-search")

    page.goto(url + TimelinePage.objects.get(locale__language_code="ar").url)
    assert style(page, ".timeline", "borderRightWidth") == "3px"
    timeline, item = box(page, ".timeline"), box(page, ".timeline__item")
    assert item["x"] + item["width"] < timeline["x"] + timeline["width"], "items start at the line"
    look(page, "ar-timeline")

    page.goto(url + f"/ar/messages/{arabic_site['conversation'].pk}/")
    mine, theirs = (
        box(page, ".chat-message--mine"),
        box(page, ".chat-message:not(.chat-message--mine)"),
    )
    assert mine["x"] < theirs["x"], "my messages sit on the left in Arabic"
    look(page, "ar-conversation")

    page.goto(url + "/ar/messages/")
    look(page, "ar-inbox")


def test_an_untranslated_page_in_arabic_keeps_its_english_text_left_to_right(
    page, live_server, arabic_site
):
    url = live_server.url
    english = ResourcePage.objects.live().filter(locale__language_code="en").order_by("-pk").first()

    page.goto(url + "/ar" + english.url)

    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("main").get_attribute("lang") == "en"
    assert page.locator("main").get_attribute("dir") == "ltr"
    assert page.locator(".notice--language").get_attribute("dir") == "rtl"
    look(page, "ar-untranslated-resource")

    page.goto(url + "/fr/")
    assert page.locator("html").get_attribute("dir") == "ltr"
    look(page, "fr-home-untranslated")
