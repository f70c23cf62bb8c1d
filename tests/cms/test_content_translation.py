"""An editor translates a publication with wagtail-localize: submit, translate the strings, publish.

Everything goes through the admin's own URLs, as the translation editor in the browser does.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from cms.models import Language, ResourcePage
from tests.factories.cms import ResourcePageFactory, the_library
from tests.factories.members import theme

pytestmark = pytest.mark.django_db

FRENCH = {
    "Seasonal workers and their remittances": "Les travailleurs saisonniers et leurs transferts",
}


@pytest.fixture
def an_admin(client):
    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(admin)
    return admin


def translate_strings(client, translation: Translation, overrides: dict[str, str]) -> None:
    """Give every string of the source a French text, as the editor types it in the editor."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        text = overrides.get(segment.string.data, f"[fr] {segment.string.data}")
        response = client.put(
            f"/admin/localize/translate/{translation.id}/strings/{segment.id}/edit/",
            urlencode({"value": text}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def test_an_editor_translates_a_publication_into_french_and_publishes_it(
    client, home_page, an_admin, django_capture_on_commit_callbacks
):
    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    resource = ResourcePageFactory(
        parent=the_library(),
        title="Seasonal workers and their remittances",
        themes=[theme("Remittances and financial inclusion")],
    )
    french = Locale.objects.get(language_code="fr")

    submitted = client.post(f"/admin/localize/submit/page/{resource.id}/", {"locales": [french.id]})
    assert submitted.status_code == 302

    translation = Translation.objects.get(target_locale=french)
    translated = ResourcePage.objects.get(locale=french, translation_key=resource.translation_key)
    translate_strings(client, translation, FRENCH)

    # wagtail-localize publishes once the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(f"/admin/pages/{translated.id}/edit/", {"action": "publish"})
    assert published.status_code == 302

    translated.refresh_from_db()
    assert translated.live
    assert translated.title == "Les travailleurs saisonniers et leurs transferts"
    # The translation is one record with its source: same taxonomies and language versions.
    assert list(translated.themes.all()) == list(resource.themes.all())
    assert [v.language.code for v in translated.versions.all()] == ["en"]
    # Its parent, the library, exists in French too, so the page has a French address.
    assert translated.get_parent().locale == french


def test_a_translation_follows_its_source_when_the_editor_syncs_it(client, home_page, an_admin):
    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    resource = ResourcePageFactory(
        parent=the_library(), title="Seasonal workers and their remittances"
    )
    french = Locale.objects.get(language_code="fr")
    client.post(f"/admin/localize/submit/page/{resource.id}/", {"locales": [french.id]})
    translation = Translation.objects.get(target_locale=french)
    translate_strings(client, translation, FRENCH)
    client.post(
        f"/admin/pages/{ResourcePage.objects.get(locale=french).id}/edit/", {"action": "publish"}
    )

    resource.title = "Seasonal workers, remittances and savings"
    resource.save_revision().publish()
    synced = client.post(
        f"/admin/localize/update/{translation.source.id}/", {"publish_translations": "on"}
    )

    assert synced.status_code == 302
    texts = set(
        StringSegment.objects.filter(source=translation.source).values_list(
            "string__data", flat=True
        )
    )
    assert "Seasonal workers, remittances and savings" in texts


def test_translators_download_and_upload_a_po_file(
    client, home_page, an_admin, django_capture_on_commit_callbacks
):
    import polib

    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    resource = ResourcePageFactory(
        parent=the_library(), title="Seasonal workers and their remittances"
    )
    french = Locale.objects.get(language_code="fr")
    client.post(f"/admin/localize/submit/page/{resource.id}/", {"locales": [french.id]})
    translation = Translation.objects.get(target_locale=french)

    download = client.get(f"/admin/localize/translate/{translation.id}/pofile/download/")
    assert download.status_code == 200
    po = polib.pofile(download.content.decode())
    for entry in po:
        entry.msgstr = FRENCH.get(entry.msgid, f"[fr] {entry.msgid}")
    upload = client.post(
        f"/admin/localize/translate/{translation.id}/pofile/upload/",
        {"file": _po_upload(po), "next": "/admin/"},
    )

    assert upload.status_code == 302
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    assert (
        ResourcePage.objects.get(locale=french).title
        == "Les travailleurs saisonniers et leurs transferts"
    )


def _po_upload(po):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("translation.po", str(po).encode(), content_type="text/x-gettext")


def test_machine_translation_is_off_unless_a_libretranslate_server_is_configured(
    client, home_page, an_admin
):
    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    resource = ResourcePageFactory(parent=the_library(), title="Seasonal workers")
    french = Locale.objects.get(language_code="fr")
    client.post(f"/admin/localize/submit/page/{resource.id}/", {"locales": [french.id]})
    translation = Translation.objects.get(target_locale=french)

    response = client.post(f"/admin/localize/translate/{translation.id}/machine_translate/")

    assert response.status_code == 404
    assert not StringTranslation.objects.filter(locale=french).exists()


def test_a_libretranslate_server_turns_machine_translation_on():
    import os
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR['OPTIONS']['LIBRETRANSLATE_URL'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=Path(__file__).resolve().parents[2],
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "hub.settings.dev",
            "LIBRETRANSLATE_URL": "http://127.0.0.1:5000/",
        },
        capture_output=True,
        text=True,
        timeout=60,
    )

    assert result.stdout.strip() == "http://127.0.0.1:5000"


@pytest.mark.postgres
def test_a_publication_translated_in_the_admin_is_found_by_a_stemmed_french_word(
    client, home_page, an_admin, django_capture_on_commit_callbacks
):
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("SQLite's full-text search has no French stemming")
    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    resource = ResourcePageFactory(parent=the_library(), title="The seasonal worker's rights")
    french = Locale.objects.get(language_code="fr")
    client.post(f"/admin/localize/submit/page/{resource.id}/", {"locales": [french.id]})
    translation = Translation.objects.get(target_locale=french)
    translate_strings(
        client,
        translation,
        {"The seasonal worker's rights": "Les droits du travailleur saisonnier"},
    )
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/admin/pages/{ResourcePage.objects.get(locale=french).id}/edit/",
            {"action": "publish"},
        )

    found = client.get("/fr/library/", {"q": "travailleurs"})

    titles = [page.title for page in found.context["search"].items]
    assert titles == ["Les droits du travailleur saisonnier"]
