"""The notification centre in Chromium: the bell, opening a reply, the daily digest, axe scans.

Set HUB_SCREENSHOTS to a folder to keep screenshots of the pages for a person to look at.
"""

import os
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from cms.models import ResourcePage
from hub.digests.services import periods
from hub.notifications.models import Channel
from hub.notifications.services import digests, preferences
from tests.factories import members as factories

pytestmark = pytest.mark.django_db(transaction=True)

SERIOUS = {"serious", "critical"}


@pytest.fixture(autouse=True)
def _no_holding(settings):
    settings.HUB_COMMENT_HOLD_FIRST = 0


def sign_in(page, url, username):
    page.goto(url + "/accounts/login/")
    page.locator("#id_login").fill(username)
    page.locator("#id_password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def sign_out(page):
    page.context.clear_cookies()


def shoot(page, name):
    if folder := os.environ.get("HUB_SCREENSHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"notifications-{name}.png"), full_page=True)


def after_the_daily_run():
    tomorrow = timezone.now() + timedelta(days=1)
    moment = datetime.combine(tomorrow.date(), periods.send_time(), tzinfo=periods.zone())
    return moment + timedelta(minutes=1)


def test_bob_replies_alice_sees_it_in_her_bell_and_her_daily_digest_lists_it_once(
    page, live_server, demo_site
):
    alice = factories.member("alice", display_name="Alice Achieng")
    factories.member("bob", display_name="Bob Banda")
    preferences.save(alice, {"replies": Channel.DAILY})
    resource = ResourcePage.objects.live().order_by("pk").first()
    url = live_server.url

    sign_in(page, url, "alice")
    page.goto(url + resource.url)
    page.get_by_label("Your comment").fill("Has anyone used this mapping in West Africa?")
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()
    bell = page.locator(".account-nav__bell")
    expect(bell.locator("[data-notification-count]")).to_be_hidden()

    sign_out(page)
    sign_in(page, url, "bob")
    page.goto(url + resource.url)
    page.get_by_text("Reply", exact=True).click()
    page.get_by_label("Reply to Alice Achieng").fill("Yes, in Senegal: it helped us find partners.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Yes, in Senegal: it helped us find partners.")).to_be_visible()

    sign_out(page)
    sign_in(page, url, "alice")
    page.goto(url + "/")
    expect(bell).to_contain_text("1 new")
    # No email: her preference for replies is the daily digest.
    assert [m for m in mail.outbox if m.to == ["alice@example.org"]] == []

    # Her daily digest, once its period is over, lists the reply once, and only once.
    assert digests.send_due(now=after_the_daily_run()) == 1
    assert digests.send_due(now=after_the_daily_run()) == 0
    (digest,) = [m for m in mail.outbox if m.to == ["alice@example.org"]]
    assert digest.body.count("Bob Banda replied to you") == 1
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"

    bell.click()
    expect(page.get_by_role("heading", name="Notifications")).to_be_visible()
    shoot(page, "list-en")
    page.get_by_role("link", name=f"Bob Banda replied to you on “{resource.title}”").click()
    anchor = page.url.rsplit("#", 1)[1]
    expect(page.locator(f"#{anchor}")).to_contain_text("it helped us find partners")
    expect(bell.locator("[data-notification-count]")).to_be_hidden()
    shoot(page, "opened-reply")
    assert [m for m in mail.outbox if m.to == ["alice@example.org"]] == [digest]


def test_the_bell_updates_without_reloading_where_javascript_runs(
    page, live_server, demo_site, settings
):
    from hub.messaging.services import conversations

    settings.HUB_MESSAGE_POLL_SECONDS = 2
    alice = factories.member("alice", display_name="Alice Achieng")
    bob = factories.member("bob", display_name="Bob Banda")
    url = live_server.url
    sign_in(page, url, "alice")
    page.goto(url + "/")
    count = page.locator(".account-nav__bell [data-notification-count]")
    expect(count).to_be_hidden()
    conversations.start(bob, [alice], "Hello Alice")
    expect(count).to_have_text("1 new", timeout=10_000)


def serious_violations(axe, page) -> list[str]:
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in axe.run(page).response["violations"]
        if v["impact"] in SERIOUS
    ]


def test_no_serious_accessibility_violations_in_english_and_arabic(page, live_server, demo_site):
    from hub.messaging.services import conversations

    alice = factories.member("alice", display_name="Alice Achieng")
    bob = factories.member("bob", display_name="Bob Banda")
    conversations.start(bob, [alice], "Hello Alice")
    conversations.start(factories.member("carol", display_name="Carol Chen"), [alice], "Hi")
    url = live_server.url
    axe = Axe()
    problems: dict[str, list[str]] = {}
    sign_in(page, url, "alice")
    for prefix, language in (("", "en"), ("/ar", "ar")):
        for path, name in (("/notifications/", "list"), ("/notifications/preferences/", "prefs")):
            response = page.goto(url + prefix + path)
            assert response.ok, f"{prefix}{path} answered {response.status}"
            if language == "ar":
                assert page.locator("html").get_attribute("dir") == "rtl"
            shoot(page, f"{name}-{language}")
            if found := serious_violations(axe, page):
                problems[prefix + path] = found
    # The preferences page with an error shown, and the unsubscribe page.
    page.goto(url + "/notifications/preferences/")
    page.evaluate("document.querySelector('input[name=replies]:checked').checked = false")
    page.get_by_role("button", name="Save preferences").click()
    if found := serious_violations(axe, page):
        problems["/notifications/preferences/ (errors shown)"] = found
    page.goto(preferences.unsubscribe_url(alice, "replies").replace("http://testserver", url))
    shoot(page, "unsubscribe")
    if found := serious_violations(axe, page):
        problems["unsubscribe"] = found
    assert problems == {}
