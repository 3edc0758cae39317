"""What the XLSForm tests share: importing a built or real form, and comparing structures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.utils import translation

from motcua.surveys.models import (
    QuestionnaireVersion,
    VersionStatus,
)
from motcua.surveys.tests.xlsform_shapes import BUILT_FORMS, workbook
from motcua.surveys.xlsform import (
    XlsformResult,
    pyxform_check,
    xlsform_export,
    xlsform_import,
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
