"""Submission journey in Chromium: a member proposes a project, an editor reviews it in Wagtail."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from playwright.sync_api import expect

from tests.conftest import EDITOR_PASSWORD
from tests.factories import members as factories

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, url, login, password=factories.PASSWORD):
    page.goto(url + "/accounts/login/")
    page.locator("#id_login").fill(login)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_a_member_submits_a_project_an_editor_approves_it_and_it_is_in_the_project_database(
    page, browser, live_server, demo_site, an_editor
):
    # Whichever workflow the project index gets, an editor in both groups can approve it.
    an_editor.groups.add(Group.objects.get_or_create(name="Moderators")[0])
    factories.member("amara", display_name="Amara Okafor")
    url = live_server.url

    sign_in(page, url, "amara")
    account_menu = page.get_by_role("navigation", name="Your account")
    account_menu.get_by_role("link", name="My submissions").click()
    page.get_by_role("link", name="Submit a project").click()
    page.get_by_label("Title").fill("Diaspora bonds for Dakar")
    page.get_by_label("Summary").fill("Pooling savings.")
    page.get_by_label("Description").fill("First phase.\n\nSecond phase.")
    page.get_by_label("Start date").fill("2031-01-01")
    page.get_by_role("button", name="Send for review").click()
    expect(page.get_by_text("your submission is with the editors")).to_be_visible()
    row = page.get_by_role("row", name=re.compile("Diaspora bonds for Dakar"))
    expect(row).to_contain_text("Awaiting review")
    page.goto(url + "/projects/")
    expect(page.get_by_text("Diaspora bonds for Dakar")).to_have_count(0)

    # The editor finds it on the dashboard and approves it from the page editor.
    editor = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    editor.goto(url + "/admin/login/")
    editor.get_by_label("Username").fill("editor")
    editor.get_by_label("Password").fill(EDITOR_PASSWORD)
    editor.get_by_role("button", name="Sign in").click()
    editor.get_by_role("link", name="Diaspora bonds for Dakar").first.click()
    title = re.compile("Diaspora bonds for Dakar")
    expect(editor.get_by_role("heading", name=title)).to_be_visible()
    edit_url = editor.url

    # First the editor asks for changes, with a comment; the member makes them and resends.
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Request changes").click()
    dialog = editor.get_by_role("dialog")
    dialog.get_by_label("Comment").fill("Say what the savings pay for.")
    dialog.get_by_role("button", name="Request changes").click()
    exploring = editor.get_by_role("heading", name=re.compile("Exploring: Projects"))
    expect(exploring).to_be_visible()
    page.goto(url + "/members/me/submissions/")
    row = page.get_by_role("row", name=re.compile("Diaspora bonds for Dakar"))
    expect(row).to_contain_text("Changes requested")
    expect(row).to_contain_text("Say what the savings pay for.")
    row.get_by_role("link", name=re.compile("Make the changes")).click()
    expect(page.get_by_label("Summary")).to_have_value("Pooling savings.")
    page.get_by_label("Summary").fill("Pooling diaspora savings for housing.")
    page.get_by_role("button", name="Send again for review").click()
    expect(page.get_by_text("your changes are with the editors again")).to_be_visible()
    expect(row).to_contain_text("Awaiting review")

    editor.goto(edit_url)
    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(editor.get_by_text("Page 'Diaspora bonds for Dakar' has been updated.")).to_be_visible()
    expect(editor.get_by_role("row", name=re.compile("Diaspora bonds for Dakar"))).to_contain_text(
        "live"
    )

    # It is in the project database; the member sees "Published" and got an email.
    page.goto(url + "/projects/")
    page.get_by_role("link", name="Diaspora bonds for Dakar").click()
    expect(page.get_by_text("Pooling diaspora savings for housing.")).to_be_visible()
    page.goto(url + "/members/me/submissions/")
    expect(page.get_by_role("row", name=re.compile("Diaspora bonds for Dakar"))).to_contain_text(
        "Published"
    )
    sent = [m for m in mail.outbox if m.to == ["amara@example.org"]]
    assert [m.subject for m in sent] == [
        "[M4D Hub] Your project “Diaspora bonds for Dakar”: changes requested",
        "[M4D Hub] Your project “Diaspora bonds for Dakar”: published",
    ]
    assert "/projects/diaspora-bonds-for-dakar/" in sent[1].body
    assert "Say what the savings pay for." in sent[0].body
