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
from django.utils.translation import gettext_lazy as _lazy

from motcua.core.textfold import fold
from motcua.core.textinput import clean_text, text_problem

# Windows-1258 tone marks (grave, acute, tilde, hook, dot below) after a letter.
_CP1258_TONE_AFTER_LETTER = re.compile(
    rb"[A-Za-z\xc2\xc3\xca\xd4\xd5\xdd\xe2\xe3\xea\xf4\xf5\xfd][\xcc\xec\xd2\xde\xf2]"
)
_HEADER_KEY = re.compile(r"\(([a-z0-9_]+)\)\s*\*?\s*$")
# A file wrong in a whole column would otherwise list a million problems.
MAX_PROBLEMS = 1000


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
            "encoding_name": encoding_name(self.encoding) if self.encoding else "",
            "errors": [p.as_dict() for p in self.problems],
        }


# What each encoding is called where the person reads it.
_ENCODING_NAMES = {
    "utf-8": _lazy("UTF-8"),
    "utf-8-sig": _lazy("UTF-8 (with a byte-order mark)"),
    "utf-16-le": _lazy("UTF-16 little-endian (with a byte-order mark)"),
    "utf-16-be": _lazy("UTF-16 big-endian (with a byte-order mark)"),
    "cp1258": _lazy("Vietnamese Windows-1258"),
    "cp1252": _lazy("Western Windows-1252"),
    "xlsx": _lazy("an Excel workbook (XLSX)"),
}
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig", "utf-8"),
    (b"\xff\xfe", "utf-16-le", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be", "utf-16-be"),
)
# Old Vietnamese font encodings (TCVN3/ABC) put đ, ă, â, ê, ô, ơ, ư and Đ on these bytes,
# which Windows-1252 shows as § ¨ © ª « ¬ and ®.
_TCVN3_LETTERS = re.compile(rb"[\xa7-\xae]")


class FirstRows:
    """The row on which each key of a file first came, to flag a row that repeats it:
    "row 7 repeats the unit code 23001 of row 3". One file is meant to say each thing once;
    a repeat is most often a copy-and-paste slip, and the last one would silently win."""

    def __init__(self, column: str, what: str):
        self.column = column
        self.what = what  # e.g. "the unit code"
        self.rows: dict[Any, int] = {}

    def repeated(self, number: int, key: Any, shown: Any = None) -> Problem | None:
        """None for a key seen first on this row; else the problem to report."""
        first = self.rows.setdefault(key, number)
        if first == number:
            return None
        return Problem(
            number,
            self.column,
            _("repeats %(what)s %(value)s of row %(row)s")
            % {"what": self.what, "value": key if shown is None else shown, "row": first},
        )


def encoding_name(encoding: str) -> str:
    """An encoding as the person knows it, e.g. `Vietnamese Windows-1258`."""
    return str(_ENCODING_NAMES.get(encoding, encoding))


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode CSV bytes; return (text in NFC, the encoding found). A byte-order mark is
    believed; without one the text is UTF-8 if it decodes as such, else Windows-1258 when
    it carries Vietnamese tone marks, else Windows-1252. Whatever cannot be read is refused
    with the line and what was found, never guessed into garbled text."""
    for mark, encoding, codec in _BOMS:
        if data.startswith(mark):
            try:
                text = data[len(mark) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise TableError(_mark_lies(data, mark, encoding, exc)) from exc
            return _no_nul(unicodedata.normalize("NFC", text), encoding), encoding
    try:
        return _no_nul(unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc
    if _mostly_utf8(data):
        raise TableError(
            _(
                "The file is UTF-8 text with a damaged byte on line %(line)s; it may have been "
                "cut or edited by another program. Save it again from Excel as “CSV UTF-8”."
            )
            % {"line": _line_of(data, first_bad.start)}
        )
    # Vietnamese in Windows-1258 carries tone marks as separate bytes right after a letter;
    # a Western (Windows-1252) file has none of those pairs.
    encoding = "cp1258" if _CP1258_TONE_AFTER_LETTER.search(data) else "cp1252"
    if encoding == "cp1252" and _looks_tcvn3(data):
        raise TableError(
            _(
                "The file looks like Vietnamese in the old TCVN3 (ABC) font encoding, which "
                "cannot be read reliably. Convert it to Unicode (for example with Unikey’s "
                "converter), then save it from Excel as “CSV UTF-8”."
            )
        )
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TableError(
            _(
                "Line %(line)s is neither UTF-8 nor %(encoding)s text (byte %(byte)s). "
                "Save the file from Excel as “CSV UTF-8” and try again."
            )
            % {
                "line": _line_of(data, exc.start),
                "encoding": encoding_name(encoding),
                "byte": f"0x{data[exc.start]:02X}",
            }
        ) from exc
    return _no_nul(unicodedata.normalize("NFC", text), encoding), encoding


def _mark_lies(data: bytes, mark: bytes, encoding: str, exc: UnicodeDecodeError) -> str:
    """The message for a file whose byte-order mark names an encoding its text is not in."""
    rest = data[len(mark) :]
    # Lines are counted in the encoding the mark names (two bytes a character in UTF-16).
    line = rest[: exc.start].decode(exc.encoding, errors="replace").count("\n") + 1
    short = {"utf-8-sig": "UTF-8", "utf-16-le": "UTF-16 LE", "utf-16-be": "UTF-16 BE"}[encoding]
    message = _(
        "The file says it is %(encoding)s (it starts with a %(encoding)s mark) but line "
        "%(line)s is not %(encoding)s (byte %(byte)s)."
    ) % {"encoding": short, "line": line, "byte": f"0x{rest[exc.start]:02X}"}
    if encoding == "utf-8-sig" and _CP1258_TONE_AFTER_LETTER.search(rest):
        message += " " + _(
            "The rest of the file looks like Vietnamese Windows-1258 text with a UTF-8 mark "
            "put in front of it."
        )
    return message + " " + _("Save the file from Excel as “CSV UTF-8” and try again.")


def _mostly_utf8(data: bytes) -> bool:
    """Whether the text is UTF-8 but for a few damaged bytes: most of its non-ASCII bytes
    form valid UTF-8 sequences (a legacy file's rarely do, even where a letter is followed
    by a sign that looks like one)."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for char in decoded if ord(char) > 127) - bad
    return good >= 3 and good >= 4 * bad


def _looks_tcvn3(data: bytes) -> bool:
    high = sum(1 for byte in data if byte > 127)
    letters = len(_TCVN3_LETTERS.findall(data))
    return letters >= 3 and letters * 5 >= high


def _no_nul(text: str, encoding: str) -> str:
    """Refuse a text with NUL characters: UTF-16 saved without its mark, or not text."""
    nul = text.find("\x00")
    if nul == -1:
        return text
    line = text.count("\n", 0, nul) + 1
    if text.count("\x00") * 3 >= len(text):
        raise TableError(
            _(
                "Line %(line)s contains NUL characters: the file looks like UTF-16 text saved "
                "without its byte-order mark, or is not a text file. Save it from Excel as "
                "“CSV UTF-8” and try again."
            )
            % {"line": line}
        )
    raise TableError(
        _(
            "Line %(line)s contains a NUL character (read as %(encoding)s): the file is "
            "damaged or is not a text CSV file. Upload a CSV or XLSX file."
        )
        % {"line": line, "encoding": encoding_name(encoding)}
    )


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


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
    """The rows as dicts, every text cell through the input boundary (`clean_text`). A row
    that cannot be taken as it is (a value outside the columns, or a cell with a control
    character, which no one types: the file was damaged on its way) is held back, and the
    problems of all such rows are raised together after the last row."""
    problems: list[Problem] = []
    for number, cells in enumerate(raw_rows, start=2):
        if all(_blank(c) for c in cells):
            continue
        found = _row_problems(number, cells, keys)
        if found:
            problems += found
            if len(problems) >= MAX_PROBLEMS:
                problems.append(
                    Problem(
                        0,
                        "",
                        _("More than %(max)s problems: checking stopped at row %(row)s.")
                        % {"max": MAX_PROBLEMS, "row": number},
                    )
                )
                break
            continue
        yield (
            number,
            {key: _clean(cells[i]) if i < len(cells) else "" for i, key in enumerate(keys) if key},
        )
    if problems:
        raise TableProblems(problems)


def _row_problems(number: int, cells: list[Any], keys: list[str | None]) -> list[Problem]:
    problems = []
    for index, cell in enumerate(cells[: len(keys)]):
        key = keys[index]
        if key is None and not _blank(cell):
            problems.append(
                Problem(number, column_letter(index), _("value in a column without a header"))
            )
        elif key and isinstance(cell, str) and (reason := text_problem(cell)) is not None:
            problems.append(Problem(number, key, reason, letter=column_letter(index)))
    if len(cells) > len(keys) and any(not _blank(c) for c in cells[len(keys) :]):
        problems.append(Problem(number, column_letter(len(keys)), _("value outside any column")))
    return problems


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
        return clean_text(cell).strip()
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
