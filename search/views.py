"""Search pages. They call the services in this app and never ask which backend answers."""

from django.http import Http404, HttpResponsePermanentRedirect, JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.views.decorators.http import require_GET

from . import catalogues, site


@require_GET
def site_search(request):
    outcome = site.search(request.GET)
    return TemplateResponse(request, "search/site_search.html", {"search": outcome})


@require_GET
def catalogue_moved(request, name):
    """The faceted searches became the index pages themselves: old links keep their filters."""
    page = catalogues.index_page(name)
    if page is None:
        raise Http404
    query = request.META.get("QUERY_STRING", "")
    url, language = page.url, get_language()
    if page.locale.language_code != language:  # not translated yet: the source, in this language
        url = f"/{language}{url}"
    return HttpResponsePermanentRedirect(url + (f"?{query}" if query else ""))


@require_GET
def autocomplete(request):
    name = request.GET.get("scope", "")
    queryset = None
    if name in catalogues.names() and catalogues.get(name).localized:
        queryset = catalogues.get(name).scope()
    suggestions, degraded = site.autocomplete(request.GET.get("q", ""), queryset)
    response = JsonResponse({"results": suggestions, "degraded": degraded})
    response["Cache-Control"] = "public, max-age=60"
    return response
