"""The Content Security Policy holds on the public site and leaves Wagtail's admin working."""

import re

from playwright.sync_api import expect

from cms.models import NewsPage
from tests.browser.test_content_editing import sign_in

CSP_VIOLATION = re.compile(r"Content Security Policy|Refused to (load|execute|apply)", re.I)


def violations(page) -> list[str]:
    seen = []
    page.on("console", lambda message: seen.append(message.text))
    page.on("pageerror", lambda error: seen.append(str(error)))
    return seen


def csp_errors(seen):
    return [text for text in seen if CSP_VIOLATION.search(text)]


def test_the_public_site_runs_under_the_strict_policy(page, live_server, demo_site):
    seen = violations(page)

    response = page.goto(live_server.url + "/")
    page.goto(live_server.url + "/search/?q=remittances")
    page.locator("input[name=q]").first.fill("remit")
    page.wait_for_timeout(500)

    policy = response.headers["content-security-policy"]
    assert "script-src 'self';" in policy and "unsafe-inline" not in policy
    assert "camera=()" in response.headers["permissions-policy"]
    assert csp_errors(seen) == [], "\n".join(csp_errors(seen))


def test_the_policy_blocks_an_injected_inline_script(page, live_server, demo_site):
    seen = violations(page)
    page.goto(live_server.url + "/")

    page.evaluate(
        """() => { const s = document.createElement('script');
                   s.textContent = 'window.injected = 1'; document.body.append(s); }"""
    )

    assert page.evaluate("() => window.injected") is None
    assert csp_errors(seen)


def test_an_editor_edits_and_previews_a_page_without_csp_errors(
    page, live_server, demo_site, an_editor
):
    news = NewsPage.objects.live().first()
    seen = violations(page)
    sign_in(page, live_server)

    page.goto(f"{live_server.url}/admin/pages/{news.pk}/edit/")
    page.get_by_placeholder("Page title*").fill("Remittances reach a record")
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe[title='Preview']").last
    expect(preview.get_by_role("heading", level=1)).to_have_text("Remittances reach a record")
    page.goto(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/discussions/")
    # The live page, where Wagtail's userbar appears for editors, stays under the strict policy.
    page.goto(live_server.url + news.url)
    expect(page.locator("wagtail-userbar")).to_be_attached()
    page.wait_for_timeout(500)

    assert csp_errors(seen) == [], "\n".join(csp_errors(seen))
