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

import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import PurePath
from typing import Any

from django.conf import settings as django_settings
from django.conf.locale import LANG_INFO
from django.db import transaction
from django.db.models import Max
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop
from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from motcua.core.tabular import parse_bool
from motcua.core.textfold import fold
from motcua.surveys.models import (
    Choice,
    Item,
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
    Section,
    VersionStatus,
)

SURVEY, CHOICES, SETTINGS = "survey", "choices", "settings"

# Question types with an `ItemKind` of their own (pyxform's aliases included).
_SIMPLE_KINDS = {
    "integer": ItemKind.INTEGER,
    "int": ItemKind.INTEGER,
    "decimal": ItemKind.DECIMAL,
    "text": ItemKind.TEXT,
    "string": ItemKind.TEXT,
    "date": ItemKind.DATE,
    "note": ItemKind.NOTE,
}
# Filled in by the phone, never asked.
_METADATA = {
    "start",
    "end",
    "today",
    "deviceid",
    "subscriberid",
    "simserial",
    "phonenumber",
    "username",
    "email",
    "imei",
    "audit",
    "start-geopoint",
    "background-audio",
    "get device id",
}
_CALCULATED = {"calculate", "hidden"}
_FROM_FILE = re.compile(
    r"^(select_one|select_multiple)_from_file\b|^select (one|all that apply) from file\b"
)
_SELECT = re.compile(
    r"^(?P<kind>select_one|select one|select_multiple|select all that apply)\s+(?P<list>\S+)"
    r"(?:\s+(?P<rest>.*))?$"
)
_BEGIN_END = re.compile(r"^(?P<edge>begin|end)[ _](?P<what>group|repeat|loop)$")

# motcua's own survey columns, which XLSForm has no word for:
# - `motcua_index`: `yes` on a `begin group` row makes the section an index element
#   (`Section.is_element`), on a question row makes the item count in its element's index
#   (`Item.in_index`);
# - `motcua_kind`: `satisfaction` marks a `select_one` of a 1..5 list as the 5-level
#   satisfaction scale, so the kind does not depend on how the scale's labels read.
# Plain extra columns rather than `bind::` or `instance::` ones: pyxform keeps a survey column it
# does not know in the element's `extra_data` and writes nothing of it into the XForm, without a
# warning (forms often carry note columns), so the XForm is the same with or without them and
# ODK Collect/Central, Enketo and KoboToolbox (all fed by pyxform) never see them. A
# `bind::motcua:index` column becomes a `motcua:index` attribute on the `<bind>`, which is only
# well-formed XML when the settings sheet also declares the `motcua` namespace: pyxform does not
# check that, so a copied column without the setting makes a broken form. An `instance::`
# column becomes an attribute of the data node, sent back with every submission.
# When a workbook has a column, it decides for every row (blank is no); without it the import
# does what it does for any XLSForm: no section is an element, no item counts in an index, and a
# 1..5 list whose labels read as satisfaction is taken for the scale.
INDEX_COLUMN = "motcua_index"
KIND_COLUMN = "motcua_kind"
_KIND_SATISFACTION = "satisfaction"

# Columns that hold a text per language.
_TRANSLATED = ("label", "hint", "constraint_message")
_SURVEY_COLUMNS = {
    "type",
    "name",
    "required",
    "relevant",
    "constraint",
    INDEX_COLUMN,
    KIND_COLUMN,
    *_TRANSLATED,
}
_CHOICES_COLUMNS = {"list_name", "name", "label"}
_HEADER_ALIASES = {
    "list name": "list_name",
    "list_name": "list_name",
    "value": "name",
    "constraint message": "constraint_message",
    "jr:constraintmsg": "constraint_message",
    "constraining_message": "constraint_message",
    "caption": "label",
    "required message": "required_message",
    "requiredmsg": "required_message",
    "jr:requiredmsg": "required_message",
    "id_string": "form_id",
    "motcua index": INDEX_COLUMN,
    "motcua kind": KIND_COLUMN,
}
_SINGLE_COLON = re.compile(
    r"^(?P<base>label|hint|constraint_message|constraint message|required_message|"
    r"guidance_hint|image|audio|video|big-image)\s*:\s*(?P<lang>[^:].*)$",
    re.IGNORECASE,
)
_LANGUAGE_WITH_CODE = re.compile(r"^(?P<name>.*?)\s*\((?P<code>[A-Za-z][A-Za-z0-9_-]*)\)$")
# Language names Django's own table lacks.
_EXTRA_LANGUAGES = {"chinese": "zh", "mandarin": "zh", "hmong": "hmn", "lao": "lo"}
_EXTRA_NAMES = {"zh": "Chinese", "hmn": "Hmong", "lo": "Lao"}
_REFERENCE = re.compile(r"\$\{\s*([^}\s]+)\s*\}")
_XML_NAME = re.compile(r"^[^\W\d][\w.\-]*$")
_TYPOGRAPHIC_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'"})
_SATISFIED = ("satisf", "hai long")
_DISSATISFIED = ("dissatisf", "unsatisf", "not satisf", "khong hai long", "chua hai long")
_MAX_NAME = 100
_MAX_EXPRESSION = 1000


@dataclass(frozen=True)
class Finding:
    """Something the person should know, placed where they see it in their workbook."""

    sheet: str
    row: int
    column: str  # the column letter, "" for a whole row or sheet
    text: str
    header: str = ""  # the column's header as written

    def as_dict(self) -> dict[str, Any]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "text": self.text,
        }

    def __str__(self) -> str:
        column = f"{self.column} ({self.header})" if self.column and self.header else self.column
        where = {"sheet": self.sheet, "row": self.row, "column": column, "text": self.text}
        if self.sheet and self.row and column:
            return _("Sheet “%(sheet)s”, row %(row)s, column %(column)s: %(text)s") % where
        if self.sheet and self.row:
            return _("Sheet “%(sheet)s”, row %(row)s: %(text)s") % where
        if self.sheet and column:
            return _("Sheet “%(sheet)s”, column %(column)s: %(text)s") % where
        if self.sheet:
            return _("Sheet “%(sheet)s”: %(text)s") % where
        return self.text


@dataclass
class XlsformResult:
    """What an import made, what it could not map (notes) and what stopped it (problems)."""

    questionnaire: Questionnaire | None = None
    version: QuestionnaireVersion | None = None
    notes: list[Finding] = field(default_factory=list)
    problems: list[Finding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "questionnaire": self.questionnaire.slug if self.questionnaire else None,
            "version": self.version.number if self.version else None,
            "status": self.version.status if self.version else None,
            "languages": self.version.languages if self.version else [],
            "notes": [n.as_dict() | {"message": str(n)} for n in self.notes],
            "errors": [p.as_dict() | {"message": str(p)} for p in self.problems],
        }


class _Rejected(Exception):
    """Leaves the import's transaction once the written questionnaire fails a check."""


# Reading the workbook ----------------------------------------------------------------------


@dataclass
class _Column:
    index: int
    letter: str
    header: str
    base: str  # `label`, `type`, ... (lowercase)
    language: str = ""  # the language code of a translated column, "" when none given
    plain: bool = False  # a translated column whose header names no language


@dataclass
class _Sheet:
    title: str
    header_row: int = 0
    columns: list[_Column] = field(default_factory=list)
    rows: list[tuple[int, list[Any]]] = field(default_factory=list)

    def column(self, base: str, language: str = "") -> _Column | None:
        for column in self.columns:
            if column.base == base and column.language == language:
                return column
        return None


def _workbook_sheets(data: bytes, filename: str) -> tuple[dict[str, _Sheet], list[Finding]]:
    """Every sheet's rows by lowercase title, blank rows left out; formulas as their cached
    values, `=TRUE()` and `=FALSE()` as booleans even when no value was cached."""
    if not data.strip():
        return {}, [Finding("", 0, "", _("The file is empty."))]
    if data.startswith(b"\xd0\xcf\x11\xe0") or filename.lower().endswith(".xls"):
        return {}, [
            Finding("", 0, "", _("Old Excel files (.xls) are not supported; save it as .xlsx."))
        ]
    try:
        # Not read-only: that mode trusts the sheet's declared size, which tools often set
        # to every row and column Excel has. Cached formula values need a second reading.
        formulas = load_workbook(io.BytesIO(data), data_only=False)
        has_formulas = any(
            cell.data_type == "f"
            for sheet in formulas.worksheets
            for row in sheet.iter_rows()
            for cell in row
        )
        values = load_workbook(io.BytesIO(data), data_only=True) if has_formulas else formulas
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        return {}, [Finding("", 0, "", _("The file is not an XLSX workbook."))]
    notes: list[Finding] = []
    sheets: dict[str, _Sheet] = {}
    for by_value, by_formula in zip(values.worksheets, formulas.worksheets, strict=True):
        sheet = _Sheet(title=str(by_value.title))
        pairs = zip_longest(
            by_value.iter_rows(values_only=True), by_formula.iter_rows(values_only=True)
        )
        for number, (value_row, formula_row) in enumerate(pairs, start=1):
            if all(_blank(v) for v in value_row or ()) and all(
                _blank(f) for f in formula_row or ()
            ):
                continue
            cells = [
                _cell(value, formula, sheet.title, number, index, notes)
                for index, (value, formula) in enumerate(
                    zip_longest(value_row or (), formula_row or ())
                )
            ]
            while cells and _blank(cells[-1]):
                cells.pop()
            if cells and not all(_blank(c) for c in cells):
                sheet.rows.append((number, cells))
        key = sheet.title.strip().casefold()
        if key not in sheets:
            sheets[key] = sheet
    return sheets, notes


def _cell(value: Any, formula: Any, sheet: str, row: int, index: int, notes: list[Finding]) -> Any:
    if isinstance(formula, str) and formula.startswith("=") and value is None:
        compact = formula.replace(" ", "").upper()
        if compact in ("=TRUE()", "=TRUE"):
            return True
        if compact in ("=FALSE()", "=FALSE"):
            return False
        notes.append(
            Finding(
                sheet,
                row,
                get_column_letter(index + 1),
                _("the formula %(formula)s has no computed value; the cell is read as empty")
                % {"formula": formula},
            )
        )
        return None
    if isinstance(value, str | int | float | bool | dt.date | dt.time) or value is None:
        return value
    return str(value)


def _yes_no(cell: Any) -> bool | None:
    """A yes/no cell: an Excel boolean, `yes`, `true`, `TRUE()`, `1`, ... (blank is no); None
    when it is none of these (a condition, say)."""
    if isinstance(cell, bool):
        return cell
    text = _text(cell)
    if text.endswith("()"):
        text = text[:-2].strip()
    try:
        return parse_bool(text)
    except ValueError:
        return None


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _text(cell: Any) -> str:
    """A cell as the text a person sees: `12.0` is `12`, an Excel boolean is `TRUE`."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "TRUE" if cell else "FALSE"
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, dt.datetime | dt.date | dt.time):
        return cell.isoformat()
    return unicodedata.normalize("NFC", str(cell)).strip()


def _split_header(header: str) -> tuple[str, str | None]:
    """`label::English (en)` gives (`label`, `English (en)`); `label:English` and
    `Label ` are read too. The base is lowercase with pyxform's aliases resolved."""
    text = " ".join(header.split())
    language: str | None = None
    if "::" in text:
        base, _sep, language = text.partition("::")
    elif match := _SINGLE_COLON.match(text):
        base, language = match.group("base"), match.group("lang")
    else:
        base = text
    base = base.strip().casefold()
    base = _HEADER_ALIASES.get(base, base)
    return base, (language.strip() if language is not None else None)


class _Languages:
    """Language codes read from headers: `English (en)` is `en`, a known name alone
    (`English`, `Tiếng Việt`) gets its code, an unknown name a slug of itself, with a note."""

    def __init__(self) -> None:
        self.known = {fold(name): code for name, code in _EXTRA_LANGUAGES.items()}
        for code, info in LANG_INFO.items():
            for key in ("name", "name_local"):
                if key in info:
                    self.known.setdefault(fold(info[key]), code)
        self.order: list[str] = []

    def code(self, spec: str, where: Finding, notes: list[Finding]) -> str:
        if match := _LANGUAGE_WITH_CODE.match(spec):
            return match.group("code").casefold()
        if spec.casefold() in LANG_INFO and "name" in LANG_INFO[spec.casefold()]:
            return spec.casefold()
        if code := self.known.get(fold(spec)):
            return code
        code = slugify(spec) or "und"
        notes.append(
            Finding(
                where.sheet,
                where.row,
                where.column,
                _(
                    "the language “%(name)s” has no code; it is stored as “%(code)s”. "
                    "Write the header as “label::%(name)s (code)” to choose the code."
                )
                % {"name": spec, "code": code},
                where.header,
            )
        )
        return code

    def add(self, code: str) -> None:
        if code not in self.order:
            self.order.append(code)


def _read_header(
    sheet: _Sheet, languages: _Languages, known: set[str], notes: list[Finding]
) -> list[Finding]:
    """Take the first row as the header; return problems for duplicate columns."""
    problems: list[Finding] = []
    if not sheet.rows:
        return problems
    sheet.header_row, cells = sheet.rows.pop(0)
    seen: dict[tuple[str, str], str] = {}
    for index, cell in enumerate(cells):
        header = _text(cell)
        if not header:
            continue
        letter = get_column_letter(index + 1)
        base, spec = _split_header(header)
        language = ""
        if spec is not None and base in _TRANSLATED and base in known:
            where = Finding(sheet.title, sheet.header_row, letter, "", header)
            language = languages.code(spec, where, notes)
            languages.add(language)
        elif spec is not None:
            base = f"{base}::{spec.casefold()}"  # a media or other column: never mapped
        if (base, language) in seen:
            problems.append(
                Finding(
                    sheet.title,
                    sheet.header_row,
                    letter,
                    _("this column repeats column %(other)s") % {"other": seen[base, language]},
                    header,
                )
            )
            continue
        seen[base, language] = letter
        sheet.columns.append(_Column(index, letter, header, base, language))
    return problems


def _value(cells: list[Any], column: _Column | None) -> Any:
    if column is None or column.index >= len(cells):
        return None
    return cells[column.index]


def _note_unmapped_columns(sheet: _Sheet, mapped: set[str], notes: list[Finding]) -> None:
    for column in sheet.columns:
        if column.base in mapped:
            continue
        rows = [n for n, cells in sheet.rows if not _blank(_value(cells, column))]
        if not rows:
            continue
        shown = ", ".join(str(r) for r in rows[:10]) + (", …" if len(rows) > 10 else "")
        notes.append(
            Finding(
                sheet.title,
                0,
                column.letter,
                _("this column is not kept; its values in rows %(rows)s are left out")
                % {"rows": shown},
                column.header,
            )
        )


# The mapping ----------------------------------------------------------------------------


@dataclass
class _SectionPlan:
    row: int
    name: str
    labels: dict[str, str]
    relevant: str
    parent: _SectionPlan | None
    position: int
    is_element: bool = False


@dataclass
class _ItemPlan:
    row: int
    name: str
    kind: str
    choice_list: str
    labels: dict[str, str]
    hints: dict[str, str]
    required: bool
    relevant: str
    constraint: str
    constraint_messages: dict[str, str]
    section: _SectionPlan | None
    position: int
    in_index: bool = False
    marked_scale: bool = False  # `motcua_kind` says satisfaction


@dataclass
class _ChoicePlan:
    row: int
    list_name: str
    value: str
    labels: dict[str, str]


@dataclass
class _Plan:
    sections: list[_SectionPlan] = field(default_factory=list)
    items: list[_ItemPlan] = field(default_factory=list)
    choices: list[_ChoicePlan] = field(default_factory=list)
    settings: dict[str, str] = field(default_factory=dict)
    languages: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=dict)  # names not imported, by row


class _Reader:
    def __init__(self, sheets: dict[str, _Sheet], notes: list[Finding]) -> None:
        self.sheets = sheets
        self.notes = notes
        self.problems: list[Finding] = []
        self.languages = _Languages()
        self.plan = _Plan()
        self.default_language = ""

    def problem(self, sheet: str, row: int, column: _Column | None, text: str) -> None:
        letter, header = (column.letter, column.header) if column else ("", "")
        self.problems.append(Finding(sheet, row, letter, text, header))

    def note(self, sheet: str, row: int, column: _Column | None, text: str) -> None:
        letter, header = (column.letter, column.header) if column else ("", "")
        self.notes.append(Finding(sheet, row, letter, text, header))

    def read(self) -> _Plan:
        survey = self.sheets.get(SURVEY)
        if survey is None:
            self.problem(SURVEY, 0, None, _("the workbook has no “survey” sheet."))
            return self.plan
        for key, sheet in self.sheets.items():
            if key not in (SURVEY, CHOICES, SETTINGS):
                self.note(sheet.title, 0, None, _("this sheet is not read."))
        choices = self.sheets.get(CHOICES)
        settings = self.sheets.get(SETTINGS)
        self.problems += _read_header(survey, self.languages, _SURVEY_COLUMNS, self.notes)
        if choices is not None:
            self.problems += _read_header(choices, self.languages, _CHOICES_COLUMNS, self.notes)
        if settings is not None:
            self._read_settings(settings)
        self._choose_languages(survey, choices)
        for checked, needed in ((survey, ("type", "name")), (choices, ("list_name", "name"))):
            if checked is None:
                continue
            for base in needed:
                if checked.column(base) is None:
                    self.problem(
                        checked.title,
                        checked.header_row or 1,
                        None,
                        _("the column “%(column)s” is missing.") % {"column": base},
                    )
        if self.problems:
            return self.plan
        if choices is not None:
            self._read_choices(choices)
        self._read_survey(survey)
        if not self.problems:
            self._drop_references()
        return self.plan

    def _read_settings(self, sheet: _Sheet) -> None:
        if not sheet.rows:
            return
        header_row, header = sheet.rows[0]
        values = sheet.rows[1][1] if len(sheet.rows) > 1 else []
        keys = [_split_header(_text(cell))[0] for cell in header]
        for index, key in enumerate(keys):
            value = _text(values[index]) if index < len(values) else ""
            if key and value:
                self.plan.settings[key] = value
        for number, _cells in sheet.rows[2:]:
            self.note(sheet.title, number, None, _("only the first row of settings is read."))
        if spec := self.plan.settings.get("default_language"):
            letter = get_column_letter(keys.index("default_language") + 1)
            where = Finding(sheet.title, header_row + 1, letter, "", "default_language")
            self.default_language = self.languages.code(spec, where, self.notes)

    def _choose_languages(self, survey: _Sheet, choices: _Sheet | None) -> None:
        """The language of columns without one (`label`): the form's default language, else
        its first declared language, else the site's language, said in a note."""
        declared = list(self.languages.order)
        plain = [
            column
            for sheet in (survey, choices)
            if sheet is not None
            for column in sheet.columns
            if column.base in _TRANSLATED and not column.language
        ]
        if self.default_language:
            fallback = self.default_language
        elif declared:
            fallback = declared[0]
        else:
            fallback = django_settings.LANGUAGE_CODE.split("-")[0]
        for sheet in (survey, choices):
            columns = [c for c in plain if sheet is not None and any(c is x for x in sheet.columns)]
            if sheet is None or not columns or self.default_language:
                continue
            self.note(
                sheet.title,
                sheet.header_row,
                None,
                _(
                    "columns without a language (%(columns)s) are read as “%(code)s”; "
                    "write “label::Language (code)” headers to say which language they are."
                )
                % {
                    "columns": ", ".join(f"{c.letter} {c.header}" for c in columns),
                    "code": fallback,
                },
            )
        for column in plain:
            column.language, column.plain = fallback, True
        order = [fallback] if (self.default_language or plain) else []
        self.plan.languages = order + [c for c in declared if c not in order]

    def _texts(self, sheet: _Sheet, base: str, number: int, cells: list[Any]) -> dict[str, str]:
        """Texts by language; a column naming its language wins over one that does not."""
        texts: dict[str, str] = {}
        for column in sorted(sheet.columns, key=lambda c: not c.plain):
            text = _text(_value(cells, column)) if column.base == base else ""
            if not text:
                continue
            if column.language in texts and texts[column.language] != text:
                self.note(
                    sheet.title,
                    number,
                    column,
                    _("two columns give the “%(language)s” text; this one is kept.")
                    % {"language": column.language},
                )
            texts[column.language] = text
        return texts

    def _read_choices(self, sheet: _Sheet) -> None:
        _note_unmapped_columns(sheet, _CHOICES_COLUMNS, self.notes)
        list_column, name_column = sheet.column("list_name"), sheet.column("name")
        seen: dict[tuple[str, str], int] = {}
        for number, cells in sheet.rows:
            list_name = _text(_value(cells, list_column))
            value = _text(_value(cells, name_column))
            if not list_name and not value:
                continue  # a row with only media or filter values
            if not list_name:
                self.problem(sheet.title, number, list_column, _("the choice has no list name."))
                continue
            if not value:
                self.problem(sheet.title, number, name_column, _("the choice has no name."))
                continue
            if len(value) > _MAX_NAME or len(list_name) > _MAX_NAME:
                self.problem(
                    sheet.title,
                    number,
                    name_column,
                    _("longer than %(max)s characters.") % {"max": _MAX_NAME},
                )
                continue
            if (list_name, value) in seen:
                self.problem(
                    sheet.title,
                    number,
                    name_column,
                    _("the choice “%(value)s” is already in the list “%(list)s” (row %(row)s).")
                    % {"value": value, "list": list_name, "row": seen[list_name, value]},
                )
                continue
            seen[list_name, value] = number
            labels = self._texts(sheet, "label", number, cells)
            self.plan.choices.append(_ChoicePlan(number, list_name, value, labels))

    def _expression(self, sheet: _Sheet, base: str, number: int, cells: list[Any]) -> str:
        column = sheet.column(base)
        text = _text(_value(cells, column))
        fixed = text.translate(_TYPOGRAPHIC_QUOTES)
        if fixed != text:
            self.note(
                sheet.title,
                number,
                column,
                _("typographic quotes in the expression are read as straight quotes."),
            )
        if len(fixed) > _MAX_EXPRESSION:
            self.problem(
                sheet.title,
                number,
                column,
                _("longer than %(max)s characters.") % {"max": _MAX_EXPRESSION},
            )
        return fixed

    def _required(self, sheet: _Sheet, number: int, cells: list[Any]) -> bool:
        column = sheet.column("required")
        value = _value(cells, column)
        flag = _yes_no(value)
        if flag is None:
            self.note(
                sheet.title,
                number,
                column,
                _("“required” only under a condition (%(expression)s) is not kept; ")
                % {"expression": _text(value)}
                + _("the question is stored as not required."),
            )
            return False
        return flag

    def _in_index(self, sheet: _Sheet, number: int, cells: list[Any]) -> bool:
        """The `motcua_index` cell, read as `required` is; no column or a blank is no."""
        column = sheet.column(INDEX_COLUMN)
        value = _value(cells, column)
        flag = _yes_no(value)
        if flag is None:
            self.note(
                sheet.title,
                number,
                column,
                _("“%(value)s” is not yes or no; read as no.") % {"value": _text(value)},
            )
            return False
        return flag

    def _marked_scale(self, sheet: _Sheet, number: int, cells: list[Any]) -> bool:
        """Whether the `motcua_kind` cell says `satisfaction`."""
        column = sheet.column(KIND_COLUMN)
        text = _text(_value(cells, column))
        if text.casefold() == _KIND_SATISFACTION:
            return True
        if text:
            self.note(
                sheet.title,
                number,
                column,
                _("“%(value)s” is not a kind motcua knows (only “%(known)s”); the type is used.")
                % {"value": text, "known": _KIND_SATISFACTION},
            )
        return False

    def _read_survey(self, sheet: _Sheet) -> None:
        _note_unmapped_columns(sheet, _SURVEY_COLUMNS, self.notes)
        lists = {c.list_name for c in self.plan.choices}
        type_column, name_column = sheet.column("type"), sheet.column("name")
        # Open groups and repeats; a repeat (and all inside it) is not imported.
        stack: list[tuple[str, int, _SectionPlan | None]] = []
        repeat_depth = 0
        skipped_in_repeat: list[str] = []
        names: dict[str, int] = {}  # questions
        group_names: dict[str, int] = {}  # groups: a separate namespace, as in the models
        position = 0
        for number, cells in sheet.rows:
            raw_type = " ".join(_text(_value(cells, type_column)).split())
            kind_text = raw_type.casefold()
            name = _text(_value(cells, name_column))
            if not raw_type:
                self.note(sheet.title, number, type_column, _("the row has no type; skipped."))
                continue
            if edge := _BEGIN_END.match(kind_text):
                if edge.group("edge") == "end":
                    if not stack or stack[-1][0] != edge.group("what"):
                        self.problem(
                            sheet.title,
                            number,
                            type_column,
                            _("“%(type)s” closes nothing that is open.") % {"type": raw_type},
                        )
                        continue
                    what, begun, _section = stack.pop()
                    if what != "group":
                        repeat_depth -= 1
                        if repeat_depth == 0:
                            shown = ", ".join(skipped_in_repeat) or "-"
                            self.note(
                                sheet.title,
                                begun,
                                type_column,
                                _(
                                    "repeats are not supported: rows %(first)s–%(last)s are "
                                    "not imported (%(names)s)."
                                )
                                % {"first": begun, "last": number, "names": shown},
                            )
                            skipped_in_repeat = []
                    continue
                what = edge.group("what")
                if repeat_depth or what != "group":
                    if name:
                        skipped_in_repeat.append(name)
                        self.plan.dropped.setdefault(name, number)
                    if what != "group":
                        repeat_depth += 1
                    stack.append((what, number, None))
                    continue
                if not self._check_name(sheet, number, name_column, name, group_names):
                    stack.append((what, number, None))
                    continue
                position += 1
                parent = next((s for _w, _n, s in reversed(stack) if s is not None), None)
                section = _SectionPlan(
                    row=number,
                    name=name,
                    labels=self._texts(sheet, "label", number, cells),
                    relevant=self._expression(sheet, "relevant", number, cells),
                    parent=parent,
                    position=position,
                    is_element=self._in_index(sheet, number, cells),
                )
                self.plan.sections.append(section)
                stack.append((what, number, section))
                continue
            if repeat_depth:
                if name:
                    skipped_in_repeat.append(name)
                    self.plan.dropped.setdefault(name, number)
                continue
            labels = self._texts(sheet, "label", number, cells)
            hints = self._texts(sheet, "hint", number, cells)
            kind, choice_list = self._kind(sheet, number, type_column, raw_type, lists)
            if kind and not labels and not hints:
                self.note(
                    sheet.title,
                    number,
                    type_column,
                    _("“%(name)s” has no label or hint (only media); not imported.")
                    % {"name": name},
                )
                kind = ""
            if not kind:
                if name:
                    self.plan.dropped.setdefault(name, number)
                continue
            if not self._check_name(sheet, number, name_column, name, names):
                continue
            position += 1
            self.plan.items.append(
                _ItemPlan(
                    row=number,
                    name=name,
                    kind=kind,
                    choice_list=choice_list,
                    labels=labels,
                    hints=hints,
                    required=self._required(sheet, number, cells),
                    relevant=self._expression(sheet, "relevant", number, cells),
                    constraint=self._expression(sheet, "constraint", number, cells),
                    constraint_messages=self._texts(sheet, "constraint_message", number, cells),
                    section=next((s for _w, _n, s in reversed(stack) if s is not None), None),
                    position=position,
                    in_index=self._in_index(sheet, number, cells),
                    marked_scale=self._marked_scale(sheet, number, cells),
                )
            )
        for what, begun, _section in stack:
            self.problem(
                sheet.title,
                begun,
                type_column,
                _("this %(what)s is never closed with “end %(what)s”.") % {"what": what},
            )
        if sheet.column(KIND_COLUMN) is None:
            self._use_satisfaction_scale()
        else:
            self._use_marked_scale()

    def _check_name(
        self, sheet: _Sheet, number: int, column: _Column | None, name: str, seen: dict[str, int]
    ) -> bool:
        if not name:
            self.problem(sheet.title, number, column, _("the row has no name."))
            return False
        if not _XML_NAME.match(name) or len(name) > _MAX_NAME:
            self.problem(
                sheet.title,
                number,
                column,
                _(
                    "“%(name)s” is not a valid name: use letters, digits, _ . - (at most "
                    "%(max)s), starting with a letter or _."
                )
                % {"name": name, "max": _MAX_NAME},
            )
            return False
        if name in seen:
            self.problem(
                sheet.title,
                number,
                column,
                _("the name “%(name)s” is already used on row %(row)s.")
                % {"name": name, "row": seen[name]},
            )
            return False
        seen[name] = number
        return True

    def _kind(
        self, sheet: _Sheet, number: int, column: _Column | None, raw_type: str, lists: set[str]
    ) -> tuple[str, str]:
        """The item kind and choice list of a type cell; ("", "") with a note or problem
        when the row is not imported."""
        lowered = raw_type.casefold()
        if lowered in _SIMPLE_KINDS:
            return _SIMPLE_KINDS[lowered], ""
        if _FROM_FILE.match(lowered) or lowered.startswith("select_one_external"):
            self.note(
                sheet.title,
                number,
                column,
                _("choices from an external file (%(type)s) are not supported; not imported.")
                % {"type": raw_type},
            )
            return "", ""
        if select := _SELECT.match(raw_type):
            list_name = select.group("list")
            multiple = select.group("kind").casefold() in (
                "select_multiple",
                "select all that apply",
            )
            if select.group("rest"):
                self.note(
                    sheet.title,
                    number,
                    column,
                    _("“%(rest)s” after the list name is not kept.")
                    % {"rest": select.group("rest")},
                )
            if list_name not in lists:
                self.problem(
                    sheet.title,
                    number,
                    column,
                    _("the choice list “%(list)s” is not on the “choices” sheet.")
                    % {"list": list_name},
                )
                return "", ""
            return (ItemKind.SELECT_MULTIPLE if multiple else ItemKind.SELECT_ONE), list_name
        if lowered in _METADATA or lowered.startswith("uri:"):
            text = _("metadata the phone records (%(type)s) is not imported.")
        elif lowered in _CALCULATED:
            text = _("calculations (%(type)s) are not imported.")
        else:
            text = _("the question type “%(type)s” is not supported; not imported.")
        self.note(sheet.title, number, column, text % {"type": raw_type})
        return "", ""

    def _use_satisfaction_scale(self) -> None:
        """A single choice on a 1..5 list whose labels read as satisfaction in one language
        becomes the 5-level satisfaction scale; any doubt leaves it a single choice."""
        by_list: dict[str, dict[str, dict[str, str]]] = {}
        for choice in self.plan.choices:
            by_list.setdefault(choice.list_name, {})[choice.value] = choice.labels
        scales = {name for name, options in by_list.items() if _is_satisfaction(options)}
        for item in self.plan.items:
            if item.kind == ItemKind.SELECT_ONE and item.choice_list in scales:
                item.kind = ItemKind.SATISFACTION
                self.note(
                    SURVEY,
                    item.row,
                    None,
                    _(
                        "“%(name)s” uses the list “%(list)s”, read as the 5-level "
                        "satisfaction scale."
                    )
                    % {"name": item.name, "list": item.choice_list},
                )

    def _use_marked_scale(self) -> None:
        """With a `motcua_kind` column, the satisfaction items are the ones it marks: a
        single choice on a list whose values are 1 to 5."""
        values: dict[str, set[str]] = {}
        for choice in self.plan.choices:
            values.setdefault(choice.list_name, set()).add(choice.value)
        for item in self.plan.items:
            if not item.marked_scale:
                continue
            if item.kind == ItemKind.SELECT_ONE and values.get(item.choice_list) == set("12345"):
                item.kind = ItemKind.SATISFACTION
                continue
            self.note(
                SURVEY,
                item.row,
                None,
                _(
                    "“%(name)s” is marked as the 5-level satisfaction scale but is not a single "
                    "choice on a list with the values 1 to 5; kept as it is."
                )
                % {"name": item.name},
            )

    def _drop_references(self) -> None:
        """What refers to a question that was not imported cannot work: a condition on it is
        left out, and a question that shows its value is not imported either."""
        dropped = dict(self.plan.dropped)
        changed = True
        while changed:
            changed = False
            kept = []
            for item in self.plan.items:
                texts = [*item.labels.values(), *item.hints.values()]
                texts += list(item.constraint_messages.values())
                missing = sorted({r for t in texts for r in _REFERENCE.findall(t)} & set(dropped))
                if missing:
                    self.note(
                        SURVEY,
                        item.row,
                        None,
                        _("“%(name)s” shows %(refs)s, which is not imported; not imported either.")
                        % {"name": item.name, "refs": ", ".join(missing)},
                    )
                    dropped[item.name] = item.row
                    changed = True
                    continue
                kept.append(item)
            self.plan.items = kept
        targets: list[_ItemPlan | _SectionPlan] = [*self.plan.items, *self.plan.sections]
        for plan in targets:
            for attribute in ("relevant", "constraint"):
                expression = getattr(plan, attribute, "")
                missing = sorted(set(_REFERENCE.findall(expression)) & set(dropped))
                if missing:
                    self.note(
                        SURVEY,
                        plan.row,
                        None,
                        _(
                            "the %(column)s of “%(name)s” refers to %(refs)s, which is not "
                            "imported; left out: %(expression)s"
                        )
                        % {
                            "column": attribute,
                            "name": plan.name,
                            "refs": ", ".join(missing),
                            "expression": expression,
                        },
                    )
                    setattr(plan, attribute, "")
        for section in self.plan.sections:
            for code, label in section.labels.items():
                section.labels[code] = _REFERENCE.sub(
                    lambda m: m.group(1) if m.group(1) in dropped else m.group(0), label
                )
        for choice in self.plan.choices:
            for code, label in choice.labels.items():
                choice.labels[code] = _REFERENCE.sub(
                    lambda m: m.group(1) if m.group(1) in dropped else m.group(0), label
                )
        for key, value in list(self.plan.settings.items()):
            missing = sorted(set(_REFERENCE.findall(value)) & set(dropped))
            if missing:
                self.note(
                    SETTINGS,
                    0,
                    None,
                    _("the setting %(key)s refers to %(refs)s, which is not imported; left out.")
                    % {"key": key, "refs": ", ".join(missing)},
                )
                del self.plan.settings[key]


def _is_satisfaction(options: dict[str, dict[str, str]]) -> bool:
    if set(options) != {"1", "2", "3", "4", "5"}:
        return False
    languages = set().union(*(labels.keys() for labels in options.values()))
    for code in languages:
        folded = {value: fold(labels.get(code, "")) for value, labels in options.items()}

        def satisfied(text: str) -> bool:
            return any(stem in text for stem in _SATISFIED)

        def dissatisfied(text: str) -> bool:
            return any(stem in text for stem in _DISSATISFIED)

        if (
            all(satisfied(folded[v]) for v in ("1", "2", "4", "5"))
            and all(dissatisfied(folded[v]) for v in ("1", "2"))
            and not any(dissatisfied(folded[v]) for v in ("4", "5"))
        ):
            return True
    return False


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
        survey.append(row)

    sheet = workbook.create_sheet(CHOICES)
    sheet.append(["list_name", "name", *(f"label::{language_header(c)}" for c in languages)])
    for choice in choices:
        sheet.append(
            [choice.list_name, choice.value, *(choice.labels.get(c, "") for c in languages)]
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
    sheet.append(list(form_settings.values()))

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
