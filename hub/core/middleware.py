"""Request checks that apply to every URL, before any view or database sees the request."""

from django.http import HttpResponseBadRequest
from django.utils.translation import gettext as _


def _has_nul(request) -> bool:
    if "\x00" in request.path:
        return True
    return any(
        "\x00" in key or any("\x00" in v for v in values) for key, values in request.GET.lists()
    )


class RejectNulMiddleware:
    """Refuse a NUL character in the path or query string with a 400.

    PostgreSQL cannot store or compare text holding NUL and raises on any query that carries it,
    so one check here stands in for one in every view that looks something up by a URL value.
    Form fields refuse NUL on their own (Django's ProhibitNullCharactersValidator).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            return HttpResponseBadRequest(
                _("The address holds a NUL character, which no page here accepts."),
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)
