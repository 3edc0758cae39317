"""Reading an XLSForm workbook: its sheets, headers, languages and cells, and the findings
reported on them. The mapping onto questionnaires is in `xlsform_mapping`; import and
export in `xlsform`."""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from itertools import zip_longest
from typing import Any

from django.conf.locale import LANG_INFO
from django.utils.text import slugify
from django.utils.translation import gettext as _
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from motcua.core.tabular import parse_bool
from motcua.core.textfold import fold
from motcua.surveys.models import (
    ItemKind,
    Questionnaire,
    QuestionnaireVersion,
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
