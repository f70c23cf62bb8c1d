from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from . import health


@never_cache
@require_GET
def healthz(request):
    body = health.report()
    return JsonResponse(body, status=200 if body["status"] == "ok" else 503)
