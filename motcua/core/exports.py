"""Every table a user sees can be downloaded as CSV (UTF-8 with BOM, for Excel) or XLSX."""

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

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
TEMPLATE_ROWS = 500


def table_response(
    *, name: str, fmt: str, headers: Sequence[Any], rows: Iterable[Sequence[Any]]
) -> HttpResponse:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow([str(h) for h in headers])
        writer.writerows([_text(v) for v in row] for row in rows)
        response = HttpResponse(
            ("\ufeff" + buffer.getvalue()).encode(), content_type="text/csv; charset=utf-8"
        )
    elif fmt == "xlsx":
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = name[:31]
        sheet.append([str(h) for h in headers])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([_cell(v) for v in row])
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


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    # A cell starting with = + - @ (or a tab, carriage return or pipe before one) would run
    # as a formula in Excel or LibreOffice (CSV injection).
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r", "|") else text


def _cell(value: Any) -> Any:
    if value is None or isinstance(value, int | float | dt.date):
        return value
    return _text(value)
