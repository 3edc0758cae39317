"""The administrative-document layout of Decree 30/2020/NĐ-CP for the Word reports motcua
writes: A4 in Times New Roman, the issuing body and the number and symbol on the left with
the national name and motto on the right, place and date, the document type and its summary,
numbered sections, tables, and the recipients beside the signature at the end.

The callers choose the words and wrap the build in `translation.override("vi")`: the
documents sit among Vietnamese paperwork whatever language the user reads the site in. Every
text goes through `safe_text`: python-docx refuses characters XML cannot hold, which text
stored before the input boundary may contain."""

from __future__ import annotations

import datetime as dt
import io
import re
from typing import Any

from django.utils.translation import gettext as _
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from motcua.core.exports import safe_text

FONT = "Times New Roman"
# The kind of unit before its name ("Tỉnh Quảng Ngãi"), left out of the place line
# ("Quảng Ngãi, ngày ..."), as Appendix I of the decree asks.
_UNIT_KIND = re.compile(r"^(Tỉnh|Thành phố|Xã|Phường|Thị trấn|Đặc khu|Huyện|Quận|Thị xã)\s+")


def document_new() -> Any:
    """An empty A4 document with the margins of the decree and 13 pt Times New Roman."""
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)
    return document


def place_name(unit_name: str) -> str:
    """ "Tỉnh Quảng Ngãi" → "Quảng Ngãi"."""
    return _UNIT_KIND.sub("", unit_name.strip())


def heading(document: Any, *, issuer: str, number: str) -> None:
    """The issuing body and the number and symbol (left), the national name and motto
    (right), in a borderless two-cell table."""
    head = document.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = safe_text(f"{issuer.upper()}\n\n{number}")
    nation, motto = _("SOCIALIST REPUBLIC OF VIET NAM"), _("Independence - Freedom - Happiness")
    right.text = f"{nation}\n{motto}"
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold, run.font.size = True, Pt(12)


def place_and_date(document: Any, *, place: str, day: dt.date) -> None:
    paragraph(
        document,
        _("%(place)s, day %(day)s month %(month)s year %(year)s")
        % {
            "place": place,
            "day": f"{day.day:02d}",
            "month": f"{day.month:02d}",
            "year": day.year,
        },
        italic=True,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        size=14,
    )


def title(document: Any, *, kind: str, summary: str) -> None:
    """The document type ("BÁO CÁO") and the summary of its content, centred in bold."""
    paragraph(document, kind, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    paragraph(document, summary, bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)


def paragraph(
    document: Any,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Any = None,
    size: float = 13,
) -> Any:
    added = document.add_paragraph()
    run = added.add_run(safe_text(text))
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    if align is not None:
        added.alignment = align
    return added


def table(document: Any, headers: list[str], rows: list[list[str]]) -> Any:
    """A gridded table with a bold header row."""
    added = document.add_table(rows=1, cols=len(headers))
    added.style = "Table Grid"
    for cell, header in zip(added.rows[0].cells, headers, strict=True):
        cell.text = safe_text(header)
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        for cell, value in zip(added.add_row().cells, row, strict=True):
            cell.text = safe_text(value)
    return added


def closing(document: Any, *, recipients: list[str], behalf: str, position: str) -> None:
    """ "Nơi nhận" and its list (left) beside the signature block (right): on whose behalf,
    the signer's position, and room for the signature and the name."""
    sign = document.add_table(rows=1, cols=2)
    left, right = sign.rows[0].cells
    left.text = safe_text("\n".join([_("Recipients:"), *recipients]))
    right.text = safe_text(f"{behalf}\n{position}\n\n\n")
    for line in right.paragraphs:
        line.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in line.runs:
            run.bold = True


def document_bytes(document: Any) -> bytes:
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
