"""Cursor paging: a page never loses or repeats a record while records are added or removed.

Django REST framework's cursor paging, with its failures turned into 400s that say what was
wrong: a cursor it cannot read (DRF answers 404), and a cursor whose position is not a value of
the ordering field (which would otherwise reach the database and fail there).
"""

from __future__ import annotations

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from rest_framework.exceptions import NotFound
from rest_framework.pagination import CursorPagination
from rest_framework.response import Response

from . import queries

#: the largest value a 64-bit integer column holds
MAX_INTEGER = 2**63 - 1
MAX_CURSOR_LENGTH = 1000


class Cursor(CursorPagination):
    page_size_query_param = "page_size"
    cursor_query_param = "cursor"

    ordering = ("-pk",)

    def get_schema_operation_parameters(self, view):
        return [
            {
                "name": self.cursor_query_param,
                "in": "query",
                "required": False,
                "description": "Where the page starts: the cursor of a `next` or `previous` link",
                "schema": {"type": "string", "maxLength": MAX_CURSOR_LENGTH},
            },
            {
                "name": self.page_size_query_param,
                "in": "query",
                "required": False,
                "description": "Records per page",
                "schema": {
                    "type": "integer",
                    "minimum": 1,
                    "maximum": settings.HUB_API_MAX_PAGE_SIZE,
                    "default": settings.HUB_API_PAGE_SIZE,
                },
            },
        ]

    def get_page_size(self, request):
        return queries.page_size(request.query_params)

    def get_ordering(self, request, queryset, view):
        return self.ordering

    def decode_cursor(self, request):
        if len(request.query_params.get(self.cursor_query_param, "")) > MAX_CURSOR_LENGTH:
            raise self._bad_cursor()
        try:
            cursor = super().decode_cursor(request)
        except NotFound:
            raise self._bad_cursor() from None
        if cursor is not None and cursor.position is not None:
            self._check_position(cursor.position)
        return cursor

    def _check_position(self, position: str) -> None:
        name = self.ordering[0].lstrip("-")
        model = self._model
        field = model._meta.pk if name == "pk" else model._meta.get_field(name)
        try:
            value = field.to_python(position)
        except (ValidationError, ValueError, TypeError, OverflowError):
            raise self._bad_cursor() from None
        if value is None or (isinstance(value, int) and not -MAX_INTEGER <= value <= MAX_INTEGER):
            raise self._bad_cursor()

    def paginate_queryset(self, queryset, request, view=None):
        # The order the records were selected in (the catalogue's): the cursor marks a place in it.
        self.ordering = tuple(str(name) for name in queryset.query.order_by) or self.ordering
        self._model = queryset.model
        return super().paginate_queryset(queryset, request, view)

    @staticmethod
    def _bad_cursor():
        message = _("This cursor is not one the API gave: follow the next or previous link.")
        return queries.BadRequest({"cursor": [message]})

    def get_paginated_response(self, data):
        return Response(
            {"next": self.get_next_link(), "previous": self.get_previous_link(), "results": data}
        )

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }
