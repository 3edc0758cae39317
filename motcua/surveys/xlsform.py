"""XLSForm in and out for questionnaires (https://xlsform.org).

An import reads the survey, choices and settings sheets of a workbook as people really write
them (trailing spaces in headers, Excel booleans, typographic quotes in expressions, empty
spacer rows) and maps what the questionnaire models can hold: groups, the question types of
`ItemKind`, labels, hints and constraint messages in several languages, `required`,
`relevant` and `constraint`, and motcua's own `motcua_index` and `motcua_kind` columns (see
`INDEX_COLUMN`). Everything else (repeats, calculations, metadata, media, choice
filters, ...) is listed as a note naming its sheet, row and column, so nothing is dropped
without a word. Problems that stop the import name the same and nothing is written.

pyxform checks both ends: the uploaded workbook must convert to an XForm, and so must the
export of what was imported, inside the same transaction.

An import never edits a version: it makes a new questionnaire, or a new draft version of an
existing one.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import PurePath

from django.conf import settings as django_settings
from django.conf.locale import LANG_INFO
from django.db import transaction
from django.db.models import Max
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from openpyxl import Workbook

from motcua.core.exports import safe_text
from motcua.surveys.models import (
    Choice,
    Item,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    Section,
    VersionStatus,
)
from motcua.surveys.xlsform_mapping import _Plan, _Reader
from motcua.surveys.xlsform_sheets import (
    _EXTRA_NAMES,
    _KIND_SATISFACTION,
    CHOICES,
    INDEX_COLUMN,
    KIND_COLUMN,
    SETTINGS,
    SURVEY,
    Finding,
    XlsformResult,
    _Rejected,
    _workbook_sheets,
)

# pyxform ----------------------------------------------------------------------------------

_PYXFORM_ROW = re.compile(r"\[row\s*:\s*(\d+)\]")


def pyxform_check(data: bytes) -> tuple[list[str], str | None]:
    """Convert a workbook with pyxform: (its warnings, its error message or None)."""
    from pyxform.xls2xform import convert

    warnings: list[str] = []
    try:
        convert(xlsform=io.BytesIO(data), warnings=warnings, file_type=".xlsx")
    except Exception as exc:  # pyxform raises its own errors and, on odd input, others
        return warnings, " ".join(str(exc).split()) or type(exc).__name__
    return warnings, None


def _pyxform_finding(message: str) -> Finding:
    match = _PYXFORM_ROW.search(message)
    sheet = ""
    for name in (CHOICES, SETTINGS, SURVEY):
        if f"'{name}'" in message or f"{name} sheet" in message.casefold():
            sheet = name
            break
    return Finding(
        sheet or (SURVEY if match else ""),
        int(match.group(1)) if match else 0,
        "",
        _("pyxform: %(message)s") % {"message": _PYXFORM_ROW.sub("", message).strip()},
    )


# Import -----------------------------------------------------------------------------------


def xlsform_import(
    *, data: bytes, filename: str, slug: str | None = None, title: str | None = None
) -> XlsformResult:
    """Read an XLSForm into a new questionnaire, or into a new draft version of the
    questionnaire `slug` when it exists. All or nothing."""
    result = XlsformResult()
    sheets, notes = _workbook_sheets(data, filename)
    result.notes = notes
    if not sheets:
        result.problems = notes
        result.notes = []
        return result
    reader = _Reader(sheets, result.notes)
    plan = reader.read()
    result.problems = reader.problems
    if result.problems:
        return result
    warnings, error = pyxform_check(data)
    if error:
        result.problems = [_pyxform_finding(error)]
        return result
    result.notes += [_pyxform_finding(w) for w in warnings]

    stem = PurePath(filename).stem
    explicit_slug = bool(slug)
    slug = slugify(slug or plan.settings.get("form_id") or stem)[:64].strip("-")
    if not slug:
        result.problems = [Finding("", 0, "", _("No short name: pass --slug."))]
        return result
    existing = Questionnaire.objects.filter(slug=slug).first()
    if existing is not None and not explicit_slug:
        result.problems = [
            Finding(
                "",
                0,
                "",
                _(
                    "A questionnaire “%(slug)s” already exists. Pass --slug %(slug)s to add a "
                    "new draft version to it, or another --slug to make a new questionnaire."
                )
                % {"slug": slug},
            )
        ]
        return result
    if existing is not None:
        draft = existing.versions.filter(status=VersionStatus.DRAFT).first()
        if draft is not None:
            result.problems = [
                Finding(
                    "",
                    0,
                    "",
                    _(
                        "“%(slug)s” already has a draft (version %(number)s); publish or "
                        "delete it before importing a new one."
                    )
                    % {"slug": slug, "number": draft.number},
                )
            ]
            return result

    try:
        with transaction.atomic():
            questionnaire, version = _write(plan, existing, slug, title, stem, result.notes)
            _warnings, export_error = pyxform_check(xlsform_export(version))
            if export_error:
                result.problems = [
                    Finding(
                        "",
                        0,
                        "",
                        _("The imported questionnaire does not convert to an XForm: %(error)s")
                        % {"error": export_error},
                    )
                ]
                raise _Rejected
    except _Rejected:
        return result
    result.questionnaire, result.version = questionnaire, version
    return result


def _write(
    plan: _Plan,
    existing: Questionnaire | None,
    slug: str,
    title: str | None,
    stem: str,
    notes: list[Finding],
) -> tuple[Questionnaire, QuestionnaireVersion]:
    if existing is None:
        questionnaire = Questionnaire.objects.create(
            slug=slug,
            title=(
                title or plan.settings.get("form_title") or plan.settings.get("form_id") or stem
            )[:300],
        )
        number = 1
    else:
        questionnaire = existing
        if title:
            questionnaire.title = title[:300]
            questionnaire.save(update_fields=["title", "updated_at"])
        number = (questionnaire.versions.aggregate(top=Max("number"))["top"] or 0) + 1
    version = QuestionnaireVersion.objects.create(
        questionnaire=questionnaire,
        number=number,
        status=VersionStatus.DRAFT,
        languages=plan.languages,
        settings=plan.settings,
        import_notes=[str(note) for note in notes],
    )
    sections: dict[int, Section] = {}
    for section_plan in plan.sections:
        sections[id(section_plan)] = Section.objects.create(
            version=version,
            parent=sections[id(section_plan.parent)] if section_plan.parent else None,
            position=section_plan.position,
            name=section_plan.name,
            labels=section_plan.labels,
            relevant=section_plan.relevant,
            is_element=section_plan.is_element,
        )
    Item.objects.bulk_create(
        Item(
            version=version,
            section=sections[id(spec.section)] if spec.section else None,
            position=spec.position,
            name=spec.name,
            kind=spec.kind,
            choice_list=spec.choice_list,
            labels=spec.labels,
            hints=spec.hints,
            required=spec.required,
            relevant=spec.relevant,
            constraint=spec.constraint,
            constraint_messages=spec.constraint_messages,
            in_index=spec.in_index,
        )
        for spec in plan.items
    )
    positions: dict[str, int] = {}
    choices = []
    for option in plan.choices:
        positions[option.list_name] = positions.get(option.list_name, 0) + 1
        choices.append(
            Choice(
                version=version,
                list_name=option.list_name,
                position=positions[option.list_name],
                value=option.value,
                labels=option.labels,
            )
        )
    Choice.objects.bulk_create(choices)
    return questionnaire, version


# Export -----------------------------------------------------------------------------------

_EXPORT_TYPES = {
    ItemKind.INTEGER: "integer",
    ItemKind.DECIMAL: "decimal",
    ItemKind.TEXT: "text",
    ItemKind.DATE: "date",
    ItemKind.NOTE: "note",
}
_DEFAULT_SCALE_LIST = "satisfaction"


def language_header(code: str) -> str:
    """`English (en)`: the language part of a `label::English (en)` header."""
    name = _EXTRA_NAMES.get(code)
    if name is None:
        info = LANG_INFO.get(code, {})
        name = info.get("name") or code.replace("-", " ").title()
    return f"{name} ({code})"


def xlsform_export(version: QuestionnaireVersion) -> bytes:
    """The version as an XLSForm workbook (survey, choices, settings), with a
    `label::Language (code)` column for every language of the version, and the
    `motcua_index` and `motcua_kind` columns, always, so that an import reads them as the
    whole truth."""
    questionnaire = version.questionnaire
    languages = list(version.languages) or [django_settings.LANGUAGE_CODE.split("-")[0]]
    sections = list(version.sections.order_by("position", "pk"))
    items = list(version.items.order_by("position", "pk"))
    choices = list(version.choices.order_by("list_name", "position", "pk"))

    def used(attribute: str) -> list[str]:
        # A column for every language once one is used: pyxform warns when a language lacks
        # a column that another language has.
        used = any(getattr(i, attribute).get(code) for i in items for code in languages)
        return list(languages) if used else []

    hint_languages, message_languages = used("hints"), used("constraint_messages")
    header = ["type", "name"]
    header += [f"label::{language_header(c)}" for c in languages]
    header += [f"hint::{language_header(c)}" for c in hint_languages]
    header += ["required", "relevant", "constraint"]
    header += [f"constraint_message::{language_header(c)}" for c in message_languages]
    header += [INDEX_COLUMN, KIND_COLUMN]

    workbook = Workbook()
    survey = workbook.active
    assert survey is not None
    survey.title = SURVEY
    survey.append(header)

    lists = {c.list_name for c in choices}
    scale_needed = False

    def item_row(item: Item) -> list[str]:
        nonlocal scale_needed
        if item.kind == ItemKind.SATISFACTION:
            list_name = item.choice_list if item.choice_list in lists else _DEFAULT_SCALE_LIST
            scale_needed = scale_needed or list_name not in lists
            kind = f"select_one {list_name}"
        elif item.kind == ItemKind.SELECT_ONE:
            kind = f"select_one {item.choice_list}"
        elif item.kind == ItemKind.SELECT_MULTIPLE:
            kind = f"select_multiple {item.choice_list}"
        else:
            kind = _EXPORT_TYPES.get(ItemKind(item.kind), "text")
        return [
            kind,
            item.name,
            *(item.labels.get(c, "") for c in languages),
            *(item.hints.get(c, "") for c in hint_languages),
            "yes" if item.required else "",
            item.relevant,
            item.constraint,
            *(item.constraint_messages.get(c, "") for c in message_languages),
            "yes" if item.in_index else "",
            _KIND_SATISFACTION if item.kind == ItemKind.SATISFACTION else "",
        ]

    def section_rows(section: Section | None) -> Iterator[list[str]]:
        section_pk = section.pk if section else None
        children: list[tuple[int, int, Item | Section]] = [
            (i.position, 0, i) for i in items if i.section_id == section_pk
        ]
        children += [(s.position, 1, s) for s in sections if s.parent_id == section_pk]
        for _position, _order, child in sorted(children, key=lambda c: (c[0], c[1], c[2].pk)):
            if isinstance(child, Item):
                yield item_row(child)
                continue
            row = ["begin group", child.name, *(child.labels.get(c, "") for c in languages)]
            row += [""] * len(hint_languages) + ["", child.relevant, ""]
            row += [""] * len(message_languages) + ["yes" if child.is_element else ""]
            yield row
            yield from section_rows(child)
            yield ["end group"]

    for row in section_rows(None):
        survey.append([safe_text(value) for value in row])

    sheet = workbook.create_sheet(CHOICES)
    sheet.append(["list_name", "name", *(f"label::{language_header(c)}" for c in languages)])
    for choice in choices:
        sheet.append(
            [
                safe_text(value)
                for value in (
                    choice.list_name,
                    choice.value,
                    *(choice.labels.get(c, "") for c in languages),
                )
            ]
        )
    if scale_needed:
        for value, labels in _default_scale(languages):
            sheet.append([_DEFAULT_SCALE_LIST, value, *(labels[c] for c in languages)])

    form_settings = {key: str(value) for key, value in version.settings.items()}
    form_settings.setdefault("form_title", questionnaire.title)
    form_settings.setdefault("form_id", questionnaire.slug)
    form_settings["default_language"] = language_header(languages[0])
    sheet = workbook.create_sheet(SETTINGS)
    sheet.append(list(form_settings))
    sheet.append([safe_text(value) for value in form_settings.values()])

    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _default_scale(languages: list[str]) -> list[tuple[str, dict[str, str]]]:
    """The 5-level scale for satisfaction items made without a choice list."""
    words = [
        ("1", gettext_noop("Very dissatisfied")),
        ("2", gettext_noop("Dissatisfied")),
        ("3", gettext_noop("Neither satisfied nor dissatisfied")),
        ("4", gettext_noop("Satisfied")),
        ("5", gettext_noop("Very satisfied")),
    ]
    scale = []
    for value, english in words:
        labels = {}
        for code in languages:
            with translation.override(code):
                labels[code] = _(english)
        scale.append((value, labels))
    return scale
