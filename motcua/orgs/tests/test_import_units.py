"""Import of units from CSV/XLSX: row-level errors, nothing half-imported."""

import datetime as dt
import io

import pytest
from openpyxl import Workbook

from motcua.orgs.models import AdministrativeUnit, UnitSuccession
from motcua.orgs.services import units_import

pytestmark = pytest.mark.django_db

GOOD = """code,name,kind,parent_code,valid_from,valid_to,successors
62,Tỉnh Kon Tum,province,,,30/06/2025,51
51,Tỉnh Quảng Ngãi,province,,2025-07-01,,
23416,Thị trấn Đăk Hà,ward,62,,30/06/2025,23416
23416,Xã Đăk Hà,xã,51,01/07/2025,,
"""


def test_it_imports_units_with_parents_and_successors():
    result = units_import(data=GOOD.encode(), filename="units.csv")
    assert result.ok, result.problems
    assert (result.created, result.updated) == (4, 0)
    old = AdministrativeUnit.objects.get(code="23416", valid_to=dt.date(2025, 6, 30))
    new = AdministrativeUnit.objects.get(code="23416", valid_from=dt.date(2025, 7, 1))
    assert new.kind == "commune" and new.parent.code == "51"
    link = UnitSuccession.objects.get(predecessor=old)
    assert link.successor == new and link.effective_on == dt.date(2025, 7, 1)


def test_importing_the_same_file_twice_updates_instead_of_duplicating():
    units_import(data=GOOD.encode(), filename="units.csv")
    again = units_import(data=GOOD.encode(), filename="units.csv")
    assert (again.created, again.updated) == (0, 4)
    assert AdministrativeUnit.objects.count() == 4
    assert UnitSuccession.objects.count() == 2


def test_a_bad_row_is_named_and_nothing_is_written():
    bad = GOOD + "23419,,hamlet,99,31/02/2025,,\n"
    result = units_import(data=bad.encode(), filename="units.csv")
    assert not result.ok
    found = {(p.row, p.column) for p in result.problems}
    assert {(6, "name"), (6, "kind"), (6, "valid_from")} <= found
    assert AdministrativeUnit.objects.count() == 0


def test_an_unknown_successor_is_reported_on_its_row():
    bad = GOOD.replace("30/06/2025,51", "30/06/2025,77")
    result = units_import(data=bad.encode(), filename="units.csv")
    assert [(p.row, p.column) for p in result.problems] == [(2, "successors")]
    assert AdministrativeUnit.objects.count() == 0


def test_it_reads_xlsx():
    workbook = Workbook()
    sheet = workbook.active
    for line in GOOD.strip().splitlines():
        sheet.append(line.split(","))
    sheet.append([None] * 7)  # a spacer row is skipped
    out = io.BytesIO()
    workbook.save(out)
    result = units_import(data=out.getvalue(), filename="units.xlsx")
    assert result.ok and result.created == 4


def test_an_empty_file_is_refused_clearly():
    result = units_import(data=b"", filename="units.csv")
    assert [p.reason for p in result.problems] == ["Tệp rỗng."]


def _commune_admin():
    """An administrator of commune 23416 in province 51, after the reorganisation."""
    from motcua.orgs.models import Membership, Role
    from motcua.orgs.tests.factories import UserFactory

    units_import(data=GOOD.encode(), filename="units.csv")
    ui = "code,name,kind,parent_code,valid_from\n23428,Xã Đăk Ui,commune,51,2025-07-01\n"
    units_import(data=ui.encode(), filename="u.csv")
    commune = AdministrativeUnit.objects.get(code="23416", valid_from=dt.date(2025, 7, 1))
    user = UserFactory(username="commune_admin")
    Membership.objects.create(user=user, unit=commune, role=Role.ADMINISTRATOR)
    return user


def test_a_commune_administrator_cannot_move_another_commune_under_theirs():
    user = _commune_admin()
    hijack = "code,name,kind,parent_code,valid_from\n23428,Xã Đăk Ui,commune,23416,2025-07-01\n"
    result = units_import(data=hijack.encode(), filename="u.csv", actor=user)
    assert {(p.row, p.column) for p in result.problems} == {(2, "code"), (2, "parent_code")}
    ui = AdministrativeUnit.objects.get(code="23428")
    assert ui.parent.code == "51"


def test_a_commune_administrator_cannot_add_a_province_or_claim_a_successor():
    user = _commune_admin()
    rows = (
        "code,name,kind,parent_code,valid_from,valid_to,successors\n"
        "99,Tỉnh Mới,province,,2026-01-01,,\n"
        "99001,Thôn,commune,23416,2026-01-01,2026-06-30,23428\n"
    )
    result = units_import(data=rows.encode(), filename="u.csv", actor=user)
    assert {(p.row, p.column) for p in result.problems} == {(2, "parent_code"), (3, "successors")}
    assert not AdministrativeUnit.objects.filter(code__in=["99", "99001"]).exists()


def test_a_commune_administrator_may_add_a_unit_below_their_commune():
    user = _commune_admin()
    rows = "code,name,kind,parent_code,valid_from\n99002,Khu mới,ward,23416,2026-01-01\n"
    result = units_import(data=rows.encode(), filename="u.csv", actor=user)
    assert result.ok, result.problems


def test_a_unit_cannot_be_its_own_parent_nor_overlap_another_version():
    rows = (
        "code,name,kind,parent_code,valid_from,valid_to\n"
        "51,Tỉnh,province,51,,\n"
        "70,Tỉnh A,province,,2020-01-01,2025-12-31\n"
        "70,Tỉnh B,province,,2025-07-01,\n"
    )
    result = units_import(data=rows.encode(), filename="u.csv")
    assert {(p.row, p.column) for p in result.problems} == {(2, "parent_code"), (4, "valid_from")}
    assert AdministrativeUnit.objects.count() == 0


def test_codes_typed_as_excel_numbers_are_refused_not_truncated():
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["code", "name", "kind"])
    sheet.append([1, "Thành phố Hà Nội", "province"])  # "01" lost its zero
    out = io.BytesIO()
    workbook.save(out)
    result = units_import(data=out.getvalue(), filename="u.xlsx")
    assert [(p.row, p.column) for p in result.problems] == [(2, "code")]
    assert (
        "Text" in result.problems[0].reason
        or "Văn bản" in result.problems[0].reason
        or "văn bản" in result.problems[0].reason
    )


def test_a_commune_administrator_cannot_cut_their_commune_out_of_the_province():
    user = _commune_admin()
    rows = (
        "code,name,kind,parent_code,valid_from\n"
        "99003,Khu mới,ward,23416,2025-07-01\n"
        "23416,Xã Đăk Hà,commune,99003,2025-07-01\n"
    )
    result = units_import(data=rows.encode(), filename="u.csv", actor=user)
    assert (3, "parent_code") in {(p.row, p.column) for p in result.problems}
    commune = AdministrativeUnit.objects.get(code="23416", valid_from=dt.date(2025, 7, 1))
    assert commune.parent.code == "51"


def test_even_the_command_line_cannot_make_a_cycle():
    units_import(data=GOOD.encode(), filename="units.csv")
    rows = (
        "code,name,kind,parent_code,valid_from\n"
        "99004,Khu,ward,23416,2025-07-01\n"
        "23416,Xã Đăk Hà,commune,99004,2025-07-01\n"
    )
    result = units_import(data=rows.encode(), filename="u.csv")
    assert [(p.row, p.column) for p in result.problems] == [(3, "parent_code")]
