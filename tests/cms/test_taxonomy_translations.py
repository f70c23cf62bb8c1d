"""Taxonomy names in the visitor's language: editors' translations, and pycountry's for places."""

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation

from cms import reference_data
from cms.models import Country, GCMObjective, Language, Theme
from search import catalogues
from tests.factories.cms import ResourcePageFactory, the_library
from tests.factories.members import theme

pytestmark = pytest.mark.django_db


def test_a_theme_reads_in_the_active_language_and_falls_back_to_its_source_name():
    diaspora = theme("Diaspora engagement")
    diaspora.translations = {"fr": "Mobilisation de la diaspora"}
    diaspora.save()

    with translation.override("fr"):
        assert str(diaspora) == "Mobilisation de la diaspora"
    with translation.override("es"):
        assert str(diaspora) == "Diaspora engagement"
    assert diaspora.localized("fr") == "Mobilisation de la diaspora"


def test_country_and_language_names_come_from_pycountry_translations():
    france = Country.objects.get_or_create(code="FR", defaults={"name": "France"})[0]
    bolivia = Country.objects.get_or_create(code="BO", defaults={"name": "Bolivia"})[0]
    arabic = Language.objects.get_or_create(code="ar", defaults={"name": "Arabic"})[0]

    with translation.override("ar"):
        assert str(france) == "فرنسا"
        assert str(bolivia) == "بوليفيا"
    with translation.override("fr"):
        assert str(arabic) == "Arabe"
    with translation.override("en"):
        assert str(france) == "France"


def test_an_objective_title_is_translated_inside_its_label():
    objective = GCMObjective.objects.get_or_create(number=1, defaults={"title": "Data"})[0]
    objective.translations = {"es": "Datos exactos y desglosados"}
    objective.save()

    with translation.override("es"):
        assert "Datos exactos y desglosados" in str(objective)
        assert "1" in str(objective)


def test_loading_reference_data_keeps_an_editors_own_wording():
    reference_data.load()
    data = Theme.objects.get(name="Migration data")
    data.translations = {"fr": "Données migratoires (libellé de l'équipe)"}
    data.save()

    reference_data.load()

    data.refresh_from_db()
    assert data.translations["fr"] == "Données migratoires (libellé de l'équipe)"


def test_library_facets_label_themes_in_the_visitors_language(home_page):
    diaspora = theme("Diaspora engagement")
    diaspora.translations = {"fr": "Mobilisation de la diaspora"}
    diaspora.save()
    Language.objects.get_or_create(code="en", defaults={"name": "English"})
    ResourcePageFactory(parent=the_library(), themes=[diaspora])
    library = catalogues.get("library")

    with translation.override("en"):
        english = {o.label for o in library.options()["theme"]}
    with translation.override("fr"):
        french = {o.label for o in library.options()["theme"]}

    assert "Diaspora engagement" in english
    assert "Mobilisation de la diaspora" in french


def test_editors_write_a_terms_translations_in_the_admin(client, home_page):
    admin = get_user_model().objects.create_superuser("chief", "chief@example.org", "pw")
    client.force_login(admin)
    diaspora = theme("Diaspora engagement")
    url = f"/admin/snippets/cms/theme/edit/{diaspora.pk}/"

    form = client.get(url)
    assert form.status_code == 200
    assert b'name="translation_fr"' in form.content
    assert b'name="translation_ar"' in form.content

    response = client.post(
        url,
        {
            "name": diaspora.name,
            "slug": diaspora.slug,
            "description": "",
            "translation_fr": "Mobilisation de la diaspora",
            "translation_es": "Participación de la diáspora",
            "translation_ar": "",
        },
    )

    assert response.status_code == 302
    diaspora.refresh_from_db()
    assert diaspora.translations == {
        "fr": "Mobilisation de la diaspora",
        "es": "Participación de la diáspora",
    }
