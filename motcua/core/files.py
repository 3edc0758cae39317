"""Checking uploaded files: the extension must be allowed and match the content, so a
renamed executable is refused; empty and oversized files are refused with the sizes.

Beyond the kind, what could act when the file is opened is refused:
- an image must decode with Pillow as the kind its name says (a photo that does not open
  is of no use to the officer, and a broken one may be crafted);
- a PDF must not carry JavaScript or start a program: the names /JavaScript, /JS, /Launch
  and /RichMedia (embedded Flash) are looked for in the file's dictionaries as they stand
  (also when spelt with #xx escapes) and inside its compressed object streams, which is
  what PDF scanners do. An /OpenAction or /AA (additional actions) is harmless on its own,
  opening the document at a page, and is refused through what it runs;
- an image or a PDF must not also be a web page ("polyglot"): the bytes must not contain
  the start of an HTML, SVG or script document anywhere, whatever the case."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from PIL import Image

CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "jpg": "image/jpeg",
    "jpeg": "image/jpeg",
    "png": "image/png",
}
_OOXML_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
_SIGNATURES = {"jpg": b"\xff\xd8\xff", "jpeg": b"\xff\xd8\xff", "png": b"\x89PNG\r\n\x1a\n"}
_PILLOW_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG"}
# The start of a web page, an SVG image or a script, followed by a space, "/" or ">" (so that
# four random bytes of a compressed image are not taken for one).
_MARKUP = re.compile(rb"<(?:script|html|svg|!doctype\s+html)[\s/>]", re.IGNORECASE)
_ACTIVE_NAMES = {b"JavaScript", b"JS", b"Launch", b"RichMedia"}
# A PDF name (/JS), possibly with #xx escapes (/J#53), ended by a delimiter or white space.
_PDF_NAME = re.compile(rb"/((?:[A-Za-z0-9]|#[0-9A-Fa-f]{2})+)(?=[\s/<>\[\]()%{}]|$)")
_PDF_STREAM = re.compile(rb">>\s*stream\r?\n")
_PDF_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
# Object streams are inflated up to this many bytes in all: enough for any real document,
# not enough for a compression bomb to matter.
_INFLATE_LIMIT = 32 * 1024 * 1024


def file_check(*, filename: str, data: bytes, allowed: tuple[str, ...], limit: int) -> str:
    """The content type of an acceptable file; ValidationError naming what is wrong."""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in allowed:
        raise ValidationError(
            _("Only %(kinds)s files are accepted, not “%(name)s”.")
            % {"kinds": ", ".join(kind.upper() for kind in allowed), "name": filename or "—"}
        )
    if not data:
        raise ValidationError(_("The file is empty."))
    if len(data) > limit:
        raise ValidationError(
            _("The file is %(size)s MB; the limit is %(limit)s MB.")
            % {"size": round(len(data) / 1048576, 1), "limit": round(limit / 1048576, 1)}
        )
    if extension == "pdf":
        if not data.startswith(b"%PDF-"):
            raise ValidationError(_("The file is named .pdf but is not a PDF document."))
        if pdf_is_active(data):
            raise ValidationError(
                _(
                    "The PDF document contains JavaScript or an action that starts a "
                    "program; save it again as a plain PDF (for example by printing it to "
                    "PDF) and send that."
                )
            )
    elif extension in _SIGNATURES:
        if not data.startswith(_SIGNATURES[extension]):
            raise ValidationError(_("The file is named .%s but is not such an image.") % extension)
        if not image_decodes(data, _PILLOW_FORMATS[extension]):
            raise ValidationError(
                _("The image cannot be opened: it is damaged or incomplete. Send it again.")
            )
    else:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = set(archive.namelist())
        except zipfile.BadZipFile as exc:
            raise ValidationError(
                _("The file is named .%s but is not an Office document.") % extension
            ) from exc
        if "[Content_Types].xml" not in names or _OOXML_PART[extension] not in names:
            raise ValidationError(
                _("The file is named .%s but its content is another kind of document.") % extension
            )
    if extension in ("pdf", *_SIGNATURES) and _MARKUP.search(data):
        raise ValidationError(
            _(
                "The file also contains a web page or a script, which a document or a photo "
                "never does; send the original document or photo."
            )
        )
    return CONTENT_TYPES[extension]


def image_decodes(data: bytes, kind: str) -> bool:
    """Whether Pillow reads the image as `kind` ("JPEG", "PNG") to its last byte. A JPEG is
    decoded at an eighth of its size, which reads all its data at a fraction of the cost."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format != kind:
                return False
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.draft("RGB", (max(1, image.width // 8), max(1, image.height // 8)))
            image.load()
    # Pillow reports a damaged or crafted image with many kinds of error (OSError,
    # SyntaxError, ValueError, struct.error, DecompressionBombError...).
    except Exception:
        return False
    return True


def pdf_is_active(data: bytes) -> bool:
    """Whether a PDF names JavaScript, a program launch or embedded Flash in its
    dictionaries, as they stand or in its compressed object streams."""
    return any(_active(chunk) for chunk in _pdf_dictionaries(data))


def _active(chunk: bytes) -> bool:
    for found in _PDF_NAME.finditer(chunk):
        name = found.group(1)
        if b"#" in name:
            name = _PDF_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), name)
        if name in _ACTIVE_NAMES:
            return True
    return False


def _pdf_dictionaries(data: bytes) -> Iterator[bytes]:
    """The file without the bodies of its streams (which hold pictures and page content,
    where these names would only be chance bytes), then each object stream, inflated when
    compressed with Flate (the usual filter). One pass from start to end."""
    start, budget = 0, _INFLATE_LIMIT
    while (found := _PDF_STREAM.search(data, start)) is not None:
        end = data.find(b"endstream", found.end())
        if end < 0:
            break
        yield data[start : found.end()]
        head = data[max(start, found.start() - 2048) : found.start()]
        head = head[head.rfind(b" obj") + 1 :]
        if b"/ObjStm" in head and budget > 0:
            body = data[found.end() : end]
            if b"/FlateDecode" in head:
                body = _inflate(body, budget)
            budget -= len(body)
            yield body
        start = end + len(b"endstream")
    yield data[start:]


def _inflate(body: bytes, limit: int) -> bytes:
    try:
        return zlib.decompressobj().decompress(body, limit)
    except zlib.error:
        return b""


def files_problems(
    files: Iterable[tuple[str, bytes]], *, allowed: tuple[str, ...], limit: int
) -> list[str]:
    """Why each unacceptable file of a batch is refused, each message led by the file's
    name; empty when all are fine. Callers check a whole batch before storing any."""
    problems = []
    for name, data in files:
        try:
            file_check(filename=name, data=data, allowed=allowed, limit=limit)
        except ValidationError as error:
            problems.append(f"{name}: {' '.join(error.messages)}")
    return problems
