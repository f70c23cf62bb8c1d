"""Search pages. They call the services in this app and never ask which backend answers."""

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.views.decorators.http import require_GET

from . import catalogues, site


@require_GET
def site_search(request):
    outcome = site.search(request.GET)
    return TemplateResponse(request, "search/site_search.html", {"search": outcome})


def _faceted(request, catalogue, template, **context):
    outcome = catalogue.run(request.GET)
    return TemplateResponse(request, template, {"search": outcome, **context})


@require_GET
def library_search(request):
    return _faceted(request, catalogues.library(), "search/library_search.html")


@require_GET
def project_search(request):
    return _faceted(request, catalogues.projects(), "search/project_search.html")


@require_GET
def autocomplete(request):
    scope = request.GET.get("scope", "")
    queryset = None
    if scope == "library":
        queryset = catalogues.library().queryset()
    elif scope == "projects":
        queryset = catalogues.projects().queryset()
    suggestions, degraded = site.autocomplete(request.GET.get("q", ""), queryset)
    response = JsonResponse({"results": suggestions, "degraded": degraded})
    response["Cache-Control"] = "public, max-age=60"
    return response
