"""Helpers for responses that every app builds the same way."""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import resolve_url
from django.utils.http import url_has_allowed_host_and_scheme


def redirect_back(target: str, fallback: str) -> HttpResponseRedirect:
    """Redirect to ``target`` if it is a path on this site, else to ``fallback`` (a URL or name).

    Only a path is taken: redirect() would read a bare word as a view name (NoReverseMatch, a
    500), and a full URL, even to this host, is never what a form of ours posts.
    """
    if (
        target.startswith("/")
        and not target.startswith("//")
        and url_has_allowed_host_and_scheme(target, allowed_hosts=None)
    ):
        return HttpResponseRedirect(target)
    return HttpResponseRedirect(resolve_url(fallback))


def absolute(path: str) -> str:
    """The full address of a path of this site, for links in emails (which have no request)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
