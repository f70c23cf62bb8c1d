"""CSV exports of a listing, streamed: rows are written as they are read, so memory stays flat.

Cells that a spreadsheet would read as a formula (starting with =, +, -, @, a tab or a carriage
return) are prefixed with an apostrophe, as OWASP advises against CSV injection. Five lines, so
no library: the one that does it (defusedcsv) is little used and would wrap the csv module too.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable

from django.http import StreamingHttpResponse
from django.utils.text import slugify

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    """`value` as text that no spreadsheet runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file whose write() hands back the line, for csv.writer to stream through."""

    def write(self, value: str) -> str:
        return value


def csv_response(rows: Iterable[list], name: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    lines = (writer.writerow([safe_cell(cell) for cell in row]) for row in rows)
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(name) or "export"}.csv"'
    return response
