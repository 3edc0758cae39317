"""XLSForm import and export, on workbooks built in the shapes of forms from elsewhere (see
`xlsform_shapes`), on hand-made workbooks with the oddities people type and, when they are
at hand, on the real-world forms in ../shared/data/xlsforms."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

import pytest
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from django.utils import translation
from openpyxl import load_workbook

from motcua.surveys.models import (
    Item,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    VersionStatus,
)
from motcua.surveys.services import questionnaire_install_builtin, version_publish
from motcua.surveys.tests import xlsform_shapes as shapes
from motcua.surveys.tests.xlsform_shapes import BUILT_FORMS, workbook
from motcua.surveys.xlsform import (
    INDEX_COLUMN,
    KIND_COLUMN,
    XlsformResult,
    pyxform_check,
    xlsform_export,
    xlsform_import,
)

pytestmark = pytest.mark.django_db


def real_forms_dir() -> Path | None:
    """The real-world XLSForms: `xlsforms` under MOTCUA_SHARED_DATA, else `shared/data/xlsforms`
    beside the checkout or higher up. They are other people's questionnaires and stay outside
    the repository, so a plain clone has none."""
    if os.environ.get("MOTCUA_SHARED_DATA"):
        candidates = [Path(os.environ["MOTCUA_SHARED_DATA"]) / "xlsforms"]
    else:
        checkout = Path(__file__).resolve().parents[3]
        candidates = [parent / "shared" / "data" / "xlsforms" for parent in checkout.parents]
    return next((path for path in candidates if path.is_dir()), None)


REAL_FORMS_DIR = real_forms_dir()
REAL_FORMS = sorted(REAL_FORMS_DIR.glob("*.xlsx")) if REAL_FORMS_DIR else []
# One placeholder when there are none, so the tests show up as skipped with the reason rather
# than as an empty parameter set.
REAL_FORM_PARAMS = [pytest.param(p, id=p.name) for p in REAL_FORMS] or [
    pytest.param(None, id="absent")
]
requires_real_forms = pytest.mark.skipif(
    not REAL_FORMS,
    reason=(
        "real-world XLSForms not present: ../shared/data/xlsforms is outside this repository "
        "(set MOTCUA_SHARED_DATA to a data directory holding xlsforms/ to run them)"
    ),
)


def import_file(path: Path, **kwargs: Any) -> XlsformResult:
    with translation.override("en"):
        return xlsform_import(data=path.read_bytes(), filename=path.name, **kwargs)


def import_bytes(data: bytes, filename: str = "form.xlsx", **kwargs: Any) -> XlsformResult:
    with translation.override("en"):
        return xlsform_import(data=data, filename=filename, **kwargs)


def import_built(filename: str, **kwargs: Any) -> XlsformResult:
    """Import one of the built shapes under the file name it is listed with."""
    return import_bytes(BUILT_FORMS[filename](), filename=filename, **kwargs)


def notes_at(result: XlsformResult, sheet: str, row: int) -> list[str]:
    return [n.text for n in result.notes if n.sheet == sheet and n.row == row]


def structure(version: QuestionnaireVersion) -> dict[str, Any]:
    """What an XLSForm carries, independent of database ids and positions."""
    return {
        "languages": version.languages,
        "sections": [
            (s.name, s.parent.name if s.parent else None, s.labels, s.relevant, s.is_element)
            for s in version.sections.order_by("position")
        ],
        "items": [
            (
                i.name,
                i.kind,
                i.choice_list,
                i.section.name if i.section else None,
                i.labels,
                i.hints,
                i.required,
                i.relevant,
                i.constraint,
                i.constraint_messages,
                i.in_index,
            )
            for i in version.items.order_by("position")
        ],
        "choices": [
            (c.list_name, c.value, c.labels)
            for c in version.choices.order_by("list_name", "position")
        ],
    }


def item_names(result: XlsformResult) -> list[str]:
    assert result.version is not None
    return list(result.version.items.order_by("position").values_list("name", flat=True))


def check_imported_with_its_notes(result: XlsformResult) -> None:
    """A form from elsewhere imports as a draft that keeps its notes, each placed on a sheet
    or said by pyxform, and counts nothing in an index: it has no motcua columns."""
    assert result.ok, [str(p) for p in result.problems]
    assert result.version is not None
    assert result.version.status == VersionStatus.DRAFT
    assert result.notes
    with translation.override("en"):
        assert result.version.import_notes == [str(n) for n in result.notes]
    assert all(n.sheet or n.text.startswith("pyxform") for n in result.notes)
    assert not result.version.sections.filter(is_element=True).exists()
    assert not result.version.items.filter(in_index=True).exists()


def check_round_trip(first: XlsformResult) -> None:
    """The export converts with pyxform and imports again into the same structure and id."""
    assert first.version is not None
    exported = xlsform_export(first.version)
    _warnings, error = pyxform_check(exported)
    assert error is None
    second = import_bytes(exported, filename="again.xlsx", slug="again")

    assert second.ok, [str(p) for p in second.problems]
    assert second.version is not None
    assert structure(second.version) == structure(first.version)
    assert second.version.settings.get("form_id") == first.version.settings.get(
        "form_id", first.questionnaire.slug if first.questionnaire else None
    )


# Forms in the shapes found elsewhere ------------------------------------------------------


@pytest.mark.parametrize("filename", BUILT_FORMS)
def test_every_built_shape_imports_and_keeps_its_notes(filename):
    check_imported_with_its_notes(import_built(filename))


def test_inspection_form_maps_groups_and_notes_repeats_files_and_calculations():
    result = import_built("desk_inspection.xlsx")

    assert result.version is not None
    assert result.version.languages == ["vi", "en"]  # default_language first
    assert item_names(result) == [
        "intro_title",
        "intro_contact",
        "inspector_name",
        "inspector_name_other",
        "inspector_phone",
        "desk_year",
        "counters_open",
        "queue_screen",
        "waiting_people",
        "crowding",
        "any_counters",
        "suggestion_box",
        "posted_fees",
        "posted_steps",
        "problems",
        "remarks",
    ]
    for row in shapes.INSPECTION_REPEATS:
        assert any("repeats are not supported" in t for t in notes_at(result, "survey", row))
    # The repeat inside a repeat goes with the outer one, not in a note of its own.
    outer = notes_at(result, "survey", shapes.INSPECTION_REPEATS[0])
    assert any("visitors" in t and "visit_minutes" in t for t in outer)
    assert not notes_at(result, "survey", shapes.INSPECTION_NESTED_REPEAT)
    for row in shapes.INSPECTION_FROM_FILE:
        assert any("external file" in t for t in notes_at(result, "survey", row))
    for row in shapes.INSPECTION_CALCULATIONS:
        assert any("calculate" in t for t in notes_at(result, "survey", row))
    shows = notes_at(result, "survey", shapes.INSPECTION_SHOWS_CALCULATION)
    assert any("wait_minutes" in t for t in shows)
    assert any("start" in t for t in notes_at(result, "survey", shapes.INSPECTION_START))
    other = result.version.items.get(name="inspector_name_other")
    assert other.relevant == "${inspector_name} = 'other'"
    assert other.labels == {"vi": "Họ tên của bạn", "en": "Your name"}
    assert other.hints == {"vi": "Nhập", "en": "Type"}
    assert other.required is True
    phone = result.version.items.get(name="inspector_phone")
    assert phone.constraint == "regex(., '^0[0-9]{9}$')"
    assert phone.constraint_messages == {
        "vi": "Số điện thoại gồm 10 chữ số",
        "en": "A 10-digit phone number",
    }
    quotes = notes_at(result, "survey", shapes.INSPECTION_TYPOGRAPHIC_QUOTES)
    assert any("quotes" in t for t in quotes)
    inspector = result.version.sections.get(name="inspector")
    assert inspector.labels == {"vi": "Thông tin người kiểm tra", "en": "Inspector details."}
    # `crowding` is 1..5 but not a satisfaction scale.
    assert result.version.items.get(name="crowding").kind == ItemKind.SELECT_ONE
    assert not result.version.items.filter(kind=ItemKind.SATISFACTION).exists()
    years = result.version.choices.filter(list_name="opening_year")
    assert list(years.order_by("position").values_list("value", flat=True))[:2] == [
        "2019",
        "2020",
    ]
    assert result.version.choices.get(list_name="yes_no", value="yes").labels == {
        "vi": "Có",
        "en": "Yes",
    }
    columns = {n.header for n in result.notes if n.sheet == "survey" and not n.row}
    assert {"choice_filter", "appearance", "calculation", "repeat_count", "parameters"} <= columns


def test_fee_receipt_notes_metadata_and_media():
    result = import_built("fee_receipt.xlsx")

    assert result.questionnaire is not None
    assert result.questionnaire.slug == "fee_receipt"  # the id_string setting
    assert item_names(result) == [
        "paid_date",
        "procedure",
        "amount",
        "fee_type",
        "payment",
        "required",
    ]
    for row, type_name in enumerate(shapes.RECEIPT_METADATA, start=2):
        assert any(f"({type_name})" in t for t in notes_at(result, "survey", row))
    assert any("image" in t for t in notes_at(result, "survey", shapes.RECEIPT_IMAGE_ROW))
    audio = next(n for n in result.notes if n.header == "audio")
    assert (audio.sheet, audio.column) == ("survey", "E")
    assert result.version is not None
    assert result.version.items.get(name="paid_date").required is True
    assert result.version.items.get(name="payment").required is False
    assert result.version.items.get(name="required").required is True  # a question so named
    assert result.version.choices.filter(list_name="fee_type_list").count() == 7


def test_cascading_selects_note_their_filters():
    result = import_built("area_cascade.xlsx")

    assert result.questionnaire is not None
    assert result.questionnaire.title == shapes.CASCADE_TITLE
    filters = {(n.sheet, n.column, n.header) for n in result.notes if not n.row}
    assert ("survey", "D", "choice_filter") in filters
    assert {("choices", "D", "province"), ("choices", "E", "district")} <= filters
    assert result.version is not None
    assert result.version.choices.count() == 12  # the spacer rows are skipped
    # Formatted empty rows below the settings are no second row of settings.
    assert not [n for n in result.notes if n.sheet == "settings"]
    assert not [n for n in result.notes if "no type" in n.text]


def test_unknown_language_names_get_a_code_and_a_note():
    result = import_built("easy_read.xlsx")

    assert result.version is not None
    assert result.version.languages == ["en", shapes.EASY_READ_CODE]
    unknown = [n for n in result.notes if shapes.EASY_READ in n.text and "no code" in n.text]
    assert {(n.sheet, n.column) for n in unknown} >= {("survey", "D"), ("choices", "E")}
    other = result.version.items.get(name="visit_reason_other")
    assert other.relevant == "selected(${visit_reason}, 'other')"
    reason = result.version.items.get(name="visit_reason")
    assert reason.hints[shapes.EASY_READ_CODE] == shapes.EASY_READ_HINT  # text keeps its quotes
    assert reason.hints["en"] == "Don’t read the options aloud"
    # The choices header starts in column B, below it an empty row.
    assert result.version.choices.count() == 6
    assert result.version.choices.get(value="other").labels == {
        "en": "Other",
        shapes.EASY_READ_CODE: "Khác",
    }


def test_groups_become_sections():
    result = import_built("proxy.xlsx")

    assert result.version is not None
    assert result.version.languages == ["en"]  # `label:English (en)`, with one colon
    age = result.version.items.get(name="proxy_age")
    assert age.section is not None and age.section.name == "proxy"
    assert age.section.labels == {"en": "Authorised person"}
    assert result.version.items.get(name="applicant_name").section is None
    assert any("phone number" in t for t in notes_at(result, "survey", shapes.PROXY_PHONE_ROW))


def test_spec_shaped_form_skips_the_repeat_and_what_shows_missing_values():
    result = import_built("every_column.xlsx")

    assert result.version is not None
    names = item_names(result)
    assert "counter_name" not in names  # inside the repeat
    assert "floor_plan" not in names  # an image only
    assert "total_shown" not in names  # shows a calculation
    assert "start_shown" not in names  # shows metadata
    assert {"declined", "respondent_name", "staff_per_counter", "visit_date", "_1", "FALSE"} <= set(
        names
    )
    repeat_row = shapes.EVERY_COLUMN_REPEAT_ROW
    assert any("repeats are not supported" in t for t in notes_at(result, "survey", repeat_row))
    assert any(n.sheet == "columns" for n in result.notes)
    per_counter = result.version.items.get(name="staff_per_counter")
    assert per_counter.constraint == ". <= ${counters_open}"
    address = result.version.items.get(name="address")
    assert address.labels == {"en": "Your address", "zh": "地址"}
    assert result.version.items.get(name="numbered_note").labels == {"en": "2", "zh": "-"}
    assert result.version.sections.get(name="survey_body").relevant == (
        "not(selected(${declined}, 'yes'))"
    )


@pytest.mark.parametrize("filename", BUILT_FORMS)
def test_round_trip_of_a_built_shape_keeps_the_structure(filename):
    check_round_trip(import_built(filename))


# The real-world forms, when they are beside the checkout ----------------------------------


@requires_real_forms
@pytest.mark.parametrize("path", REAL_FORM_PARAMS)
class TestRealWorldForms:
    def test_it_imports_and_keeps_its_notes(self, path):
        check_imported_with_its_notes(import_file(path))

    def test_its_round_trip_keeps_the_structure(self, path):
        check_round_trip(import_file(path))


# Robustness ------------------------------------------------------------------------------

SCALE = [
    ["list_name ", "Name", "label::English (en)", "label::Vietnamese (vi)"],
    ["sat", 1, "Very dissatisfied", "Rất không hài lòng"],
    ["sat", 2, "Dissatisfied", "Không hài lòng"],
    ["sat", 3, "Neutral", "Bình thường"],
    ["sat", 4, "Satisfied", "Hài lòng"],
    ["sat", 5, "Very satisfied", "Rất hài lòng"],
    [],
    ["yes_no", "yes", "Yes", "Có"],
    ["yes_no", "no", "No", "Không"],
    ["grade", 1, "Poor", "Kém"],
    ["grade", 2, "Fair", "Trung bình"],
    ["grade", 3, "Good", "Khá"],
    ["grade", 4, "Very good", "Tốt"],
    ["grade", 5, "Excellent", "Xuất sắc"],
]


def messy_form() -> bytes:
    header = [
        "Type ",
        " NAME",
        "Label::English (en) ",
        "label::Vietnamese (vi)",
        "hint::English",
        "Required",
        "relevant ",
        "constraint",
        "constraint_message::English (en)",
        "colour",
    ]
    survey = [
        header,
        ["begin group", "access", "Access", "Tiếp cận", None, None, "${visited} = “yes”"],
        ["select_one yes_no", "visited", "Visited?", "Đã đến?", "Once", True],
        [],
        ["select_one sat", "signage", "Signage", "Biển chỉ dẫn", None, "TRUE"],
        ["begin_group", "inner", "Inner", "Bên trong"],
        ["select_one grade", "seats", "Seats", "Ghế", None, "true()"],
        ["end_group"],
        ["end group"],
        [None, None, None],
        ["integer", "age", "Age", "Tuổi", None, "yes", None, ". > 0", "Positive", "red"],
        ["decimal", "fee", "Fee", "Phí", None, "no"],
        ["text", "comment", "Comment", "Ý kiến", None, "FALSE", "${age} > 18 and ‘a’ = ‘a’"],
        ["date", "visit_date", "Date", "Ngày", None, "=TRUE()"],
        ["note", "thanks", "Thanks", "Cảm ơn"],
        ["select_multiple yes_no", "both", "Both", "Cả hai", None, "No"],
    ]
    settings = [["form_title", "form_id", "default_language"], ["Messy", "messy", "English (en)"]]
    return workbook(survey=survey, choices=SCALE, settings=settings)


def test_messy_headers_booleans_quotes_and_spacers_are_read():
    result = import_bytes(messy_form())

    assert result.ok, [str(p) for p in result.problems]
    version = result.version
    assert version is not None
    assert version.languages == ["en", "vi"]
    items = {i.name: i for i in version.items.all()}
    assert [k for k in items] == [
        "visited",
        "signage",
        "seats",
        "age",
        "fee",
        "comment",
        "visit_date",
        "thanks",
        "both",
    ]
    required = {name: item.required for name, item in items.items()}
    assert required == {
        "visited": True,
        "signage": True,
        "seats": True,
        "age": True,
        "fee": False,
        "comment": False,
        "visit_date": True,
        "thanks": False,
        "both": False,
    }
    assert items["signage"].kind == ItemKind.SATISFACTION
    assert items["seats"].kind == ItemKind.SELECT_ONE  # 1..5 but not satisfaction
    assert items["both"].kind == ItemKind.SELECT_MULTIPLE
    assert items["visited"].hints == {"en": "Once"}
    assert items["comment"].relevant == "${age} > 18 and 'a' = 'a'"
    assert items["age"].constraint == ". > 0"
    assert items["age"].constraint_messages == {"en": "Positive"}
    assert items["seats"].section is not None and items["seats"].section.name == "inner"
    inner = items["seats"].section
    assert inner.parent is not None and inner.parent.name == "access"
    assert inner.parent.relevant == '${visited} = "yes"'
    assert inner.parent.labels == {"en": "Access", "vi": "Tiếp cận"}
    colour = next(n for n in result.notes if n.header == "colour")
    assert (colour.sheet, colour.column) == ("survey", "J")
    assert any("quotes" in t for t in notes_at(result, "survey", 2))
    assert any("quotes" in t for t in notes_at(result, "survey", 13))


def test_a_label_without_any_language_is_read_in_the_site_language_with_a_note(settings):
    data = workbook(survey=[["type", "name", "label"], ["text", "q1", "Họ và tên"]])

    result = import_bytes(data, filename="Khảo sát nhanh.xlsx")

    assert result.ok
    assert result.version is not None
    assert result.version.languages == ["vi"]
    assert result.questionnaire is not None and result.questionnaire.slug == "khao-sat-nhanh"
    assert any("without a language" in n.text for n in result.notes)


def test_an_unknown_language_name_becomes_a_slug():
    data = workbook(
        survey=[["type", "name", "label::Klingon Pro"], ["text", "q1", "nuqneH"]],
    )

    result = import_bytes(data)

    assert result.version is not None
    assert result.version.languages == ["klingon-pro"]
    note = next(n for n in result.notes if "no code" in n.text)
    assert (note.sheet, note.row, note.column) == ("survey", 1, "C")


def test_a_conditional_required_is_noted_and_stored_as_not_required():
    data = workbook(
        survey=[
            ["type", "name", "label", "required"],
            ["integer", "age", "Age", "yes"],
            ["text", "school", "School", "${age} < 18"],
        ]
    )

    result = import_bytes(data)

    assert result.version is not None
    assert result.version.items.get(name="school").required is False
    note = next(n for n in result.notes if n.row == 3)
    assert note.column == "D"


# Bad files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "filename", "expected"),
    [
        (b"", "form.xlsx", "empty"),
        (b"type,name,label\n", "form.xlsx", "not an XLSX"),
        (b"\xd0\xcf\x11\xe0 old excel", "form.xls", ".xls"),
    ],
)
def test_a_file_that_is_no_workbook_is_refused(data, filename, expected):
    result = import_bytes(data, filename)

    assert not result.ok
    assert expected in str(result.problems[0])
    assert not Questionnaire.objects.exists()


def test_a_workbook_without_a_survey_sheet_is_refused():
    result = import_bytes(workbook(choices=SCALE))

    assert [(p.sheet, p.row) for p in result.problems] == [("survey", 0)]
    assert not Questionnaire.objects.exists()


def test_a_select_from_an_unknown_list_names_the_cell():
    data = workbook(
        survey=[
            ["type", "name", "label"],
            ["text", "q1", "Name"],
            [],
            ["select_one colours", "q2", "Colour"],
        ],
        choices=SCALE,
    )

    result = import_bytes(data)

    assert [(p.sheet, p.row, p.column) for p in result.problems] == [("survey", 4, "A")]
    assert "colours" in result.problems[0].text
    assert not Questionnaire.objects.exists()
    assert not Item.objects.exists()


def test_structural_mistakes_are_all_reported():
    data = workbook(
        survey=[
            ["type", "name", "label"],
            ["text", "", "No name"],
            ["text", "q1", "One"],
            ["integer", "q1", "One again"],
            ["text", "2bad", "Bad name"],
            ["end group"],
            ["begin group", "g1", "Never closed"],
        ]
    )

    result = import_bytes(data)

    assert [(p.row, p.column) for p in result.problems] == [
        (2, "B"),
        (4, "B"),
        (5, "B"),
        (6, "A"),
        (7, "A"),
    ]
    assert not Questionnaire.objects.exists()


def test_a_form_pyxform_rejects_is_a_problem_not_a_crash():
    data = workbook(
        survey=[["type", "name", "label", "relevant"], ["text", "q1", "One", "${nowhere} = 1"]]
    )

    result = import_bytes(data)

    assert len(result.problems) == 1
    assert result.problems[0].text.startswith("pyxform:")
    assert "nowhere" in result.problems[0].text
    assert not Questionnaire.objects.exists()


# Versions --------------------------------------------------------------------------------


def test_an_import_never_changes_a_published_version():
    first = import_built("proxy.xlsx", slug="family")
    assert first.version is not None
    version_publish(version=first.version)
    before = structure(first.version)
    stamp = QuestionnaireVersion.objects.get(pk=first.version.pk).updated_at

    again = import_built("fee_receipt.xlsx", slug="family")

    assert again.ok
    assert again.version is not None
    assert (again.version.number, again.version.status) == (2, VersionStatus.DRAFT)
    published = QuestionnaireVersion.objects.get(pk=first.version.pk)
    assert published.status == VersionStatus.PUBLISHED
    assert published.updated_at == stamp
    assert structure(published) == before


def test_a_second_draft_or_a_silent_slug_clash_is_refused():
    first = import_built("proxy.xlsx")
    assert first.questionnaire is not None

    clash = import_built("proxy.xlsx")
    second_draft = import_built("proxy.xlsx", slug=first.questionnaire.slug)

    assert "--slug" in str(clash.problems[0])
    assert "draft" in str(second_draft.problems[0])
    assert QuestionnaireVersion.objects.count() == 1


# Commands --------------------------------------------------------------------------------


def test_the_import_command_prints_the_version_and_its_notes(tmp_path, capsys):
    path = tmp_path / "fee_receipt.xlsx"
    path.write_bytes(shapes.fee_receipt_form())

    call_command("survey", "import-xlsform", str(path), "--slug", "receipts")

    out = capsys.readouterr().out
    assert "receipts" in out
    assert out.count("note:") >= 8
    assert Questionnaire.objects.filter(slug="receipts").exists()


def test_the_import_command_fails_with_the_problems_on_stderr(tmp_path, capsys):
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(workbook(choices=SCALE))

    with pytest.raises(CommandError):
        call_command("survey", "import-xlsform", str(bad))
    with pytest.raises(SystemExit) as exit_info:
        ManagementUtility(["motcua", "survey", "import-xlsform", str(bad)]).execute()

    assert exit_info.value.code != 0
    assert "survey" in capsys.readouterr().err


def test_the_export_command_writes_a_workbook_pyxform_converts(tmp_path):
    imported = import_built("desk_inspection.xlsx", slug="inspection")
    assert imported.version is not None
    target = tmp_path / "out.xlsx"

    call_command("survey", "export-xlsform", "inspection", str(target))
    call_command("survey", "export-xlsform", "inspection", str(target), "--version", "1")

    _warnings, error = pyxform_check(target.read_bytes())
    assert error is None
    again = import_bytes(target.read_bytes(), slug="inspection-copy")
    assert again.version is not None
    assert structure(again.version) == structure(imported.version)
    with pytest.raises(CommandError):
        call_command("survey", "export-xlsform", "inspection", str(target), "--version", "9")
    with pytest.raises(CommandError):
        call_command("survey", "export-xlsform", "nothing", str(target))


def test_the_export_has_a_label_column_per_language():
    result = import_bytes(messy_form())
    assert result.version is not None

    book = load_workbook(io.BytesIO(xlsform_export(result.version)))

    assert book.sheetnames == ["survey", "choices", "settings"]
    header = [c.value for c in book["survey"][1]]
    assert "label::English (en)" in header and "label::Vietnamese (vi)" in header
    choices_header = [c.value for c in book["choices"][1]]
    assert choices_header == ["list_name", "name", "label::English (en)", "label::Vietnamese (vi)"]
    settings = dict(
        zip(
            [c.value for c in book["settings"][1]],
            [c.value for c in book["settings"][2]],
            strict=True,
        )
    )
    assert settings["default_language"] == "English (en)"
    assert settings["form_id"] == "messy"


def test_the_builtin_questionnaires_export_and_come_back_with_their_satisfaction_items():
    for questionnaire in questionnaire_install_builtin():
        version = questionnaire.versions.get()
        exported = xlsform_export(version)
        assert pyxform_check(exported)[1] is None

        again = import_bytes(exported, slug=f"{questionnaire.slug}-copy")

        assert again.ok, [str(p) for p in again.problems]
        assert again.version is not None
        assert structure(again.version) == structure(version)


# motcua's own columns: index elements, items in the index, the satisfaction scale ---------

SIPAS_ELEMENTS = ["access", "procedure", "officials", "result", "feedback"]


def sheet_values(data: bytes, title: str) -> list[tuple[Any, ...]]:
    """A sheet's rows, an empty string read as an empty cell."""
    sheet = load_workbook(io.BytesIO(data))[title]
    return [
        tuple(None if value == "" else value for value in row)
        for row in sheet.iter_rows(values_only=True)
    ]


def flags(version: QuestionnaireVersion) -> dict[str, Any]:
    return {
        "elements": list(
            version.sections.filter(is_element=True)
            .order_by("position")
            .values_list("name", flat=True)
        ),
        "in_index": list(
            version.items.filter(in_index=True).order_by("position").values_list("name", flat=True)
        ),
        "satisfaction": list(
            version.items.filter(kind=ItemKind.SATISFACTION)
            .order_by("position")
            .values_list("name", flat=True)
        ),
    }


@pytest.mark.parametrize("slug", ["sipas-2640", "sipas-1001", "exit"])
def test_a_builtin_questionnaire_survives_a_round_trip_whole(slug):
    [questionnaire] = questionnaire_install_builtin(slugs=[slug])
    version = questionnaire.versions.get()
    exported = xlsform_export(version)

    warnings, error = pyxform_check(exported)
    again = import_bytes(exported, slug=f"{slug}-copy")

    assert (warnings, error) == ([], None)
    assert again.ok, [str(p) for p in again.problems]
    assert again.version is not None
    copy = again.version
    # Every item and section: name, kind, choice list, labels per language, hints, required,
    # relevant, constraint, in_index, is_element, section and order; and the choices.
    assert structure(copy) == structure(version)
    assert flags(copy) == flags(version)
    assert not [n for n in again.notes if n.header in (INDEX_COLUMN, KIND_COLUMN)]
    assert [str(n) for n in again.notes if "satisfaction scale" in n.text] == []
    # A second trip writes the same workbook.
    for title in ("survey", "choices", "settings"):
        assert sheet_values(xlsform_export(copy), title) == sheet_values(exported, title)


def test_the_sipas_elements_and_index_items_come_back():
    [questionnaire] = questionnaire_install_builtin(slugs=["sipas-2640"])
    version = questionnaire.versions.get()
    items = list(version.items.order_by("position").values_list("name", flat=True))

    again = import_bytes(xlsform_export(version), slug="sipas-copy")

    assert again.version is not None
    assert flags(again.version) == {
        "elements": SIPAS_ELEMENTS,
        "in_index": items,  # the overall question too, though its section is no element
        "satisfaction": items,
    }
    assert len(items) == 22
    sections = list(again.version.sections.order_by("position"))
    assert [s.name for s in sections] == [*SIPAS_ELEMENTS, "overall"]
    assert [s.is_element for s in sections] == [True] * 5 + [False]


def test_the_1001_questionnaire_keeps_its_items_outside_the_index():
    [questionnaire] = questionnaire_install_builtin(slugs=["sipas-1001"])

    again = import_bytes(xlsform_export(questionnaire.versions.get()), slug="copy")

    assert again.version is not None
    assert flags(again.version)["elements"] == ["policy", "service"]
    outside = again.version.items.filter(in_index=False).values_list("name", "kind")
    assert sorted(outside) == [
        ("harassed", ItemKind.SELECT_ONE),
        ("improve", ItemKind.SELECT_MULTIPLE),
        ("suggestion", ItemKind.TEXT),
        ("unofficial_payment", ItemKind.SELECT_ONE),
    ]


def test_the_export_marks_elements_index_items_and_the_scale():
    [questionnaire] = questionnaire_install_builtin(slugs=["sipas-2640"])

    rows = sheet_values(xlsform_export(questionnaire.versions.get()), "survey")

    header = list(rows[0])
    index, kind = header.index(INDEX_COLUMN), header.index(KIND_COLUMN)
    assert header[-2:] == [INDEX_COLUMN, KIND_COLUMN]
    marks = {(row[0], row[1]): (row[index], row[kind]) for row in rows[1:] if row[1]}
    assert marks[("begin group", "access")] == ("yes", None)
    assert marks[("begin group", "overall")] == (None, None)
    assert marks[("select_one satisfaction", "access_1")] == ("yes", "satisfaction")
    assert marks[("select_one satisfaction", "overall")] == ("yes", "satisfaction")


def test_pyxform_ignores_the_motcua_columns():
    """They change nothing in the XForm: ODK and KoboToolbox never see them."""
    from pyxform.xls2xform import convert

    [questionnaire] = questionnaire_install_builtin(slugs=["sipas-2640"])
    exported = xlsform_export(questionnaire.versions.get())
    book = load_workbook(io.BytesIO(exported))
    survey = book["survey"]
    header = [cell.value for cell in survey[1]]
    survey.delete_cols(header.index(INDEX_COLUMN) + 1, 2)
    assert KIND_COLUMN not in [cell.value for cell in survey[1]]
    buffer = io.BytesIO()
    book.save(buffer)

    with_columns: list[str] = []
    without_columns: list[str] = []
    marked = convert(xlsform=io.BytesIO(exported), warnings=with_columns, file_type=".xlsx")
    plain = convert(
        xlsform=io.BytesIO(buffer.getvalue()), warnings=without_columns, file_type=".xlsx"
    )

    assert with_columns == without_columns == []
    assert marked.xform == plain.xform
    assert "motcua" not in marked.xform


def test_the_index_column_takes_the_spellings_of_required():
    survey = [
        ["type", "name", "label::English (en)", "Motcua_Index "],
        ["begin group", "counted", "Counted", "yes"],
        ["select_one sat", "a", "A", True],
        ["select_one sat", "b", "B", "TRUE()"],
        ["select_one sat", "c", "C", 1],
        ["select_one sat", "d", "D", "true"],
        ["select_one sat", "e", "E", "=TRUE()"],
        ["end group"],
        ["begin group", "not_counted", "Not counted", False],
        ["select_one sat", "f", "F", "no"],
        ["select_one sat", "g", "G"],
        ["select_one sat", "h", "H", "maybe"],
        ["select_one sat", "i", "I", "FALSE()"],
        ["end group"],
        ["begin group", "blank", "Blank"],
        ["text", "j", "J", "Yes"],
        ["end group"],
    ]

    result = import_bytes(workbook(survey=survey, choices=SCALE))

    assert result.ok, [str(p) for p in result.problems]
    assert result.version is not None
    assert flags(result.version)["elements"] == ["counted"]
    assert flags(result.version)["in_index"] == ["a", "b", "c", "d", "e", "j"]
    [note] = [n for n in result.notes if n.header == "Motcua_Index"]
    assert (note.sheet, note.row, note.column) == ("survey", 12, "D")
    assert "maybe" in note.text


def test_the_kind_column_decides_which_items_are_the_scale_and_survives_the_trip():
    survey = [
        ["type", "name", "label::English (en)", "label::Vietnamese (vi)", "motcua_kind"],
        ["select_one sat", "plain", "Plain", "Thường"],  # reads as satisfaction, not marked
        ["select_one grade", "graded", "Graded", "Xếp loại", "Satisfaction "],
        ["select_one yes_no", "yes_no", "Yes or no", "Có không", "satisfaction"],
        ["text", "comment", "Comment", "Ý kiến", "rating"],
    ]

    result = import_bytes(workbook(survey=survey, choices=SCALE))

    assert result.ok, [str(p) for p in result.problems]
    assert result.version is not None
    kinds = dict(result.version.items.values_list("name", "kind"))
    assert kinds == {
        "plain": ItemKind.SELECT_ONE,
        "graded": ItemKind.SATISFACTION,
        "yes_no": ItemKind.SELECT_ONE,
        "comment": ItemKind.TEXT,
    }
    assert any("not a single choice on a list" in t for t in notes_at(result, "survey", 4))
    [unknown] = [n for n in result.notes if n.row == 5 and n.header == "motcua_kind"]
    assert "rating" in unknown.text

    again = import_bytes(xlsform_export(result.version), slug="again")

    assert again.version is not None
    assert structure(again.version) == structure(result.version)


def test_the_commands_keep_the_index_flags(tmp_path, capsys):
    [questionnaire] = questionnaire_install_builtin(slugs=["sipas-2640"])
    target = tmp_path / "sipas.xlsx"

    call_command("survey", "export-xlsform", "sipas-2640", str(target))
    call_command("survey", "import-xlsform", str(target), "--slug", "sipas-copy")

    copy = Questionnaire.objects.get(slug="sipas-copy").versions.get()
    assert flags(copy) == flags(questionnaire.versions.get())
    assert flags(copy)["elements"] == SIPAS_ELEMENTS
    assert "motcua_index" not in capsys.readouterr().out  # no "not kept" note


def test_a_hint_in_one_language_gives_every_language_a_column_so_pyxform_does_not_warn():
    result = import_bytes(messy_form())  # a hint and a constraint message in English only
    assert result.version is not None

    exported = xlsform_export(result.version)

    header = sheet_values(exported, "survey")[0]
    assert {"hint::Vietnamese (vi)", "constraint_message::Vietnamese (vi)"} <= set(header)
    assert pyxform_check(exported) == ([], None)
    again = import_bytes(exported, slug="again")
    assert again.version is not None
    assert structure(again.version) == structure(result.version)
