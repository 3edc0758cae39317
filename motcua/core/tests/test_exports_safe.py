"""Exports write any stored text: control characters that text stored before the input
boundary may hold never break an XLSX, CSV or DOCX file."""

import datetime as dt
import io

import docx
from openpyxl import load_workbook

from motcua.core import docx30
from motcua.core.exports import cell_value, safe_text, table_response

OLD = "\x00\x01\x02Nguyễn\x0b Văn\x1f Nam\u202e\x7f\x85"


def test_safe_text_removes_what_xml_cannot_hold():
    assert safe_text(OLD) == "Nguyễn Văn Nam"
    assert safe_text("Dòng 1\nDòng 2\tcột") == "Dòng 1\nDòng 2\tcột"
    assert safe_text(12) == "12"


def test_a_cell_value_keeps_numbers_and_dates_and_guards_formulas():
    assert cell_value(3) == 3
    assert cell_value(dt.date(2025, 8, 28)) == dt.date(2025, 8, 28)
    assert cell_value("\x01=HYPERLINK(1)") == "'=HYPERLINK(1)"


def test_an_xlsx_table_with_control_characters_is_written_clean():
    response = table_response(
        name="phan-anh", fmt="xlsx", headers=["Tên\x01", "Số"], rows=[[OLD, 1]]
    )

    sheet = load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == ["Tên", "Số"]
    assert [cell.value for cell in sheet[2]] == ["Nguyễn Văn Nam", 1]


def test_a_csv_table_with_control_characters_is_written_clean():
    response = table_response(name="phan-anh", fmt="csv", headers=["Tên"], rows=[[OLD]])

    assert response.content.decode("utf-8-sig").splitlines() == ["Tên", "Nguyễn Văn Nam"]


def test_a_decree_30_document_with_control_characters_is_written_clean():
    document = docx30.document_new()
    docx30.heading(document, issuer="UBND xã A\x01", number="Số: 1/BC\x02")
    docx30.title(document, kind="BÁO CÁO", summary=OLD)
    docx30.paragraph(document, OLD)
    docx30.table(document, ["Tên\x03"], [[OLD]])
    docx30.closing(document, recipients=[OLD], behalf="TM. UBND\x04", position="CHỦ TỊCH")

    read = docx.Document(io.BytesIO(docx30.document_bytes(document)))
    texts = [p.text for p in read.paragraphs]
    cells = [cell.text for table in read.tables for row in table.rows for cell in row.cells]
    assert texts.count("Nguyễn Văn Nam") == 2
    assert "Nguyễn Văn Nam" in cells and "Tên" in cells
    assert "UBND XÃ A\n\nSố: 1/BC" in cells
    assert not any("\x01" in text or "\x04" in text for text in texts + cells)
