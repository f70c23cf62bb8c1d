"""Request checks, security headers and the language preference, for every URL."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.utils.translation import gettext as _

from .services import languages


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
            message = _("The address holds a NUL character, which no page here accepts.")
            if request.path_info.startswith("/api/"):  # the API answers every error in JSON
                return JsonResponse({"status": 400, "detail": message}, status=400)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the policy relaxed under the admin prefixes only.

    The public site runs under CONTENT_SECURITY_POLICY as it is (no inline script or style).
    Wagtail's admin writes inline styles and scripts, so under HUB_CSP_ADMIN_PREFIXES the
    directives in HUB_CSP_ADMIN_UPDATE are added; its page previews, served under /admin/ too,
    get the same.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        admin = request.path_info.startswith(tuple(settings.HUB_CSP_ADMIN_PREFIXES))
        if admin and not report_only:
            parts.update = {**settings.HUB_CSP_ADMIN_UPDATE, **(parts.update or {})}
        return parts


class PermissionsPolicyMiddleware:
    """Sends HUB_PERMISSIONS_POLICY as the Permissions-Policy header on every response.

    Neither Django 5.2 nor django-csp 4 sets this header, hence these lines.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(allow)})"
            for feature, allow in settings.HUB_PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class LanguagePreferenceMiddleware:
    """Writes the language a visitor chose, and sends unprefixed page views to their language.

    Sits after django.middleware.locale.LocaleMiddleware, which activates the URL's language.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response = languages.redirect_to_preferred(request, response) or response
        languages.apply_choice(request, response)
        return response
