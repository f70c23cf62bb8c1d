"""Two harvesters we did not write harvest the library over a live server.

Sickle asks with GET, pyoai (its maintained fork, `oaipmh`) with POST. Each must get exactly
the live public records, across several resumption pages; a record unpublished during a harvest
must come back as deleted in the next incremental harvest; drafts and private resources never
show. Both parse every response with lxml, so each response is also well-formed XML.
"""

from datetime import UTC, datetime

import pytest
from oaipmh.client import Client as PyoaiClient
from oaipmh.metadata import MetadataRegistry, oai_dc_reader
from sickle import Sickle
from wagtail.models import PageViewRestriction

from cms import reference_data
from cms.models import LibraryIndexPage
from home.site import install_home_page
from hub.oai.services import records

from .conftest import a_resource, publish

pytestmark = pytest.mark.django_db(transaction=True)

PAGE_SIZE = 3


@pytest.fixture
def a_live_library(live_server, settings):
    """Ten published resources (and the demo's, if any), a draft and a private one, served live."""
    settings.HUB_OAI_PAGE_SIZE = PAGE_SIZE
    # A transactional test before this one may have flushed the session's demo site.
    reference_data.load()
    home = install_home_page(title="M4D Hub")
    if not LibraryIndexPage.objects.exists():
        home.add_child(instance=LibraryIndexPage(title="Library", slug="library"))
    pages = [publish(a_resource(title=f"Harvested {n}")) for n in range(10)]
    draft = a_resource(title="A draft nobody may harvest", live=False)
    draft.save_revision()
    secret = a_resource(title="A private resource")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    publish(secret)  # private before it is ever published: never exposed, not even as deleted
    records.reconcile()
    return {
        "url": f"{live_server.url}/oai/",
        "pages": pages,
        "hidden": {oai_id(draft.pk), oai_id(secret.pk)},
    }


def oai_id(pk) -> str:
    return f"oai:hub.localhost:resource/{pk}"


def live_public() -> set[str]:
    return {oai_id(pk) for pk in records.exposed().values_list("pk", flat=True)}


class Harvest:
    """What one harvest returned: (identifier, deleted, metadata) per item, and its requests."""

    def __init__(self):
        self.items: list[tuple[str, bool, dict | None]] = []
        self.requests = 0

    @property
    def identifiers(self) -> list[str]:
        return [i for i, deleted, _ in self.items if not deleted]

    @property
    def deleted(self) -> set[str]:
        return {i for i, deleted, _ in self.items if deleted}


def with_sickle(url, prefix="oai_dc", since=None, during=None) -> Harvest:
    result = Harvest()
    sickle = Sickle(url)
    harvest = sickle.harvest

    def counted(**kwargs):
        result.requests += 1
        return harvest(**kwargs)

    sickle.harvest = counted
    params = {"metadataPrefix": prefix, "ignore_deleted": False}
    if since:
        params["from"] = since
    for n, record in enumerate(sickle.ListRecords(**params)):
        header = record.header
        result.items.append((header.identifier, header.deleted, getattr(record, "metadata", None)))
        if n == 0 and during:
            during()
    return result


def with_pyoai(url, prefix="oai_dc", since=None, during=None) -> Harvest:
    result = Harvest()
    registry = MetadataRegistry()
    registry.registerReader("oai_dc", oai_dc_reader)
    client = PyoaiClient(url, registry)
    request = client.makeRequest

    def counted(**kwargs):
        result.requests += 1
        return request(**kwargs)

    client.makeRequest = counted
    params = {"metadataPrefix": prefix}
    if since:
        params["from_"] = datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ")
    for n, (header, metadata, _about) in enumerate(client.listRecords(**params)):
        fields = metadata.getMap() if metadata is not None else None
        result.items.append((header.identifier(), header.isDeleted(), fields))
        if n == 0 and during:
            during()
    return result


HARVESTERS = [pytest.param(with_sickle, id="sickle"), pytest.param(with_pyoai, id="pyoai")]


@pytest.mark.parametrize("harvest", HARVESTERS)
def test_a_full_harvest_gets_exactly_the_live_public_records(a_live_library, harvest):
    expected = live_public()

    result = harvest(a_live_library["url"])

    assert len(result.identifiers) == len(set(result.identifiers)), "a record came twice"
    assert set(result.identifiers) == expected
    assert not result.deleted
    assert not a_live_library["hidden"] & {i for i, _, _ in result.items}
    assert result.requests >= 3 and result.requests == -(-len(expected) // PAGE_SIZE)
    page = a_live_library["pages"][0]
    metadata = dict((i, m) for i, _, m in result.items)[oai_id(page.pk)]
    assert metadata["title"] == [page.title]


@pytest.mark.parametrize("harvest", HARVESTERS)
def test_a_record_unpublished_during_a_harvest_is_deleted_in_the_next_incremental_one(
    a_live_library, harvest
):
    pages = a_live_library["pages"]
    before = live_public()
    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    # Oldest datestamps first: pages[0] is in the first response, pages[-1] still ahead.
    sent, ahead = pages[0], pages[-1]

    def withdraw():
        sent.unpublish()
        ahead.unpublish()

    full = harvest(a_live_library["url"], during=withdraw)

    assert len(full.identifiers) == len(set(full.identifiers)), "a record came twice"
    assert set(full.identifiers) == before - {oai_id(ahead.pk)}
    assert full.requests >= 3
    incremental = harvest(a_live_library["url"], since=started)
    assert {oai_id(sent.pk), oai_id(ahead.pk)} <= incremental.deleted
    assert not {oai_id(sent.pk), oai_id(ahead.pk)} & set(incremental.identifiers)
    assert not a_live_library["hidden"] & {i for i, _, _ in incremental.items}


def test_both_harvesters_read_identify_formats_and_sets(a_live_library):
    url = a_live_library["url"]
    sickle = Sickle(url)
    identify = sickle.Identify()
    assert identify.deletedRecord == "persistent"
    assert identify.granularity == "YYYY-MM-DDThh:mm:ssZ"
    assert [f.metadataPrefix for f in sickle.ListMetadataFormats()] == ["oai_dc", "mods"]
    specs = {s.setSpec for s in sickle.ListSets()}

    client = PyoaiClient(url)
    assert client.identify().deletedRecord() == "persistent"
    assert [f[0] for f in client.listMetadataFormats()] == ["oai_dc", "mods"]
    assert {s[0] for s in client.listSets()} == specs
    assert {"theme", "type"} <= specs

    theme = a_live_library["pages"][0].themes.first()
    in_theme = {
        h.identifier
        for h in sickle.ListIdentifiers(metadataPrefix="mods", set=f"theme:{theme.slug}")
    }
    assert in_theme == {
        oai_id(pk) for pk in records.exposed().filter(themes=theme).values_list("pk", flat=True)
    }
