"""Event registration in Chromium: three members register for two seats, one cancels with the
emailed link, the third is promoted and emailed; the form and organiser screens pass axe-core."""

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from playwright.sync_api import expect

from hub.events.models import Registration
from tests.browser.test_members_accessibility import serious_violations
from tests.conftest import EDITOR_PASSWORD
from tests.factories import members as factories
from tests.hub.events.conftest import QUESTIONS, event

pytestmark = pytest.mark.django_db(transaction=True)

SHOTS = Path("/tmp/hub-event-screenshots")  # noqa: S108 - screenshots to look at, not a secret


def sign_in(browser, url, username):
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    page.set_default_timeout(15_000)
    page.goto(url + "/accounts/login/")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(url + "/members/me/")
    return page


def register(page, url, event_page):
    page.goto(url + event_page.url)
    page.get_by_role("link", name=re.compile("^Register")).click()
    page.get_by_label("Your organisation").fill("Diaspora Link")
    page.get_by_label("Vegetarian").check()
    page.get_by_label("I agree to appear in photos.").check()
    page.get_by_role("button", name="Register").click()


def test_three_members_two_seats_one_cancels_by_email_and_the_third_is_promoted(
    page, browser, live_server, home_page, an_editor
):
    SHOTS.mkdir(exist_ok=True)
    factories.index_pages(home_page)
    forum = event(
        title="Remittances forum", registration_capacity=2, registration_questions=QUESTIONS
    )
    amara, bilal, chen = (
        factories.member(name, display_name=name.title()) for name in ("amara", "bilal", "chen")
    )
    url = live_server.url
    axe = Axe()
    problems = {}

    first = sign_in(browser, url, "amara")
    first.goto(url + forum.url)
    first.get_by_role("link", name=re.compile("^Register")).click()
    expect(first.get_by_role("heading", name="Register for Remittances forum")).to_be_visible()
    first.get_by_role("button", name="Register").click()  # empty: the errors show
    expect(first.get_by_text("Please correct the errors below.")).to_be_visible()
    first.screenshot(path=str(SHOTS / "form-errors.png"), full_page=True)
    if found := serious_violations(axe, first):
        problems["registration form with errors"] = found
    first.goto(url + f"/registrations/{forum.pk}/")
    if found := serious_violations(axe, first):
        problems["registration form"] = found
    register(first, url, forum)
    expect(first.get_by_role("heading", name="You are registered")).to_be_visible()

    second = sign_in(browser, url, "bilal")
    register(second, url, forum)
    expect(second.get_by_role("heading", name="You are registered")).to_be_visible()

    third = sign_in(browser, url, "chen")
    register(third, url, forum)
    expect(third.get_by_role("heading", name="You are on the waiting list")).to_be_visible()
    third.screenshot(path=str(SHOTS / "waiting.png"), full_page=True)

    # Amara cancels with the link in her confirmation, in a browser that is not signed in.
    (confirmation,) = [m for m in mail.outbox if m.to == ["amara@example.org"]]
    assert confirmation.attachments[0][2] == "text/calendar"
    link = re.search(r"https?://\S+(/registrations/cancel/\S+/)", confirmation.body).group(1)
    anonymous = browser.new_context().new_page()
    anonymous.goto(url + link)
    expect(anonymous.get_by_role("heading", name="Cancel your registration")).to_be_visible()
    anonymous.screenshot(path=str(SHOTS / "cancel.png"), full_page=True)
    anonymous.get_by_role("button", name="Cancel my registration").click()
    expect(anonymous.get_by_role("heading", name="Your registration is cancelled")).to_be_visible()

    statuses = dict(Registration.objects.values_list("user__username", "status"))
    assert statuses == {"amara": "cancelled", "bilal": "confirmed", "chen": "confirmed"}
    promoted = [m for m in mail.outbox if m.to == ["chen@example.org"]]
    assert [m.subject for m in promoted] == [
        "You are on the waiting list for Remittances forum",
        "You are registered for Remittances forum",
    ]
    assert "A seat became free and it is yours." in promoted[-1].body
    third.goto(url + f"/registrations/{forum.pk}/")
    expect(third.get_by_text("You are registered: confirmed.")).to_be_visible()

    # The organiser screens: the registrant list and the message form.
    page.goto(url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    # (The page editor's header menu links here: tests/hub/events/test_views.py.)
    page.goto(url + f"/admin/events/{forum.pk}/registrations/")
    expect(page.get_by_role("cell", name="Bilal", exact=True)).to_be_visible()
    expect(page.get_by_role("cell", name="chen@example.org")).to_be_visible()
    page.screenshot(path=str(SHOTS / "organiser-list.png"), full_page=True)
    if found := serious_violations(axe, page):
        problems["registrant list"] = found
    page.get_by_role("link", name="Email all registrants").click()
    page.get_by_role("button", name="Send").click()  # empty: the errors show
    expect(page.get_by_role("alert").first).to_be_visible()
    page.screenshot(path=str(SHOTS / "organiser-message.png"), full_page=True)
    if found := serious_violations(axe, page):
        problems["message form"] = found
    page.get_by_label("Subject").fill("Room change")
    page.get_by_label("Message").fill("We meet in room 4.")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Your message goes to 2 registrants.")).to_be_visible()

    assert not problems, problems
