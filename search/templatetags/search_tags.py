"""Result summaries with the searched words marked."""

import re

from django import template
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

from search import catalogues
from search.site import result_type_label

register = template.Library()

SUMMARY_LENGTH = 240
SUMMARY_FIELDS = ("search_description", "intro", "abstract", "summary")


def _terms(query: str) -> list[str]:
    words = {w for w in re.findall(r"\w+", query or "") if len(w) > 1}
    return sorted(words, key=len, reverse=True)[:10]


def _mark(text: str, terms: list[str]) -> str:
    """Escape the text piece by piece, so a mark never lands inside an HTML entity."""
    if not terms:
        return escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in terms) + ")", re.I)
    pieces = pattern.split(text)
    # split() with one group alternates: text, match, text, match, ...
    return "".join(
        f"<mark>{escape(piece)}</mark>" if i % 2 else escape(piece)
        for i, piece in enumerate(pieces)
    )


@register.filter
def highlight(text, query):
    """The text, HTML-escaped, with the words of the query in <mark>."""
    return mark_safe(_mark(str(text or ""), _terms(query)))  # noqa: S308 - escaped in _mark


@register.filter
def summary(page, query):
    """A short passage of the page's summary fields, around the first searched word."""
    text = ""
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if value:
            text = " ".join(strip_tags(str(value)).split())
            break
    terms = _terms(query)
    if len(text) > SUMMARY_LENGTH:
        start = 0
        match = re.search("|".join(re.escape(t) for t in terms), text, re.I) if terms else None
        if match and match.start() > SUMMARY_LENGTH // 2:
            start = text.rfind(" ", 0, match.start() - SUMMARY_LENGTH // 3) + 1
        cut = text[start : start + SUMMARY_LENGTH].rsplit(" ", 1)[0]
        text = ("… " if start else "") + cut + " …"
    return mark_safe(_mark(text, terms))  # noqa: S308 - escaped in _mark


@register.filter
def verbose_name(model):
    """What kind of page a search result is, in words a reader uses ("Publication", not
    "Resource page"): see search.site.result_type_label."""
    return result_type_label(model)


@register.simple_tag
def catalogue_url(name):
    """The address of the index page that lists catalogue `name` (its faceted search)."""
    page = catalogues.index_page(name)
    return page.url if page is not None else ""
