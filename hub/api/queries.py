"""What an API request asks for: its parameters checked, and the records they select.

Strict where the site's pages are lenient: a page ignores a value it does not know and says so,
but a program should hear about its mistake, so every parameter the endpoint does not take, and
every value it does not know, answers 400 with what was wrong.
"""

from __future__ import annotations

import re

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from hub.core.services import languages

from . import catalogues

#: parameters every list takes, besides its filters
PAGING = ("cursor", "page_size")
_DIGITS = re.compile(r"[0-9]{1,9}")


class BadRequest(Exception):
    """The request's parameters, each with what was wrong with it."""

    def __init__(self, errors: dict[str, list[str]]):
        self.errors = errors
        super().__init__(errors)


def language(params) -> str | None:
    """The `lang` a request names (None without one); a hub language or BadRequest."""
    values = params.getlist("lang")
    if not values:
        return None
    if len(values) > 1 or values[0] not in languages.codes():
        raise BadRequest(
            {"lang": [_("Give one of %(choices)s.") % {"choices": ", ".join(languages.codes())}]}
        )
    return values[0]


def page_size(params) -> int:
    """The page size asked for, the default without one; BadRequest beyond the limit."""
    values = params.getlist("page_size")
    if not values:
        return settings.HUB_API_PAGE_SIZE
    limit = settings.HUB_API_MAX_PAGE_SIZE
    value = values[0]
    if len(values) > 1 or not _DIGITS.fullmatch(value) or not 1 <= int(value) <= limit:
        raise BadRequest(
            {"page_size": [_("Give a whole number from 1 to %(limit)d.") % {"limit": limit}]}
        )
    return int(value)


def check_known(params, known: set[str]) -> None:
    unknown = sorted(set(params) - known)
    if unknown:
        message = _("Unknown parameter. This endpoint takes: %(known)s.") % {
            "known": ", ".join(sorted(known))
        }
        raise BadRequest({name[:100]: [message] for name in unknown})


def select(collection: catalogues.Collection, params) -> QuerySet:
    """The live, public records of `collection` that the request's filters, `q` and `lang` pick.

    Stricter than the catalogue's own strict reading, so that the schema's promises hold to the
    letter: a value must be one of the filter's values exactly (no other case, no spaces, not
    empty), and `q` is measured as sent.
    """
    known = {*collection.params(), "lang", *PAGING}
    check_known(params, known)
    errors: dict[str, list[str]] = {}
    for name in (catalogues.QUERY_PARAM, "cursor"):
        if len(params.getlist(name)) > 1:
            errors[name] = [_("Give one value at most.")]
    if len(params.get(catalogues.QUERY_PARAM, "")) > catalogues.MAX_QUERY_LENGTH:
        errors[catalogues.QUERY_PARAM] = [
            _("Keep the search to %(count)d characters at most.")
            % {"count": catalogues.MAX_QUERY_LENGTH}
        ]
    for flt in collection.filters():
        values = params.getlist(flt.param)
        limit = catalogues.MAX_VALUES if flt.multiple else 1
        if len(values) > limit:
            errors[flt.param] = [_("Give %(count)d values at most.") % {"count": limit}]
            continue
        unknown = [value for value in values if not _known(flt, value)]
        if unknown:
            errors[flt.param] = [
                _("Unknown value “%(value)s”.") % {"value": value[:100]} for value in unknown
            ]
    try:
        lang = language(params)
    except BadRequest as bad:
        errors.update(bad.errors)
        lang = None
    if errors:
        raise BadRequest(errors)
    try:
        return collection.select(params, lang)
    except catalogues.InvalidFilters as invalid:
        found: dict[str, list[str]] = {}
        for problem in invalid.problems:
            found.setdefault(problem.param[:100], []).append(problem.message)
        raise BadRequest(found) from None


def _known(flt: catalogues.Filter, value: str) -> bool:
    if flt.year:
        return bool(_DIGITS.fullmatch(value)) and int(value) in catalogues.YEARS
    return value in flt.values


def taxonomy_params(params) -> str | None:
    """A taxonomy list takes `lang` (the language of names) and paging only."""
    check_known(params, {"lang", *PAGING})
    if len(params.getlist("cursor")) > 1:
        raise BadRequest({"cursor": [_("Give one value at most.")]})
    return language(params)
