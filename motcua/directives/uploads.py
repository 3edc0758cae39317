"""Files sent with the directive pages' forms, and files sent back to the browser."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse, Http404, HttpRequest
from django.utils.translation import gettext as _

from motcua.core.files import files_problems


def uploads(request: HttpRequest, name: str) -> list[tuple[str, bytes]]:
    files: list[UploadedFile] = request.FILES.getlist(name)
    return [(upload.name or "", upload.read()) for upload in files if upload.name]


def uploads_refused(files: list[tuple[str, bytes]], allowed: tuple[str, ...]) -> list[str]:
    """Checked before anything is stored, so that a refused file leaves nothing half-saved."""
    return files_problems(files, allowed=allowed, limit=settings.MOTCUA_ATTACHMENT_MAX_BYTES)


def file_response(file: Any, name: str, content_type: str) -> FileResponse:
    try:
        handle = file.open("rb")
    except FileNotFoundError as exc:
        raise Http404(_("The file is missing.")) from exc
    return FileResponse(handle, as_attachment=True, filename=name, content_type=content_type)
