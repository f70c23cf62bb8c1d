"""Editors create, preview and publish content in the Wagtail admin; visitors then find it."""

import re
from datetime import UTC, datetime

from icalendar import Calendar
from playwright.sync_api import expect
from wagtail.models import Locale

from cms.models import EventIndexPage, EventPage, LibraryIndexPage, ResourcePage
from tests.conftest import EDITOR_PASSWORD


def sign_in(page, live_server, username="editor"):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(live_server.url + "/admin/")


def publish(page):
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()


def test_an_editor_publishes_a_resource_that_the_library_then_lists(
    page, live_server, demo_site, an_editor
):
    library = LibraryIndexPage.objects.get(locale=Locale.get_default())
    sign_in(page, live_server)

    page.goto(f"{live_server.url}/admin/pages/add/cms/resourcepage/{library.pk}/")
    page.get_by_placeholder("Page title*").fill("Remittance prices in small corridors")
    page.get_by_role("combobox", name="Resource type*").select_option(label="Policy brief")
    page.get_by_role("textbox", name="Authors", exact=True).fill("Amina Yusuf\nCarlos Pérez")
    page.get_by_role("textbox", name="Publication date*", exact=True).fill("2026-10-01")
    page.get_by_role("textbox", name="Abstract", exact=True).fill(
        "How much small remittance corridors cost, and why."
    )
    page.locator("#id_versions-0-language").select_option(label="English")
    page.get_by_label("Remittances and financial inclusion").check()

    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe[title='Preview']").last
    expect(preview.get_by_role("heading", level=1)).to_have_text(
        "Remittance prices in small corridors"
    )

    publish(page)
    expect(page.get_by_text("created and published")).to_be_visible()

    resource = ResourcePage.objects.get(title="Remittance prices in small corridors")
    assert resource.live and resource.author_list == ["Amina Yusuf", "Carlos Pérez"]
    page.goto(
        live_server.url + "/library/?theme=remittances-and-financial-inclusion&type=policy-brief"
    )
    expect(page.get_by_role("link", name="Remittance prices in small corridors")).to_be_visible()
    page.get_by_role("link", name="Remittance prices in small corridors").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Remittance prices in small corridors"
    )
    expect(page.get_by_text("Amina Yusuf, Carlos Pérez")).to_be_visible()


def test_an_editor_edits_and_publishes_an_event_with_its_time_zone(
    page, live_server, demo_site, an_editor
):
    events = EventIndexPage.objects.get(locale=Locale.get_default())
    sign_in(page, live_server)

    page.goto(f"{live_server.url}/admin/pages/add/cms/eventpage/{events.pk}/")
    page.get_by_placeholder("Page title*").fill("Diaspora finance forum")
    page.get_by_role("textbox", name="Start*", exact=True).fill("2027-03-10 09:00")
    page.get_by_role("textbox", name="End*", exact=True).fill("2027-03-10 17:30")
    page.get_by_role("combobox", name="Time zone*").select_option("Europe/Zurich")
    page.get_by_role("combobox", name="Format*").select_option("in_person")
    page.get_by_role("textbox", name="Location", exact=True).fill("Dakar, Senegal")
    page.get_by_role("textbox", name="Organiser", exact=True).fill("M4D Hub")
    page.get_by_role("button", name="Save draft").click()
    expect(page.get_by_text("Page 'Diaspora finance forum' created.")).to_be_visible()
    assert not EventPage.objects.get(title="Diaspora finance forum").live

    page.get_by_role("textbox", name="Location", exact=True).fill("Dakar, Senegal (Radisson Blu)")
    publish(page)
    expect(
        page.get_by_text(re.compile(r"Page 'Diaspora finance forum' .*published"))
    ).to_be_visible()

    event = EventPage.objects.get(title="Diaspora finance forum")
    assert event.live and event.location == "Dakar, Senegal (Radisson Blu)"
    # 09:00 in Zurich in March (CET, UTC+1) is 08:00 UTC.
    assert event.start == datetime(2027, 3, 10, 8, 0, tzinfo=UTC)
    page.goto(live_server.url + "/events/")
    page.get_by_role("link", name="Diaspora finance forum").click()
    expect(page.get_by_text("Wednesday 10 March 2027, 09:00")).to_be_visible()
    expect(page.get_by_text("Europe/Zurich")).to_be_visible()

    calendar = Calendar.from_ical(page.request.get(live_server.url + event.url + "ical/").body())
    [vevent] = calendar.walk("VEVENT")
    assert vevent["SUMMARY"] == "Diaspora finance forum"
