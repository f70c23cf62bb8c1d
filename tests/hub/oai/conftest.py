import pytest
from django.test import Client

from hub.oai.services import records
from tests.factories.cms import ResourcePageFactory, the_library


def publish(page):
    """Publish the way editors do, so Wagtail's signals fire."""
    page.save_revision().publish()
    return page


@pytest.fixture
def a_library(db, django_capture_on_commit_callbacks):
    """Five published resources with harvest rows; the demo's resources get theirs too."""
    with django_capture_on_commit_callbacks(execute=True):
        pages = [
            publish(ResourcePageFactory(parent=the_library(), title=f"Resource {n}"))
            for n in range(5)
        ]
    records.reconcile()
    return pages


@pytest.fixture
def oai():
    client = Client()

    def get(**params):
        response = client.get("/oai/", params)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/xml; charset=utf-8"
        return b"".join(response.streaming_content)

    return get
