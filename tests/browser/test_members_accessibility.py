"""Every member page passes an axe-core scan, empty and with form errors shown."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.urls import reverse

from hub.members.services import submissions
from hub.messaging.services import conversations
from tests.factories import members as factories

pytestmark = pytest.mark.django_db(transaction=True)

SERIOUS = {"serious", "critical"}


def serious_violations(axe, page) -> list[str]:
    return [
        f"{v['id']}: {v['help']} ({len(v['nodes'])}× e.g. {v['nodes'][0]['target']})"
        for v in axe.run(page).response["violations"]
        if v["impact"] in SERIOUS
    ]


def scan(axe, page, url, problems, *, submit: str | None = None) -> None:
    """Scan the page; with ``submit``, press that button first (an empty form shows its errors)."""
    response = page.goto(url)
    assert response.ok, f"{url} answered {response.status}"
    if submit:
        page.get_by_role("button", name=submit).click()
        page.wait_for_load_state()
    if found := serious_violations(axe, page):
        problems[url + (" (errors shown)" if submit else "")] = found


def test_no_serious_accessibility_violations_on_member_pages(page, live_server, demo_site):
    factories.language("en", "English")
    amara = factories.member(
        "amara", display_name="Amara Okafor", bio="Diaspora finance.", visibility="public"
    )
    bilal = factories.member("bilal", display_name="Bilal Haddad")
    conversation = conversations.start(amara, [bilal], "Hello Bilal, see https://example.org")
    message = conversation.messages.get()
    sent_back = submissions.submit(
        "blog", bilal, {"title": "Notes from Tunis", "author_name": "Bilal", "body": "Draft."}
    )
    task_state = sent_back.page.workflow_states.get().current_task_state
    task_state.task.specific.on_action(task_state, amara, "reject", comment="Add a photo credit.")
    url = live_server.url
    axe = Axe()
    problems: dict[str, list[str]] = {}

    for path, submit in [
        ("/accounts/signup/", "Create my account"),
        ("/accounts/login/", "Sign in"),
        ("/accounts/password/reset/", None),
        ("/members/", None),
        ("/members/amara/", None),
        ("/members/pending/", None),
    ]:
        scan(axe, page, url + path, problems, submit=submit)
        if submit:
            scan(axe, page, url + path, problems)

    page.goto(url + "/accounts/login/")
    page.locator("#id_login").fill("bilal")
    page.locator("#id_password").fill(factories.PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(url + "/members/me/")

    member_pages = [
        (reverse("members:me"), None),
        (reverse("members:profile", args=["amara"]), None),
        (reverse("members:profile", args=["bilal"]), None),
        (reverse("members:edit_profile"), None),
        (reverse("members:directory") + "?q=amara", None),
        (reverse("members:submissions"), None),
        (reverse("members:edit_submission", args=[sent_back.pk]), None),
        (reverse("members:delete_account"), None),
        (reverse("members:delete_account"), "Delete my account"),
        (reverse("messaging:inbox"), None),
        (reverse("messaging:conversation", args=[conversation.pk]), None),
        (reverse("messaging:new"), None),
        (reverse("messaging:new"), "Send"),
        (reverse("messaging:report", args=[message.pk]), None),
        ("/accounts/email/", None),
        ("/accounts/password/change/", None),
    ]
    for kind in ("project", "event", "blog", "publication"):
        member_pages.append((reverse("members:submit", args=[kind]), None))
        member_pages.append((reverse("members:submit", args=[kind]), "Send for review"))
    for path, submit in member_pages:
        scan(axe, page, url + path, problems, submit=submit)

    assert problems == {}
    # The edit page was scanned as itself, not as the list it falls back to.
    page.goto(url + reverse("members:edit_submission", args=[sent_back.pk]))
    assert page.get_by_role("heading", level=1).inner_text() == "Change your blog post"
    assert page.get_by_text("Add a photo credit.").is_visible()
