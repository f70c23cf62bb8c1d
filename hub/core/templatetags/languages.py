from django import template
from django.utils import translation

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
