import pytest
from wagtail.models import Page, Site

from home.models import HomePage
from home.site import install_home_page


def test_the_home_page_is_served_at_the_site_root(client, home_page):
    response = client.get("/")

    assert response.status_code == 200
    assert b"<h1>M4D Hub</h1>" in response.content
    assert home_page.intro.encode() in response.content
    assert Site.objects.get(is_default_site=True).root_page_id == home_page.pk


def test_installing_the_home_page_twice_keeps_one(home_page):
    again = install_home_page(title="Another title")

    assert again.pk == home_page.pk
    assert HomePage.objects.count() == 1
    assert not Page.objects.filter(slug="home", content_type__model="page").exists()


@pytest.mark.parametrize(
    "path",
    ["/no-such-page/", "/home/", "/healthz/", "/admin-nope/", "/%E2%80%8B/", "/a" * 300 + "/"],
)
def test_unknown_paths_are_404_not_500(client, home_page, path):
    response = client.get(path)

    assert response.status_code == 404
    assert b"Page not found" in response.content


@pytest.mark.django_db
def test_the_french_home_page_lists_each_event_once_in_french_where_it_is_translated(client):
    from django.utils import timezone
    from wagtail.models import Locale

    from cms.models import EventPage

    french = Locale.objects.get(language_code="fr")
    home = HomePage.objects.get(locale__language_code="en")
    home.copy_for_translation(french).save_revision().publish()
    upcoming = EventPage.objects.live().filter(end__gte=timezone.now()).order_by("start")
    first, second = upcoming[0], upcoming[1]
    copy = first.copy_for_translation(french, copy_parents=True)
    copy.title = "Atelier régional en français"
    copy.save_revision().publish()

    response = client.get("/fr/")

    assert response.status_code == 200
    listed = [event.title for event in response.context["upcoming_events"]]
    assert "Atelier régional en français" in listed
    assert first.title not in listed, "the English original is replaced by its translation"
    assert second.title in listed, "an untranslated event still shows, in English"
