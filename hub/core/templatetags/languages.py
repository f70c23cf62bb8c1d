from django import template
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html

from hub.core.services import translations

register = template.Library()


@register.simple_tag(takes_context=True)
def page_languages(context):
    """The switcher, alternates, canonical link and content language for this page."""
    request = context.get("request")
    if request is None:
        return None
    return translations.for_request(request, context.get("page"))


@register.simple_tag
def text_direction(code=None):
    """ "rtl" or "ltr" for a language code (the active language by default)."""
    info = translation.get_language_info(code or translation.get_language())
    return "rtl" if info["bidi"] else "ltr"


@register.tag
def javascript_catalog(parser, token):
    """{% javascript_catalog %}…{% endjavascript_catalog %}: Django's JavaScript catalogue for
    the active language, loaded before the first script inside, and only if there is one, so a
    page that needs no JavaScript loads none.
    """
    nodelist = parser.parse(("endjavascript_catalog",))
    parser.delete_first_token()
    return JavaScriptCatalogNode(nodelist)


class JavaScriptCatalogNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        body = self.nodelist.render(context)
        position = body.find("<script")
        if position < 0:
            return body
        url = reverse("javascript-catalog", args=[translation.get_language()])
        # Rendered template output, already escaped where it needed to be.
        return body[:position] + format_html('<script src="{}"></script>', url) + body[position:]


def _locale_codes() -> dict[int, str]:
    from django.core.cache import cache
    from wagtail.models import Locale

    return cache.get_or_set(
        "languages:locale-codes",
        lambda: dict(Locale.objects.values_list("id", "language_code")),
        timeout=300,
    )


@register.simple_tag
def content_language(page):
    """` lang dir` attributes for a page shown in a listing of another language, else nothing.

    A listing shows untranslated pages in their own language: marking them keeps screen readers
    in the right voice and puts an English sentence's full stop at its end on an Arabic page.
    """
    code = _locale_codes().get(getattr(page, "locale_id", None))
    if not code or code == (translation.get_language() or "").split("-")[0]:
        return ""
    return format_html(' lang="{}" dir="{}"', code, text_direction(code))
