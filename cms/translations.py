"""Listings in the visitor's language: each page once, translated where it can be.

A listing shows the active language's version of each page and, for a page not translated into
that language yet, its default-language version (shown with a notice when opened). So a French
listing is never emptier than the English one, and no listing shows one page twice.
"""

from __future__ import annotations

from functools import reduce
from operator import or_

from django.conf import settings
from django.db.models import Q
from django.utils import translation
from wagtail.models import Locale, Page, PageQuerySet


def in_language(queryset: PageQuerySet, language: str | None = None) -> PageQuerySet:
    """`queryset`'s pages in `language`, and its default-language pages not translated into it.

    Expressed on `locale` and `translation_key` only, the two `FilterField`s every page has, so
    that a search engine applies the same rule as the database.
    """
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    default = settings.LANGUAGE_CODE

    def locale(code):
        return Locale.objects.filter(language_code=code).values("pk")

    if language == default:
        return queryset.filter(locale__in=locale(default))
    translated = queryset.model.objects.live().filter(locale__in=locale(language))
    return queryset.filter(
        Q(locale__in=locale(language))
        | (
            Q(locale__in=locale(default))
            & ~Q(translation_key__in=translated.values("translation_key"))
        )
    )


def children(page: Page, queryset: PageQuerySet, language: str | None = None) -> PageQuerySet:
    """`queryset`'s children of `page` and of its default-language version, in the language."""
    parents = [page]
    if page.locale.language_code != settings.LANGUAGE_CODE:
        source = (
            page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE).first()
        )
        if source is not None:
            parents.append(source)
    return in_language(
        queryset.filter(reduce(or_, (queryset.child_of_q(p) for p in parents))), language
    )
