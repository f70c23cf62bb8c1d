"""The site's identity as pages and emails show it: one read of the site settings per language.

`for_request(request)` and `for_site(site, language)` resolve the settings (home.models:
SiteSettings and its translatable SiteIdentity) into plain values in one language: the name,
tagline, logo, footer, contact, social links, partners and the legal pages' addresses. The
result is cached per request and across requests, keyed by a version that any save of the
settings, the identity or an image, and any publication, changes: an editor's change shows on
the next page, in every process, with no restart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.core.cache import cache
from django.db import transaction
from django.utils import translation
from wagtail.models import Locale, Site

from cms import listing

from .links import base_url
from .models import SOCIAL_PLATFORMS, SiteSettings

VERSION_KEY = "home:brand-version"
LOGO_RENDITION = "max-480x160|preserve-svg"
PARTNER_RENDITION = "max-240x80|preserve-svg"


@dataclass(frozen=True)
class Picture:
    url: str
    width: int
    height: int
    alt: str


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    key: str = ""


@dataclass(frozen=True)
class Partner:
    name: str
    url: str
    logo: Picture | None


@dataclass(frozen=True)
class LegalPage:
    title: str
    url: str
    version: str = ""
    page_id: int | None = None


@dataclass(frozen=True)
class Brand:
    name: str
    tagline: str = ""
    footer_text: str = ""
    contact_address: str = ""
    contact_email: str = ""
    logo: Picture | None = None
    social_links: tuple[Link, ...] = field(default_factory=tuple)
    partners: tuple[Partner, ...] = field(default_factory=tuple)
    privacy: LegalPage | None = None
    terms: LegalPage | None = None

    def title(self, page_title: str = "") -> str:
        """A document title: "Page · Site", or the site's name alone for its own home page."""
        page_title = (page_title or "").strip()
        if not page_title or page_title.casefold() == self.name.casefold():
            return self.name
        return f"{page_title} · {self.name}"


def version() -> int:
    return cache.get_or_set(VERSION_KEY, 1, timeout=None)


def changed(**kwargs) -> None:
    """Signal receiver: every cached brand is stale."""
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        cache.set(VERSION_KEY, 1, timeout=None)


def for_request(request) -> Brand:
    """The brand of the request's site in the active language, read once per request."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    memo = request.__dict__.setdefault("_hub_brand", {})
    if language not in memo:
        memo[language] = for_site(Site.find_for_request(request), language, request=request)
    return memo[language]


def for_site(site: Site | None = None, language: str | None = None, *, request=None) -> Brand:
    """The brand of `site` (default: the default site) in `language` (default: the active one)."""
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    # Page addresses in the brand are relative; absolute ones depend on the request (home.links).
    # A hit costs no query, not even for the default site (emails sent by a worker).
    site_key = site.pk if site is not None else "default"
    key = f"home:brand:{site_key}:{language}:{version()}:{listing.content_version()}"
    brand = cache.get(key)
    if brand is None:
        site = site or Site.objects.filter(is_default_site=True).first()
        if site is None:
            return Brand(name=settings.WAGTAIL_SITE_NAME)
        with translation.override(language):
            brand = _build(site, language)
        cache.set(key, brand, timeout=60 * 60)
    return brand


def _localized(obj, locale):
    if obj is None or locale is None or obj.locale_id == locale.pk:
        return obj
    return obj.get_translation_or_none(locale) or obj


def _picture(image, spec: str, alt: str) -> Picture | None:
    if image is None:
        return None
    try:
        rendition = image.get_rendition(spec)
    except Exception:  # noqa: BLE001 - a missing or unreadable file must not take pages down
        return None
    # SVG renditions measure in fractions of a pixel; HTML wants whole numbers.
    width, height = round(rendition.width or 0), round(rendition.height or 0)
    return Picture(url=rendition.url, width=width, height=height, alt=alt)


def _legal(page, locale) -> LegalPage | None:
    page = _localized(page, locale)
    if page is None or not page.live:
        return None
    page = page.specific
    return LegalPage(
        title=page.title,
        url=page.get_url() or "",
        version=getattr(page, "version", ""),
        page_id=page.pk,
    )


def _build(site: Site, language: str) -> Brand:
    setting = (
        SiteSettings.objects.select_related("identity", "logo", "privacy_page", "terms_page")
        .filter(site=site)
        .first()
    )
    locale = Locale.objects.filter(language_code=language).first()
    if setting is None:
        return Brand(name=site.site_name or settings.WAGTAIL_SITE_NAME)
    identity = _localized(setting.identity, locale)
    name = (identity.name if identity else "") or site.site_name or settings.WAGTAIL_SITE_NAME
    labels = dict(SOCIAL_PLATFORMS)
    socials = tuple(
        Link(
            label=str(labels.get(b.value["platform"], b.value["platform"])),
            url=b.value["url"],
            key=b.value["platform"],
        )
        for b in setting.social_links
    )
    partners = tuple(
        Partner(
            name=b.value["name"],
            url=b.value["url"] or "",
            logo=_picture(b.value["logo"], PARTNER_RENDITION, b.value["name"]),
        )
        for b in setting.partners
    )
    return Brand(
        name=name,
        tagline=identity.tagline if identity else "",
        footer_text=identity.footer_text if identity else "",
        contact_address=identity.contact_address if identity else "",
        contact_email=setting.contact_email,
        logo=_picture(setting.logo, LOGO_RENDITION, name),
        social_links=socials,
        partners=partners,
        privacy=_legal(setting.privacy_page, locale),
        terms=_legal(setting.terms_page, locale),
    )


def sync_site_names(setting: SiteSettings) -> None:
    """Give Wagtail's Site and django.contrib.sites the setting's name (in the default language)
    and the site's address, for what reads them (the admin's welcome, feeds, allauth, comments).
    """
    site = setting.site
    default_locale = Locale.get_default()
    identity = _localized(setting.identity, default_locale)
    if identity is None:
        return
    if site.site_name != identity.name:
        site.site_name = identity.name
        site.save(update_fields=["site_name"])
    if site.is_default_site:
        domain = base_url().split("://", 1)[-1]
        DjangoSite.objects.update_or_create(
            pk=settings.SITE_ID, defaults={"name": identity.name, "domain": domain}
        )
        DjangoSite.objects.clear_cache()


def setting_saved(sender, instance, **kwargs) -> None:
    transaction.on_commit(lambda: sync_site_names(instance))
    changed()


def identity_saved(sender, instance, **kwargs) -> None:
    for setting in SiteSettings.objects.filter(
        identity__translation_key=instance.translation_key
    ).select_related("site", "identity"):
        transaction.on_commit(lambda s=setting: sync_site_names(s))
    changed()
