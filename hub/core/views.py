"""Machine endpoints: health checks for load balancers and operators (see README, "Health
checks"), the language switcher's target, the JavaScript catalogue, and Wagtail's serve view with
the source-language fallback.
"""

import hmac

from django.conf import settings
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect
from django.utils import translation
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET
from django.views.i18n import JavaScriptCatalog
from wagtail import views as wagtail_views
from wagtail.contrib.sitemaps import views as sitemap_views

from . import health
from .services import crawlers, languages, translations

TOKEN_HEADER = "X-Health-Token"  # noqa: S105 - the name of a header, not a secret


def _may_see_details(request) -> bool:
    """The operator's token in the X-Health-Token header, or a signed-in staff account."""
    token = settings.HUB_HEALTH_TOKEN
    sent = request.headers.get(TOKEN_HEADER, "")
    if token and sent:
        return hmac.compare_digest(sent.encode(), token.encode())
    try:
        return bool(request.user.is_authenticated and request.user.is_staff)
    except Exception:  # noqa: BLE001 - the session lives in the database, which may be down
        return False


@never_cache
@require_GET
def healthz(request):
    """Readiness: 503 only when the database is down; "degraded" still serves pages.

    Everyone gets the status; hosts, ports and error text only go to those who may see them.
    """
    report = health.report()
    body = report if _may_see_details(request) else {"status": report["status"]}
    return JsonResponse(body, status=503 if report["status"] == "error" else 200)


@never_cache
@require_GET
def liveness(request):
    """Liveness: the process answers. It touches no data store, so an outage restarts nothing."""
    return JsonResponse({"status": "alive"})


@never_cache
@require_GET
def choose_language(request):
    """The language switcher's links: remember the choice, then show the page in it.

    A link, not a form, so that it works without JavaScript; a language that is not the hub's
    is ignored and the visitor just goes on to the page.
    """
    language = languages.hub_language(request.GET.get("lang"))
    target = languages.safe_next(
        request, request.GET.get("next"), language or settings.LANGUAGE_CODE
    )
    if language is not None:
        languages.choose(request, language)
    return redirect(target)


_catalog = JavaScriptCatalog.as_view()


@require_GET
@cache_control(public=True, max_age=3600)
def javascript_catalog(request, lang):
    """Django's JavaScript catalogue for one language, at an address that names it."""
    language = languages.hub_language(lang)
    if language is None:
        raise Http404
    with translation.override(language):
        return _catalog(request)


def serve(request, path):
    """Wagtail's serve, with the source-language page where a translation is missing."""
    if getattr(request, "_wagtail_route_for_request", None) is None:
        # Wagtail keeps the route it found on the request; its serve view then uses ours.
        request._wagtail_route_for_request = translations.route_with_fallback(request, path)
    return wagtail_views.serve(request, path)


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    return HttpResponse(crawlers.robots_txt(request), content_type="text/plain; charset=utf-8")


@require_GET
@cache_control(max_age=3600, public=True)
def sitemap(request):
    return sitemap_views.sitemap(request, sitemaps={"pages": crawlers.PageSitemap})


@require_GET
@cache_control(max_age=86400, public=True)
def web_manifest(request):
    """The web app manifest: name, colours and the locally served icons."""
    from django.templatetags.static import static
    from wagtail.models import Site

    site = Site.find_for_request(request)
    name = (site.site_name if site else "") or "M4D Hub"
    manifest = {
        "name": name,
        "short_name": name[:12],
        "description": translation.gettext("Migration for development"),
        "lang": translation.get_language(),
        "dir": "rtl" if translation.get_language_bidi() else "ltr",
        "start_url": "/",
        "display": "browser",
        "background_color": "#ffffff",
        "theme_color": "#073763",
        "icons": [
            {"src": static("img/favicon.svg"), "type": "image/svg+xml", "sizes": "any"},
            {"src": static("img/icon-192.png"), "type": "image/png", "sizes": "192x192"},
            {"src": static("img/icon-512.png"), "type": "image/png", "sizes": "512x512"},
        ],
    }
    return JsonResponse(manifest, content_type="application/manifest+json")
