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
