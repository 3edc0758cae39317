"""XLSForm import and export, on workbooks built in the shapes of forms from elsewhere (see
`xlsform_shapes`) and on hand-made workbooks with the oddities people type. The real-world
forms, when they are at hand, are in `test_xlsform_real_forms`."""

from __future__ import annotations

import pytest

from motcua.surveys.models import (
    Item,
    ItemKind,
    Questionnaire,
)
from motcua.surveys.tests import xlsform_inspection as inspection
from motcua.surveys.tests import xlsform_shapes as shapes
from motcua.surveys.tests.xlsform_checks import (
    SCALE,
    check_imported_with_its_notes,
    check_round_trip,
    import_built,
    import_bytes,
    item_names,
    messy_form,
    notes_at,
)
from motcua.surveys.tests.xlsform_shapes import BUILT_FORMS, workbook

pytestmark = pytest.mark.django_db


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
    for row in inspection.INSPECTION_REPEATS:
        assert any("repeats are not supported" in t for t in notes_at(result, "survey", row))
    # The repeat inside a repeat goes with the outer one, not in a note of its own.
    outer = notes_at(result, "survey", inspection.INSPECTION_REPEATS[0])
    assert any("visitors" in t and "visit_minutes" in t for t in outer)
    assert not notes_at(result, "survey", inspection.INSPECTION_NESTED_REPEAT)
    for row in inspection.INSPECTION_FROM_FILE:
        assert any("external file" in t for t in notes_at(result, "survey", row))
    for row in inspection.INSPECTION_CALCULATIONS:
        assert any("calculate" in t for t in notes_at(result, "survey", row))
    shows = notes_at(result, "survey", inspection.INSPECTION_SHOWS_CALCULATION)
    assert any("wait_minutes" in t for t in shows)
    assert any("start" in t for t in notes_at(result, "survey", inspection.INSPECTION_START))
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
    quotes = notes_at(result, "survey", inspection.INSPECTION_TYPOGRAPHIC_QUOTES)
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


# Robustness ------------------------------------------------------------------------------


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
