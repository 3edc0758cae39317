"""The tracking book (form 06 / 07) prints as the circular lays it out."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from openpyxl import load_workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.services import dossier_receive
from motcua.orgs.tests.factories import PASSWORD

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def book(client, world):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", components=1, time_limit_value=3)
    world.counter_a.last_name, world.counter_a.first_name = "Nguyễn", "Thị Hoa"
    world.counter_a.save()
    dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Trong Kỳ",
        submitted=list(procedure.components.all()),
        received_at=dt.datetime(2025, 9, 22, 9, 0, tzinfo=VN),
        applicant_address="Thôn 1",
    )
    assert client.login(username=world.counter_a.username, password=PASSWORD)
    response = client.get(
        "/staff/dossiers/book/",
        {"agency": world.one_stop_a.pk, "start": "2025-09-01", "end": "2025-09-30"},
    )
    return load_workbook(io.BytesIO(response.content)).active


def test_the_book_has_its_title_unit_and_period(book, world):
    heading = [book.cell(row=r, column=1).value for r in range(1, 6)]
    assert any("Mẫu số 07" in str(v) or "Form 07" in str(v) for v in heading)
    assert world.one_stop_a.name.upper() in heading
    assert any("01/09/2025" in str(v) and "30/09/2025" in str(v) for v in heading)
    assert any(world.commune_a.name in str(v) for v in heading)


def test_the_book_prints_on_a4_landscape_with_its_headings_repeated(book):
    assert book.page_setup.orientation == "landscape"
    assert int(book.page_setup.paperSize) == int(book.PAPERSIZE_A4)
    assert book.print_title_rows == "$7:$9"  # the two heading rows and the column numbers
    assert all(book.column_dimensions[c].width >= 5 for c in "ABCDEFGHIJKLMNOPQ")
    assert book.column_dimensions["C"].width > book.column_dimensions["A"].width


def test_the_book_dates_read_dd_mm_yyyy_and_name_the_officer(book):
    row = int(book.freeze_panes[1:])
    received = book.cell(row=row, column=8)
    assert received.value.date() == dt.date(2025, 9, 22)
    assert received.number_format == "DD/MM/YYYY"
    assert book.cell(row=row, column=9).value.date() == dt.date(2025, 9, 25)
    officer = book.cell(row=row, column=16).value
    assert "Nguyễn Thị Hoa" in officer and "counter_a" not in officer


@time_machine.travel(dt.datetime(2025, 10, 14, 9, 0, tzinfo=VN), tick=False)
def test_the_book_form_is_prefilled_with_my_unit_and_this_month(client, world):
    assert client.login(username=world.counter_a.username, password=PASSWORD)
    page = client.get("/staff/dossiers/book/").content.decode()
    assert f'<option value="{world.one_stop_a.pk}" selected>' in page
    assert 'value="01/10/2025"' in page and 'value="14/10/2025"' in page
