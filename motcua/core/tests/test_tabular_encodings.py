"""Imported files: the encoding found is named, a file that cannot be read is refused with
the line and what was found (never a crash, never garbled text), a damaged cell is named by
row and column, a repeated key by both rows, and nothing is stored unless all is valid; on
the command line and on the web."""

from __future__ import annotations

import unicodedata

import pytest
from django.apps import apps
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.utils import translation

from motcua.core.imports import IMPORTERS
from motcua.core.models import ImportJob, JobStatus
from motcua.core.tabular import TableError, decode_text, encoding_name


# The importers are reached as the web reaches them, through the registry their apps fill.
def units_import(**kwargs):
    return IMPORTERS["units"](**kwargs)


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


def units():
    return apps.get_model("orgs", "AdministrativeUnit").objects


HEADER = "code,name,kind,parent_code\n"
ROWS = "23003,Xã Đăk Tô,commune,51\n23004,Phường Kon Tum,ward,51\n"
UNITS = HEADER + ROWS


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def refusal(data: bytes) -> str:
    with pytest.raises(TableError) as caught:
        decode_text(data)
    return str(caught.value)


def test_a_utf8_mark_in_front_of_windows_1258_text_names_the_line_and_what_it_found():
    data = b"\xef\xbb\xbf" + cp1258(UNITS)
    message = refusal(data)
    assert "says it is UTF-8 (it starts with a UTF-8 mark) but line 2 is not UTF-8" in message
    assert "looks like Vietnamese Windows-1258" in message
    assert "CSV UTF-8" in message


@pytest.mark.parametrize(("codec", "found"), [("utf-16-le", "LE"), ("utf-16-be", "BE")])
def test_utf16_with_its_mark_is_read_and_named(codec, found):
    text, encoding = decode_text(("\ufeff" + UNITS).encode(codec))
    assert text == UNITS and encoding == codec
    assert encoding_name(encoding).startswith("UTF-16") and found[0].lower() in encoding
    cut = ("\ufeff" + UNITS).encode(codec) + b"x"  # an odd number of bytes
    assert "line 4 is not UTF-16 " + found in refusal(cut)


def test_utf16_without_its_mark_is_refused_not_read_with_nul_characters():
    assert "UTF-16 text saved without its byte-order mark" in refusal(UNITS.encode("utf-16-le"))


@pytest.mark.parametrize(
    ("data", "encoding", "name"),
    [
        (UNITS.encode(), "utf-8", "UTF-8"),
        (b"\xef\xbb\xbf" + UNITS.encode(), "utf-8-sig", "UTF-8 (with a byte-order mark)"),
        (cp1258(UNITS), "cp1258", "Vietnamese Windows-1258"),
        (b"code,name\n1,Caf\xe9 cr\xe8me\n", "cp1252", "Western Windows-1252"),
    ],
)
def test_each_encoding_is_found_and_named_in_words(data, encoding, name):
    text, found = decode_text(data)
    assert found == encoding and encoding_name(found) == name
    assert "\ufffd" not in text


def test_windows_1258_with_signs_that_look_like_utf8_is_not_called_damaged_utf8():
    # “Hồ” ends with a tone byte followed by a closing quote: bytes UTF-8 would start a
    # character with. Three of them used to be taken for damaged UTF-8.
    text = "code,name\n" + "".join(f"{n},Ủy ban “Hồ” – Hà Nội\n" for n in range(3))
    assert decode_text(cp1258(text)) == (text, "cp1258")


def test_utf8_with_one_damaged_byte_names_its_line():
    data = UNITS.encode().replace("Tô".encode(), b"T\xc3")
    assert "UTF-8 text with a damaged byte on line 2" in refusal(data)


def test_old_tcvn3_vietnamese_is_refused_with_how_to_convert_it():
    assert "TCVN3" in refusal(HEADER.encode() + b"1,\xa7\xa8ng k\xfd \xae\xa9y,commune,51\n")


def test_nul_names_its_line_and_what_the_file_was_read_as():
    message = refusal(UNITS.encode() + b"23005,X\x00a,commune,51\n")
    assert "Line 4 contains a NUL character (read as UTF-8)" in message


@pytest.mark.django_db
@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"  \n"])
def test_an_empty_file_is_refused_clearly(data):
    result = units_import(data=data, filename="u.csv")
    assert [p.reason for p in result.problems] == ["The file is empty."]


@pytest.mark.django_db
def test_a_control_character_in_a_cell_is_named_by_row_and_column_and_nothing_is_stored(world):
    data = (UNITS + "23005,Xã\x01 Sa Thầy,commune,51\n23006,Xã \u202eHà,commune,51\n").encode()
    result = units_import(data=data, filename="u.csv")
    assert [(p.row, p.column, p.letter) for p in result.problems] == [
        (4, "name", "B"),
        (5, "name", "B"),
    ]
    assert "U+0001" in str(result.problems[0]) and "U+202E" in str(result.problems[1])
    assert not units().filter(code__in=["23003", "23004"]).exists()


@pytest.mark.django_db
def test_a_repeated_unit_is_flagged_on_its_row_with_the_first_one(world):
    data = (UNITS + "23003,Xã Đăk Tô mới,commune,51\n").encode()
    result = units_import(data=data, filename="u.csv")
    assert [str(p) for p in result.problems] == [
        "Row 4, column A (code): repeats the unit code 23003 of row 2"
    ]
    assert not units().filter(code="23003").exists()


@pytest.mark.django_db
def test_a_huge_line_is_refused_with_its_line_number(world):
    data = (UNITS + "23005," + "x" * 200_000 + ",commune,51\n").encode()
    result = units_import(data=data, filename="u.csv")
    assert "Line 4 cannot be read" in result.problems[0].reason
    assert not units().filter(code="23003").exists()


@pytest.mark.django_db
def test_the_command_names_the_encoding_it_read(world, tmp_path, capsys):
    path = tmp_path / "u.csv"
    path.write_bytes(cp1258(UNITS))
    call_command("import-units", str(path))
    assert "2 created, 0 updated (read as Vietnamese Windows-1258)" in capsys.readouterr().out
    assert units().get(code="23003").name == "Xã Đăk Tô"


@pytest.mark.django_db
def test_the_command_explains_a_lying_mark_instead_of_crashing(world, tmp_path, capsys):
    path = tmp_path / "u.csv"
    path.write_bytes(b"\xef\xbb\xbf" + cp1258(UNITS))
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import-units", str(path))
    assert "line 2 is not UTF-8" in capsys.readouterr().err
    assert not units().filter(code="23003").exists()


def upload(client, world, data: bytes) -> tuple[ImportJob, str]:
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"  # the messages are asserted in English
    client.force_login(world.administrator)
    client.post("/staff/imports/units/", {"file": SimpleUploadedFile("u.csv", data)})
    job = ImportJob.objects.get()
    return job, client.get(f"/staff/imports/job/{job.public_id}/").content.decode()


@pytest.mark.django_db
def test_the_web_page_explains_a_lying_mark_not_an_internal_error(client, world):
    job, page = upload(client, world, b"\xef\xbb\xbf" + cp1258(UNITS))
    assert job.status == JobStatus.REJECTED
    assert "line 2 is not UTF-8" in page and "internal error" not in page


@pytest.mark.django_db
def test_the_web_page_lists_repeats_by_row_and_column(client, world):
    job, page = upload(client, world, (UNITS + "23003,Xã lặp,commune,51\n").encode())
    assert job.status == JobStatus.REJECTED
    assert "<td>4</td><td>A (code)</td><td>repeats the unit code 23003 of row 2</td>" in page
    assert units().count() == 3  # the province and communes of `world`


@pytest.mark.django_db
def test_the_web_page_lists_damaged_cells_by_row_and_column(client, world):
    # A damaged file is reported as such first: its other rows are checked once it is whole.
    job, page = upload(client, world, (UNITS + "23005,Xã\x01 Sa Thầy,commune,51\n").encode())
    assert job.status == JobStatus.REJECTED
    assert "<td>4</td><td>B (name)</td><td>contains the invisible control character U+0001" in page
    assert units().count() == 3


@pytest.mark.django_db
def test_the_web_page_explains_a_nul_in_the_file(client, world):
    job, page = upload(client, world, (UNITS + "23005,Xã\x00 Sa Thầy,commune,51\n").encode())
    assert job.status == JobStatus.REJECTED
    assert "Line 4 contains a NUL character (read as UTF-8)" in page


@pytest.mark.django_db
def test_the_web_page_names_the_encoding_it_read(client, world):
    job, page = upload(client, world, cp1258(UNITS))
    assert job.status == JobStatus.CHECKED, job.result
    assert "The file was read as Vietnamese Windows-1258." in page


@pytest.mark.django_db
def test_a_repeated_day_off_is_flagged_and_nothing_is_loaded(tmp_path, capsys):
    path = tmp_path / "days.csv"
    path.write_text(
        "date,kind,name\n2031-09-02,holiday,Quốc khánh\n2031-09-03,holiday,Quốc khánh\n"
        "02/09/2031,holiday,Quốc khánh\n"
    )
    with pytest.raises(CommandError, match="nothing loaded"):
        call_command("workdays", "load", str(path))
    assert "Row 4, column A (date): repeats the date 02/09/2031 of row 2" in (
        capsys.readouterr().err
    )
    assert not apps.get_model("workdays", "DayOff").objects.filter(date__year=2031).exists()
