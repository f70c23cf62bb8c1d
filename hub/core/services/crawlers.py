"""What search engines are told: the sitemap of every public page, and robots.txt.

The sitemap lists each live, public page of the site in every language it is published in, with
the date it was last published and its hreflang alternates (the same ones its <head> links to,
from `translations.alternates`). Drafts, pages behind a view restriction (login, groups or a
password, on the page or an ancestor) and the community's private areas are not in it.
"""

from __future__ import annotations

from collections import defaultdict
from functools import reduce
from operator import or_

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from . import languages, translations

#: Machine endpoints and the admin, outside the language prefixes.
MACHINE_PATHS = ("/admin/", "/django-admin/", "/language/", "/jsi18n/", "/healthz")
#: Accounts, members' areas, forms and search results, under every language prefix: nothing
#: there for a search engine. The forum stays open; documents (/documents/) too, for Scholar's
#: citation_pdf_url.
PRIVATE_PATHS = (
    "/accounts/",
    "/members/",
    "/messages/",
    "/digests/",
    "/discussions/",
    "/search/",
)
PUBLIC_UNDER_PRIVATE = ("/discussions/forum/",)


class PageSitemap(Sitemap):
    """Wagtail's page sitemap, over every language's page tree, with hreflang alternates."""

    def items(self):
        site = self.get_wagtail_site()
        # Each language's home page is a translation of the site's root page.
        roots = Page.objects.filter(translation_key=site.root_page.translation_key)
        pages = Page.objects.all()
        trees = reduce(or_, (pages.descendant_of_q(root, inclusive=True) for root in roots))
        return pages.filter(trees).live().public().select_related("locale").order_by("path")

    def lastmod(self, obj):
        # Pages created live (the demo loader's, imports) have no publication record of their own.
        return obj.last_published_at or obj.latest_revision_created_at or obj.first_published_at

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        versions: dict = defaultdict(dict)
        for version in (
            Page.objects.filter(translation_key__in={p.translation_key for p in pages})
            .live()
            .public()
            .select_related("locale")
            .order_by("locale__language_code")
        ):
            versions[version.translation_key][version.locale.language_code] = version
        urls = []
        for item in pages:
            alternates = translations.alternates(self.request, item, versions[item.translation_key])
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": self.lastmod(item),
                    "alternates": [
                        {"lang_code": code, "location": href} for code, href in alternates
                    ],
                }
            )
        dates = [url["lastmod"] for url in urls]
        if dates and None not in dates:
            self.latest_lastmod = max(dates)
        return urls


def sitemap_url(request: HttpRequest) -> str:
    """The sitemap's absolute address, on the site's own host as the pages in it are."""
    site = Site.find_for_request(request)
    path = reverse("sitemap")
    return site.root_url + path if site else request.build_absolute_uri(path)


def robots_txt(request: HttpRequest) -> str:
    prefixes = [""] + [f"/{code}" for code in languages.codes() if code != settings.LANGUAGE_CODE]
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in MACHINE_PATHS]
    for prefix in prefixes:
        lines += [f"Allow: {prefix}{path}" for path in PUBLIC_UNDER_PRIVATE]
        lines += [f"Disallow: {prefix}{path}" for path in PRIVATE_PATHS]
    lines += ["", f"Sitemap: {sitemap_url(request)}", ""]
    return "\n".join(lines)
