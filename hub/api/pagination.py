"""Cursor paging: a page never loses or repeats a record while records are added or removed.

A keyset cursor: it holds the values, in the list's order, of the last record of a page (for
`next`) or the first (for `previous`), and the next page is the records strictly beyond them.
Every order ends with the primary key, so the values name one place. (Django REST framework's
cursor keeps only the first field and counts ties by offset, which repeats records when one is
added among the ties.) A cursor the API did not give, or whose values are not values of the
fields, is a 400 that says so.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _
from rest_framework.pagination import BasePagination
from rest_framework.response import Response

from . import queries

#: the largest value a 64-bit integer column holds
MAX_INTEGER = 2**63 - 1
MAX_CURSOR_LENGTH = 1000


def _bad_cursor() -> queries.BadRequest:
    message = _("This cursor is not one the API gave: follow the next or previous link.")
    return queries.BadRequest({"cursor": [message]})


def _encode(value):
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    return value


class Cursor(BasePagination):
    cursor_query_param = "cursor"
    page_size_query_param = "page_size"

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        self.page_size = queries.page_size(request.query_params)
        order = [str(name) for name in queryset.query.order_by] or ["-pk"]
        if order[-1].lstrip("-") not in ("pk", queryset.model._meta.pk.name):
            order.append("-pk" if order[0].startswith("-") else "pk")
        self.order = order
        self.fields = [self._field(queryset.model, name.lstrip("-")) for name in order]
        backwards, values = self._decode(request.query_params.getlist(self.cursor_query_param))
        if backwards:
            queryset = queryset.order_by(*[self._flip(name) for name in order])
        if values is not None:
            queryset = queryset.filter(self._beyond(values, backwards))
        records = list(queryset[: self.page_size + 1])
        more = len(records) > self.page_size
        records = records[: self.page_size]
        if backwards:
            records.reverse()
        self.has_next = bool(records) and (more or backwards)
        self.has_previous = bool(records) and (values is not None) and (more or not backwards)
        self.records = records
        return records

    # --- cursors ---------------------------------------------------------------------------

    @staticmethod
    def _field(model, name):
        return model._meta.pk if name == "pk" else model._meta.get_field(name)

    @staticmethod
    def _flip(name: str) -> str:
        return name[1:] if name.startswith("-") else f"-{name}"

    def _decode(self, raw: list[str]):
        if not raw:
            return False, None
        if len(raw) > 1 or len(raw[0]) > MAX_CURSOR_LENGTH:
            raise _bad_cursor()
        try:
            data = json.loads(base64.urlsafe_b64decode(raw[0].encode("ascii")))
            backwards, encoded = data["d"] == "p", data["v"]
        except (ValueError, KeyError, TypeError, binascii.Error, UnicodeError):
            raise _bad_cursor() from None
        if not isinstance(encoded, list) or len(encoded) != len(self.fields):
            raise _bad_cursor()
        values = []
        for field, value in zip(self.fields, encoded, strict=True):
            if not isinstance(value, str | int) or isinstance(value, bool):
                raise _bad_cursor()
            try:
                value = field.to_python(value)
            except (ValidationError, ValueError, TypeError, OverflowError, FieldDoesNotExist):
                raise _bad_cursor() from None
            if value is None or (
                isinstance(value, int) and not -MAX_INTEGER <= value <= MAX_INTEGER
            ):
                raise _bad_cursor()
            values.append(value)
        return backwards, values

    def _beyond(self, values, backwards: bool) -> Q:
        """The records after `values` in the order (before them, going backwards)."""
        condition = Q()
        for index in reversed(range(len(self.order))):
            name = self.order[index]
            descending = name.startswith("-") != backwards
            lookup = f"{name.lstrip('-')}__{'lt' if descending else 'gt'}"
            strictly = Q(**{lookup: values[index]})
            if index == len(self.order) - 1:
                condition = strictly
            else:
                condition = strictly | (Q(**{name.lstrip("-"): values[index]}) & condition)
        return condition

    def _link(self, record, direction: str) -> str:
        values = [
            _encode(getattr(record, "pk" if f == "pk" else f.lstrip("-")))
            for f in (name.lstrip("-") for name in self.order)
        ]
        token = base64.urlsafe_b64encode(
            json.dumps({"d": direction, "v": values}, separators=(",", ":")).encode()
        ).decode()
        params = [
            (k, v) for k, v in self.request.query_params.lists() if k != self.cursor_query_param
        ]
        pairs = [(k, v) for k, vs in params for v in vs] + [(self.cursor_query_param, token)]
        return self.request.build_absolute_uri(self.request.path) + "?" + urlencode(pairs)

    def get_paginated_response(self, data):
        return Response(
            {
                "next": self._link(self.records[-1], "n") if self.has_next else None,
                "previous": self._link(self.records[0], "p") if self.has_previous else None,
                "results": data,
            }
        )

    # --- schema ----------------------------------------------------------------------------

    def get_paginated_response_schema(self, schema):
        link = {"type": "string", "format": "uri", "nullable": True}
        return {
            "type": "object",
            "required": ["next", "previous", "results"],
            "properties": {"next": link, "previous": link, "results": schema},
        }

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
