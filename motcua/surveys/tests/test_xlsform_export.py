"""XLSForm versions, the import and export commands, and motcua's own columns on the way out
and back (the import of other shapes is in `test_xlsform`)."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.core.management import ManagementUtility, call_command
from django.core.management.base import CommandError
from openpyxl import load_workbook

from motcua.surveys.models import (
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    VersionStatus,
)
from motcua.surveys.services import questionnaire_install_builtin, version_publish
from motcua.surveys.tests import xlsform_shapes as shapes
from motcua.surveys.tests.xlsform_checks import (
    SCALE,
    import_built,
    import_bytes,
    messy_form,
    notes_at,
    structure,
)
from motcua.surveys.tests.xlsform_shapes import workbook
from motcua.surveys.xlsform import (
    INDEX_COLUMN,
    KIND_COLUMN,
    pyxform_check,
    xlsform_export,
)

pytestmark = pytest.mark.django_db


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
