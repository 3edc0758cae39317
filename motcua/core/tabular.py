"""Reading office spreadsheets (CSV or XLSX) for imports, with errors a person can act on.

Every problem names the row and column as the person sees them in their spreadsheet
(row 1 is the header). Encodings: UTF-8 with or without BOM, Windows-1258 (Vietnamese ANSI)
and Windows-1252 (Western ANSI); anything else is refused with a message saying how to save
the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from django.utils.translation import gettext as _

from motcua.core.textfold import fold

# Windows-1258 tone marks (grave, acute, tilde, hook, dot below) after a letter.
_CP1258_TONE_AFTER_LETTER = re.compile(
    rb"[A-Za-z\xc2\xc3\xca\xd4\xd5\xdd\xe2\xe3\xea\xf4\xf5\xfd][\xcc\xec\xd2\xde\xf2]"
)
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}")
_HEADER_KEY = re.compile(r"\(([a-z0-9_]+)\)\s*\*?\s*$")


@dataclass(frozen=True)
class Problem:
    row: int
    column: str  # the column's key, e.g. `level`
    reason: str
    letter: str = ""  # where the person sees it, e.g. `D`

    def as_dict(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "letter": self.letter,
            "reason": self.reason,
        }

    @property
    def where(self) -> str:
        return f"{self.letter} ({self.column})" if self.letter else self.column

    def __str__(self) -> str:
        if self.row and self.column:
            return _("Row %(row)s, column %(column)s: %(reason)s") % {
                "row": self.row,
                "column": self.where,
                "reason": self.reason,
            }
        if self.row:
            return _("Row %(row)s: %(reason)s") % self.as_dict()
        return self.reason


class TableProblems(Exception):
    """Problems that stop the file from being read; each names its row and column."""

    def __init__(self, problems: list[Problem]):
        super().__init__("; ".join(str(p) for p in problems))
        self.problems = problems


class TableError(TableProblems):
    """The file as a whole cannot be read."""

    def __init__(self, reason: str):
        super().__init__([Problem(0, "", reason)])


@dataclass
class Table:
    encoding: str
    headers: list[str]
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportResult:
    """What an import did, or would do (`dry_run`): counts, the keys of the rows created and
    updated, and every problem with its row and column."""

    created: int = 0
    updated: int = 0
    problems: list[Problem] = field(default_factory=list)
    encoding: str = ""
    dry_run: bool = False
    created_keys: list[str] = field(default_factory=list)
    updated_keys: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def count(self, key: str, *, created: bool) -> None:
        if created:
            self.created += 1
            self.created_keys.append(key)
        else:
            self.updated += 1
            self.updated_keys.append(key)

    def reject(self, problems: list[Problem], table: Table | None = None) -> ImportResult:
        """Record problems (located in the table's columns); nothing counts as written."""
        letters = table.letters if table else {}
        self.problems = [replace(p, letter=letters.get(p.column, p.letter)) for p in problems]
        self.created = self.updated = 0
        self.created_keys, self.updated_keys = [], []
        return self

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "dry_run": self.dry_run,
            "created": self.created,
            "updated": self.updated,
            "created_keys": self.created_keys,
            "updated_keys": self.updated_keys,
            "encoding": self.encoding,
            "errors": [p.as_dict() for p in self.problems],
        }


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes; return (text in NFC, the encoding used)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return unicodedata.normalize("NFC", data[3:].decode("utf-8")), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return unicodedata.normalize("NFC", data.decode("utf-16")), "utf-16"
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if len(_UTF8_SEQUENCE.findall(data)) >= 3:
        bad = _first_invalid_utf8(data)
        raise TableError(
            _(
                "The file is UTF-8 text with a damaged byte on line %(line)s; it may have been "
                "cut or edited by another program. Save it again from Excel as “CSV UTF-8”."
            )
            % {"line": data[:bad].count(b"\n") + 1}
        )
    # Vietnamese in Windows-1258 carries tone marks as separate bytes right after a letter;
    # a Western (Windows-1252) file has none of those pairs.
    encoding = "cp1258" if _CP1258_TONE_AFTER_LETTER.search(data) else "cp1252"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TableError(
            _(
                "The file is neither UTF-8 nor Windows-1258/1252 text (byte %(byte)s at "
                "position %(pos)s). Save it from Excel as “CSV UTF-8” and try again."
            )
            % {"byte": hex(data[exc.start]), "pos": exc.start}
        ) from exc
    if "\x00" in text:
        raise TableError(_("The file is not a text CSV file. Upload a CSV or XLSX file."))
    return unicodedata.normalize("NFC", text), encoding


def _first_invalid_utf8(data: bytes) -> int:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def header_key(
    header: Any, known: Sequence[str], labels: Mapping[str, Sequence[Any]] | None = None
) -> str | None:
    """Match a header cell to a column key: `code`, `Code `, `Mã thủ tục (code)` and the label
    alone, `Mã thủ tục`, all give `code`. Returns None for a header that matches nothing."""
    text = str(header or "").strip()
    if not text:
        return None
    match = _HEADER_KEY.search(text.casefold())
    if match and match.group(1) in known:
        return match.group(1)
    folded = fold(text).rstrip("*").strip()
    simple = re.sub(r"[\s\-]+", "_", folded)
    if simple in known:
        return simple
    for key, names in (labels or {}).items():
        if any(folded == fold(str(name)) for name in names):
            return key
    return None


def read_table(
    data: bytes,
    filename: str,
    *,
    columns: Sequence[str],
    required: Sequence[str],
    labels: Mapping[str, Sequence[Any]] | None = None,
) -> Table:
    """Read the first sheet of an XLSX file or a CSV file into dicts keyed by column key.
    Blank rows are skipped; unknown columns are refused so nothing is silently ignored."""
    table, rows = table_stream(data, filename, columns=columns, required=required, labels=labels)
    table.rows = list(rows)
    if not table.rows:
        raise TableError(_("The file has a header but no data rows."))
    return table


def table_stream(
    data: bytes,
    filename: str,
    *,
    columns: Sequence[str],
    required: Sequence[str],
    labels: Mapping[str, Sequence[Any]] | None = None,
    ignore: Sequence[str] = (),
) -> tuple[Table, Iterator[tuple[int, dict[str, Any]]]]:
    """`read_table` one row at a time, for files too big to hold as a list of dicts. The
    header is checked at once; a row that cannot be read raises TableProblems when the
    iteration reaches it. The table's `rows` stay empty. Columns named in `ignore` (the user
    said so explicitly, e.g. a row number) are skipped instead of refused."""
    if not data.strip():
        raise TableError(_("The file is empty."))
    name = filename.lower()
    if name.endswith(".xlsx") or data.startswith(b"PK\x03\x04"):
        encoding, raw_rows = "xlsx", _xlsx_rows(data)
    elif name.endswith(".xls") or data.startswith(b"\xd0\xcf\x11\xe0"):
        raise TableError(_("Old Excel files (.xls) are not supported. Save as .xlsx or CSV."))
    else:
        text, encoding = decode_text(data)
        raw_rows = _csv_rows(text, columns, labels)
    try:
        header_row = next(raw_rows)
    except StopIteration as exc:
        raise TableError(_("The file is empty.")) from exc
    keys: list[str | None] = []
    problems: list[Problem] = []
    ignored = {fold(str(name)) for name in ignore}
    for index, cell in enumerate(header_row):
        key = header_key(cell, columns, labels)
        if key is None and fold(str(cell or "").strip()) in ignored:
            keys.append("")  # read, and left out
            continue
        if key is None and str(cell or "").strip():
            problems.append(
                Problem(
                    1,
                    column_letter(index),
                    _("unknown column “%(header)s”; expected one of: %(known)s")
                    % {"header": str(cell).strip(), "known": ", ".join(columns)},
                )
            )
        if key is not None and key in keys:
            problems.append(Problem(1, column_letter(index), _("duplicate column “%s”") % key))
        keys.append(key)
    for needed in required:
        if needed not in keys:
            problems.append(Problem(1, "", _("required column “%s” is missing") % needed))
    if problems:
        raise TableProblems(problems)
    table = Table(
        encoding=encoding,
        headers=[k for k in keys if k],
        letters={k: column_letter(i) for i, k in enumerate(keys) if k},
    )
    return table, _table_rows(raw_rows, keys)


def _table_rows(
    raw_rows: Iterator[list[Any]], keys: list[str | None]
) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, cells in enumerate(raw_rows, start=2):
        if all(_blank(c) for c in cells):
            continue
        for index, cell in enumerate(cells[: len(keys)]):
            if keys[index] is None and not _blank(cell):
                raise TableProblems(
                    [Problem(number, column_letter(index), _("value in a column without a header"))]
                )
        if len(cells) > len(keys) and any(not _blank(c) for c in cells[len(keys) :]):
            raise TableProblems(
                [Problem(number, column_letter(len(keys)), _("value outside any column"))]
            )
        yield (
            number,
            {key: _clean(cells[i]) if i < len(cells) else "" for i, key in enumerate(keys) if key},
        )


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _blank(cell: Any) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def _clean(cell: Any) -> Any:
    if isinstance(cell, str):
        return unicodedata.normalize("NFC", cell).strip()
    return "" if cell is None else cell


def _csv_rows(
    text: str, columns: Sequence[str], labels: Mapping[str, Sequence[Any]] | None
) -> Iterator[list[Any]]:
    """Rows of a CSV file whose delimiter (comma, semicolon or tab) is the one that splits the
    header into the most known columns: sniffing the whole sample is fooled by long quoted
    cells with commas and line breaks."""
    first_line = text.split("\n", 1)[0]

    def score(delimiter: str) -> tuple[int, int]:
        cells = next(csv.reader([first_line], delimiter=delimiter), [])
        return sum(header_key(c, columns, labels) is not None for c in cells), len(cells)

    delimiter = max([",", ";", "\t"], key=score)
    reader = csv.reader(_lines(text), delimiter=delimiter)
    try:
        yield from reader
    except csv.Error as exc:
        # A runaway quote or a cell beyond the csv module's size limit (128 KiB).
        raise TableError(
            _("Line %(line)s cannot be read: a cell is unterminated or too long (%(reason)s).")
            % {"line": reader.line_num, "reason": exc}
        ) from exc


def _lines(text: str) -> Iterator[str]:
    """The lines of a text with their endings, one at a time: a StringIO of a large export
    would hold a second copy of it, four bytes per character."""
    if "\n" not in text:
        yield from io.StringIO(text, newline="")  # old Mac line endings, or a single line
        return
    start = 0
    while (end := text.find("\n", start)) != -1:
        yield text[start : end + 1]
        start = end + 1
    if start < len(text):
        yield text[start:]


def _xlsx_rows(data: bytes) -> Iterator[list[Any]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise TableError(_("The file is not a valid XLSX workbook.")) from exc
    sheet = workbook.worksheets[0]
    for row in sheet.iter_rows(values_only=True):
        yield list(row)
    workbook.close()


# Cell parsers shared by imports. Each raises ValueError with a message for the person.

_TRUE = {"1", "x", "yes", "y", "true", "co", "có", "đúng", "dung"}
_FALSE = {"0", "no", "n", "false", "khong", "không", "sai", ""}


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return bool(value)
    text = str(value).strip().casefold()
    if text in _TRUE or fold(text) in _TRUE:
        return True
    if text in _FALSE or fold(text) in _FALSE:
        return False
    raise ValueError(_("“%s” is not yes/no") % value)


def parse_date(value: Any) -> dt.date | None:
    """Dates as Excel cells, ISO `2025-07-01`, or Vietnamese `01/07/2025` (day first)."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()  # noqa: DTZ007
        except ValueError:
            continue
    raise ValueError(_("“%s” is not a date (use 31/12/2025 or 2025-12-31)") % text)


def parse_text(value: Any, *, max_length: int) -> str:
    """A text cell. Codes typed as Excel numbers lose leading zeros and trailing decimals
    (`1.000120` becomes 1.00012), so numbers are refused, not guessed."""
    if isinstance(value, bool | int | float | dt.date):
        raise ValueError(
            _("“%s” is a number or date in Excel; format the column as Text and type it again")
            % value
        )
    text = " ".join(str(value or "").split())
    if len(text) > max_length:
        raise ValueError(
            _("longer than %(max)s characters (%(length)s)")
            % {"max": max_length, "length": len(text)}
        )
    return text


def parse_int(value: Any, *, minimum: int = 0, maximum: int = 32767) -> int | None:
    if value in (None, ""):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    try:
        number = int(str(value).strip())
    except ValueError as exc:
        raise ValueError(_("“%s” is not a whole number") % value) from exc
    if number < minimum:
        raise ValueError(
            _("%(value)s is below %(minimum)s") % {"value": number, "minimum": minimum}
        )
    if number > maximum:
        raise ValueError(
            _("%(value)s is above %(maximum)s") % {"value": number, "maximum": maximum}
        )
    return number
