"""Every response carries the Content Security Policy and the Permissions-Policy; only the admin
gets the relaxed policy (tests/browser/test_security_headers.py checks both in Chromium)."""

import pytest

pytestmark = pytest.mark.django_db


def test_public_pages_get_the_strict_policy_and_the_permissions_policy(client):
    for url in ("/", "/search/?q=remittances", "/members/", "/accounts/login/"):
        response = client.get(url)
        policy = response["Content-Security-Policy"]
        # directives in any order: "name value value; name value"
        directives = dict(
            (part.strip() + " ").split(" ", 1) for part in policy.split(";") if part.strip()
        )
        assert directives["default-src"].strip() == "'self'", url
        assert directives["script-src"].strip() == "'self'", url
        assert directives["style-src"].strip() == "'self'", url
        assert "unsafe-inline" not in policy and directives["object-src"].strip() == "'none'", url
        assert "camera=()" in response["Permissions-Policy"], url


def test_only_the_admin_allows_inline_script_and_style(admin_client):
    policy = admin_client.get("/admin/")["Content-Security-Policy"]

    assert "script-src 'self' 'unsafe-inline'" in policy
    assert "style-src 'self' 'unsafe-inline'" in policy
    assert "img-src 'self' data:" in policy


def test_no_public_template_holds_inline_script_or_style():
    """Inline code would be blocked by the policy: it belongs in static/ files."""
    import re
    from pathlib import Path

    from django.conf import settings

    # A JSON-LD block is data, which browsers neither run nor hold to the policy.
    inline = re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*type=\"application/ld\+json\")[^>]*>"
        r"|<style\b|\sstyle=\"|\son[a-z]+=\"",
        re.I,
    )
    offenders = []
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        relative = path.relative_to(settings.BASE_DIR).as_posix()
        if "/email/" in relative or "/admin/" in relative:
            continue  # mail clients and Wagtail's admin are not under the public policy
        if inline.search(path.read_text()):
            offenders.append(relative)
    assert offenders == []
