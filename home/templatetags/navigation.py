from dataclasses import dataclass

from django import template
from django.urls import NoReverseMatch, reverse, translate_url
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page, Site

register = template.Library()


@dataclass(frozen=True)
class MenuItem:
    title: str
    url: str
    current: str  # "page", "true" (an ancestor of this page) or ""
    lang: str  # set when the item has no translation in the active language


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The site root's children that editors ticked 'show in menus', in the active language.

    An item with no translation yet keeps its title, in its own language, and leads to the
    page under the active language's prefix, where it shows with an "untranslated" notice.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": []}
    items = list(site.root_page.get_children().live().public().in_menu().select_related("locale"))
    language = translation.get_language()
    translated = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in=[item.translation_key for item in items],
            locale__language_code=language,
        )
        .live()
        .public()
    }
    current = context.get("page")
    current_path = current.url_path if isinstance(current, Page) else ""
    menu = []
    for item in items:
        shown = translated.get(item.translation_key)
        if shown is not None:
            url, lang = shown.get_url(request), ""
        else:
            lang = item.locale.language_code
            # translate_url reads the URL as one in the active language: the item's own.
            with translation.override(lang):
                url = translate_url(item.get_url(request), language)
        paths = {item.url_path, shown.url_path if shown else item.url_path}
        state = "page" if current_path in paths else ""
        if not state and any(current_path.startswith(p) for p in paths):
            state = "true"
        menu.append(MenuItem((shown or item).title, url, state, lang))
    menu.extend(_community_items(request))
    return {"items": menu}


def _community_items(request) -> list[MenuItem]:
    """The forum and the member directory: views, not pages, found by their URL names.

    Both are open to every visitor (the directory shows each profile as its visibility allows).
    """
    path = request.path if request else ""
    items = []
    for name, title in (("discussions:topics", _("Forum")), ("members:directory", _("Members"))):
        try:
            url = reverse(name)
        except NoReverseMatch:  # the app is not installed (e.g. a site without the community)
            continue
        state = "page" if path == url else "true" if path.startswith(url) else ""
        items.append(MenuItem(title, url, state, ""))
    return items
