"""Every table a user sees can be downloaded as CSV (UTF-8 with BOM, for Excel) or XLSX.

Every text written into an export goes through `safe_text` (or `cell_value`, which adds the
guard against formulas): text stored before the input boundary existed may hold control
characters, which openpyxl and python-docx refuse (`IllegalCharacterError`, "All strings must
be XML compatible"), so one such name would break an export for good."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.http import Http404, HttpResponse
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from motcua.core.textinput import clean_text

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEMPLATE_ROWS = 500


def table_response(
    *, name: str, fmt: str, headers: Sequence[Any], rows: Iterable[Sequence[Any]]
) -> HttpResponse:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([safe_text(h) for h in headers])
        writer.writerows([_text(v) for v in row] for row in rows)
        response = HttpResponse(
            ("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "xlsx":
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = name[:31]
        sheet.append([safe_text(h) for h in headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([cell_value(v) for v in row])
        sheet.freeze_panes = "A2"
        out = io.BytesIO()
        workbook.save(out)
        response = HttpResponse(out.getvalue(), content_type=XLSX)
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def xlsx_response(*, name: str, workbook: Workbook) -> HttpResponse:
    out = io.BytesIO()
    workbook.save(out)
    response = HttpResponse(out.getvalue(), content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="{name}.xlsx"'
    return response


def import_template_workbook(
    *, kind: str, headers: Sequence[str], guide: Sequence[Sequence[Any]]
) -> Workbook:
    """An empty import sheet whose cells are formatted as text (so Excel keeps codes such as
    `1.001193` and `01` as typed) and a guide sheet with one line per column."""
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = kind[:31]
    sheet.append(list(headers))
    for index, cell in enumerate(sheet[1], start=1):
        cell.font = Font(bold=True)
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = 24
        for row in range(2, TEMPLATE_ROWS + 2):
            sheet.cell(row=row, column=index).number_format = "@"
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet(str(_("Guide"))[:31])
    help_sheet.append([str(_("Column")), str(_("Meaning")), str(_("Required")), str(_("Example"))])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for line in guide:
        help_sheet.append(list(line))
    for letter, width in zip("ABCD", (34, 40, 12, 60), strict=True):
        help_sheet.column_dimensions[letter].width = width
    return workbook


def safe_text(value: Any) -> str:
    """Any value as text that every export format can hold: without the control characters,
    bidirectional overrides and lone surrogates that `clean_text` removes at the input
    boundary (XML, hence XLSX and DOCX, cannot contain most of them)."""
    return clean_text(str(value))


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = safe_text(value)
    # A cell starting with = + - @ (or a tab, carriage return or pipe before one) would run
    # as a formula in Excel or LibreOffice (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "|") else text


def cell_value(value: Any) -> Any:
    """A value for a spreadsheet cell: numbers and dates as they are, any other value as
    safe text that cannot run as a formula."""
    if value is None or isinstance(value, int | float | dt.date):
        return value
    return _text(value)
