"""Absolute URLs: the one place that decides which scheme, host and port a link carries.

With a request (a page, a feed, an iCal file, an email sent while answering someone), links
point where the visitor reached the site, so `PORT=8123 make run` links to port 8123. Without
one (Celery tasks, management commands), and always when `HUB_LINKS_FROM_REQUEST` is off (as in
production, where a Host header is no place to take an email's links from), links use the
configured `WAGTAILADMIN_BASE_URL`.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest
from wagtail.models import Site


def base_url(request: HttpRequest | None = None) -> str:
    """Scheme, host and port, without a trailing slash."""
    if request is not None and getattr(settings, "HUB_LINKS_FROM_REQUEST", True):
        try:
            return f"{request.scheme}://{request.get_host()}"
        except Exception:  # noqa: BLE001, S110 - a disallowed or missing host: use the base URL
            pass
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def site_name(request: HttpRequest | None = None) -> str:
    """The site's name for what has no language (feeds, calendars): Wagtail's Site row, which
    the site settings keep in step (home.branding); pages and emails use home.branding."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).only("site_name").first()
    return (site.site_name if site else "") or settings.WAGTAIL_SITE_NAME


def absolute_url(location, request: HttpRequest | None = None) -> str:
    """`location` (a path, an absolute URL, or a Wagtail page) as an absolute URL; nothing for
    nothing (an empty link, a page with no address)."""
    if hasattr(location, "get_url"):  # a page: relative on a one-site install
        location = location.get_url(request) or ""
    if not location:
        return ""
    if urlsplit(location).scheme:
        return location
    if not location.startswith("/"):
        location = "/" + location
    return base_url(request) + location
