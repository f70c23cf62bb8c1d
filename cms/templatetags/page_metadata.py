from django import template
from django.utils.safestring import mark_safe
from wagtail.models import Page

from cms import structured_data

register = template.Library()


@register.inclusion_tag("includes/page_metadata.html", takes_context=True)
def page_metadata(context, languages=None):
    """Open Graph, Twitter, Highwire `citation_*` and JSON-LD for the <head>.

    `languages` is the page's language switcher data (hub_languages in base.html): its canonical
    URL and hreflang alternates give og:url and og:locale:alternate, computed once for both.
    """
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    page = page if isinstance(page, Page) and page.pk else None
    canonical = getattr(languages, "canonical", "")
    codes = [code for code, _url in getattr(languages, "alternates", ())]
    properties = structured_data.open_graph(request, page, canonical, codes)
    names = structured_data.twitter_card()
    json_ld = ""
    if page is not None:
        names += structured_data.citation_tags(page, request)
        # Escaped for a <script> element by script_json: "<", ">" and "&" become \u escapes.
        json_ld = mark_safe(structured_data.script_json(structured_data.json_ld(page, request)))  # noqa: S308
    return {"properties": properties, "names": names, "json_ld": json_ld}
