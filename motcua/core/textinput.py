"""The one input boundary for text: every string that enters motcua (form fields, query
strings, JSON bodies, Open311 parameters, cells of imported files) passes through
`clean_text` once, before it reaches a query or a model.

What it does, and why:
- Unicode NFC, so that "Hòa" typed on a phone (decomposed) and on Windows (composed) are one
  string for searching, comparing and uniqueness;
- NUL and the other C0/C1 control characters are removed: PostgreSQL refuses NUL in text,
  Excel files refuse most controls, and none of them is typed by a person. Tab, line feed and
  carriage return are kept in text that may have lines, turned into spaces elsewhere;
- bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed: they make
  a name or a number display in another order than it is stored ("Trojan Source");
- lone surrogates and the non-characters U+FFFE/U+FFFF are removed: they cannot be stored as
  UTF-8.

Left as typed: letters of every script, emoji, the right-to-left and left-to-right marks
(U+200E, U+200F, which change nothing but a neighbour's direction) and zero-width joiners.
`text_problem` says, in words a citizen understands, why a text would be changed, for the
places that refuse rather than clean (imports, where a stray character means a damaged
file)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from django.utils.translation import gettext as _

# C0 controls but tab, line feed and carriage return; DEL; C1 controls.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069"
_UNSTORABLE = "\ud800-\udfff\ufffe\uffff"
_REMOVED = re.compile(f"[{_CONTROLS}{_BIDI}{_UNSTORABLE}]")
_LINE_BREAKS = re.compile(r"[\t\r\n]")

# Query-string values longer than this are cut: nothing people search for is longer, and a
# 100 kB search string would only cost the server time.
MAX_QUERY_VALUE = 500


def clean_text(value: str, *, lines: bool = True) -> str:
    """The text with the characters above removed, in NFC. With `lines=False` (a name, a
    code, a search) tabs and line breaks become spaces."""
    if value.isascii() and value.isprintable():
        return value
    cleaned = _REMOVED.sub("", value)
    if not lines:
        cleaned = _LINE_BREAKS.sub(" ", cleaned)
    return unicodedata.normalize("NFC", cleaned)


def clean_data(value: Any) -> Any:
    """Every string inside decoded JSON (keys too), cleaned; other values unchanged."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, list):
        return [clean_data(item) for item in value]
    if isinstance(value, dict):
        return {clean_text(str(key)): clean_data(item) for key, item in value.items()}
    return value


def text_problem(value: str) -> str | None:
    """Why `clean_text` would change more than the form of the text, or None."""
    found = _REMOVED.search(value)
    if found is None:
        return None
    char = found.group()
    if char == "\x00":
        return _("contains a NUL character (the file or text is damaged)")
    return _("contains the invisible control character U+%(code)04X") % {"code": ord(char)}


def short_file_name(name: str, *, limit: int = 100) -> str:
    """A file name no longer than `limit` characters, cleaned, keeping its extension, so a
    long name from a phone's camera is stored rather than refused."""
    name = clean_text(name, lines=False).strip() or "file"
    if len(name) <= limit:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 10:
        return name[:limit]
    return f"{stem[: limit - len(extension) - 1]}.{extension}"


def path_marked(path: str) -> str:
    """A URL path whose removed characters are replaced by U+FFFD, which no route or stored
    code contains: the path still reaches its part of the site and answers 404 there."""
    marked = _REMOVED.sub("\ufffd", path)
    return unicodedata.normalize("NFC", marked)
