"""What machines read in a page's <head>: schema.org JSON-LD, Highwire citation tags, Open Graph.

One builder per page family, chosen by the page's class (the nearest one in its MRO), each
returning the schema.org node of the page's main entity. Every page also gets a BreadcrumbList
from its ancestors, and the home page a WebSite with a SearchAction.

Why `Project` for projects: schema.org's `Project` ("an enterprising endeavor … carried out by a
set of organizations") is the type for what the project database holds; `ResearchProject` is its
subtype for research, which most M&D projects are not. Being an `Organization` subtype, it takes
`funder` (donors), `parentOrganization` (implementing organisations), `member` (partners),
`areaServed` (countries), `foundingDate` and `dissolutionDate` (start and end).

Values are in the language the page is shown in: a French page names its themes and countries in
French. Nothing here queries per item: the relations read are prefetched once (`prefetch`).
"""

from __future__ import annotations

import json
import mimetypes
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db.models import prefetch_related_objects
from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import pgettext
from wagtail.models import Page

from cms.models import (
    BlogPage,
    CourseModulePage,
    CoursePage,
    EventPage,
    IndexPage,
    NewsPage,
    ProjectPage,
    ResourcePage,
    TaggedPage,
    ToolkitPage,
)
from home.links import absolute_url, site_name

SCHEMA = "https://schema.org"

#: The schema.org type of a resource, by the slug of its resource type; any other is CreativeWork.
RESOURCE_TYPES = {
    "academic-paper": "ScholarlyArticle",
    "report": "Report",
    "policy-brief": "Report",
    "case-study": "Report",
    "dataset": "Dataset",
    "video": "VideoObject",
}

ATTENDANCE_MODES = {
    EventPage.Format.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    EventPage.Format.IN_PERSON: f"{SCHEMA}/OfflineEventAttendanceMode",
    EventPage.Format.HYBRID: f"{SCHEMA}/MixedEventAttendanceMode",
}

#: Open Graph wants language_TERRITORY; these are the territories Facebook's own list pairs with
#: each language. A hub language missing here falls back to Django's locale name.
OG_LOCALES = {"en": "en_US", "fr": "fr_FR", "es": "es_ES", "ar": "ar_AR"}

#: Relations each builder reads, prefetched in one query each so the page's own template (which
#: reads the same relations) costs no more.
PREFETCH = {
    ResourcePage: (
        "themes",
        "regions",
        "countries",
        "versions__language",
        "versions__document",
    ),
    ProjectPage: (
        "themes",
        "regions",
        "countries",
        "implementing_organisations__country",
        "partner_organisations__country",
        "donors__country",
    ),
    TaggedPage: ("themes", "regions", "countries"),
}


# --- helpers ------------------------------------------------------------------------------------


def page_language(page: Page) -> str:
    return page.locale.language_code


def description(page: Page) -> str:
    text = (
        getattr(page, "search_description", "")
        or getattr(page, "intro", "")
        or getattr(page, "abstract", "")
    )
    return " ".join(strip_tags(text).split())


def prefetch(page: Page) -> None:
    """Load the relations the builders (and the page's template) read, one query each."""
    for model, lookups in PREFETCH.items():
        if isinstance(page, model):
            prefetch_related_objects([page], *lookups)
            return


def compact(node: dict) -> dict:
    """`node` without its empty values, so a missing field leaves no empty property."""
    return {key: value for key, value in node.items() if value not in (None, "", [], {})}


def organisation(name: str, url: str = "", country: str = "") -> dict:
    node = {"@type": "Organization", "name": name, "url": url}
    if country:
        node["address"] = {"@type": "PostalAddress", "addressCountry": country}
    return compact(node)


def organisations(queryset) -> list[dict]:
    return [
        organisation(org.name, org.website, org.country.code if org.country_id else "")
        for org in queryset.all()
    ]


def countries(page: Page) -> list[dict]:
    return [
        {"@type": "Country", "name": str(country), "identifier": country.code}
        for country in page.countries.all()
    ]


def keywords(page: Page) -> list[str]:
    if not isinstance(page, TaggedPage):
        return []
    return [
        *(str(theme) for theme in page.themes.all()),
        *(str(region) for region in page.regions.all()),
        *(str(country) for country in page.countries.all()),
    ]


def publisher(request: HttpRequest | None) -> dict:
    return organisation(site_name(request), absolute_url("/", request))


def base_node(page: Page, request: HttpRequest | None, schema_type: str) -> dict:
    """What every entity node states: its type, address, name, summary and language."""
    url = absolute_url(page, request)
    node = {
        "@type": schema_type,
        "@id": f"{url}#main",
        "url": url,
        "name": page.title,
        "description": description(page),
    }
    # An organisation (a Project is one) has no language of its own in schema.org.
    if schema_type != "Project":
        node["inLanguage"] = page_language(page)
    return node


# --- one builder per page family ---------------------------------------------------------------


def resource(page: ResourcePage, request) -> dict:
    slug = page.resource_type.slug if page.resource_type_id else ""
    node = base_node(page, request, RESOURCE_TYPES.get(slug, "CreativeWork"))
    versions = list(page.versions.all())
    encodings = []
    for version in versions:
        link = absolute_url(version.link, request)
        if not link:
            continue
        encoding = {
            "@type": "MediaObject",
            "name": version.title or page.title,
            "contentUrl": link,
            "inLanguage": version.language.code,
        }
        if version.document_id:
            encoding["encodingFormat"] = document_type(version.document)
        encodings.append(encoding)
    node.update(
        headline=page.title[:110],
        abstract=" ".join(page.abstract.split()),
        author=[{"@type": "Person", "name": name} for name in page.author_list],
        publisher=organisation(page.publisher) if page.publisher else None,
        datePublished=page.publication_date.isoformat(),
        genre=str(page.resource_type) if page.resource_type_id else "",
        # The record's language versions: the languages it can be read in, and each document.
        inLanguage=[version.language.code for version in versions] or page_language(page),
        encoding=encodings,
        about=[{"@type": "DefinedTerm", "name": str(theme)} for theme in page.themes.all()],
        spatialCoverage=countries(page),
        keywords=keywords(page),
        sameAs=page.external_url,
    )
    return node


def document_type(document) -> str:
    return mimetypes.guess_type(document.file.name)[0] or "application/octet-stream"


def event(page: EventPage, request) -> dict:
    node = base_node(page, request, "Event")
    place = None
    if page.location and page.event_format != EventPage.Format.ONLINE:
        country = page.countries.all()
        address = {"@type": "PostalAddress", "addressLocality": page.location}
        if len(country) == 1:
            address["addressCountry"] = country[0].code
        place = {"@type": "Place", "name": page.location, "address": address}
    virtual = None
    if page.event_format != EventPage.Format.IN_PERSON:
        virtual = {
            "@type": "VirtualLocation",
            "url": page.registration_url or absolute_url(page, request),
        }
    locations = [location for location in (place, virtual) if location]
    node.update(
        # In the event's own time zone, with its offset: 2027-03-01T09:00:00+03:00.
        startDate=page.local_start.isoformat(),
        endDate=page.local_end.isoformat(),
        eventAttendanceMode=ATTENDANCE_MODES.get(page.event_format),
        eventStatus=f"{SCHEMA}/EventScheduled",
        location=locations[0] if len(locations) == 1 else locations,
        organizer=organisation(page.organiser) if page.organiser else None,
        about=[{"@type": "DefinedTerm", "name": str(theme)} for theme in page.themes.all()],
        keywords=keywords(page),
    )
    return node


def project(page: ProjectPage, request) -> dict:
    node = base_node(page, request, "Project")
    node.update(
        foundingDate=page.start_date.isoformat() if page.start_date else None,
        dissolutionDate=page.end_date.isoformat() if page.end_date else None,
        parentOrganization=organisations(page.implementing_organisations),
        member=organisations(page.partner_organisations),
        funder=organisations(page.donors),
        areaServed=countries(page),
        keywords=keywords(page),
    )
    return node


def course(page: CoursePage, request) -> dict:
    node = base_node(page, request, "Course")
    node.update(
        provider=publisher(request),
        hasCourseInstance={"@type": "CourseInstance", "courseMode": "online"},
        hasPart=[
            {
                "@type": "LearningResource",
                "name": module.title,
                "url": absolute_url(module, request),
            }
            for module in page.modules().order_by("path").only("id", "title", "url_path")
        ],
        about=[{"@type": "DefinedTerm", "name": str(theme)} for theme in page.themes.all()],
        keywords=keywords(page),
    )
    return node


def course_module(page: CourseModulePage, request) -> dict:
    node = base_node(page, request, "LearningResource")
    parent = page.get_parent()
    node.update(
        isPartOf={"@type": "Course", "name": parent.title, "url": absolute_url(parent, request)},
        provider=publisher(request),
        keywords=keywords(page),
    )
    return node


def toolkit(page: ToolkitPage, request) -> dict:
    node = base_node(page, request, "LearningResource")
    node.update(
        learningResourceType="toolkit",
        publisher=publisher(request),
        datePublished=page.first_published_at.date().isoformat()
        if page.first_published_at
        else None,
        keywords=keywords(page),
    )
    return node


def article(page: NewsPage | BlogPage, request) -> dict:
    node = base_node(page, request, "BlogPosting" if isinstance(page, BlogPage) else "NewsArticle")
    author = getattr(page, "author_name", "")
    node.update(
        headline=page.title[:110],
        datePublished=page.date.isoformat(),
        dateModified=page.last_published_at.isoformat() if page.last_published_at else None,
        author={"@type": "Person", "name": author} if author else publisher(request),
        publisher=publisher(request),
        keywords=keywords(page),
    )
    return node


def index(page: IndexPage, request) -> dict:
    return base_node(page, request, "CollectionPage")


def home(page: Page, request) -> dict:
    url = absolute_url(page, request)
    node = {
        "@type": "WebSite",
        "@id": f"{url}#website",
        "url": url,
        "name": site_name(request),
        "description": description(page),
        "inLanguage": page_language(page),
        "publisher": publisher(request),
    }
    try:
        with translation.override(page_language(page)):
            search = absolute_url(reverse("search:site"), request)
    except NoReverseMatch:
        search = ""
    if search:
        node["potentialAction"] = {
            "@type": "SearchAction",
            "target": {"@type": "EntryPoint", "urlTemplate": f"{search}?q={{search_terms}}"},
            "query-input": "required name=search_terms",
        }
    return node


def web_page(page: Page, request) -> dict:
    return base_node(page, request, "WebPage")


BUILDERS: dict[type, Callable[[Any, HttpRequest | None], dict]] = {
    ResourcePage: resource,
    EventPage: event,
    ProjectPage: project,
    CoursePage: course,
    CourseModulePage: course_module,
    ToolkitPage: toolkit,
    NewsPage: article,
    BlogPage: article,
    IndexPage: index,
}


def builder_for(page: Page) -> Callable[[Any, HttpRequest | None], dict]:
    if page.depth == 2:
        return home
    for cls in type(page).__mro__:
        if cls in BUILDERS:
            return BUILDERS[cls]
    return web_page


def breadcrumbs(page: Page, request) -> dict | None:
    """The page's ancestors from the home page down, then the page itself."""
    trail = [*page.get_ancestors().filter(depth__gt=1), page]
    if len(trail) < 2:
        return None
    # As the visible breadcrumbs name it, in the interface's language.
    home_name = pgettext("breadcrumb", "Home")
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": home_name if crumb.depth == 2 else crumb.title,
                "item": absolute_url(crumb, request),
            }
            for position, crumb in enumerate(trail, start=1)
        ],
    }


def json_ld(page: Page, request: HttpRequest | None) -> dict:
    """The page's JSON-LD: its main entity and its breadcrumbs, as one @graph."""
    prefetch(page)
    graph = [compact(builder_for(page)(page, request))]
    trail = breadcrumbs(page, request)
    if trail:
        graph.append(trail)
    return {"@context": SCHEMA, "@graph": graph}


def script_json(data: dict) -> str:
    """JSON safe inside <script>: no "</script>", "<!--" or "&" survives as markup."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return text.translate(
        {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}
        | {0x2028: "\\u2028", 0x2029: "\\u2029"}
    )


# --- Highwire Press tags (Google Scholar, Zotero) --------------------------------------------


def citation_tags(page: Page, request: HttpRequest | None) -> list[tuple[str, str]]:
    """`citation_*` meta tags of a library resource; none for other pages."""
    if not isinstance(page, ResourcePage):
        return []
    prefetch(page)
    tags = [("citation_title", page.title)]
    tags += [("citation_author", name) for name in page.author_list]
    tags.append(("citation_publication_date", page.publication_date.strftime("%Y/%m/%d")))
    if page.publisher:
        tags.append(("citation_publisher", page.publisher))
    versions = list(page.versions.all())
    pdfs = [v for v in versions if v.document_id and document_type(v.document) == "application/pdf"]
    # Scholar reads one PDF: the version in the page's language when there is one.
    pdfs.sort(key=lambda v: v.language.code != page_language(page))
    if pdfs:
        tags.append(("citation_pdf_url", absolute_url(pdfs[0].document.url, request)))
    for code in dict.fromkeys(v.language.code for v in versions):
        tags.append(("citation_language", code))
    tags.append(("citation_abstract_html_url", absolute_url(page, request)))
    words = keywords(page)
    if words:
        tags.append(("citation_keywords", "; ".join(words)))
    return tags


# --- Open Graph and Twitter -----------------------------------------------------------------


def og_locale(code: str) -> str:
    return OG_LOCALES.get(code) or translation.to_locale(code)


def open_graph(
    request: HttpRequest | None,
    page: Page | None,
    canonical: str = "",
    languages: list[str] | tuple[str, ...] = (),
) -> list[tuple[str, str]]:
    """Open Graph properties: `languages` are the codes the page is also published in."""
    name = site_name(request)
    if page is not None:
        language = page_language(page)
        title = getattr(page, "seo_title", "") or page.title
        og_type = "article" if isinstance(page, NewsPage | BlogPage | ResourcePage) else "website"
        url = canonical or absolute_url(page, request)
    else:
        language = translation.get_language() or settings.LANGUAGE_CODE
        title, og_type, url = name, "website", canonical
    tags = [
        ("og:title", title),
        ("og:type", og_type),
        ("og:url", url),
        ("og:site_name", name),
        ("og:locale", og_locale(language)),
    ]
    tags += [
        ("og:locale:alternate", og_locale(code))
        for code in dict.fromkeys(languages)
        if code != language and code != "x-default"
    ]
    if page is not None and description(page):
        tags.append(("og:description", description(page)))
    if isinstance(page, NewsPage | BlogPage):
        tags.append(("article:published_time", page.date.isoformat()))
    elif isinstance(page, ResourcePage):
        tags.append(("article:published_time", page.publication_date.isoformat()))
    return tags


def twitter_card() -> list[tuple[str, str]]:
    return [("twitter:card", "summary")]
