"""Pages in the visitor's language: routing with a fallback, the switcher and the alternates.

A page with no translation in the visitor's language is shown in its source language (with a
notice, in base.html), never a 404. The switcher links each language to the same page where a
translation exists, else to that language's nearest translated parent, at last its home.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.http import Http404, HttpRequest
from django.urls import Resolver404, resolve
from django.utils import translation
from wagtail.models import Locale, Page, Site

from home.links import absolute_url

from . import languages


def route_with_fallback(request: HttpRequest, path: str):
    """Wagtail's route for `path`, falling back to the default-language page tree.

    Wagtail routes /fr/… under the French home page only. When that finds nothing, the path
    is followed in the French tree as far as it goes, and the rest of it under the last page's
    source-language version: /fr/bibliotheque/some-resource/ reaches the English resource under
    the English library.
    """
    route = Page.route_for_request(request, path)
    if route is not None:
        return route
    site = Site.find_for_request(request)
    if site is None:
        return None
    components = [component for component in path.split("/") if component]
    page = site.root_page.localized
    depth = 0
    while depth < len(components):
        child = page.get_children().filter(slug=components[depth]).first()
        if child is None:
            break
        page, depth = child, depth + 1
    source = page.get_translation_or_none(Locale.get_default())
    if source is None or source.pk == page.pk:
        return None
    try:
        return source.specific.route(request, components[depth:])
    except Http404:
        return None


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str  # in the language itself, as settings.LANGUAGES spells it: "Français", "العربية"
    url: str
    current: bool
    bidi: bool


@dataclass(frozen=True)
class PageLanguages:
    links: list[LanguageLink]  # the switcher, one per hub language
    alternates: list[tuple[str, str]]  # (hreflang, absolute URL), x-default last
    canonical: str
    content_language: str | None  # set when the content is not in the interface's language
    content_bidi: bool

    @property
    def content_language_name(self) -> str:
        return translation.get_language_info(self.content_language)["name_translated"]


def _info(code: str) -> dict:
    return translation.get_language_info(code)


def for_request(request: HttpRequest, page=None) -> PageLanguages:
    current = translation.get_language()
    match = getattr(request, "resolver_match", None)
    if isinstance(page, Page) and match is not None and match.url_name == "wagtail_serve":
        return _for_page(request, page, current)
    return _for_path(request, current)


def _for_page(request: HttpRequest, page: Page, current: str) -> PageLanguages:
    translations = {
        p.locale.language_code: p
        for p in page.get_translations(inclusive=True).live().select_related("locale")
    }
    ancestors = list(page.get_ancestors().filter(depth__gt=1).order_by("-depth"))
    parents: dict[tuple, Page] = {}
    if ancestors and len(translations) < len(settings.LANGUAGES):
        for parent in (
            Page.objects.filter(translation_key__in=[a.translation_key for a in ancestors])
            .live()
            .select_related("locale")
        ):
            parents[(parent.translation_key, parent.locale.language_code)] = parent

    links = []
    for code in languages.codes():
        target = translations.get(code)
        if target is None:
            target = next(
                (
                    parents[(a.translation_key, code)]
                    for a in ancestors
                    if (a.translation_key, code) in parents
                ),
                None,
            )
        url = target.get_url(request) if target is not None else languages.home_url(code)
        links.append(_link(request, code, url, current))

    itself = next((p for p in translations.values() if p.pk == page.pk), None)
    if itself is not None:
        page.locale = itself.locale  # loaded with the translations: no query for it later
    content_language = page.locale.language_code
    return PageLanguages(
        links=links,
        alternates=alternates(request, page, translations),
        canonical=absolute_url(page, request),
        content_language=content_language if content_language != current else None,
        content_bidi=_info(content_language)["bidi"],
    )


def alternates(
    request: HttpRequest | None, page: Page, translations: dict[str, Page]
) -> list[tuple[str, str]]:
    """hreflang alternates of `page` from its translations by language code, x-default last.

    x-default is the default language's version, else the page itself. The page's <link>s and
    the sitemap's xhtml:links both come from here.
    """
    links = [(code, absolute_url(p, request)) for code, p in translations.items()]
    default = translations.get(settings.LANGUAGE_CODE, page)
    links.append(("x-default", absolute_url(default, request)))
    return links


def _for_path(request: HttpRequest, current: str) -> PageLanguages:
    try:
        resolve(request.path_info)
        resolved = True
    except Resolver404:
        resolved = False
    full_path = request.get_full_path()
    links, alternates = [], []
    for code in languages.codes():
        if resolved:
            url = languages.url_in(full_path, code)
            alternates.append((code, absolute_url(languages.url_in(request.path, code), request)))
        else:
            url = languages.home_url(code)
        links.append(_link(request, code, url, current))
    if alternates:
        alternates.append(
            (
                "x-default",
                absolute_url(languages.url_in(request.path, settings.LANGUAGE_CODE), request),
            )
        )
    return PageLanguages(
        links=links,
        alternates=alternates,
        canonical=absolute_url(request.path, request),
        content_language=None,
        content_bidi=False,
    )


def _link(request: HttpRequest, code: str, url: str, current: str) -> LanguageLink:
    from urllib.parse import urlencode

    from django.urls import reverse

    choice = f"{reverse('choose_language')}?{urlencode({'lang': code, 'next': url})}"
    return LanguageLink(
        code=code,
        name=dict(settings.LANGUAGES)[code],
        url=choice,
        current=code == current,
        bidi=_info(code)["bidi"],
    )
