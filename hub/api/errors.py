"""Every API error is a JSON body: what went wrong, and for a bad request, which parameter."""

from __future__ import annotations

from django.http import JsonResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

from hub.core import limits

from .queries import BadRequest


def body(status_code: int, detail: str, errors: dict | None = None) -> dict:
    content = {"status": status_code, "detail": str(detail)}
    if errors:
        content["errors"] = errors
    return content


def exception_handler(exc, context):
    if isinstance(exc, limits.RateLimited):
        # Before DRF's handler, which would answer 403 for Django's PermissionDenied.
        response = Response(body(429, exc.message), status=status.HTTP_429_TOO_MANY_REQUESTS)
        response["Retry-After"] = str(exc.retry_after)
        return response
    if isinstance(exc, BadRequest):
        return Response(
            body(400, _("The request's parameters are not valid."), exc.errors),
            status=status.HTTP_400_BAD_REQUEST,
        )
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    detail = exc.detail if isinstance(exc, exceptions.APIException) else None
    if isinstance(detail, dict | list):
        response.data = body(response.status_code, _("The request is not valid."), detail)
    elif response.status_code == 404:
        response.data = body(404, _("There is no such record."))
    else:
        response.data = body(response.status_code, str(detail or response.data.get("detail", "")))
    return response


def not_found(request, exception=None):
    """404 for any address under /api/ that names no endpoint: JSON, as the endpoints answer."""
    return JsonResponse(body(404, _("There is no such API endpoint.")), status=404)
