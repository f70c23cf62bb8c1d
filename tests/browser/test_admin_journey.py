from playwright.sync_api import expect

from tests.conftest import EDITOR_PASSWORD


def test_an_editor_opens_the_site_and_reaches_the_wagtail_dashboard(
    page, live_server, home_page, an_editor
):
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "M4D Hub"
    assert home_page.intro in page.locator("main").inner_text()

    page.goto(live_server.url + "/admin/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill(EDITOR_PASSWORD)
    page.get_by_role("button", name="Sign in").click()

    page.wait_for_url(live_server.url + "/admin/")
    assert page.title().startswith("Dashboard")
    assert page.get_by_role("heading", level=1, name="M4D Hub").is_visible()


def test_wrong_credentials_get_a_clear_error(page, live_server, an_editor):
    page.goto(live_server.url + "/admin/login/")
    page.get_by_label("Username").fill("editor")
    page.get_by_label("Password").fill("not the password")
    page.get_by_role("button", name="Sign in").click()

    expect(page.get_by_text("Your username and password didn't match")).to_be_visible()
    assert page.url.startswith(live_server.url + "/admin/login/")
