"""Load the demo catalogue (`demo_catalogue.py`) through the same services as an import."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from typing import Any

from django.db import transaction

from motcua.catalogue.models import Component, Field, Procedure, Status
from motcua.catalogue.publication import asks_for_a_form
from motcua.catalogue.services import cutoff_rule_civil_status, form_attach, procedure_upsert
from motcua.core.pagecache import section_changed

ANNOUNCED = dt.date(2025, 7, 1)
# Papers that say "theo mẫu" get a generated form, except the first few, left for the
# publication check to find.
FORMS_LEFT_MISSING = 3


def form_document(kind: str, title: str, code: str) -> bytes:
    """A small but genuine DOCX, PDF or XLSX file carrying the form's title."""
    note = "Mẫu minh họa (dữ liệu demo) — không phải mẫu chính thức."
    if kind == "docx":
        from docx import Document

        document = Document()
        document.add_heading(title, level=1)
        document.add_paragraph(f"{code}. {note}")
        document.add_paragraph("Họ và tên: ........................................")
        document.add_paragraph("Nơi cư trú: .......................................")
        out = io.BytesIO()
        document.save(out)
        return out.getvalue()
    if kind == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.append([title])
        sheet.append([note])
        out = io.BytesIO()
        workbook.save(out)
        return out.getvalue()
    return _tiny_pdf(f"{code} - demo form")


def _tiny_pdf(text: str) -> bytes:
    safe = "".join(c for c in text if c.isascii() and c not in "()\\")
    stream = f"BT /F1 14 Tf 72 770 Td ({safe}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n".encode() + body + b"\nendobj\n")
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode())
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode())
    out.write(
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out.getvalue()


def _demo_pdf_copy(kind: str, title: str, code: str) -> bytes | None:
    """A ready PDF copy, so that loading the demo runs no LibreOffice for its forms."""
    return None if kind == "pdf" else form_document("pdf", title, code)


def _iso(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@transaction.atomic
def load_demo_catalogue(progress: Callable[[int, int], None] | None = None) -> int:
    from motcua.catalogue.demo_catalogue import LEGAL_DOCUMENTS, PROCEDURES

    fields: dict[str, Field] = {}
    total = len(PROCEDURES)
    left_without_form = 0
    for index, item in enumerate(PROCEDURES, start=1):
        value, unit = item["time_limit"]
        values: dict[str, Any] = {
            "code": item["code"],
            "name": item["name"],
            "field": item["field"],
            "level": item["level"],
            "steps": item["steps"],
            "submission_methods": item["submission_methods"],
            "at_counter": item["counter"],
            "postal": item["postal"],
            "online_level": item["online_level"],
            "time_limit_value": value,
            "time_limit_unit": unit,
            "time_limit_note": item.get("time_limit_note", ""),
            "target_group": item["target_group"],
            "implementing_agency": item["implementing_agency"],
            "result": item["result"],
            "fees": item["fees"],
            "fee_bearing": item["fee_bearing"],
            "components": [
                {"name": name, "originals": originals, "copies": copies, "required": required}
                for name, originals, copies, required, _form in item["components"]
            ],
            "legal_basis": [
                {
                    "number": number,
                    "title": LEGAL_DOCUMENTS[number][0],
                    "issued_on": _iso(LEGAL_DOCUMENTS[number][1]),
                    "effective_from": _iso(LEGAL_DOCUMENTS[number][2]),
                    "expires_on": _iso(LEGAL_DOCUMENTS[number][3]),
                }
                for number in item["legal_basis"]
            ],
            "announcement_decision": "",
            "announced_on": ANNOUNCED,
            "published_on": ANNOUNCED + dt.timedelta(days=3),
            "valid_from": ANNOUNCED,
            "valid_to": None,
            "status": Status.PUBLISHED,
        }
        procedure = Procedure.objects.filter(code=item["code"]).first()
        if procedure is not None and not procedure.is_demo:
            raise ValueError(f"procedure {item['code']} exists and is not demo data")
        procedure_upsert(values=values, fields=fields, is_demo=True)
        procedure = Procedure.objects.get(code=item["code"])
        forms = {}
        for code, name, kind, valid_from, valid_to in item["forms"]:
            forms[code] = form_attach(
                procedure=procedure,
                code=code,
                name=name,
                filename=f"{code}.{kind}",
                data=form_document(kind, name, code),
                valid_from=_iso(valid_from),
                valid_to=_iso(valid_to),
                published_on=_iso(valid_from) or ANNOUNCED,
                pdf=_demo_pdf_copy(kind, name, code),
            )
        for position, (name, *_rest, form_code) in enumerate(item["components"], start=1):
            if not form_code and asks_for_a_form(name):
                if left_without_form < FORMS_LEFT_MISSING:
                    left_without_form += 1  # for the publication check to find
                    continue
                form_code = f"M{position:02d}"
                title = name.removesuffix(" theo mẫu")
                forms[form_code] = form_attach(
                    procedure=procedure,
                    code=form_code,
                    name=title,
                    filename=f"{form_code}.docx",
                    data=form_document("docx", title, form_code),
                    valid_from=ANNOUNCED,
                    published_on=ANNOUNCED,
                    pdf=_demo_pdf_copy("docx", title, form_code),
                )
            if form_code:
                Component.objects.filter(procedure=procedure, position=position).update(
                    form=forms[form_code]
                )
        if progress:
            progress(index, total)
    section_changed("catalogue")  # the forms linked to papers by update(), without signals
    cutoff_rule_civil_status()
    return total


def has_real_catalogue() -> bool:
    return Procedure.objects.filter(is_demo=False).exists()
