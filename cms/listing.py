"""What index pages ask of the catalogues, and the content version that cached listings key on.

Each index page names its collection (`IndexPage.catalogue`, e.g. "library"); the collection's
declaration and the engine that filters, searches and counts it live in `search/` (see
search/facets.py for why). `cms` is the ground floor and imports neither `search` nor `hub`, so
the search app plugs its catalogues in here when it is ready (search/apps.py), and index pages
ask `listing.catalogue(name)`.
"""

from __future__ import annotations

from collections.abc import Callable

from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured

_catalogues: Callable[[str], object] | None = None


def plug(catalogues: Callable[[str], object]) -> None:
    """Called once by the app that provides the catalogues: `catalogues(name)` gives one."""
    global _catalogues
    _catalogues = catalogues


def catalogue(name: str):
    """The catalogue called `name` (a search.facets.Catalogue)."""
    if _catalogues is None:
        raise ImproperlyConfigured("Index pages need the search app, which provides catalogues.")
    return _catalogues(name)


CONTENT_VERSION_KEY = "cms:content-version"


def content_version() -> int:
    """A number that changes whenever published content or a taxonomy changes."""
    return cache.get_or_set(CONTENT_VERSION_KEY, 1, timeout=None)


def content_changed(**kwargs) -> None:
    """Signal receiver: every cached listing option becomes stale at once."""
    try:
        cache.incr(CONTENT_VERSION_KEY)
    except ValueError:  # the key expired or was evicted: any new value invalidates old keys
        cache.set(CONTENT_VERSION_KEY, 1, timeout=None)
