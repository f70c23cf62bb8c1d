"""Feeds, calendars and citations are well-formed for the tools that read them."""

import json

import bibtexparser
import feedparser
import rispy
from icalendar import Calendar

from cms.models import EventPage, ResourcePage


def test_each_feed_is_well_formed_atom_and_honours_filters(client, db):
    for url in ["/library/feed/", "/news/feed/", "/blog/feed/", "/events/feed/"]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/atom+xml")
        feed = feedparser.parse(response.content)
        assert not feed.bozo, (url, feed.bozo_exception)
        assert feed.version == "atom10"
        assert feed.entries, url
        assert all(entry.link.startswith("http://testserver/") for entry in feed.entries), url

    filtered = feedparser.parse(client.get("/library/feed/?theme=migration-data").content)
    expected = set(
        ResourcePage.objects.filter(themes__slug="migration-data").values_list("title", flat=True)
    )
    assert {entry.title for entry in filtered.entries} == expected


def test_index_pages_advertise_their_feed(client, db):
    html = client.get("/library/?theme=migration-data").content.decode()

    assert (
        '<link rel="alternate" type="application/atom+xml" title="Library (Atom)" '
        'href="/library/feed/?theme=migration-data">' in html
    )


def test_an_event_exports_as_icalendar_in_its_time_zone(client, db):
    event = EventPage.objects.filter(time_zone="Europe/Zurich").first() or EventPage.objects.first()

    response = client.get(event.url + "ical/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent.decoded("DTSTART") == event.start
    assert vevent.decoded("DTEND") == event.end
    assert str(vevent.decoded("DTSTART").tzinfo) == event.time_zone


def test_each_calendar_defines_every_time_zone_it_names(client, db):
    """RFC 5545 3.2.19: a TZID must have a VTIMEZONE in the same calendar."""
    from datetime import UTC, datetime

    from tests.factories.cms import EventPageFactory

    parent = EventPage.objects.live().first().get_parent()
    for zone in ("Africa/Nairobi", "America/La_Paz", "Asia/Kathmandu"):
        EventPageFactory(parent=parent, time_zone=zone, start=datetime(2031, 3, 1, 9, tzinfo=UTC))
    events = EventPage.objects.live().order_by("pk")

    for url in ["/events/ical/"] + [event.url + "ical/" for event in events]:
        calendar = Calendar.from_ical(client.get(url).content)
        named = {
            str(component[prop].params["TZID"])
            for component in calendar.walk("VEVENT")
            for prop in ("DTSTART", "DTEND")
            if "TZID" in component[prop].params
        }
        defined = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
        assert named or url != "/events/ical/"  # (UTC times carry no TZID)
        assert named <= defined, (url, named - defined)
        assert calendar.get_missing_tzids() == set(), url


def test_the_upcoming_events_calendar_lists_only_upcoming_events(client, db):
    calendar = Calendar.from_ical(client.get("/events/ical/").content)

    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    upcoming = {e.title for e in EventPage.objects.live() if e.is_upcoming}
    assert summaries == upcoming
    assert upcoming


def a_resource_with_authors():
    return ResourcePage.objects.exclude(authors="").filter(authors__contains="\n").first()


def test_ris_export_parses_with_a_reference_manager_parser(client, db):
    resource = a_resource_with_authors()

    response = client.get(resource.url + "cite/ris/")

    assert response.status_code == 200
    [entry] = rispy.loads(response.content.decode())
    assert entry["title"] == resource.title
    assert entry["year"] == str(resource.publication_date.year)
    family, given = (
        resource.author_list[0].rsplit(" ", 1)[1],
        resource.author_list[0].rsplit(" ", 1)[0],
    )
    assert entry["authors"][0] == f"{family}, {given}"
    assert len(entry["authors"]) == len(resource.author_list)


def test_bibtex_export_parses(client, db):
    resource = a_resource_with_authors()

    response = client.get(resource.url + "cite/bibtex/")

    assert response.status_code == 200
    database = bibtexparser.loads(response.content.decode())
    [entry] = database.entries
    assert entry["title"].strip("{}") == resource.title.replace("&", r"\&")
    assert entry["year"] == str(resource.publication_date.year)
    assert entry["author"].count(" and ") == len(resource.author_list) - 1


def test_csl_json_export(client, db):
    resource = a_resource_with_authors()

    [item] = json.loads(client.get(resource.url + "cite/csl-json/").content)

    assert item["title"] == resource.title
    assert item["issued"]["date-parts"][0][0] == resource.publication_date.year
    assert len(item["author"]) == len(resource.author_list)
