"""Every URL of the hub takes hostile values in its path, query and form and answers below 500.

The URL list is read from the resolver, so a new view is swept without a line here. The values
are the classes of bad input that once gave a 500: ids too large for a 64-bit column, NUL
characters, bare words where a path is expected (next=), quotes and operators in queries, dates
at the calendar's edge, and very long values. NUL is refused with a 400 everywhere.
"""

from __future__ import annotations

import itertools
import re

import pytest
from django.test import Client
from django.urls import LocalePrefixPattern, URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RoutePattern
from wagtail.models import Page

from tests.factories import members as factories

pytestmark = pytest.mark.django_db

# Wagtail's and Django's own admin screens are theirs to test; the hub's admin screens are ours.
OURS_IN_ADMIN = ("admin/discussions/", "admin/digests/", "admin/membership/")
SKIPPED = ("admin/", "django-admin/", "accounts/logout/")

BAD_VALUES = {
    "id": ["0", str(2**63), "9" * 19],
    "int": ["0", str(2**63), "9" * 40],
    "slug": ["foo", "x" * 300],
    # "target" is a member (fixture below), so views get past their lookups to the rest.
    "str": ["target", "foo", "x" * 300, "%E2%80%AE%22%27%3C", "%00"],
}
BAD_QUERY = {
    "q": 'a"b (c* OR',
    "next": "foo",
    "page": "9" * 30,
    "date": "9999-12-31",
    "year": "99999",
    "theme": "x" * 300,
    "frequency": "daily",
    "subscription": "nobody@example.org",
}
BAD_FORM = {
    **BAD_QUERY,
    "body": 'a"b',
    "comment": "x",
    "reply_to": str(2**63),
    "title": "x",
    "start": "9999-12-31T23:00",
    "end": "9999-12-31T23:30",
    "time_zone": "Etc/GMT+12",
    "to": "foo",
    "reason": "nonsense",
}


def _routes(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry.pattern, LocalePrefixPattern):
            # The public site's language prefix: swept unprefixed, in the default language.
            yield from _routes(entry.url_patterns, prefix)
            continue
        if not isinstance(entry.pattern, RoutePattern):
            continue  # Wagtail's page tree and regex routes: swept through real pages below
        route = prefix + entry.pattern._route
        if isinstance(entry, URLResolver):
            yield from _routes(entry.url_patterns, route)
        elif isinstance(entry, URLPattern):
            yield route


def swept_routes() -> list[str]:
    routes = []
    for route in _routes(get_resolver().url_patterns):
        if route.startswith(SKIPPED) and not route.startswith(OURS_IN_ADMIN):
            continue
        routes.append(route)
    return routes


def filled(route: str) -> list[str]:
    """The route with its parameters replaced by each row of bad values (one URL per row)."""
    params = re.findall(r"<(?:(\w+):)?\w+>", route)
    if not params:
        return ["/" + route]
    columns = [BAD_VALUES.get(kind or "str", BAD_VALUES["str"]) for kind in params]
    rows = max(len(column) for column in columns)
    urls = []
    for row in range(rows):
        values = iter([column[row % len(column)] for column in columns])
        urls.append("/" + re.sub(r"<(?:\w+:)?\w+>", lambda _, v=values: next(v), route))
    return urls


@pytest.fixture
def clients(db, django_user_model):
    factories.member("target", display_name="Target Member")
    # A view's exception becomes the 500 a visitor would get, and the sweep goes on.
    member = Client(raise_request_exception=False)
    member.force_login(factories.member("fuzzy", display_name="Fuzzy Member"))
    editor = Client(raise_request_exception=False)
    editor.force_login(
        django_user_model.objects.create_superuser("fuzzchief", "chief@example.org", "x")
    )
    anonymous = Client(raise_request_exception=False)
    return {"anonymous": anonymous, "member": member, "editor": editor}


def _failures(client, who, url) -> list[tuple]:
    """What answered wrongly: 500s anywhere, and anything but 400 for a NUL."""
    failures = []
    nul = "%00" in url
    for method, data in (("get", BAD_QUERY), ("post", BAD_FORM)):
        status = getattr(client, method)(url, data).status_code
        if (nul and status != 400) or status >= 500:
            failures.append((who, method, url[:120], status))
    if not nul:
        status = client.get(url, {"q": "a\x00b"}).status_code
        if status != 400:
            failures.append((who, "get ?q=NUL", url[:120], status))
    return failures


def test_the_sweep_covers_the_hubs_urls():
    routes = swept_routes()
    for expected in (
        "discussions/comment/<id:pk>/flag/",
        "messages/block/<str:username>/",
        "admin/discussions/e-discussion/<id:page_id>/promote/",
        "search/",
    ):
        assert expected in routes


def test_every_hub_url_takes_hostile_values_without_a_500(clients):
    urls = list(itertools.chain.from_iterable(filled(route) for route in swept_routes()))
    failures = [
        failure
        for who, client in clients.items()
        for url in urls
        for failure in _failures(client, who, url)
    ]
    assert failures == []


def test_one_page_of_each_type_takes_hostile_query_values_without_a_500(clients):
    pages = {}
    for page in Page.objects.live().public().filter(depth__gt=1).specific().order_by("pk"):
        pages.setdefault(type(page), page)
    failures = [
        failure
        for page in pages.values()
        for suffix in ("", "feed/", "ical/")
        for failure in _failures(clients["anonymous"], "anonymous", page.url + suffix)
    ]
    assert failures == []
