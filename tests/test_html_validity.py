"""Every page type, member page, form and error page is valid HTML, in English and in Arabic.

The pages are rendered by the test client, written to files, and checked in one run of the
W3C Nu HTML Checker (scripts/nu/run: Java, and Maven to fetch the checker once). Any error fails.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.apps import apps
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Page

from tests.factories.members import member

ROOT = Path(__file__).resolve().parents[1]
NU = ROOT / "scripts" / "nu" / "run"

pytestmark = [pytest.mark.nu, pytest.mark.django_db]


def _checker_missing() -> str | None:
    if shutil.which("java") is None:
        return "the Nu HTML Checker needs Java"
    result = subprocess.run([NU, "fetch"], capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        return f"the Nu HTML Checker could not be fetched: {result.stderr[-500:]}"
    return None


@pytest.fixture(scope="module")
def nu_checker():
    reason = _checker_missing()
    if reason:
        if os.environ.get("HUB_REQUIRE_SERVICES") == "1":
            pytest.fail(f"HUB_REQUIRE_SERVICES=1: {reason}", pytrace=False)
        pytest.skip(reason)
    return NU


def _one_page_of_each_type(language: str) -> dict[str, str]:
    """A live page of every concrete page type, in `language` where translated."""
    urls = {}
    for model in apps.get_models():
        if not issubclass(model, Page) or model is Page or model._meta.abstract:
            continue
        pages = model.objects.live().public().filter(locale__language_code=language)
        page = pages.order_by("path").first()
        if page is not None:
            urls[f"{model.__name__}"] = page.url
    return urls


def _a_community():
    """Two members, a conversation between them and a forum topic; the first member."""
    from cms.models import Theme
    from hub.discussions.services import topics
    from hub.messaging.services import conversations

    amina = member("amina-nu", display_name="Amina")
    omar = member("omar-nu", display_name="Omar")
    conversation = conversations.start(amina, [omar], "Hello Omar, shall we meet in Dakar?")
    topic = topics.start(amina, Theme.objects.first(), "Remittances", "What works for you?")
    return amina, conversation, topic


def _member_pages(conversation, topic):
    """Member pages and forms, in the active language."""
    return {
        "directory": reverse("members:directory"),
        "me": reverse("members:me"),
        "edit-profile": reverse("members:edit_profile"),
        "profile": reverse("members:profile", args=["omar-nu"]),
        "submissions": reverse("members:submissions"),
        "submit-project": reverse("members:submit", args=["project"]),
        "submit-event": reverse("members:submit", args=["event"]),
        "submit-publication": reverse("members:submit", args=["publication"]),
        "inbox": reverse("messaging:inbox"),
        "new-message": reverse("messaging:new"),
        "conversation": reverse("messaging:conversation", args=[conversation.pk]),
        "forum": reverse("discussions:topics"),
        "new-topic": reverse("discussions:new_topic"),
        "topic": topic.get_absolute_url(),
        "digest-preferences": reverse("digests:preferences"),
        "delete-account": reverse("members:delete_account"),
    }


def _index_url(model_name: str) -> str:
    """The index page of that type in the active language (the default one where untranslated)."""
    from django.utils.translation import get_language

    model = apps.get_model("cms", model_name)
    pages = model.objects.live().public().order_by("path")
    page = pages.filter(locale__language_code=get_language()).first() or pages.first()
    return page.url


def _public_forms():
    return {
        "signup": reverse("account_signup"),
        "login": reverse("account_login"),
        "password-reset": reverse("account_reset_password"),
        "digests": reverse("digests:subscribe"),
        "search": reverse("search:site") + "?q=migration",
        # The library and the projects are faceted searches at their index pages.
        "library-search": _index_url("LibraryIndexPage") + "?q=remittances&sort=newest",
        "project-search": _index_url("ProjectIndexPage") + "?status=ongoing",
        "not-found": "/no-such-page/",
    }


def _save(responses: dict[str, bytes], directory: Path) -> list[Path]:
    files = []
    for name, content in responses.items():
        path = directory / (re.sub(r"[^\w.-]+", "_", name) + ".html")
        path.write_bytes(content)
        files.append(path)
    return files


def test_every_kind_of_page_is_valid_html(the_translated_demo_site, client, tmp_path, nu_checker):
    from django.utils import translation

    responses = {}
    for language in ("en", "ar"):
        with translation.override(language):
            urls = {
                **_one_page_of_each_type(language),
                **{f"public-{k}": v for k, v in _public_forms().items()},
            }
        for name, url in urls.items():
            response = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
            assert response.status_code in (200, 404), (url, response.status_code)
            responses[f"{language}-{name}"] = response.content
    assert {"en-HomePage", "ar-HomePage", "en-TermsPage", "ar-PrivacyNoticePage"} <= set(responses)
    amina, conversation, topic = _a_community()
    client.force_login(amina)
    for language in ("en", "ar"):
        with translation.override(language):
            urls = _member_pages(conversation, topic)
        for name, url in urls.items():
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            responses[f"{language}-member-{name}"] = response.content
    for language in ("en", "ar"):
        with translation.override(language):
            responses[f"{language}-server-error"] = render_to_string("500.html").encode()
            responses[f"{language}-too-many"] = render_to_string("429.html").encode()
    files = _save(responses, tmp_path)
    assert len(files) > 80

    result = subprocess.run(
        [nu_checker, "check", *map(str, files)], capture_output=True, text=True, timeout=900
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_the_checker_reports_an_error_it_is_shown(tmp_path, nu_checker):
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<!DOCTYPE html><html lang="en"><head><title>t</title></head>'
        '<body><form action=""></form><span aria-label="x">y</span></body></html>'
    )

    result = subprocess.run([nu_checker, "check", str(bad)], capture_output=True, text=True)

    assert result.returncode != 0
    assert "action" in result.stdout + result.stderr
