"""`make run` (DEBUG) serves uploads, but never the private documents folder."""

import importlib

import pytest
from django.urls import clear_url_caches

pytestmark = pytest.mark.django_db


@pytest.fixture
def debug_urls(settings, tmp_path):
    import hub.urls

    settings.DEBUG = True
    settings.MEDIA_ROOT = tmp_path
    importlib.reload(hub.urls)
    clear_url_caches()
    yield tmp_path
    settings.DEBUG = False
    importlib.reload(hub.urls)
    clear_url_caches()


def test_debug_media_serves_photos_but_not_submitted_documents(client, debug_urls):
    (debug_urls / "documents").mkdir()
    (debug_urls / "documents" / "draft.txt").write_text("a member's unpublished draft")
    (debug_urls / "members").mkdir()
    (debug_urls / "members" / "photo.txt").write_text("a public photo")

    assert client.get("/media/members/photo.txt").status_code == 200
    response = client.get("/media/documents/draft.txt")
    assert response.status_code == 404
    assert b"unpublished draft" not in response.content
