import pytest
from django.test import Client
from lxml import etree

from hub.oai.services import records
from tests.factories.cms import ResourcePageFactory, the_library

NS = {
    "oai": "http://www.openarchives.org/OAI/2.0/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "oai_dc": "http://www.openarchives.org/OAI/2.0/oai_dc/",
    "mods": "http://www.loc.gov/mods/v3",
}


def publish(page):
    """Publish the way editors do, so Wagtail's signals fire."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def a_resource(**fields):
    return ResourcePageFactory(parent=the_library(), **fields)


def identifier(page) -> str:
    return f"oai:hub.localhost:resource/{page.pk}"


@pytest.fixture
def a_library(db, django_capture_on_commit_callbacks):
    """Five published resources with harvest rows; the demo's resources get theirs too."""
    with django_capture_on_commit_callbacks(execute=True):
        pages = [publish(a_resource(title=f"Resource {n}")) for n in range(5)]
    records.reconcile()
    return pages


class Answer:
    """An OAI-PMH response, parsed."""

    def __init__(self, body: bytes):
        self.body = body
        self.root = etree.fromstring(body)

    def find(self, path):
        return self.root.find(path, NS)

    def findall(self, path):
        return self.root.findall(path, NS)

    def text(self, path):
        found = self.find(path)
        return None if found is None else found.text

    @property
    def error(self):
        found = self.find("oai:error")
        return None if found is None else found.get("code")

    @property
    def request(self):
        return self.find("oai:request")

    @property
    def identifiers(self) -> list[str]:
        return [e.text for e in self.findall(".//oai:header/oai:identifier")]

    @property
    def deleted(self) -> list[str]:
        return [
            e.findtext("oai:identifier", namespaces=NS)
            for e in self.findall(".//oai:header[@status='deleted']")
        ]

    @property
    def token(self):
        return self.find(".//oai:resumptionToken")


@pytest.fixture
def oai():
    client = Client()

    def ask(method="get", **params) -> Answer:
        response = getattr(client, method)("/oai/", params)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        return Answer(b"".join(response.streaming_content))

    return ask
