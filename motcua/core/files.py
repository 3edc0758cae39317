"""Checking uploaded files: the extension must be allowed and match the content, so a
renamed executable is refused; empty and oversized files are refused with the sizes."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

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
    elif extension in _SIGNATURES:
        if not data.startswith(_SIGNATURES[extension]):
            raise ValidationError(_("The file is named .%s but is not such an image.") % extension)
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
    return CONTENT_TYPES[extension]


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
