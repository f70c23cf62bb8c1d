"""Playwright with Debian's Chromium. Browser tests need a live server and a transactional DB."""

import os
import shutil

import pytest

from tests.services import require_services

CHROMIUM = os.environ.get("HUB_CHROMIUM", "/usr/bin/chromium")

# Playwright's sync API runs an event loop in the test thread; the ORM calls made by fixtures in
# that thread are still synchronous, so Django's async-safety guard does not apply here.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def _why_no_browser() -> str | None:
    if not shutil.which(CHROMIUM):
        return f"{CHROMIUM} not found (apt-get install chromium)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed"
    return None


def pytest_collection_modifyitems(config, items):
    for item in items:
        if "tests/browser" in str(item.path):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(autouse=True)
def _migrated_data(django_db_serialized_rollback):
    """Each browser test starts from what the migrations made (groups, permissions, locale…).

    Browser tests need a live server, so their database is flushed after each test; serialized
    rollback puts the migrations' data back before the next one.
    """


@pytest.fixture(scope="session")
def browser():
    if reason := _why_no_browser():
        if require_services():
            pytest.fail(f"HUB_REQUIRE_SERVICES=1: {reason}", pytrace=False)
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-background-networking",
                "--disable-gpu",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()
