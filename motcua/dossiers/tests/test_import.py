"""Import of dossiers from the portal's exports: every row checked, nothing half-imported,
re-imports idempotent, ID numbers never stored, codes never reused by counter intake."""

import csv
import datetime as dt
import io
import json
import random
from zoneinfo import ZoneInfo

import pytest
from django.core.management import ManagementUtility, call_command
from django.db import connections
from django.utils import translation
from openpyxl import Workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import AuditEvent
from motcua.core.tabular import column_letter
from motcua.dossiers import importing
from motcua.dossiers.deadlines import dossier_due_date as _due
from motcua.dossiers.importing import DOSSIER_COLUMNS, dossiers_import, parse_moment
from motcua.dossiers.models import (
    Channel,
    Dossier,
    DossierSequence,
    SupplementRequest,
)
from motcua.dossiers.services import dossier_receive, finished_timeliness
from motcua.dossiers.states import RuleSet, State
from motcua.dossiers.timeliness import Timeliness

VN = ZoneInfo("Asia/Ho_Chi_Minh")
ID_NUMBER = "064095001234"


@pytest.fixture(autouse=True)
def _english():
    """Messages are checked in their source language; the suite runs in Vietnamese."""
    with translation.override("en"):
        yield


@pytest.fixture
def marriage(world):
    """Three working days; received Friday 25 April 2025 at 10:00 it is due Tuesday 29 April
    (Saturday 26 April 2025 was a working day, 30 April and 1 May are holidays)."""
    return procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)


def line(world, **overrides) -> dict:
    identifier = world.one_stop_a.identifier
    values = {
        "code": f"{identifier}-250425-0001",
        "procedure_code": "1.000894",
        "agency_identifier": identifier,
        "channel": "counter",
        "received_at": "25/04/2025 10:00",
        "complete_at": "",
        "due_date": "",
        "finished_at": "28/04/2025 16:00",
        "returned_at": "29/04/2025 09:00",
        "state": "returned",
        "applicant_kind": "person",
        "applicant_name": "Trần Thị Bình",
        "applicant_phone": "0905123456",
        "applicant_id_number": ID_NUMBER,
        "applicant_address": "Thôn 3",
        "paid_online": "no",
        "digitised": "yes",
        "electronic_result": "yes",
        "synced_national_portal": "1",
        "supplement_requested_at": "",
        "supplement_received_at": "",
        "supplement_reason": "",
        "visits": "2",
    }
    values.update(overrides)
    return values


def as_csv(rows: list[dict], headers: list[str] | None = None) -> bytes:
    columns = list(rows[0]) if rows else DOSSIER_COLUMNS
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(headers or columns)
    writer.writerows([[r[c] for c in columns] for r in rows])
    return buffer.getvalue().encode()


def import_rows(rows: list[dict], **kwargs):
    return dossiers_import(data=as_csv(rows), filename="dossiers.csv", **kwargs)


def where(result) -> set[tuple[int, str, str]]:
    return {(p.row, p.column, p.letter) for p in result.problems}


def letter(column: str) -> str:
    return column_letter(DOSSIER_COLUMNS.index(column))


# --- good files ----------------------------------------------------------------------------


def test_a_good_csv_creates_dossiers_with_due_date_timeliness_and_rule_set(world, marriage):
    identifier = world.one_stop_a.identifier
    rows = [
        line(world),
        line(
            world,
            code=f"{identifier}-250703-0004",
            received_at="2025-07-03 16:30",
            finished_at="",
            returned_at="",
            state="processing",
        ),
    ]
    result = import_rows(rows)
    assert result.ok, result.problems
    assert (result.created, result.updated) == (2, 0)
    returned = Dossier.objects.get(code=f"{identifier}-250425-0001")
    assert returned.due_date == dt.date(2025, 4, 29) == _due(marriage, returned.received_at)
    assert returned.timeliness == Timeliness.EARLY
    assert returned.rule_set == RuleSet.D61_2018
    assert returned.unit == world.commune_a
    assert returned.state == State.RETURNED and returned.visits == 2
    assert returned.digitised and returned.synced_national_portal and not returned.paid_online
    assert returned.complete_at == returned.received_at
    assert returned.received_at == dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)
    assert not returned.is_demo
    open_one = Dossier.objects.get(code=f"{identifier}-250703-0004")
    # Received after 15:00 on Thursday 3 July: day 1 is still Friday 4 July.
    assert open_one.due_date == _due(marriage, open_one.received_at) == dt.date(2025, 7, 8)
    assert open_one.timeliness == "" and open_one.rule_set == RuleSet.D118_2025
    audit = AuditEvent.objects.get(action="dossiers.import")
    assert audit.detail == {"created": 2, "updated": 0, "rows": 2}


def test_xlsx_with_excel_date_cells_is_read(world, marriage):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["code", "procedure_code", "channel", "received_at", "finished_at", "due_date"])
    sheet.append(
        [
            f"{world.one_stop_a.identifier}-250425-0003",
            "1.000894",
            "online",
            dt.datetime(2025, 4, 25, 9, 15),  # noqa: DTZ001 - Excel cells have no zone
            dt.datetime(2025, 5, 6, 8, 0),  # noqa: DTZ001
            dt.date(2025, 4, 29),
        ]
    )
    sheet.append([])  # blank rows are skipped
    sheet["G1"] = "applicant_name"
    sheet["G2"] = "Lê Văn Cường"
    out = io.BytesIO()
    workbook.save(out)
    result = dossiers_import(data=out.getvalue(), filename="export.xlsx")
    assert result.ok, result.problems
    assert result.encoding == "xlsx"
    dossier = Dossier.objects.get()
    assert dossier.received_at == dt.datetime(2025, 4, 25, 9, 15, tzinfo=VN)
    assert dossier.channel == Channel.ONLINE
    assert dossier.state == State.RESOLVED  # a finished date and no return: resolved
    assert dossier.timeliness == Timeliness.LATE


def test_vietnamese_headers_and_words_are_understood(world, marriage):
    headers = [
        "Mã hồ sơ",
        "Mã thủ tục",
        "Hình thức nộp",
        "Ngày tiếp nhận",
        "Chủ hồ sơ",
        "Trạng thái",
        "Ngày có kết quả",
        "Ngày trả kết quả",
        "Loại chủ hồ sơ",
    ]
    rows = [
        [
            f"{world.one_stop_a.identifier}-250425-0001",
            "1.000894",
            "Trực tuyến",
            "25/04/2025 10:00",
            "Công ty TNHH Một Cửa",
            "Đã trả kết quả",
            "29/04/2025 10:00",
            "29/04/2025 11:00",
            "Tổ chức",
        ],
        [
            f"{world.one_stop_a.identifier}-250425-0002",
            "1.000894",
            "Bưu chính",
            "25/04/2025 10:05",
            "Phạm Văn Dũng",
            "Đang xử lý",
            "",
            "",
            "Cá nhân",
        ],
        [
            f"{world.one_stop_a.identifier}-250425-0003",
            "1.000894",
            "Trực tiếp",
            "25/04/2025 10:10",
            "Võ Thị Em",
            "Từ chối",
            "25/04/2025 11:00",
            "",
            "",
        ],
    ]
    buffer = io.StringIO()
    csv.writer(buffer).writerows([headers, *rows])
    result = dossiers_import(data=buffer.getvalue().encode("utf-8-sig"), filename="x.csv")
    assert result.ok, result.problems
    by_code = {d.code[-4:]: d for d in Dossier.objects.all()}
    assert (by_code["0001"].channel, by_code["0001"].state) == (Channel.ONLINE, State.RETURNED)
    assert by_code["0001"].applicant_kind == "organisation"
    assert by_code["0001"].timeliness == Timeliness.ON_TIME
    assert (by_code["0002"].channel, by_code["0002"].state) == (Channel.POSTAL, State.PROCESSING)
    assert (by_code["0003"].channel, by_code["0003"].state) == (Channel.COUNTER, State.REFUSED)


def test_the_files_own_headers_are_read_through_a_column_mapping(world, marriage):
    rows = [line(world, state="Đã tiếp nhận")]
    columns = ["code", "procedure_code", "channel", "received_at", "applicant_name", "state"]
    headers = ["SoHoSo", "MaTTHC", "Kenh", "NgayNhan", "NguoiNop", "Trạng thái"]
    data = as_csv([{c: rows[0][c] for c in columns}], headers=headers)
    unmapped = dossiers_import(data=data, filename="x.csv")
    assert not unmapped.ok and (1, "A", "") in where(unmapped)
    mapping = {"SoHoSo": "code", "MaTTHC": "procedure_code", "Kenh": "channel"}
    mapping |= {"NgayNhan": "received_at", "NguoiNop": "applicant_name"}
    result = dossiers_import(data=data, filename="x.csv", mapping=mapping)
    assert result.ok, result.problems
    assert Dossier.objects.get().applicant_name == "Trần Thị Bình"


def test_columns_of_the_export_mapped_to_a_dash_are_skipped(world, marriage):
    """Portal exports carry a row number and notes: say so, and they are left out."""
    buffer = io.StringIO()
    row = line(world)
    csv.writer(buffer).writerows([["STT", *row, "Ghi chú"], [1, *row.values(), "gọi lại"]])
    data = buffer.getvalue().encode()
    refused = dossiers_import(data=data, filename="x.csv")
    assert not refused.ok and len(refused.problems) == 2
    assert refused.problems[0].column == "A"
    result = dossiers_import(data=data, filename="x.csv", mapping={"STT": "-", "Ghi chú": "-"})
    assert result.ok, result.problems
    assert Dossier.objects.count() == 1


def test_a_mapping_to_an_unknown_column_is_refused(world, marriage):
    result = import_rows([line(world)], mapping={"Số hồ sơ": "dossier_number"})
    assert not result.ok
    assert "dossier_number" in result.problems[0].reason
    assert not Dossier.objects.exists()


def test_a_mapping_wins_over_our_own_label(world, marriage):
    """An export whose “Trạng thái” column holds something else can point it elsewhere."""
    row = {k: v for k, v in line(world).items() if k != "state"}
    data = as_csv([row], headers=[*list(row)[:-1], "Trạng thái"])
    result = dossiers_import(data=data, filename="x.csv", mapping={"Trạng thái": "visits"})
    assert result.ok, result.problems
    assert Dossier.objects.get().state == State.RETURNED


# --- idempotence ---------------------------------------------------------------------------


def test_reimporting_the_same_file_creates_and_changes_nothing(world, marriage):
    rows = [line(world), line(world, code=f"{world.one_stop_a.identifier}-250425-0002")]
    assert import_rows(rows).created == 2
    before = list(Dossier.objects.order_by("code").values("pk", "updated_at"))
    again = import_rows(rows)
    assert again.ok and (again.created, again.updated) == (0, 0)
    assert list(Dossier.objects.order_by("code").values("pk", "updated_at")) == before


def test_a_changed_row_updates_its_dossier(world, marriage):
    rows = [line(world), line(world, code=f"{world.one_stop_a.identifier}-250425-0002")]
    import_rows(rows)
    first = Dossier.objects.get(code=rows[0]["code"])
    rows[0].update(finished_at="06/05/2025 09:00", returned_at="06/05/2025 10:00")
    result = import_rows(rows)
    assert result.ok and (result.created, result.updated) == (0, 1)
    assert result.updated_keys == [rows[0]["code"]]
    changed = Dossier.objects.get(code=rows[0]["code"])
    assert changed.pk == first.pk and changed.created_at == first.created_at
    assert changed.timeliness == Timeliness.LATE
    assert Dossier.objects.count() == 2


def test_a_file_without_a_column_leaves_that_field_alone(world, marriage):
    import_rows([line(world)])
    row = {k: v for k, v in line(world).items() if k != "applicant_phone"}
    row["applicant_address"] = "Thôn 5"
    assert import_rows([row]).updated == 1
    dossier = Dossier.objects.get()
    assert (dossier.applicant_phone, dossier.applicant_address) == ("0905123456", "Thôn 5")


def test_a_dry_run_counts_and_writes_nothing(world, marriage):
    result = import_rows([line(world)], dry_run=True)
    assert result.ok and result.dry_run and result.created == 1
    assert not Dossier.objects.exists() and not DossierSequence.objects.exists()
    assert not AuditEvent.objects.filter(action="dossiers.import").exists()


# --- supplements ---------------------------------------------------------------------------


def test_a_supplement_restarts_the_time_limit_and_is_recorded(world, marriage):
    row = line(
        world,
        supplement_requested_at="25/04/2025 10:00",
        supplement_received_at="05/05/2025 09:00",
        finished_at="08/05/2025 15:00",
        returned_at="09/05/2025 08:00",
    )
    assert import_rows([row]).ok
    dossier = Dossier.objects.get()
    # Judged from the complete dossier (Monday 5 May + 3 working days), not from receipt.
    assert dossier.complete_at == dt.datetime(2025, 5, 5, 9, 0, tzinfo=VN)
    assert dossier.due_date == dt.date(2025, 5, 8)
    assert dossier.timeliness == Timeliness.ON_TIME
    request = SupplementRequest.objects.get(dossier=dossier)
    assert request.fulfilled_at == dossier.complete_at and request.reason
    # Corrected file: there was no supplement after all.
    row.update(supplement_requested_at="", supplement_received_at="")
    assert import_rows([row]).updated == 1
    assert not SupplementRequest.objects.exists()
    assert Dossier.objects.get().timeliness == Timeliness.LATE


def test_a_dossier_waiting_for_papers_asked_at_intake_has_no_due_date(world, marriage):
    row = line(
        world,
        finished_at="",
        returned_at="",
        state="",
        supplement_requested_at="25/04/2025 10:00",
        supplement_reason="Thiếu giấy xác nhận tình trạng hôn nhân",
    )
    assert import_rows([row]).ok
    dossier = Dossier.objects.get()
    assert dossier.state == State.SUPPLEMENT_REQUESTED
    assert dossier.complete_at is None and dossier.due_date is None
    [request] = dossier.supplements.all()
    assert request.reason == "Thiếu giấy xác nhận tình trạng hôn nhân" and request.kind == "intake"


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"state": "withdrawn", "returned_at": ""}, ""),
        ({"state": "refused", "returned_at": "", "finished_at": "25/04/2025 11:00"}, "early"),
        ({"state": "stopped", "returned_at": "", "finished_at": "29/04/2025 11:00"}, "on_time"),
        (
            {
                "state": "refused",
                "returned_at": "",
                "supplement_requested_at": "25/04/2025 10:00",
            },
            "",  # refused while waiting for papers: it never had a due date
        ),
        ({"procedure_code": "2.000001"}, "no_limit"),
    ],
)
def test_finished_dossiers_are_judged_as_counter_intake_judges_them(
    world, marriage, overrides, expected
):
    procedure_make("2.000001", "Thủ tục không thời hạn", time_limit_value=None, time_limit_unit="")
    assert import_rows([line(world, **overrides)]).ok
    dossier = Dossier.objects.get()
    assert dossier.timeliness == expected == finished_timeliness(dossier, dossier.finished_at)


# --- errors --------------------------------------------------------------------------------

OTHER = "000.99.99.H55"


@pytest.mark.parametrize(
    ("overrides", "column", "fragment"),
    [
        ({"procedure_code": "9.999999"}, "procedure_code", "9.999999"),
        (
            {"agency_identifier": OTHER, "code": f"{OTHER}-250425-0001"},
            "agency_identifier",
            OTHER,
        ),
        ({"agency_identifier": "", "code": f"{OTHER}-250425-0001"}, "code", OTHER),
        ({"code": f"{OTHER}-250425-0001"}, "code", "identifier"),
        ({"code": "HS-2025-1"}, "code", "YYMMDD"),
        ({"code": "{a}-250431-0001"}, "code", "250431"),
        ({"code": "{a}-250426-0001"}, "code", "26/04/2025"),
        ({"code": "{a}-250425-0000"}, "code", "0001"),
        ({"received_at": "32/04/2025 10:00"}, "received_at", "32/04/2025"),
        ({"received_at": ""}, "received_at", ""),
        ({"received_at": "25/04/2099 10:00"}, "received_at", ""),
        ({"finished_at": "24/04/2025 16:00"}, "finished_at", "25/04/2025 10:00"),
        ({"returned_at": "28/04/2025 15:00"}, "returned_at", "28/04/2025 16:00"),
        ({"complete_at": "24/04/2025 08:00"}, "complete_at", ""),
        ({"state": "lost"}, "state", "lost"),
        ({"state": "processing"}, "finished_at", ""),
        ({"returned_at": "", "state": "returned"}, "returned_at", ""),
        ({"channel": "fax"}, "channel", "fax"),
        ({"channel": ""}, "channel", ""),
        ({"applicant_name": ""}, "applicant_name", ""),
        ({"applicant_kind": "robot"}, "applicant_kind", "robot"),
        ({"paid_online": "maybe"}, "paid_online", "maybe"),
        ({"visits": "-1"}, "visits", ""),
        ({"due_date": "29/02/2025"}, "due_date", "29/02/2025"),
        ({"applicant_phone": "0905 123 456 789 012 345"}, "applicant_phone", "20"),
        ({"supplement_received_at": "28/04/2025 09:00"}, "supplement_received_at", ""),
        (
            {
                "supplement_requested_at": "28/04/2025 09:00",
                "supplement_received_at": "27/04/2025 09:00",
            },
            "supplement_received_at",
            "",
        ),
    ],
)
def test_a_wrong_cell_is_reported_with_row_and_column_letter(
    world, marriage, overrides, column, fragment
):
    overrides = {
        k: v.replace("{a}", world.one_stop_a.identifier) if isinstance(v, str) else v
        for k, v in overrides.items()
    }
    rows = [
        line(world, code=f"{world.one_stop_a.identifier}-250425-0009"),
        line(world, **overrides),
    ]
    result = import_rows(rows)
    assert not result.ok
    assert (3, column, letter(column)) in where(result), result.problems
    problem = next(p for p in result.problems if p.column == column)
    assert fragment in problem.reason
    assert f"Row 3, column {letter(column)} ({column})" in str(problem)
    assert not Dossier.objects.exists()


def test_a_code_twice_in_the_file_is_reported_on_the_second_row(world, marriage):
    result = import_rows([line(world), line(world, applicant_name="Khác")])
    assert where(result) == {(3, "code", "A")}
    assert "row 2" in result.problems[0].reason
    assert not Dossier.objects.exists()


def test_a_wrong_id_number_is_reported_without_repeating_it(world, marriage):
    result = import_rows([line(world, applicant_id_number="06409500123456789")])
    assert where(result) == {(2, "applicant_id_number", letter("applicant_id_number"))}
    assert "06409500123456789" not in str(result.as_dict())


def test_every_problem_is_listed_and_nothing_is_half_imported(world, marriage, monkeypatch):
    """Chunks of two rows: the first chunks were checked and written before the bad row at
    the end was reached, and are rolled back with it."""
    monkeypatch.setattr(importing, "CHUNK_SIZE", 2)
    identifier = world.one_stop_a.identifier
    rows = [line(world, code=f"{identifier}-250425-{n:04d}") for n in range(1, 6)]
    rows.append(line(world, code=f"{identifier}-250425-0006", procedure_code="0.000000"))
    rows.append(line(world, code=f"{identifier}-250425-0007", finished_at="01/01/2025 00:00"))
    result = import_rows(rows)
    assert where(result) == {(7, "procedure_code", "B"), (8, "finished_at", "H")}
    assert result.created == result.updated == 0
    assert not Dossier.objects.exists()
    assert not DossierSequence.objects.exists()
    assert not AuditEvent.objects.filter(action="dossiers.import").exists()


def test_a_bad_row_after_good_chunks_leaves_earlier_dossiers_unchanged(
    world, marriage, monkeypatch
):
    monkeypatch.setattr(importing, "CHUNK_SIZE", 1)
    import_rows([line(world)])
    changed = line(world, applicant_name="Tên mới")
    bad = line(world, code=f"{world.one_stop_a.identifier}-250425-0002", channel="fax")
    assert not import_rows([changed, bad]).ok
    assert Dossier.objects.get().applicant_name == "Trần Thị Bình"


def test_too_many_problems_stop_the_check(world, marriage, monkeypatch):
    monkeypatch.setattr(importing, "MAX_PROBLEMS", 5)
    monkeypatch.setattr(importing, "CHUNK_SIZE", 3)
    identifier = world.one_stop_a.identifier
    rows = [line(world, code=f"{identifier}-250425-{n:04d}", channel="fax") for n in range(1, 20)]
    result = import_rows(rows)
    assert len(result.problems) == 7  # two chunks of three, then the notice
    assert "stopped at row 7" in result.problems[-1].reason


def test_an_unknown_column_and_a_missing_required_one_are_reported_on_the_header(world):
    data = b"code,colour,procedure_code,received_at,applicant_name\nx,red,y,z,w\n"
    result = dossiers_import(data=data, filename="x.csv")
    assert {(p.row, p.column) for p in result.problems} == {(1, "B"), (1, "")}
    assert any("channel" in p.reason for p in result.problems)


# --- hostile and broken files --------------------------------------------------------------


def test_an_empty_file_and_a_header_alone_are_refused(world):
    assert "empty" in dossiers_import(data=b"", filename="x.csv").problems[0].reason
    assert "empty" in dossiers_import(data=b"  \n", filename="x.csv").problems[0].reason
    header = ",".join(DOSSIER_COLUMNS).encode() + b"\n"
    result = dossiers_import(data=header, filename="x.csv")
    assert "no data rows" in result.problems[0].reason


def test_garbage_bytes_are_refused_with_how_to_fix_it(world):
    garbage = random.Random(7).randbytes(4000)
    result = dossiers_import(data=garbage, filename="dossiers.csv")
    assert not result.ok
    result = dossiers_import(data=b"code,channel\n\x81\x8d\x90,x\n", filename="x.csv")
    assert "CSV UTF-8" in result.problems[0].reason
    result = dossiers_import(data=b"PK\x03\x04 not really a zip", filename="x.xlsx")
    assert "XLSX" in result.problems[0].reason
    assert not Dossier.objects.exists()


def test_a_windows_1258_export_is_read(world, marriage):
    from motcua.catalogue.tests.test_import_procedures import cp1258

    text = as_csv([line(world, applicant_name="Đỗ Thị Hồng", applicant_address="Kon Tum")])
    result = dossiers_import(data=cp1258(text.decode()), filename="x.csv")
    assert result.ok, result.problems
    assert result.encoding == "cp1258"
    assert Dossier.objects.get().applicant_name == "Đỗ Thị Hồng"


def test_a_formula_looking_value_is_stored_as_plain_text(world, marriage):
    formula = "=cmd|' /C calc'!A0"
    result = import_rows([line(world, applicant_name=formula, applicant_address="+1+1")])
    assert result.ok, result.problems
    dossier = Dossier.objects.get()
    assert (dossier.applicant_name, dossier.applicant_address) == (formula, "+1+1")


def test_a_huge_cell_is_refused_with_a_clear_message(world, marriage):
    long_name = "Nguyễn " * 1000
    result = import_rows([line(world, applicant_name=long_name)])
    assert where(result) == {(2, "applicant_name", letter("applicant_name"))}
    assert "200" in result.problems[0].reason
    enormous = line(world, applicant_address="x" * 200_000)
    result = import_rows([enormous])
    assert not result.ok and "too long" in result.problems[0].reason
    assert not Dossier.objects.exists()


@pytest.mark.parametrize(
    "text", ["2025-13-01 10:00", "31/02/2025", "hôm qua", "25/04/25 10:00", "25/04/2025 25:00"]
)
def test_a_malformed_date_is_refused(text):
    with pytest.raises(ValueError, match="date"):
        parse_moment(text)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25/04/2025 10:00", dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)),
        ("25/04/2025 10:00:30", dt.datetime(2025, 4, 25, 10, 0, 30, tzinfo=VN)),
        ("25/04/2025", dt.datetime(2025, 4, 25, 0, 0, tzinfo=VN)),
        ("2025-04-25T10:00", dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)),
        ("2025-04-25T03:00:00Z", dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)),
        ("2025-04-25 10:00:00+07:00", dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)),
        (45772.5, dt.datetime(2025, 4, 25, 12, 0, tzinfo=VN)),
        (dt.datetime(2025, 4, 25, 10, 0), dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)),  # noqa: DTZ001
    ],
)
def test_dates_are_read_in_every_usual_form_as_local_time(value, expected):
    assert parse_moment(value, VN) == expected


# --- personal data and codes ---------------------------------------------------------------


def test_the_raw_id_number_is_never_stored(world, marriage):
    assert import_rows([line(world, applicant_id_number="064 095 001 234")]).ok
    dossier = Dossier.objects.get()
    assert dossier.applicant_id_last4 == "1234" and len(dossier.applicant_id_hash) == 64
    stored = [
        *Dossier.objects.values(),
        *AuditEvent.objects.values(),
        *SupplementRequest.objects.values(),
    ]
    assert ID_NUMBER not in str(stored) and "064 095 001 234" not in str(stored)
    counter = dossier_receive(
        procedure=marriage,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Trần Thị Bình",
        submitted=list(marriage.components.all()),
        applicant_id_number=ID_NUMBER,
    )
    assert counter.applicant_id_hash == dossier.applicant_id_hash  # the same person


def test_counter_intake_never_reuses_an_imported_code(world, marriage):
    identifier = world.one_stop_a.identifier
    rows = [line(world, code=f"{identifier}-250425-{n:04d}") for n in (3, 7)]
    rows.append(line(world, code=f"{identifier}-250424-0002", received_at="24/04/2025 08:00"))
    assert import_rows(rows).ok
    assert DossierSequence.objects.get(day=dt.date(2025, 4, 25)).last == 7
    assert DossierSequence.objects.get(day=dt.date(2025, 4, 24)).last == 2
    counter = dossier_receive(
        procedure=marriage,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Người thứ tám",
        submitted=list(marriage.components.all()),
        received_at=dt.datetime(2025, 4, 25, 15, 0, tzinfo=VN),
    )
    assert counter.code == f"{identifier}-250425-0008"
    # A sequence already further on is never moved back.
    assert import_rows([line(world, code=f"{identifier}-250425-0005")]).ok
    assert DossierSequence.objects.get(day=dt.date(2025, 4, 25)).last == 8


def test_only_coordinators_and_administrators_may_import(world, marriage):
    refused = import_rows([line(world)], actor=world.counter_a)
    assert not refused.ok and not Dossier.objects.exists()
    result = import_rows([line(world)], actor=world.coordinator)
    assert result.ok
    assert AuditEvent.objects.get(action="dossiers.import").actor == world.coordinator


# --- the command ---------------------------------------------------------------------------


@pytest.fixture
def run(monkeypatch):
    """The command as the shell runs it, returning its exit code. Django closes every
    connection when a command ends, which would end the test's transaction: not here."""
    monkeypatch.setattr(connections, "close_all", lambda: None)
    return _run


def _run(*argv: str) -> int:
    try:
        ManagementUtility(["motcua", *argv]).execute()
    except SystemExit as exit_:
        return int(exit_.code or 0)
    return 0


def test_the_command_imports_and_reports(world, marriage, tmp_path, capsys, run):
    path = tmp_path / "dossiers.csv"
    path.write_bytes(as_csv([line(world)]))
    assert run("import-dossiers", str(path), "--verbosity=0") == 0
    assert "1 created" in capsys.readouterr().out
    assert Dossier.objects.count() == 1


def test_the_command_fails_with_each_problem_on_stderr(world, marriage, tmp_path, capsys, run):
    path = tmp_path / "dossiers.csv"
    path.write_bytes(as_csv([line(world, received_at="hôm qua")]))
    assert run("import-dossiers", str(path), "--verbosity=0") == 1
    err = capsys.readouterr().err
    assert f"Row 2, column {letter('received_at')} (received_at)" in err
    assert "nothing imported" in err
    assert not Dossier.objects.exists()


def test_the_command_takes_a_mapping_and_prints_json(world, marriage, tmp_path, capsys, run):
    row = line(world)
    columns = ["code", "procedure_code", "channel", "received_at", "applicant_name"]
    path = tmp_path / "export.csv"
    path.write_bytes(
        as_csv([{c: row[c] for c in columns}], headers=["SoHS", "MaTT", "Kenh", "Ngay", "Ten"])
    )
    mapping = tmp_path / "mapping.json"
    mapping.write_text(json.dumps({"MaTT": "procedure_code", "Kenh": "channel"}))
    code = run(
        "import-dossiers",
        str(path),
        "--map",
        "SoHS=code",
        "--map",
        "Ngay=received_at",
        "--map=Ten=applicant_name",
        "--map-file",
        str(mapping),
        "--json",
        "--dry-run",
        "--verbosity=0",
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] and report["dry_run"] and report["created"] == 1
    assert not Dossier.objects.exists()


def test_the_command_refuses_a_malformed_mapping(world, tmp_path, capsys, run):
    path = tmp_path / "dossiers.csv"
    path.write_bytes(b"code\n")
    assert run("import-dossiers", str(path), "--map", "no-equals-sign") == 1
    assert "HEADER=COLUMN" in capsys.readouterr().err
    bad_json = tmp_path / "m.json"
    bad_json.write_text("[1, 2]")
    assert run("import-dossiers", str(path), "--map-file", str(bad_json)) == 1
    assert "JSON object" in capsys.readouterr().err


def test_call_command_raises_on_a_missing_file(world, tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("import-dossiers", str(tmp_path / "missing.csv"))


def test_an_imported_phone_written_with_spaces_is_found_by_the_lookup(world, marriage):
    from motcua.dossiers.selectors import dossier_public_lookup

    result = import_rows([line(world, applicant_phone="0905 123.456")])
    assert result.ok, result.problems
    dossier = Dossier.objects.get()
    assert dossier.applicant_phone == "0905123456"
    found = dossier_public_lookup(code=dossier.code, phone_last4="3456", address="127.0.0.1")
    assert found is not None and found.code == dossier.code


def test_a_control_character_in_a_cell_is_named_and_nothing_is_written(world, marriage):
    second = line(world, code=f"{world.one_stop_a.identifier}-250425-0002")
    result = import_rows([line(world), {**second, "applicant_name": "Trần\x02 Bình"}])
    assert where(result) == {(3, "applicant_name", letter("applicant_name"))}
    assert "U+0002" in result.problems[0].reason
    assert not Dossier.objects.exists()
