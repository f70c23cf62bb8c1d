"""Every page type renders for a visitor, with its own facts on it."""

import re

import pytest
from wagtail.models import Page

from cms.models import EventPage, MilestonePage, ProjectPage, ResourcePage


def test_every_live_page_renders(client, db):
    pages = Page.objects.live().specific().exclude(depth=1)
    assert pages.count() > 100

    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert (
            f"<h1>{page.title}</h1>".replace("'", "&#x27;")
            .replace("&", "&amp;")
            .replace("&amp;#x27;", "&#x27;")
            in response.content.decode()
        ), page.url


def test_the_timeline_shows_milestones_in_order(client, db):
    html = client.get("/timeline/").content.decode()

    positions = [
        html.index(m.title.replace("'", "&#x27;")) for m in MilestonePage.objects.order_by("date")
    ]
    assert positions == sorted(positions)
    assert "14 September 2006" in html
    assert "July 2007" in html


def test_milestone_dates_name_the_month_in_the_visitors_language(db):
    from datetime import date

    from django.utils import translation

    month = MilestonePage(date=date(2007, 7, 10), date_precision="month")
    day = MilestonePage(date=date(2006, 9, 14), date_precision="day")

    assert (month.date_display, day.date_display) == ("July 2007", "14 September 2006")
    with translation.override("fr"):
        assert (month.date_display, day.date_display) == ("juillet 2007", "14 septembre 2006")
    with translation.override("es"):
        assert month.date_display == "julio de 2007"


def test_a_resource_page_offers_its_languages_and_citations(client, db):
    resource = next(p for p in ResourcePage.objects.all() if p.versions.count() > 1)

    html = client.get(resource.url).content.decode()

    for version in resource.versions.all():
        assert f'lang="{version.language.code}"' in html
    assert "cite/ris/" in html and "cite/bibtex/" in html


def test_a_project_page_shows_its_corridors(client, db):
    project = next(p for p in ProjectPage.objects.all() if p.corridors.exists())
    corridor = project.corridors.first()

    html = client.get(project.url).content.decode()

    assert corridor.origin.name in html and corridor.destination.name in html


def test_an_event_page_shows_local_time_and_time_zone(client, db):
    event = EventPage.objects.first()

    html = client.get(event.url).content.decode()

    assert event.local_start.strftime("%H:%M") in html
    assert event.time_zone in html


@pytest.mark.parametrize("suffix", ["cite/xyz/", "cite.ris", "ical/extra/", "feed/more/"])
def test_unknown_sub_urls_are_404(client, db, suffix):
    resource = ResourcePage.objects.first()

    assert client.get(resource.url + suffix).status_code == 404


def test_an_article_page_weighs_under_100_kb(client, db):
    from django.contrib.staticfiles import finders

    resource = ResourcePage.objects.first()
    html = client.get(resource.url).content
    css = open(finders.find("css/hub.css"), "rb").read()

    assert len(html) + len(css) < 100 * 1024
    # No JavaScript is needed to read an article; JSON-LD is data, which browsers never run.
    code = re.sub(rb'<script type="application/ld\+json">.*?</script>', b"", html, flags=re.S)
    assert b"<script" not in code


def test_the_database_refuses_an_event_that_ends_before_it_starts(db):
    from datetime import timedelta

    from django.core.exceptions import ValidationError
    from django.db import IntegrityError, transaction

    from cms.models import EventPage

    event = EventPage.objects.first()
    event.end = event.start - timedelta(hours=1)

    with pytest.raises(ValidationError, match="end after it starts"):
        event.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        EventPage.objects.filter(pk=event.pk).update(end=event.end)
