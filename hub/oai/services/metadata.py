"""The metadata formats a library record is disseminated in: oai_dc and MODS.

MODS (3.7) is the richer format rather than oai_datacite: the DataCite kernel requires a DOI as
the record's identifier, which the hub's publications do not have, so every record would be
invalid DataCite; MODS is the Library of Congress' schema for exactly this kind of catalogue
record (grey literature, reports, briefs), with room for what Dublin Core flattens: authors
with roles, the publisher and issue date together, each language version as an `otherVersion`
related item with its own title, language and link, countries with their ISO 3166 codes, and
translated titles and abstracts tagged with their language.

The record is described in the site's default language; the live translations of its page add
their title and abstract, tagged with `xml:lang` (see services/records.py for why a page's
translations are not records of their own).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings

from .xmlwriter import attrs, element


@dataclass
class Described:
    """A resource with what its metadata needs besides the page: links and translations."""

    page: object
    url: str
    #: language code → (title, abstract) of each live translation of the page
    translations: dict[str, tuple[str, str]] = field(default_factory=dict)
    #: (language code, title, absolute link) of each language version
    versions: list[tuple[str, str, str]] = field(default_factory=list)
    themes: list = field(default_factory=list)
    regions: list = field(default_factory=list)
    countries: list = field(default_factory=list)


@dataclass(frozen=True)
class Format:
    prefix: str
    schema: str
    namespace: str
    render: Callable[[Described], str]


XSI = "http://www.w3.org/2001/XMLSchema-instance"


def oai_dc(item: Described) -> str:
    page = item.page
    source = settings.LANGUAGE_CODE
    parts = [element("dc:title", page.title, xml__lang=source)]
    parts += [element("dc:title", title, xml__lang=lang) for lang, (title, _) in _tr(item)]
    parts += [element("dc:creator", author) for author in page.author_list]
    parts += [element("dc:subject", theme.name) for theme in item.themes]
    if page.abstract:
        parts.append(element("dc:description", page.abstract, xml__lang=source))
    parts += [
        element("dc:description", abstract, xml__lang=lang)
        for lang, (_, abstract) in _tr(item)
        if abstract
    ]
    if page.publisher:
        parts.append(element("dc:publisher", page.publisher))
    parts.append(element("dc:date", page.publication_date.isoformat()))
    parts.append(element("dc:type", "Text"))
    if page.resource_type_id:
        parts.append(element("dc:type", page.resource_type.name))
    parts.append(element("dc:identifier", item.url))
    if page.external_url:
        parts.append(element("dc:identifier", page.external_url))
    parts += [element("dc:language", lang) for lang in _languages(item)]
    parts += [element("dc:relation", link) for _, _, link in item.versions if link]
    parts += [element("dc:coverage", country.name) for country in item.countries]
    parts += [element("dc:coverage", region.name) for region in item.regions]
    return (
        '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        f' xmlns:xsi="{XSI}" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/'
        ' http://www.openarchives.org/OAI/2.0/oai_dc.xsd">' + "".join(parts) + "</oai_dc:dc>"
    )


def mods(item: Described) -> str:
    page = item.page
    source = settings.LANGUAGE_CODE
    parts = [f"<titleInfo{_lang(source)}>{element('title', page.title)}</titleInfo>"]
    parts += [
        f'<titleInfo type="translated"{_lang(lang)}>{element("title", title)}</titleInfo>'
        for lang, (title, _) in _tr(item)
    ]
    parts += [
        '<name type="personal">'
        + element("namePart", author)
        + '<role><roleTerm type="text" authority="marcrelator">author</roleTerm></role></name>'
        for author in page.author_list
    ]
    parts.append(element("typeOfResource", "text"))
    if page.resource_type_id:
        parts.append(element("genre", page.resource_type.name))
    origin = ""
    if page.publisher:
        origin += element("publisher", page.publisher)
    origin += element(
        "dateIssued", page.publication_date.isoformat(), encoding="w3cdtf", keyDate="yes"
    )
    parts.append(f"<originInfo>{origin}</originInfo>")
    parts += [_language(lang) for lang in _languages(item)]
    if page.abstract:
        parts.append(element("abstract", page.abstract, xml__lang=source))
    parts += [
        element("abstract", abstract, xml__lang=lang)
        for lang, (_, abstract) in _tr(item)
        if abstract
    ]
    parts += [f"<subject>{element('topic', theme.name)}</subject>" for theme in item.themes]
    parts += [f"<subject>{element('geographic', region.name)}</subject>" for region in item.regions]
    parts += [
        f"<subject>{element('geographic', country.name)}"
        f"{element('geographicCode', country.code, authority='iso3166')}</subject>"
        for country in item.countries
    ]
    for lang, title, link in item.versions:
        version = f"<titleInfo>{element('title', title or page.title)}</titleInfo>"
        version += _language(lang)
        if link:
            version += f"<location>{element('url', link)}</location>"
        parts.append(f'<relatedItem type="otherVersion">{version}</relatedItem>')
    parts.append(element("identifier", item.url, type="uri"))
    location = element("url", item.url, usage="primary display", access="object in context")
    if page.external_url:
        location += element("url", page.external_url)
    parts.append(f"<location>{location}</location>")
    return (
        f'<mods xmlns="http://www.loc.gov/mods/v3" xmlns:xsi="{XSI}" version="3.7"'
        ' xsi:schemaLocation="http://www.loc.gov/mods/v3'
        ' http://www.loc.gov/standards/mods/v3/mods-3-7.xsd">' + "".join(parts) + "</mods>"
    )


def _language(code: str) -> str:
    term = element("languageTerm", code, type="code", authority="rfc5646")
    return f"<language>{term}</language>"


def _tr(item: Described):
    return sorted(item.translations.items())


def _languages(item: Described) -> list[str]:
    return list(dict.fromkeys(lang for lang, _, _ in item.versions))


def _lang(code: str) -> str:
    return attrs(xml__lang=code)


FORMATS = {
    "oai_dc": Format(
        "oai_dc",
        "http://www.openarchives.org/OAI/2.0/oai_dc.xsd",
        "http://www.openarchives.org/OAI/2.0/oai_dc/",
        oai_dc,
    ),
    "mods": Format(
        "mods",
        "http://www.loc.gov/standards/mods/v3/mods-3-7.xsd",
        "http://www.loc.gov/mods/v3",
        mods,
    ),
}
