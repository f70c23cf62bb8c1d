"""The hub's one rate limiter: django-ratelimit's counters, every rate in HUB_RATE_LIMITS.

A rate is django-ratelimit's "count/period" ("5/m", "100/h", "3/d", "5/15m"); a limit may hold
several, comma-separated ("10/m,100/h"). Entry points call ``consume()`` (services, with the
member or address as the key) or are listed in ``VIEW_LIMITS`` (third-party views: allauth's and
Wagtail's), and every login path goes through ``LoginLimitBackend``, because every one of them
(allauth, Wagtail's /admin/login/ and /_util/login/, /django-admin/login/) ends in
``django.contrib.auth.authenticate()``.

When the cache cannot count (Redis down), a limit fails open, unless it is in
HUB_RATE_LIMITS_FAIL_CLOSED: see the comment there in hub/settings/base.py for why each is which.
"""

from __future__ import annotations

import ipaddress
import logging

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.shortcuts import render
from django.utils.translation import gettext_lazy, ngettext
from django_ratelimit.core import get_usage

log = logging.getLogger(__name__)

#: what a person is told when a limit stops them; {wait} is "3 minutes" and the like
MESSAGES = {
    "login-failures-ip": gettext_lazy(
        "Too many failed sign-in attempts from your network. Wait {wait} and try again."
    ),
    "login-failures-account": gettext_lazy(
        "Too many failed sign-in attempts for this account. Wait {wait} and try again, "
        "or reset your password."
    ),
    "signup": gettext_lazy("Too many sign-ups from your network. Wait {wait} and try again."),
    "password-reset": gettext_lazy("Too many password reset requests. Wait {wait}."),
    "password-reset-address": gettext_lazy(
        "We have already sent password reset links to this address. Wait {wait}."
    ),
    "password-change": gettext_lazy("Too many password changes. Wait {wait} and try again."),
    "email-change": gettext_lazy("Too many email address changes. Wait {wait} and try again."),
    "page-password": gettext_lazy("Too many password attempts. Wait {wait} and try again."),
    "message": gettext_lazy(
        "You are sending messages too quickly. Your message is not sent: wait {wait} and send "
        "it again."
    ),
    "message-report": gettext_lazy(
        "You have filed as many reports as we allow for now. Wait {wait} before filing another."
    ),
    "comment": gettext_lazy("You are posting too fast. Wait {wait} and try again."),
    "submission": gettext_lazy(
        "You have sent as many submissions as we allow for now. Wait {wait} and send it again."
    ),
    "subscribe": gettext_lazy("Too many subscription requests. Wait {wait} and try again."),
    "subscribe-address": gettext_lazy(
        "This address has had too many subscription requests. Wait {wait} and try again."
    ),
    "event-registration": gettext_lazy(
        "Too many event registrations from your network. Wait {wait} and try again."
    ),
    "api": gettext_lazy("Too many API requests from your network. Wait {wait} and try again."),
}

#: Third-party views limited on POST: URL name → (limit, what it counts per: "ip", "user" or
#: the name of a POSTed field, such as the email address a reset link goes to).
VIEW_LIMITS = {
    "account_signup": [("signup", "ip")],
    "account_reset_password": [("password-reset", "ip"), ("password-reset-address", "email")],
    "account_reset_password_from_key": [("password-reset", "ip")],
    "account_change_password": [("password-change", "user")],
    "account_set_password": [("password-change", "user")],
    "account_email": [("email-change", "user")],
    "wagtailadmin_password_reset": [
        ("password-reset", "ip"),
        ("password-reset-address", "email"),
    ],
    "wagtailcore_authenticate_with_password": [("page-password", "ip")],
}


class RateLimited(PermissionDenied):
    """Over a limit: ``message`` tells the person what happened, ``retry_after`` in seconds."""

    def __init__(self, name: str, retry_after: int):
        self.name = name
        self.retry_after = max(1, int(retry_after))
        self.message = str(MESSAGES[name]).format(wait=_wait(self.retry_after))
        super().__init__(self.message)


def _wait(seconds: int) -> str:
    if seconds < 120:
        return ngettext("%(n)d second", "%(n)d seconds", seconds) % {"n": seconds}
    minutes = -(-seconds // 60)
    if minutes < 120:
        return ngettext("%(n)d minute", "%(n)d minutes", minutes) % {"n": minutes}
    hours = -(-minutes // 60)
    return ngettext("%(n)d hour", "%(n)d hours", hours) % {"n": hours}


def rates(name: str) -> list[str]:
    return [rate.strip() for rate in settings.HUB_RATE_LIMITS[name].split(",") if rate.strip()]


def _usage(name: str, rate: str, key: str, increment: bool):
    """django-ratelimit's count, or None when the cache could not count."""
    try:
        return get_usage(
            None,
            group=f"hub:{name}",
            key=lambda group, request: key,
            rate=rate,
            increment=increment,
        )
    except Exception:  # noqa: BLE001 - any cache failure (django-redis raises its own errors)
        log.warning("rate limit %s could not be counted", name, exc_info=True)
        return None


def _check(name: str, key, *, increment: bool, at_limit: bool = False) -> None:
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return
    key = str(key)
    for rate in rates(name):
        usage = _usage(name, rate, key, increment)
        if usage is None:
            if name in settings.HUB_RATE_LIMITS_FAIL_CLOSED:
                raise RateLimited(name, 60)
            continue
        over = usage["count"] >= usage["limit"] if at_limit else usage["should_limit"]
        if over:
            raise RateLimited(name, usage["time_left"])


def consume(name: str, key) -> None:
    """Count one action of ``name`` for ``key`` (a member's id, an address…); raise when over."""
    _check(name, key, increment=True)


def count(name: str, key) -> None:
    """Count a failure that is only judged later (see ``check``)."""
    for rate in rates(name):
        _usage(name, rate, str(key), True)


def check(name: str, key) -> None:
    """Raise when ``key`` has already used up ``name``, without counting this attempt."""
    _check(name, key, increment=False, at_limit=True)


def _address(value: str) -> str | None:
    try:
        return str(ipaddress.ip_address(value.strip()))
    except ValueError:
        return None


def client_ip(request) -> str:
    """The client's address, as the limits count it (also RATELIMIT_IP_META_KEY).

    Without trusted proxies it is REMOTE_ADDR, whatever headers the client sends. Behind
    HUB_TRUSTED_PROXY_COUNT proxies, each appending the address it saw to HUB_CLIENT_IP_HEADER,
    it is that many entries from the right: anything a client wrote there itself is further left.
    An IPv6 client counts as its /64, which one subscriber usually holds whole.
    """
    found = None
    proxies = settings.HUB_TRUSTED_PROXY_COUNT
    if proxies > 0:
        hops = [hop for hop in request.META.get(settings.HUB_CLIENT_IP_HEADER, "").split(",")]
        hops = [hop.strip() for hop in hops if hop.strip()]
        if len(hops) >= proxies:
            found = _address(hops[-proxies])
    found = found or _address(request.META.get("REMOTE_ADDR", "")) or "0.0.0.0"  # noqa: S104
    if ":" in found:
        return str(ipaddress.ip_network(f"{found}/64", strict=False).network_address)
    return found


# --- Every login path ---------------------------------------------------------------------------


def _login_name(credentials: dict) -> str:
    for field in ("username", "email", "login"):
        if credentials.get(field):
            return str(credentials[field]).strip().lower()
    return ""


class LoginLimitBackend:
    """First in AUTHENTICATION_BACKENDS: refuses every sign-in, right password or not, while the
    client or the account is over its failed-login limit. It never signs anyone in itself."""

    def authenticate(self, request, **credentials):
        try:
            if request is not None:
                check("login-failures-ip", client_ip(request))
            name = _login_name(credentials)
            if name:
                check("login-failures-account", name)
        except RateLimited as limited:
            if request is not None:
                request.hub_rate_limited = limited
            # PermissionDenied stops authenticate() from asking the other backends.
            raise
        return None

    def get_user(self, user_id):
        # Only reached through force_login(), which names the first backend: behave as Django's.
        return ModelBackend().get_user(user_id)


@receiver(user_login_failed)
def _count_failed_login(sender, credentials, request=None, **kwargs):
    if request is not None:
        count("login-failures-ip", client_ip(request))
    name = _login_name(credentials)
    if name:
        count("login-failures-account", name)


# --- Answering 429 ------------------------------------------------------------------------------


def refuse(request, limited: RateLimited):
    response = render(request, "429.html", {"message": limited.message}, status=429)
    response["Retry-After"] = str(limited.retry_after)
    return response


def _view_key(request, per: str) -> str | None:
    if per == "ip":
        return client_ip(request)
    if per == "user":
        return str(request.user.pk) if request.user.is_authenticated else client_ip(request)
    value = request.POST.get(per, "").strip().lower()
    return value or None


class RateLimitMiddleware:
    """Answers 429 for the views in VIEW_LIMITS, for RateLimited raised anywhere, and for a login
    the LoginLimitBackend refused (the login view itself would only say "wrong password")."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        limited = getattr(request, "hub_rate_limited", None)
        if limited is not None and response.status_code != 429:
            return refuse(request, limited)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or request.resolver_match is None:
            return None
        for name, per in VIEW_LIMITS.get(request.resolver_match.url_name, ()):
            key = _view_key(request, per)
            if key is None:
                continue
            try:
                consume(name, key)
            except RateLimited as limited:
                return refuse(request, limited)
        return None

    def process_exception(self, request, exception):
        if isinstance(exception, RateLimited):
            return refuse(request, exception)
        return None
