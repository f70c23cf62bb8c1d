"""Discussion journeys in Chromium: reply emails, an e-discussion's life, and moderation."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from cms.models import EDiscussionPage, ResourcePage
from tests.factories import members as factories

pytestmark = pytest.mark.django_db(transaction=True)

ADMIN_PASSWORD = "an admin passphrase for tests"


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


def test_a_member_comments_another_replies_and_the_first_follows_the_emailed_link(
    page, live_server, demo_site
):
    factories.member("amara", display_name="Amara Okafor")
    factories.member("bilal", display_name="Bilal Haddad")
    resource = ResourcePage.objects.live().order_by("pk").first()
    url = live_server.url

    sign_in(page, url, "amara")
    page.goto(url + resource.url)
    page.get_by_label("Your comment").fill("Has anyone used this mapping in West Africa?")
    page.get_by_role("button", name="Post comment").click()
    expect(page.get_by_text("Your comment is posted.")).to_be_visible()

    sign_out(page)
    sign_in(page, url, "bilal")
    page.goto(url + resource.url)
    page.get_by_text("Reply", exact=True).click()
    page.get_by_label("Reply to Amara Okafor").fill("Yes, in Senegal: it helped us find partners.")
    page.get_by_role("button", name="Post reply").click()
    expect(page.get_by_text("Yes, in Senegal: it helped us find partners.")).to_be_visible()

    (email,) = [m for m in mail.outbox if m.to == ["amara@example.org"]]
    assert "Bilal Haddad" in email.body
    link = re.search(r"https?://\S+/discussions/comment/\d+/", email.body).group(0)
    sign_out(page)
    page.goto(url + "/" + link.split("://", 1)[1].split("/", 1)[1])
    assert re.search(r"#c\d+$", page.url)
    anchor = page.url.rsplit("#", 1)[1]
    expect(page.locator(f"#{anchor}")).to_contain_text("it helped us find partners")


def test_an_e_discussion_opens_two_members_answer_it_closes_and_the_summary_reaches_the_library(
    page, browser, live_server, demo_site, django_user_model
):
    factories.member("amara", display_name="Amara Okafor")
    factories.member("bilal", display_name="Bilal Haddad")
    moderator = factories.member("mo", display_name="Mo Moderator")
    django_user_model.objects.create_superuser("admin", "admin@example.org", ADMIN_PASSWORD)
    discussion = EDiscussionPage.objects.get(slug="local-authorities-and-the-gcm")
    discussion.moderators.add(moderator)
    discussion.save_revision().publish()
    url = live_server.url

    page.goto(url + discussion.get_parent().url)
    open_section = page.locator("section", has=page.get_by_role("heading", name="Open now"))
    open_section.get_by_role("link", name=discussion.title).click()
    expect(page.get_by_text("Open for contributions.")).to_be_visible()
    expect(page.get_by_role("heading", name="Guiding questions")).to_be_visible()

    for username, answer in (
        ("amara", "Our city mapped its diaspora before anything else."),
        ("bilal", "Tunis set up a one-stop shop for returning migrants."),
    ):
        sign_in(page, url, username)
        page.goto(url + discussion.url)
        page.get_by_label("Your comment").fill(answer)
        page.get_by_role("button", name="Post comment").click()
        expect(page.get_by_text(answer)).to_be_visible()
        sign_out(page)

    EDiscussionPage.objects.filter(pk=discussion.pk).update(
        closes_at=timezone.now() - timedelta(minutes=1)
    )
    sign_in(page, url, "mo")
    page.goto(url + discussion.url)
    expect(page.get_by_text("Closed.", exact=True)).to_be_visible()
    expect(page.get_by_label("Your comment")).to_have_count(0)
    page.get_by_role("link", name="Write the consolidated summary").click()
    page.get_by_label("Consolidated summary").fill(
        "Members agree that **mapping diasporas** comes first.\n\n- one-stop shops help"
    )
    page.get_by_role("button", name="Publish the summary").click()
    expect(page.get_by_role("heading", name="Consolidated summary")).to_be_visible()
    expect(page.locator(".ediscussion-summary strong")).to_have_text("mapping diasporas")

    editor = browser.new_context().new_page()
    editor.goto(url + "/admin/login/")
    editor.get_by_label("Username").fill("admin")
    editor.get_by_label("Password").fill(ADMIN_PASSWORD)
    editor.get_by_role("button", name="Sign in").click()
    editor.goto(url + f"/admin/pages/{discussion.pk}/edit/")
    promote = editor.get_by_role("link", name="Promote summary to the library")
    if not promote.is_visible():
        editor.get_by_role("button", name="Actions", exact=True).click()
    promote.click()
    editor.get_by_role("button", name="Promote and publish").click()
    expect(editor.get_by_text("Published in the library")).to_be_visible()

    resource = ResourcePage.objects.get(title=f"Consolidated summary: {discussion.title}")
    assert resource.live
    page.goto(url + resource.url)
    expect(page.get_by_text("mapping diasporas")).to_be_visible()


def test_a_member_flags_a_comment_and_the_moderator_removes_it_from_the_queue(
    page, browser, live_server, demo_site
):
    from hub.discussions.services import comments

    amara = factories.member("amara", display_name="Amara Okafor")
    factories.member("bilal", display_name="Bilal Haddad")
    moderator = factories.member("mo", display_name="Mo Moderator")
    moderator.is_staff = True
    moderator.save()
    moderator.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="moderate_discussions"),
    )
    resource = ResourcePage.objects.live().order_by("pk").first()
    comment = comments.post(amara, resource, "Cheap transfers at my shop, call now!")
    url = live_server.url

    sign_in(page, url, "bilal")
    page.goto(url + resource.url)
    page.locator(f"#c{comment.pk}").get_by_role("link", name="Flag").click()
    page.get_by_label("Spam or advertising").check()
    page.get_by_role("button", name="Send to moderators").click()
    expect(page.get_by_text("Moderators will look at this comment.")).to_be_visible()

    admin = browser.new_context().new_page()
    admin.goto(url + "/admin/login/")
    admin.get_by_label("Username").fill("mo")
    admin.get_by_label("Password").fill(factories.PASSWORD)
    admin.get_by_role("button", name="Sign in").click()
    admin.get_by_role("link", name="Comment moderation").click()
    row = admin.locator(f"#queue-{comment.pk}")
    expect(row).to_contain_text("Spam or advertising")
    row.get_by_role("button", name="Remove").click()
    expect(admin.get_by_text("Comment removed.")).to_be_visible()

    page.goto(url + resource.url)
    expect(page.get_by_text("Removed by a moderator.")).to_be_visible()
    expect(page.get_by_text("Cheap transfers at my shop")).to_have_count(0)


def test_discussion_pages_have_no_serious_accessibility_violations(page, live_server, demo_site):
    from axe_playwright_python.sync_playwright import Axe

    from cms.models import Theme
    from hub.discussions.services import comments, topics

    amara = factories.member("amara", display_name="Amara Okafor")
    bilal = factories.member("bilal", display_name="Bilal Haddad")
    resource = ResourcePage.objects.live().order_by("pk").first()
    top = comments.post(amara, resource, "A question with a [link](https://example.org)")
    comments.post(bilal, resource, "A reply", top.pk)
    topic = topics.start(amara, Theme.objects.first(), "Remittance costs", "What do you see?")
    discussion = EDiscussionPage.objects.get(slug="local-authorities-and-the-gcm")
    closed = EDiscussionPage.objects.get(slug="diaspora-engagement-for-development")
    sign_in(page, live_server.url, "bilal")
    axe = Axe()
    problems = {}
    for url in (
        resource.url,
        discussion.get_parent().url,
        discussion.url,
        closed.url,
        "/discussions/forum/",
        "/discussions/forum/new/",
        topic.get_absolute_url(),
        f"/discussions/comment/{top.pk}/flag/",
    ):
        page.goto(live_server.url + url)
        serious = [
            f"{v['id']}: {v['help']} ({v['nodes'][0]['target']})"
            for v in axe.run(page).response["violations"]
            if v["impact"] in {"serious", "critical"}
        ]
        if serious:
            problems[url] = serious
    assert problems == {}
