"""What search engines are told: sitemap.xml read with an XML parser, robots.txt with Python's
own robots.txt parser."""

from __future__ import annotations

import re
from urllib.robotparser import RobotFileParser

import lxml.etree
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page, PageViewRestriction

from cms.models import StandardPage
from home.models import HomePage
from tests.factories.cms import ResourcePageFactory, the_library, translate

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def sitemap(client) -> dict[str, dict]:
    """Each <url> of the sitemap by its <loc>: its lastmod and its alternates by hreflang."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = lxml.etree.fromstring(response.content)
    entries = {}
    for url in root.iterfind("sm:url", NS):
        location = url.findtext("sm:loc", namespaces=NS)
        assert location not in entries, f"{location} listed twice"
        entries[location] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.iterfind("xhtml:link[@rel='alternate']", NS)
            },
        }
    return entries


@pytest.fixture
def home():
    return HomePage.objects.get(locale=Locale.get_default())


@pytest.fixture
def a_translated_resource():
    resource = ResourcePageFactory(parent=the_library(), title="Diaspora bonds", slug="bonds")
    translate(resource, "fr", title="Les obligations de la diaspora")
    translate(resource, "es", title="Los bonos de la diáspora")
    return resource


@pytest.fixture
def pages_kept_from_crawlers(home):
    draft = ResourcePageFactory(parent=the_library(), slug="a-draft", live=False)
    members_only = home.add_child(instance=StandardPage(title="Members' corner", slug="corner"))
    members_only.save_revision().publish()
    PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.LOGIN
    )
    inside = members_only.add_child(instance=StandardPage(title="Inside", slug="inside"))
    inside.save_revision().publish()
    secret = ResourcePageFactory(parent=the_library(), slug="with-password")
    PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    return [draft, members_only, inside, secret]


def test_the_sitemap_lists_every_live_public_page_in_every_language_and_nothing_else(
    client, a_translated_resource, pages_kept_from_crawlers
):
    entries = sitemap(client)

    public = Page.objects.live().public().filter(depth__gt=1)
    assert set(entries) == {page.full_url for page in public}
    assert {page.locale.language_code for page in public} >= {"en", "fr", "es"}
    for page in pages_kept_from_crawlers:
        assert page.full_url not in entries
    for page in public:
        changed = page.last_published_at or page.latest_revision_created_at
        changed = changed or page.first_published_at
        # A page made live in code, never published, has no date to give (factories make some).
        expected = changed.date().isoformat() if changed else None
        assert entries[page.full_url]["lastmod"] == expected, page.url
    assert entries["http://testserver/fr/library/bonds/"]["lastmod"] is not None


def test_each_language_version_names_all_the_others_and_they_name_it_back(
    client, a_translated_resource
):
    entries = sitemap(client)

    english = a_translated_resource.full_url
    french = "http://testserver/fr/library/bonds/"
    spanish = "http://testserver/es/library/bonds/"
    assert entries[french]["alternates"] == {
        "en": english,
        "es": spanish,
        "fr": french,
        "x-default": english,
    }
    for location, entry in entries.items():
        alternates = entry["alternates"]
        assert location in alternates.values(), location
        assert alternates["x-default"] in entries, location
        for hreflang, href in alternates.items():
            if hreflang != "x-default":
                assert entries[href]["alternates"] == alternates, (location, href)


def test_the_sitemap_gives_the_same_alternates_as_the_page_itself(client, a_translated_resource):
    html = client.get("/fr/library/bonds/").content.decode()
    links = dict(re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', html))

    assert links == sitemap(client)["http://testserver/fr/library/bonds/"]["alternates"]


def test_the_sitemaps_queries_do_not_grow_with_the_pages_in_it(client, a_translated_resource):
    sitemap(client)
    with CaptureQueriesContext(connection) as before:
        sitemap(client)
    for n in range(10):
        translate(ResourcePageFactory(parent=the_library(), slug=f"more-{n}"), "fr")

    with CaptureQueriesContext(connection) as after:
        sitemap(client)

    assert len(after) <= len(before)


def test_robots_txt_opens_the_public_site_and_closes_private_areas(client, home):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text.splitlines()
    robots = RobotFileParser()
    robots.parse(text.splitlines())
    for path in ["/", "/library/bonds/", "/fr/library/bonds/", "/documents/1/report.pdf"]:
        assert robots.can_fetch("*", f"http://testserver{path}"), path
    assert robots.can_fetch("*", "http://testserver/discussions/forum/12/a-topic/")
    assert robots.can_fetch("*", "http://testserver/ar/discussions/forum/")
    for path in [
        "/admin/",
        "/django-admin/",
        "/members/",
        "/fr/members/amina/",
        "/messages/",
        "/es/messages/4/",
        "/accounts/login/",
        "/ar/accounts/signup/",
        "/digests/preferences/",
        "/discussions/comment/3/flag/",
        "/search/?q=x",
    ]:
        assert not robots.can_fetch("*", f"http://testserver{path}"), path


def test_the_sitemap_and_robots_txt_are_the_same_for_every_visitor(client, home):
    french = client.get("/robots.txt", HTTP_ACCEPT_LANGUAGE="fr")

    assert french.status_code == 200
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="fr").status_code == 200
    assert client.get("/fr/sitemap.xml").status_code == 404
    assert client.post("/robots.txt").status_code == 405
