"""What harvesters read in a page's <head>, read back with extruct as Google's and Scholar's do.

JSON-LD and Open Graph come from extruct; the Highwire `citation_*` and Twitter tags (plain
<meta name>, which extruct has no extractor for) from lxml, which extruct parses with.
"""

from __future__ import annotations

import datetime
import zoneinfo

import extruct
import lxml.html
import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document
from wagtail.models import Locale, Page, PageViewRestriction

from cms.models import (
    BlogIndexPage,
    BlogPage,
    CourseIndexPage,
    CourseModulePage,
    CoursePage,
    EventIndexPage,
    Language,
    NewsIndexPage,
    Organisation,
    ProjectIndexPage,
    ResourceType,
    ResourceVersion,
    StandardPage,
)
from home.models import HomePage
from tests.factories.cms import (
    EventPageFactory,
    NewsPageFactory,
    ProjectPageFactory,
    ResourcePageFactory,
    the_library,
    translate,
)
from tests.factories.members import country, language, theme

from . import schemaorg

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


class Head:
    """The metadata of one page as a harvester reads it."""

    def __init__(self, response):
        assert response.status_code == 200, response
        self.html = response.content.decode()
        data = extruct.extract(
            self.html, base_url="http://testserver/", syntaxes=["json-ld", "opengraph"]
        )
        self.json_ld = data["json-ld"]
        self.og: dict[str, list[str]] = {}
        for block in data["opengraph"]:
            for name, value in block["properties"]:
                self.og.setdefault(name, []).append(value)
        tree = lxml.html.fromstring(self.html)
        self.meta: dict[str, list[str]] = {}
        for element in tree.xpath("//head/meta[@name]"):
            self.meta.setdefault(element.get("name"), []).append(element.get("content"))
        self.canonical = tree.xpath("//head/link[@rel='canonical']/@href")[0]

    @property
    def nodes(self) -> list[dict]:
        return [node for block in self.json_ld for node in block.get("@graph", [block])]

    def node(self, schema_type: str) -> dict:
        found = [node for node in self.nodes if node["@type"] == schema_type]
        assert len(found) == 1, (schema_type, self.nodes)
        return found[0]

    @property
    def main(self) -> dict:
        return next(node for node in self.nodes if node["@type"] != "BreadcrumbList")

    def one(self, name: str) -> str:
        values = self.og.get(name) or self.meta.get(name)
        assert values and len(values) == 1, (name, values)
        return values[0]


def head(client, url: str) -> Head:
    return Head(client.get(url))


def publish(parent: Page, page: Page) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def document(name: str, content: bytes = PDF) -> Document:
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


@pytest.fixture
def a_report():
    remittances = theme("Remittances")
    remittances.translations = {"fr": "Transferts de fonds"}
    remittances.save()
    resource = ResourcePageFactory(
        parent=the_library(),
        title="Seasonal workers and their remittances",
        slug="seasonal-workers",
        authors="Aminata Diallo\nJean Dupont\n",
        publisher="Institute of Migration Studies",
        publication_date=datetime.date(2021, 3, 4),
        abstract="How seasonal workers send money home.",
        resource_type=ResourceType.objects.get(slug="report"),
        themes=[remittances],
    )
    resource.countries.set([country("SN", "Senegal")])
    resource.save()
    english = resource.versions.get()
    english.document = document("seasonal-workers.pdf")
    english.sort_order = 0
    english.save()
    ResourceVersion.objects.create(
        page=resource,
        sort_order=1,
        language=language("fr", "French"),
        title="Les travailleurs saisonniers",
        url="https://example.org/travailleurs.html",
    )
    return resource


def test_a_report_tells_search_engines_what_it_is_who_wrote_it_and_in_which_languages(
    client, a_report
):
    page = head(client, a_report.url)

    report = page.node("Report")
    assert report["name"] == report["headline"] == "Seasonal workers and their remittances"
    assert report["url"] == page.canonical
    assert [author["name"] for author in report["author"]] == ["Aminata Diallo", "Jean Dupont"]
    assert report["author"][0]["@type"] == "Person"
    assert report["publisher"] == {
        "@type": "Organization",
        "name": "Institute of Migration Studies",
    }
    assert report["datePublished"] == "2021-03-04"
    assert report["abstract"] == "How seasonal workers send money home."
    assert report["genre"] == "Report"
    # One record for all its language versions: each version is a readable encoding.
    assert report["inLanguage"] == ["en", "fr"]
    encodings = {encoding["inLanguage"]: encoding for encoding in report["encoding"]}
    assert encodings["en"]["encodingFormat"] == "application/pdf"
    assert encodings["en"]["contentUrl"].startswith("http://testserver/documents/")
    assert encodings["fr"]["contentUrl"] == "https://example.org/travailleurs.html"
    assert encodings["fr"]["name"] == "Les travailleurs saisonniers"
    assert report["about"] == [{"@type": "DefinedTerm", "name": "Remittances"}]
    senegal = {"@type": "Country", "name": "Senegal", "identifier": "SN"}
    assert report["spatialCoverage"] == [senegal]
    assert report["keywords"] == ["Remittances", "Senegal"]


def test_a_resource_carries_the_highwire_tags_google_scholar_indexes(client, a_report):
    page = head(client, a_report.url)

    assert page.one("citation_title") == "Seasonal workers and their remittances"
    assert page.meta["citation_author"] == ["Aminata Diallo", "Jean Dupont"]
    assert page.one("citation_publication_date") == "2021/03/04"
    assert page.one("citation_publisher") == "Institute of Migration Studies"
    assert page.meta["citation_language"] == ["en", "fr"]
    assert page.one("citation_abstract_html_url") == page.canonical
    assert page.one("citation_keywords") == "Remittances; Senegal"
    pdf_url = page.one("citation_pdf_url")
    assert pdf_url.startswith("http://testserver/documents/")
    # The address Scholar follows serves the PDF to anyone.
    pdf = client.get(pdf_url.removeprefix("http://testserver"))
    assert pdf.status_code == 200
    assert b"".join(pdf.streaming_content if pdf.streaming else [pdf.content]) == PDF


def test_a_resource_without_a_pdf_names_none(client):
    resource = ResourcePageFactory(parent=the_library(), slug="no-pdf")
    resource.versions.update(url="https://example.org/report.html")

    page = head(client, resource.url)

    assert "citation_pdf_url" not in page.meta
    assert page.one("citation_title") == resource.title


@pytest.mark.parametrize(
    ("slug", "schema_type"),
    [("academic-paper", "ScholarlyArticle"), ("report", "Report"), ("newsletter", "CreativeWork")],
)
def test_the_resource_type_chooses_the_schema_org_type(client, slug, schema_type):
    resource = ResourcePageFactory(
        parent=the_library(), resource_type=ResourceType.objects.get(slug=slug)
    )

    assert head(client, resource.url).main["@type"] == schema_type


def test_a_title_cannot_break_out_of_the_json_ld_script(client):
    title = 'Borders </script><script>alert("x")</script> & <!-- more'
    resource = ResourcePageFactory(parent=the_library(), title=title, slug="escape")

    page = head(client, resource.url)

    assert 'alert("x")</script>' not in page.html
    assert page.main["name"] == title
    assert page.one("og:title") == title


@pytest.fixture
def events():
    return EventIndexPage.objects.get(locale=Locale.get_default())


def test_an_event_in_person_gives_its_place_organiser_and_times_in_its_own_zone(client, events):
    nairobi = zoneinfo.ZoneInfo("Africa/Nairobi")
    event = EventPageFactory(
        parent=events,
        title="Diaspora investment forum",
        start=datetime.datetime(2027, 3, 1, 9, 0, tzinfo=nairobi),
        end=datetime.datetime(2027, 3, 2, 17, 30, tzinfo=nairobi),
        time_zone="Africa/Nairobi",
        event_format="in_person",
        location="Nairobi, Kenya",
        organiser="Diaspora Council",
    )
    event.countries.set([country("KE", "Kenya")])
    event.save()

    node = head(client, event.url).node("Event")

    assert node["name"] == "Diaspora investment forum"
    assert node["startDate"] == "2027-03-01T09:00:00+03:00"
    assert node["endDate"] == "2027-03-02T17:30:00+03:00"
    assert node["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert node["location"] == {
        "@type": "Place",
        "name": "Nairobi, Kenya",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Nairobi, Kenya",
            "addressCountry": "KE",
        },
    }
    assert node["organizer"] == {"@type": "Organization", "name": "Diaspora Council"}


def test_an_online_event_is_at_its_virtual_address(client, events):
    event = EventPageFactory(
        parent=events,
        event_format="online",
        time_zone="America/Bogota",
        registration_url="https://example.org/register",
    )

    node = head(client, event.url).node("Event")

    assert node["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert node["location"] == {"@type": "VirtualLocation", "url": "https://example.org/register"}
    assert node["startDate"].endswith("-05:00")


def test_a_hybrid_event_is_in_a_place_and_online(client, events):
    event = EventPageFactory(parent=events, event_format="hybrid", location="Dakar")

    node = head(client, event.url).node("Event")

    assert node["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in node["location"]] == ["Place", "VirtualLocation"]
    assert node["location"][1]["url"] == node["url"]


def test_a_project_names_who_runs_funds_and_partners_in_it_and_where(client):
    project = ProjectPageFactory(
        parent=ProjectIndexPage.objects.get(locale=Locale.get_default()),
        title="Safe migration corridors",
        start_date=datetime.date(2024, 1, 1),
        end_date=datetime.date(2026, 12, 31),
    )
    senegal = country("SN", "Senegal")
    project.implementing_organisations.set(
        [Organisation.objects.create(name="Agency A", slug="agency-a", country=senegal)]
    )
    project.partner_organisations.set(
        [Organisation.objects.create(name="Partner B", slug="partner-b")]
    )
    project.donors.set(
        [Organisation.objects.create(name="Fund C", slug="fund-c", website="https://c.example")]
    )
    project.countries.set([senegal])
    project.save()

    node = head(client, project.url).node("Project")

    assert node["name"] == "Safe migration corridors"
    assert (node["foundingDate"], node["dissolutionDate"]) == ("2024-01-01", "2026-12-31")
    assert node["parentOrganization"] == [
        {
            "@type": "Organization",
            "name": "Agency A",
            "address": {"@type": "PostalAddress", "addressCountry": "SN"},
        }
    ]
    assert node["member"] == [{"@type": "Organization", "name": "Partner B"}]
    assert node["funder"] == [
        {"@type": "Organization", "name": "Fund C", "url": "https://c.example"}
    ]
    assert node["areaServed"] == [{"@type": "Country", "name": "Senegal", "identifier": "SN"}]


def test_a_course_names_its_provider_and_its_modules(client):
    course = publish(
        CourseIndexPage.objects.get(locale=Locale.get_default()),
        CoursePage(title="Migration data basics", slug="data-basics", intro="Learn to count."),
    )
    module = publish(course, CourseModulePage(title="Sources", slug="sources"))

    page = head(client, course.url)

    node = page.node("Course")
    assert node["name"] == "Migration data basics"
    assert node["description"] == "Learn to count."
    assert node["provider"]["name"] == "M4D Hub"
    assert node["hasPart"] == [
        {"@type": "LearningResource", "name": "Sources", "url": f"http://testserver{module.url}"}
    ]
    assert head(client, module.url).node("LearningResource")["isPartOf"]["name"] == course.title


def test_the_home_page_describes_the_site_and_how_to_search_it(client):
    page = head(client, "/")

    site = page.node("WebSite")
    assert site["name"] == "M4D Hub"
    assert site["url"] == "http://testserver/"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == "http://testserver/search/?q={search_terms}"
    assert action["query-input"] == "required name=search_terms"
    assert client.get("/search/?q=remittances").status_code == 200
    assert not [node for node in page.nodes if node["@type"] == "BreadcrumbList"]


def every_kind_of_page() -> dict[str, Page]:
    default = Locale.get_default()
    home = HomePage.objects.get(locale=default)
    return {
        "home": home,
        "resource": ResourcePageFactory(parent=the_library()),
        "event": EventPageFactory(parent=EventIndexPage.objects.get(locale=default)),
        "project": ProjectPageFactory(parent=ProjectIndexPage.objects.get(locale=default)),
        "course": publish(
            CourseIndexPage.objects.get(locale=default), CoursePage(title="A course", slug="c")
        ),
        "news": NewsPageFactory(parent=NewsIndexPage.objects.get(locale=default)),
        "blog": publish(
            BlogIndexPage.objects.get(locale=default),
            BlogPage(title="A post", slug="a-post", author_name="Ana Gómez", intro="Why."),
        ),
        "standard": publish(home, StandardPage(title="Our team", slug="our-team", intro="Us.")),
        "library index": the_library(),
        "event index": EventIndexPage.objects.get(locale=default),
    }


EXPECTED_TYPES = {
    "home": "WebSite",
    "resource": None,  # by its resource type (above)
    "event": "Event",
    "project": "Project",
    "course": "Course",
    "news": "NewsArticle",
    "blog": "BlogPosting",
    "standard": "WebPage",
    "library index": "CollectionPage",
    "event index": "CollectionPage",
}


def test_every_kind_of_page_has_its_type_breadcrumbs_open_graph_and_twitter_card(client):
    for kind, page in every_kind_of_page().items():
        found = head(client, page.url)
        main = found.main

        assert EXPECTED_TYPES[kind] in (None, main["@type"]), kind
        assert main["url"] == found.canonical, kind
        assert main.get("name") == (page.title if kind != "home" else "M4D Hub"), kind
        if kind not in ("resource", "project"):
            assert main["inLanguage"] == "en", kind
        assert schemaorg.problems(found.json_ld) == [], kind

        assert found.one("og:title") == page.title, kind
        assert found.one("og:url") == found.canonical, kind
        assert found.one("og:site_name") == "M4D Hub", kind
        assert found.one("og:locale") == "en_US", kind
        expected_og_type = "article" if kind in ("resource", "news", "blog") else "website"
        assert found.one("og:type") == expected_og_type, kind
        assert found.one("twitter:card") == "summary", kind
        if page.specific.intro:
            assert found.one("og:description") == page.specific.intro, kind

        if kind != "home":
            trail = found.node("BreadcrumbList")["itemListElement"]
            ancestors = [*page.get_ancestors().filter(depth__gt=1), page]
            assert [item["position"] for item in trail] == list(range(1, len(ancestors) + 1))
            assert trail[0]["name"] == "Home"
            assert [item["name"] for item in trail[1:]] == [p.title for p in ancestors[1:]]
            assert [item["item"] for item in trail] == [p.full_url for p in ancestors], kind

    blog = head(client, BlogPage.objects.get(slug="a-post").url).node("BlogPosting")
    assert blog["author"] == {"@type": "Person", "name": "Ana Gómez"}


def test_the_json_ld_of_every_page_type_uses_the_schema_org_vocabulary(client, a_report):
    events = EventIndexPage.objects.get(locale=Locale.get_default())
    pages = [
        a_report,
        EventPageFactory(parent=events, event_format="hybrid", location="Dakar"),
        *every_kind_of_page().values(),
    ]
    for page in pages:
        assert schemaorg.problems(head(client, page.url).json_ld) == [], page.url


def test_the_vocabulary_check_refuses_what_schema_org_does_not_define():
    assert schemaorg.problems({"@type": "Event", "startDate": "2027"}) == []
    assert schemaorg.problems({"@type": "Evnt"}) == ["$: Evnt is not a schema.org type"]
    assert schemaorg.problems({"@type": "Person", "datePublished": "2020"}) == [
        "$.datePublished: not a property of Person"
    ]
    assert schemaorg.problems(
        {"@type": "Event", "eventAttendanceMode": "https://schema.org/OnlineMode"}
    ) == [
        "$.eventAttendanceMode: https://schema.org/OnlineMode"
        " is not a schema.org enumeration member"
    ]


def test_pages_that_are_not_content_still_carry_open_graph(client):
    found = head(client, "/discussions/forum/")

    assert found.one("og:site_name") == "M4D Hub"
    assert found.one("og:url") == found.canonical
    assert found.one("twitter:card") == "summary"
    assert found.json_ld == []


def test_a_french_page_carries_french_values(client, a_report):
    french = translate(a_report, "fr", title="Les travailleurs saisonniers et leurs transferts")

    page = head(client, french.url)

    assert french.url.startswith("/fr/")
    report = page.node("Report")
    assert report["name"] == "Les travailleurs saisonniers et leurs transferts"
    assert report["url"] == page.canonical == f"http://testserver{french.url}"
    assert report["about"] == [{"@type": "DefinedTerm", "name": "Transferts de fonds"}]
    assert report["spatialCoverage"][0]["name"] == "Sénégal"
    trail = page.node("BreadcrumbList")["itemListElement"]
    assert trail[0] == {
        "@type": "ListItem",
        "position": 1,
        "name": "Accueil",
        "item": "http://testserver/fr/",
    }
    assert trail[-1]["item"] == page.canonical
    assert page.one("og:locale") == "fr_FR"
    assert page.og["og:locale:alternate"] == ["en_US"]
    assert page.one("og:title") == page.one("citation_title") == french.title
    # The English page names its French translation in turn.
    assert head(client, a_report.url).og["og:locale:alternate"] == ["fr_FR"]


def test_a_french_event_states_its_language(client, events):
    french = translate(EventPageFactory(parent=events), "fr", title="Forum de la diaspora")

    node = head(client, french.url).node("Event")

    assert (node["name"], node["inLanguage"]) == ("Forum de la diaspora", "fr")


def count_queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_a_resource_pages_queries_do_not_grow_with_its_authors_versions_and_terms(
    client, django_assert_max_num_queries
):
    small = ResourcePageFactory(parent=the_library(), slug="small", authors="One Author")
    small.versions.update(document=document("small.pdf"))
    big = ResourcePageFactory(
        parent=the_library(),
        slug="big",
        authors="\n".join(f"Author {n}" for n in range(8)),
        themes=[theme(f"Theme {n}") for n in range(5)],
    )
    big.countries.set([country(code, code) for code in ("SN", "ML", "GH", "KE")])
    big.save()
    for code in ("fr", "es", "ar"):
        ResourceVersion.objects.create(
            page=big,
            language=Language.objects.get_or_create(code=code, defaults={"name": code})[0],
            document=document(f"big-{code}.pdf"),
        )
    count_queries(client, small.url)  # warm the caches both share (site, locales)
    baseline = count_queries(client, small.url)

    with django_assert_max_num_queries(baseline):
        client.get(big.url)


def test_the_metadata_costs_a_resource_page_a_few_queries(client, a_report, monkeypatch):
    from cms.templatetags import page_metadata

    count_queries(client, a_report.url)
    with_metadata = count_queries(client, a_report.url)
    monkeypatch.setattr(
        page_metadata.structured_data, "json_ld", lambda page, request: {"@graph": []}
    )
    monkeypatch.setattr(page_metadata.structured_data, "citation_tags", lambda page, request: [])
    without = count_queries(client, a_report.url)

    assert with_metadata - without <= 6


def test_a_password_protected_page_shows_harvesters_none_of_its_metadata(client, a_report):
    PageViewRestriction.objects.create(
        page=a_report, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )

    assert "application/ld+json" not in client.get(a_report.url).content.decode()
