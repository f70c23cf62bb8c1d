"""Which language a visitor gets, and remembering the one they chose.

A URL with a prefix (/fr/, /es/, /ar/) is always served in that language. A URL without one is
English, unless the visitor prefers another hub language: their choice (the language cookie,
set by the switcher or at sign-in from their profile) or, before any choice, Accept-Language.
Then a page view is redirected to the same page under that language's prefix.
"""

from __future__ import annotations

from django.conf import settings
from django.dispatch import Signal
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import Resolver404, get_script_prefix, resolve, reverse, translate_url
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from home.links import absolute_url

# A real Accept-Language header is a few dozen characters; a longer one is ignored whole, so a
# crafted header costs no parsing.
MAX_HEADER_LENGTH = 256
MAX_LANGUAGE_TAGS = 16

# Sent when a signed-in member chooses a language, so their profile can remember it.
language_chosen = Signal()  # kwargs: user, language


def codes() -> list[str]:
    return [code for code, _name in settings.LANGUAGES]


def hub_language(value: str | None) -> str | None:
    """The hub language a cookie or parameter names exactly, or None."""
    if value and len(value) <= 8 and value.lower() in codes():
        return value.lower()
    return None


def from_accept_language(header: str | None) -> str | None:
    """The hub language the visitor ranks highest in Accept-Language ("fr-FR" is fr), or None."""
    if not header or len(header) > MAX_HEADER_LENGTH:
        return None
    ranked = []
    for position, item in enumerate(header.split(",")[:MAX_LANGUAGE_TAGS]):
        tag, _sep, params = item.strip().partition(";")
        quality = 1.0
        params = params.strip()
        if params.startswith("q="):
            try:
                quality = float(params[2:])
            except ValueError:
                continue
        if not tag or quality <= 0:
            continue
        ranked.append((-quality, position, tag.strip().lower()))
    for _q, _pos, tag in sorted(ranked):
        if tag == "*":
            return None
        code = hub_language(tag.split("-")[0])
        if code:
            return code
    return None


def preferred_language(request: HttpRequest) -> str | None:
    """The visitor's choice if they made one, else what their browser asks for."""
    chosen = hub_language(request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME))
    if chosen:
        return chosen
    return from_accept_language(request.META.get("HTTP_ACCEPT_LANGUAGE"))


def path_language(path: str) -> str | None:
    """The language a path's prefix names; None for an unprefixed (English) path."""
    return translation.get_language_from_path(path)


def choose(request: HttpRequest, language: str, *, save: bool = True) -> None:
    """Remember `language` as the visitor's choice: the cookie now and, with `save`, the
    member's profile. An empty `language` forgets the choice (the browser's language applies).
    """
    request.hub_language_choice = language
    user = getattr(request, "user", None)
    if save and user is not None and user.is_authenticated:
        language_chosen.send(sender=choose, user=user, language=language)


def apply_choice(request: HttpRequest, response: HttpResponse) -> None:
    """Write the language cookie if this request made a choice (see `choose`)."""
    language = getattr(request, "hub_language_choice", None)
    if language == "":
        response.delete_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    elif language:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )


def redirect_to_preferred(request: HttpRequest, response: HttpResponse) -> HttpResponse | None:
    """For a page viewed without a prefix, the redirect to the visitor's language, if any.

    Only an HTML page answered to GET or HEAD is redirected: feeds, calendars, citations, JSON
    and one-click unsubscribe (a POST) answer the same to everyone. So are only the paths that
    exist under the prefix too (not /admin/, /healthz…).
    """
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return None
    if not response.get("Content-Type", "").startswith("text/html"):
        return None
    if path_language(request.path_info) is not None or request.resolver_match is None:
        return None
    # What the answer is depends on these too, for any cache in front of the site.
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    language = preferred_language(request)
    if language is None or language == settings.LANGUAGE_CODE:
        return None
    try:
        # The prefix pattern matches the active language's prefix only.
        with translation.override(language):
            match = resolve(f"/{language}{request.path_info}")
    except Resolver404:
        return None
    if match.func != request.resolver_match.func:
        return None
    prefix = get_script_prefix()
    url = request.get_full_path().replace(prefix, f"{prefix}{language}/", 1)
    redirect = HttpResponseRedirect(url)
    patch_vary_headers(redirect, ("Accept-Language", "Cookie"))
    return redirect


def home_url(language: str) -> str:
    with translation.override(language):
        return reverse("wagtail_serve", args=[""])


def safe_next(request: HttpRequest, url: str | None, language: str) -> str:
    """`url` if it is a path on this site, else the home page in `language`."""
    if (
        url
        and len(url) <= 2000
        and url.startswith("/")
        and url_has_allowed_host_and_scheme(
            url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return url
    return home_url(language)


def url_in(url: str, language: str) -> str:
    """The same URL in another language: the path with that language's prefix."""
    return translate_url(url, language)


def or_default(language: str | None) -> str:
    """`language` if the hub still offers it, else the default: a removed language falls back."""
    return hub_language(language) or settings.LANGUAGE_CODE


def site_url(language: str) -> str:
    """The site's absolute address in `language`, without a trailing slash, for links in email."""
    return absolute_url(home_url(language)).rstrip("/")
