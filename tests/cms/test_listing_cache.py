"""Listing filter options are cached until content changes, so busy listings stay cheap."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale

from cms.models import LibraryIndexPage, Theme
from tests.factories.cms import ResourcePageFactory


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_a_second_view_reuses_the_filter_options(client, db):
    first = queries(client, "/library/")
    second = queries(client, "/library/")

    assert second <= first - 5  # five taxonomies: type, theme, region, country, language


def test_publishing_a_page_refreshes_the_options(client, db):
    client.get("/library/")
    theme = Theme.objects.create(name="Brand new theme", slug="brand-new-theme")
    resource = ResourcePageFactory(
        parent=LibraryIndexPage.objects.get(locale=Locale.get_default()), themes=[theme]
    )
    resource.save_revision().publish()

    response = client.get("/library/")

    themes = response.context["search"].facet("theme")
    assert "brand-new-theme" in {v.value for v in themes.values}


def test_renaming_a_theme_shows_at_once(client, db):
    client.get("/library/")
    theme = Theme.objects.get(slug="migration-data")
    theme.name = "Migration statistics"
    theme.save()

    assert "Migration statistics" in client.get("/library/").content.decode()
