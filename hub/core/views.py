"""Health endpoints for load balancers and operators (see README, "Health checks")."""

import hmac

from django.conf import settings
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health

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
