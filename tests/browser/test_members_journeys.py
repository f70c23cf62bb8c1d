"""Member journeys in Chromium: join and get approved, find a member and message them."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from playwright.sync_api import expect
from wagtail.models import Site

from cms.models import TermsPage
from home.models import SiteSettings
from tests.conftest import EDITOR_PASSWORD
from tests.factories import members as factories

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def terms_of_use(home_page):
    """Terms chosen in the site settings: joining asks to accept them (the demo's, if loaded)."""
    terms = TermsPage.objects.child_of(home_page).first()
    if terms is None:
        terms = home_page.add_child(
            instance=TermsPage(title="Terms of use", slug="terms", intro="The rules.", version="2")
        )
    terms.version = "2"
    terms.save_revision().publish()
    setting = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    setting.terms_page = terms
    setting.save()
    return terms


@pytest.fixture
def a_reviewing_editor(an_editor):
    an_editor.user_permissions.add(
        Permission.objects.get(codename="change_profile"),
        Permission.objects.get(codename="view_profile"),
    )
    return an_editor


def test_join_verify_get_approved_fill_profile_find_a_member_and_message_them(
    page, browser, live_server, home_page, terms_of_use, a_reviewing_editor, settings
):
    settings.HUB_MESSAGE_POLL_SECONDS = 2
    remit = factories.theme("Remittances")
    senegal = factories.country("SN", "Senegal")
    factories.member(
        "bilal", display_name="Bilal Haddad", country=senegal, themes=[remit], visibility="members"
    )
    url = live_server.url

    # 1. Sign up, verify the email, wait for approval.
    page.goto(url + "/")
    page.get_by_role("link", name="Join").click()
    page.get_by_label("Email").fill("dina@example.org")
    page.get_by_label("Username").fill("dina")
    page.locator("#id_password1").fill(factories.PASSWORD)
    page.locator("#id_password2").fill(factories.PASSWORD)
    page.get_by_label("Your name").fill("Dina Mansour")
    page.get_by_label("Why do you want to join?").fill("I work on diaspora investment.")
    page.get_by_label("I accept the").check()
    page.get_by_role("button", name="Create my account").click()
    expect(page.get_by_role("heading", name="Check your email")).to_be_visible()
    dina = get_user_model().objects.get(username="dina")
    assert [a.version for a in dina.terms_acceptances.all()] == ["2"]
    path = re.search(r"/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(url + path)
    page.get_by_role("button", name="Confirm").click()
    page.goto(url + "/accounts/login/")
    page.locator("#id_login").fill("dina@example.org")
    page.locator("#id_password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Your membership is pending")).to_be_visible()

    # An editor approves the application in the Wagtail admin.
    editor = browser.new_context().new_page()
    editor.goto(url + "/admin/login/")
    editor.get_by_label("Username").fill("editor")
    editor.get_by_label("Password").fill(EDITOR_PASSWORD)
    editor.get_by_role("button", name="Sign in").click()
    editor.goto(url + "/admin/membership/?membership_status=pending")
    editor.get_by_role("link", name="Dina Mansour").click()
    expect(editor.get_by_text("I work on diaspora investment.")).to_be_visible()
    editor.get_by_label("Approved").check()
    editor.get_by_role("button", name="Save").click()
    assert "approved" in mail.outbox[-1].subject

    # The member signs in and fills in the profile.
    page.goto(url + "/accounts/login/")
    page.locator("#id_login").fill("dina")
    page.locator("#id_password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Welcome, Dina Mansour")).to_be_visible()
    page.get_by_role("link", name="Edit my profile").click()
    page.locator("#id_organisation").fill("Diaspora Fund")
    page.locator("#id_country").select_option(label="Senegal")
    page.get_by_role("button", name="Save my profile").click()
    expect(page.get_by_text("Your profile is saved.")).to_be_visible()

    # 2. Find Bilal by country and theme, and message him.
    page.goto(url + "/members/")
    page.locator("#id_country").select_option("SN")
    page.locator("#id_theme").select_option("remittances")
    page.get_by_role("button", name="Find members").click()
    page.get_by_role("link", name="Bilal Haddad").click()
    page.get_by_role("link", name="Send a message").click()

    other = browser.new_context().new_page()
    other.goto(url + "/accounts/login/")
    other.locator("#id_login").fill("bilal")
    other.locator("#id_password").fill(factories.PASSWORD)
    other.get_by_role("button", name="Sign in").click()
    other.goto(url + "/members/me/")
    badge = other.locator("[data-unread-count]")
    expect(badge).to_be_hidden()

    page.get_by_label("Message").fill("Hello Bilal, see https://example.org/fund")
    page.get_by_role("button", name="Send").click()
    expect(page.get_by_text("Hello Bilal")).to_be_visible()

    # Bilal sees the unread count, then the reply appears in the open conversation, no reload.
    expect(badge).to_have_text("1 unread", timeout=10_000)
    other.get_by_role("link", name=re.compile("Inbox")).click()
    other.get_by_role("link", name=re.compile("Dina Mansour")).click()
    expect(other.get_by_role("link", name="https://example.org/fund")).to_be_visible()
    page.get_by_label("Message").fill("Are you free on Monday?")
    page.get_by_role("button", name="Send").click()
    expect(other.get_by_text("Are you free on Monday?")).to_be_visible(timeout=10_000)
