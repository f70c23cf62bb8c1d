"""The answers to the six OAI-PMH verbs, written as a stream of XML strings.

Each verb checks its arguments and runs its (bounded) queries before the first byte is written,
so an error is always a protocol error document, never a broken stream. List verbs page by
keyset on (datestamp, page_id) with `until` frozen in the resumptionToken: however records
change during a harvest, each record that exists unchanged through it is sent exactly once,
and a record that changes is left to the next incremental harvest.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from email.utils import parseaddr
from urllib.parse import urljoin

from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils import timezone
from wagtail.models import Site

from cms.models import ResourcePage, ResourceType, ResourceVersion, Theme

from ..models import Record
from . import records
from .metadata import FORMATS, Described
from .protocol import (
    OAIError,
    Position,
    Request,
    check_set,
    identifier,
    page_id,
    parse,
    repository_identifier,
    window,
)
from .xmlwriter import attrs, datestamp, element

OAI = "http://www.openarchives.org/OAI/2.0/"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
GRANULARITY = "YYYY-MM-DDThh:mm:ssZ"


def respond(http_request, query) -> Iterator[str]:
    """The whole response document to a GET query or POST form, as an iterator of strings."""
    now = timezone.now()
    base_url = http_request.build_absolute_uri(http_request.path)
    try:
        request = parse(query)
    except OAIError as error:
        # After badVerb or badArgument the request element carries the base URL alone.
        return _document(now, base_url, {}, iter([_error(error)]))
    echo = {"verb": request.verb, **request.arguments}
    try:
        body = VERBS[request.verb](request, http_request, now)
    except OAIError as error:
        body = iter([_error(error)])
        if error.code in ("badVerb", "badArgument"):
            echo = {}
    return _document(now, base_url, echo, body)


def _document(now, base_url, echo: dict, body: Iterator[str]) -> Iterator[str]:
    yield (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<OAI-PMH xmlns="{OAI}" xmlns:xsi="{XSI}"'
        f' xsi:schemaLocation="{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">'
        f"{element('responseDate', datestamp(now))}"
        f"{element('request', base_url, **echo)}"
    )
    yield from body
    yield "</OAI-PMH>\n"


def _error(error: OAIError) -> str:
    return element("error", error.message, code=error.code)


def _format(prefix: str):
    if prefix not in FORMATS:
        raise OAIError(
            "cannotDisseminateFormat", "This repository offers oai_dc and mods metadata only."
        )
    return FORMATS[prefix]


# --- Identify, ListMetadataFormats, ListSets -----------------------------------------------------


def identify(request: Request, http_request, now) -> Iterator[str]:
    site = Site.find_for_request(http_request)
    earliest = records.earliest_datestamp() or now
    admin_email = settings.HUB_OAI_ADMIN_EMAIL or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    description = (
        '<oai-identifier xmlns="http://www.openarchives.org/OAI/2.0/oai-identifier"'
        ' xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai-identifier'
        ' http://www.openarchives.org/OAI/2.0/oai-identifier.xsd">'
        f"{element('scheme', 'oai')}"
        f"{element('repositoryIdentifier', repository_identifier())}"
        f"{element('delimiter', ':')}"
        f"{element('sampleIdentifier', identifier(1))}"
        "</oai-identifier>"
    )
    name = f"{(site.site_name if site else '') or settings.WAGTAIL_SITE_NAME} library"
    return iter(
        [
            "<Identify>",
            element("repositoryName", name),
            element("baseURL", http_request.build_absolute_uri(http_request.path)),
            element("protocolVersion", "2.0"),
            element("adminEmail", admin_email),
            element("earliestDatestamp", datestamp(earliest)),
            element("deletedRecord", "persistent"),
            element("granularity", GRANULARITY),
            f"<description>{description}</description>",
            "</Identify>",
        ]
    )


def list_metadata_formats(request: Request, http_request, now) -> Iterator[str]:
    if "identifier" in request.arguments:
        _record(page_id(request.arguments["identifier"]))
    formats = "".join(
        "<metadataFormat>"
        + element("metadataPrefix", fmt.prefix)
        + element("schema", fmt.schema)
        + element("metadataNamespace", fmt.namespace)
        + "</metadataFormat>"
        for fmt in FORMATS.values()
    )
    return iter([f"<ListMetadataFormats>{formats}</ListMetadataFormats>"])


def list_sets(request: Request, http_request, now) -> Iterator[str]:
    if "resumptionToken" in request.arguments:
        raise OAIError("badResumptionToken", "The list of sets comes in one response.")
    themes = list(Theme.objects.order_by("slug").only("slug", "name", "description"))
    types = list(ResourceType.objects.order_by("slug").only("slug", "name"))

    def body():
        yield "<ListSets>"
        yield _set("theme", "Themes")
        for theme in themes:
            yield _set(f"theme:{theme.slug}", theme.name, theme.description)
        yield _set("type", "Resource types")
        for kind in types:
            yield _set(f"type:{kind.slug}", kind.name)
        yield "</ListSets>"

    return body()


def _set(spec: str, name: str, description: str = "") -> str:
    out = element("setSpec", spec) + element("setName", name)
    if description:
        out += (
            "<setDescription>"
            '<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"'
            ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
            ' xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/'
            ' http://www.openarchives.org/OAI/2.0/oai_dc.xsd">'
            f"{element('dc:description', description)}</oai_dc:dc></setDescription>"
        )
    return f"<set>{out}</set>"


# --- GetRecord, ListIdentifiers, ListRecords -----------------------------------------------------


def get_record(request: Request, http_request, now) -> Iterator[str]:
    row = _record(page_id(request.arguments["identifier"]))
    fmt = _format(request.arguments["metadataPrefix"])
    rendered = _render([row], fmt, http_request, headers_only=False)
    return iter(["<GetRecord>", *rendered, "</GetRecord>"])


def _record(number: int) -> Record:
    row = Record.objects.filter(page_id=number).first()
    if row is None and records.exposed().filter(pk=number).exists():
        # Live, but its row is not written yet (a bulk import before `reconcile`): write it now.
        records.touch([number])
        row = Record.objects.filter(page_id=number).first()
    if row is None:
        raise OAIError("idDoesNotExist", "This repository has no item with that identifier.")
    return row


def list_identifiers(request: Request, http_request, now) -> Iterator[str]:
    return _list(request, http_request, now, headers_only=True)


def list_records(request: Request, http_request, now) -> Iterator[str]:
    return _list(request, http_request, now, headers_only=False)


def _list(request: Request, http_request, now, *, headers_only: bool) -> Iterator[str]:
    arguments = request.arguments
    if "resumptionToken" in arguments:
        position = Position.from_token(request.verb, arguments["resumptionToken"])
        fmt = _format(position.prefix)
    else:
        fmt = _format(arguments["metadataPrefix"])
        start, end = window(arguments, now)
        spec = check_set(arguments["set"]) if "set" in arguments else None
        position = Position(request.verb, fmt.prefix, spec, start, end)
    size = settings.HUB_OAI_PAGE_SIZE
    matching = _matching(position)
    page = matching
    if position.after:
        stamp, last = position.after
        page = page.filter(Q(datestamp__gt=stamp) | Q(datestamp=stamp, page_id__gt=last))
    rows = list(page.order_by("datestamp", "page_id")[: size + 1])
    more, rows = len(rows) > size, rows[:size]
    if not rows:
        raise OAIError("noRecordsMatch", "No records match these arguments.")
    cursor = position.cursor
    token = None
    if more or position.after:
        if position.size is None:
            position.size = matching.count()
        expires = now + timedelta(seconds=settings.HUB_OAI_TOKEN_MAX_AGE)
        following = ""
        if more:
            position.after = (rows[-1].datestamp, rows[-1].page_id)
            position.cursor = cursor + len(rows)
            following = position.token()
        token = element(
            "resumptionToken",
            following,
            completeListSize=position.size,
            cursor=cursor,
            expirationDate=datestamp(expires) if following else None,
        )
    rendered = _render(rows, fmt, http_request, headers_only=headers_only)

    def body():
        yield f"<{request.verb}>"
        yield from rendered
        if token:
            yield token
        yield f"</{request.verb}>"

    return body()


def _matching(position: Position):
    rows = Record.objects.filter(datestamp__lt=position.end)
    if position.start:
        rows = rows.filter(datestamp__gte=position.start)
    if position.set_spec:
        rows = rows.filter(records.in_set(position.set_spec))
    return rows


# --- Records -------------------------------------------------------------------------------------


def _render(rows: list[Record], fmt, http_request, *, headers_only: bool) -> Iterator[str]:
    """Each row as a header (ListIdentifiers) or a record; queries run before the first yield."""
    live_ids = [row.page_id for row in rows if not row.deleted]
    pages = records.exposed().filter(pk__in=live_ids)
    if headers_only:
        shown = set(pages.values_list("pk", flat=True))
        described = {}
    else:
        described = _describe(pages, http_request)
        shown = set(described)

    def body():
        for row in rows:
            # A row whose page stopped being exposed before its receiver ran is a deletion.
            live = row.page_id in shown
            header = _header(row, deleted=not live)
            if headers_only:
                yield header
            elif live:
                metadata = fmt.render(described[row.page_id])
                yield f"<record>{header}<metadata>{metadata}</metadata></record>"
            else:
                yield f"<record>{header}</record>"

    return body()


def _header(row: Record, *, deleted: bool) -> str:
    specs = "".join(element("setSpec", spec) for spec in row.set_specs.split())
    return (
        f"<header{attrs(status='deleted' if deleted else None)}>"
        f"{element('identifier', identifier(row.page_id))}"
        f"{element('datestamp', datestamp(row.datestamp))}{specs}</header>"
    )


def _describe(pages, http_request) -> dict[int, Described]:
    """The pages with their links and translations, in a fixed number of queries."""
    pages = list(
        pages.defer("body")
        .select_related("resource_type")
        .prefetch_related(
            "themes",
            "regions",
            "countries",
            Prefetch(
                "versions",
                ResourceVersion.objects.select_related("language", "document").order_by(
                    "sort_order"
                ),
            ),
        )
    )
    translations: dict = {}
    for key, lang, title, abstract in (
        ResourcePage.objects.live()
        .public()
        .filter(translation_key__in=[page.translation_key for page in pages])
        .exclude(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("translation_key", "locale__language_code", "title", "abstract")
    ):
        translations.setdefault(key, {})[lang] = (title, abstract)
    out = {}
    for page in pages:
        url = page.get_full_url(http_request) or http_request.build_absolute_uri(page.url_path)
        out[page.pk] = Described(
            page=page,
            url=url,
            translations=translations.get(page.translation_key, {}),
            versions=[
                (
                    version.language.code,
                    version.title,
                    urljoin(url, version.link) if version.link else "",
                )
                for version in page.versions.all()
            ],
            themes=list(page.themes.all()),
            regions=list(page.regions.all()),
            countries=list(page.countries.all()),
        )
    return out


VERBS = {
    "Identify": identify,
    "ListMetadataFormats": list_metadata_formats,
    "ListSets": list_sets,
    "ListIdentifiers": list_identifiers,
    "ListRecords": list_records,
    "GetRecord": get_record,
}
