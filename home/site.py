"""The site's page tree root: one HomePage served as the default Site."""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from .models import HomePage, SiteIdentity, SiteSettings


def tree_root() -> Page:
    """The root of the page tree, with what Wagtail's data migrations normally create around it.

    A flushed test database (or one restored without data) has none of it.
    """
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


@transaction.atomic
def install_home_page(*, title: str, intro: str = "", body: str = "") -> HomePage:
    """Return the HomePage, creating it (and pointing the default Site at it) if needed."""
    existing = HomePage.objects.first()
    if existing:
        return existing
    root = tree_root()
    # Wagtail's migrations leave a plain "Welcome to your new Wagtail site!" page behind.
    for page in root.get_children().filter(content_type__model="page", slug="home"):
        page.delete()
    home = root.add_child(instance=HomePage(title=title, slug="home", intro=intro, body=body))
    home.save_revision().publish()
    # The site's own address makes absolute links (feeds, calendars, emails) point back here.
    base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "root_page": home,
            "hostname": base.hostname or "localhost",
            "port": base.port or (443 if base.scheme == "https" else 80),
            "site_name": settings.WAGTAIL_SITE_NAME,
        },
    )
    install_site_settings()
    return home


@transaction.atomic
def install_site_settings(**identity) -> SiteSettings:
    """The default site's settings, with a site identity in the default language if none is set.

    `identity` gives its fields (name, tagline, footer_text, contact_address) where still empty.
    """
    site = Site.objects.get(is_default_site=True)
    setting = SiteSettings.for_site(site)
    if setting.identity_id is None:
        defaults = {"name": site.site_name or settings.WAGTAIL_SITE_NAME, **identity}
        setting.identity = SiteIdentity.objects.create(locale=Locale.get_default(), **defaults)
        setting.save()
    else:
        missing = {k: v for k, v in identity.items() if not getattr(setting.identity, k)}
        if missing:
            for field, value in missing.items():
                setattr(setting.identity, field, value)
            setting.identity.save()
    return setting
