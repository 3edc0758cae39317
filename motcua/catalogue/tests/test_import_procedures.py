"""Import of a procedure list: every row validated, encodings, nothing half-imported."""

import csv
import io
import unicodedata

import pytest
from openpyxl import Workbook

from motcua.catalogue.models import LegalDocument, Procedure
from motcua.catalogue.services import PROCEDURE_COLUMNS, procedure_template_rows, procedures_import

pytestmark = pytest.mark.django_db


def as_csv(rows: list[list], *, encoding: str = "utf-8") -> bytes:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    return buffer.getvalue().encode(encoding)


def row(**overrides) -> list:
    values = dict(zip(PROCEDURE_COLUMNS, procedure_template_rows()[1], strict=True))
    values.update(overrides)
    return [values[c] for c in PROCEDURE_COLUMNS]


def test_the_template_example_imports_with_components_and_legal_basis():
    data = as_csv(procedure_template_rows())
    result = procedures_import(data=data, filename="p.csv")
    assert result.ok, result.problems
    procedure = Procedure.objects.get(code="1.001193")
    assert procedure.status == "published" and procedure.level == "commune"
    assert [c.name for c in procedure.components.all()] == [
        "Tờ khai đăng ký khai sinh",
        "Giấy chứng sinh",
    ]
    document = LegalDocument.objects.get(number="04/2020/TT-BTP")
    assert document.issued_on.isoformat() == "2020-05-28"
    assert procedure.search_text == " 1.001193 dang ki khai sinh ho tich "


def test_utf8_with_bom_is_read():
    data = b"\xef\xbb\xbf" + as_csv(procedure_template_rows())
    assert procedures_import(data=data, filename="p.csv").encoding == "utf-8-sig"
    assert Procedure.objects.get().name == "Đăng ký khai sinh"


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: letters with their vowel marks precomposed, tones apart."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in TONES)
            rest = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += rest.encode("cp1258") + tones.encode("cp1258")
    return out


def test_windows_1258_is_read_and_normalised():
    rows = [PROCEDURE_COLUMNS, row(name="Đăng ký kết hôn", field="Hộ tịch")]
    data = cp1258(as_csv(rows).decode())
    assert "Đăng ký kết hôn".encode() not in data
    result = procedures_import(data=data, filename="p.csv")
    assert result.ok, result.problems
    assert result.encoding == "cp1258"
    assert Procedure.objects.get().name == "Đăng ký kết hôn"


def test_windows_1252_is_read():
    western = [_latin(value) for value in row(name="Café licence", field="Culture")]
    rows = [PROCEDURE_COLUMNS, western]
    result = procedures_import(data=as_csv(rows, encoding="cp1252"), filename="p.csv")
    assert result.ok, result.problems
    assert Procedure.objects.get().name == "Café licence"


def _latin(value):
    try:
        str(value).encode("cp1252")
    except UnicodeEncodeError:
        return "Naïve text"
    return value


def test_an_undecodable_file_is_refused_with_how_to_fix_it():
    result = procedures_import(data=b"code,name\n\x81\x8d\x90,x\n", filename="p.csv")
    assert not result.ok
    assert "CSV UTF-8" in result.problems[0].reason
    assert Procedure.objects.count() == 0


def test_errors_name_row_and_column_and_nothing_is_written():
    rows = [
        PROCEDURE_COLUMNS,
        row(code="1.000001", name="Thủ tục tốt"),
        row(code="1.000002", level="district", time_limit_value="ba"),
        row(code="1.000003", announced_on="31/02/2025", components="| 1 | 0"),
        row(code="1.000001", name="Trùng mã"),
    ]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    problems = {(p.row, p.column) for p in result.problems}
    assert problems == {
        (3, "level"),
        (3, "time_limit_value"),
        (4, "announced_on"),
        (4, "components"),
        (5, "code"),
    }
    assert Procedure.objects.count() == 0


def test_unknown_and_missing_columns_are_reported_on_the_header():
    rows = [["code", "name", "colour "], ["1.1", "x", "red"]]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    reasons = [(p.row, p.column) for p in result.problems]
    assert (1, "C") in reasons
    assert sum(1 for p in result.problems if p.row == 1 and p.column == "") == 2


def test_headers_may_be_labels_with_the_key_in_brackets_and_stray_spaces():
    header = ["Mã thủ tục (code) ", "Tên thủ tục (name)", " Lĩnh vực (field)", "Cấp (level)"]
    rows = [header, ["2.000001", "Cấp phép xây dựng", "Xây dựng", "Cấp tỉnh"]]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert result.ok, result.problems
    assert Procedure.objects.get().level == "province"


def test_xlsx_with_real_dates_and_booleans():
    import datetime as dt

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(PROCEDURE_COLUMNS)
    excel_cell = dt.datetime(2025, 7, 1)  # noqa: DTZ001 - Excel cells carry no time zone
    values = row(announced_on=excel_cell, postal=True, time_limit_value=3.0)
    sheet.append(values)
    out = io.BytesIO()
    workbook.save(out)
    result = procedures_import(data=out.getvalue(), filename="p.xlsx")
    assert result.ok, result.problems
    procedure = Procedure.objects.get()
    assert procedure.announced_on == dt.date(2025, 7, 1)
    assert procedure.postal is True and procedure.time_limit_value == 3


@pytest.mark.parametrize(
    ("data", "filename", "fragment"),
    [
        (b"", "p.csv", "rỗng"),
        (b"   \n\n", "p.csv", "rỗng"),
        (b"PK\x03\x04garbage", "p.xlsx", "XLSX"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "p.xls", ".xls"),
        (",".join(PROCEDURE_COLUMNS).encode(), "p.csv", "không có dòng dữ liệu"),
    ],
)
def test_broken_files_are_refused_clearly(data, filename, fragment):
    result = procedures_import(data=data, filename=filename)
    assert not result.ok
    assert fragment in str(result.problems[0])


def test_injection_strings_are_stored_as_plain_text():
    evil = "Robert'); DROP TABLE catalogue_procedure;-- <script>alert(1)</script>"
    result = procedures_import(data=as_csv([PROCEDURE_COLUMNS, row(name=evil)]), filename="p.csv")
    assert result.ok
    assert Procedure.objects.get().name == evil


def test_reimport_updates_and_replaces_components():
    procedures_import(data=as_csv(procedure_template_rows()), filename="p.csv")
    rows = [PROCEDURE_COLUMNS, row(components="Một giấy duy nhất | 2 | 1 | no")]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert (result.created, result.updated) == (0, 1)
    component = Procedure.objects.get().components.get()
    assert (component.originals, component.copies, component.required) == (2, 1, False)


def test_a_file_with_a_few_columns_changes_only_those():
    from motcua.catalogue.tests.factories import form_make

    procedures_import(data=as_csv(procedure_template_rows()), filename="p.csv")
    procedure = Procedure.objects.get()
    procedure.status = "suspended"
    procedure.save()
    form = form_make(procedure, "TK")
    procedure.components.filter(position=1).update(form=form)

    rows = [
        ["code", "name", "field", "level"],
        ["1.001193", "Đăng ký khai sinh (mới)", "Hộ tịch", "commune"],
    ]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert result.ok, result.problems
    procedure.refresh_from_db()
    assert procedure.name == "Đăng ký khai sinh (mới)"
    assert procedure.status == "suspended"
    assert procedure.steps.startswith("Bước 1") and procedure.online_level == "full"
    assert procedure.components.count() == 2 and procedure.legal_basis.count() == 1
    assert procedure.components.get(position=1).form == form


def test_a_full_reimport_keeps_the_forms_linked_to_unchanged_components():
    from motcua.catalogue.tests.factories import form_make

    procedures_import(data=as_csv(procedure_template_rows()), filename="p.csv")
    procedure = Procedure.objects.get()
    form = form_make(procedure, "TK")
    procedure.components.filter(position=1).update(form=form)
    procedures_import(data=as_csv(procedure_template_rows()), filename="p.csv")
    assert procedure.components.get(position=1).form == form


def test_a_code_typed_as_an_excel_number_is_refused():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(PROCEDURE_COLUMNS)
    values = row()
    values[0] = 1.000120  # Excel shows 1.00012: the trailing zero is gone
    sheet.append(values)
    out = io.BytesIO()
    workbook.save(out)
    result = procedures_import(data=out.getvalue(), filename="p.xlsx")
    assert [(p.row, p.column) for p in result.problems] == [(2, "code")]


def test_values_too_long_for_the_database_are_row_problems_on_every_backend():
    rows = [
        PROCEDURE_COLUMNS,
        row(code="1.000001", legal_basis="X" * 65),
        row(code="1.000002", field="F" * 201),
        row(code="1.000003", components="Giấy | 40000 | 0"),
        row(code="1.000004", implementing_agency="A" * 301),
    ]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert {(p.row, p.column) for p in result.problems} == {
        (2, "legal_basis"),
        (3, "field"),
        (4, "components"),
        (5, "implementing_agency"),
    }
    assert Procedure.objects.count() == 0


def test_fields_differing_only_in_case_are_one_field():
    rows = [PROCEDURE_COLUMNS, row(code="1.000001", field="HỘ TỊCH"), row(code="1.000002")]
    assert procedures_import(data=as_csv(rows), filename="p.csv").ok
    assert {p.field_id for p in Procedure.objects.all()} == {Procedure.objects.first().field_id}


def test_long_quoted_cells_with_commas_and_semicolons_do_not_fool_the_delimiter():
    steps = "Bước 1: nộp hồ sơ; kiểm tra, đối chiếu;\nBước 2: trả kết quả; lưu, ký; xong"
    rows = [PROCEDURE_COLUMNS, row(steps=steps)]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert result.ok, result.problems
    assert Procedure.objects.get().steps == steps


def test_semicolon_separated_files_from_excel_are_read():
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([PROCEDURE_COLUMNS, row()])
    result = procedures_import(data=buffer.getvalue().encode(), filename="p.csv")
    assert result.ok, result.problems


def test_utf8_with_one_damaged_byte_is_refused_not_garbled():
    data = as_csv([PROCEDURE_COLUMNS, row()])
    damaged = data.replace("Hộ tịch".encode(), "Hộ tịch".encode()[:-1] + b"\xff", 1)
    result = procedures_import(data=damaged, filename="p.csv")
    assert not result.ok and "UTF-8" in result.problems[0].reason
    assert Procedure.objects.count() == 0


def test_a_western_windows_1252_file_with_a_tilde_is_not_read_as_vietnamese():
    western = [_latin(value) for value in row(name="Licença São Tomé", field="Cultura")]
    result = procedures_import(
        data=as_csv([PROCEDURE_COLUMNS, western], encoding="cp1252"), filename="p.csv"
    )
    assert result.encoding == "cp1252"
    assert Procedure.objects.get().name == "Licença São Tomé"


def test_blank_cells_keep_what_is_stored_instead_of_resetting_it():
    procedures_import(data=as_csv(procedure_template_rows()), filename="p.csv")
    Procedure.objects.update(status="abolished", at_counter=False)
    rows = [
        ["code", "name", "field", "level", "status", "at_counter", "time_limit_value"],
        ["1.001193", "Đăng ký khai sinh", "Hộ tịch", "commune", "", "", "3"],
    ]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert result.ok, result.problems
    procedure = Procedure.objects.get()
    assert procedure.status == "abolished" and procedure.at_counter is False
    assert (procedure.time_limit_value, procedure.time_limit_unit) == (3, "working_days")


def test_a_time_limit_without_a_unit_is_refused_for_a_new_procedure():
    rows = [
        ["code", "name", "field", "level", "time_limit_value"],
        ["1.2", "X", "Y", "commune", "3"],
    ]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert [(p.row, p.column) for p in result.problems] == [(2, "time_limit_unit")]


def test_data_under_a_blank_header_is_refused_not_dropped():
    rows = [["code", "name", "", "field", "level"], ["1.2", "X", "lost?", "Y", "commune"]]
    result = procedures_import(data=as_csv(rows), filename="p.csv")
    assert [(p.row, p.letter or p.column) for p in result.problems] == [(2, "C")]


def test_a_repeated_code_names_both_rows_and_nothing_is_written():
    from django.utils import translation

    rows = [PROCEDURE_COLUMNS, row(code="1.000001"), row(code="1.000002"), row(code="1.000001")]
    with translation.override("en"):
        result = procedures_import(data=as_csv(rows), filename="p.csv")
        assert [str(p) for p in result.problems] == [
            "Row 4, column A (code): repeats the procedure code 1.000001 of row 2"
        ]
    assert Procedure.objects.count() == 0


def test_a_windows_1258_file_behind_a_utf8_mark_is_refused_not_a_crash():
    data = b"\xef\xbb\xbf" + cp1258(as_csv([PROCEDURE_COLUMNS, row(name="Đăng ký")]).decode())
    result = procedures_import(data=data, filename="p.csv")
    assert not result.ok and "Windows-1258" in result.problems[0].reason
    assert Procedure.objects.count() == 0
