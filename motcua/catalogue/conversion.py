"""Office files to PDF with LibreOffice in headless mode, for the PDF copy of each form.

Each run gets a private profile in its own temporary directory (two conversions at once
would otherwise fight over the user's profile), a time limit, and leaves nothing behind:
the directory is removed and, after a timeout, every process LibreOffice started is killed.
No database here; `catalogue.services` stores the result.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from django.conf import settings


class ConversionFailed(Exception):
    """LibreOffice gave no PDF: the reason is the message."""


def soffice_path() -> str | None:
    """The LibreOffice program: MOTCUA_SOFFICE when set, else `soffice` on the PATH; None
    when it is not installed (forms are then offered as uploaded only)."""
    configured = settings.MOTCUA_SOFFICE
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    return shutil.which("soffice")


def office_to_pdf(*, data: bytes, extension: str, soffice: str, timeout: int) -> bytes:
    """The PDF of an office file (DOCX, XLSX, ...) given as bytes."""
    with tempfile.TemporaryDirectory(prefix="motcua-pdf-") as work:
        folder = Path(work)
        source = folder / f"form.{extension}"
        source.write_bytes(data)
        command = [
            soffice,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        # Its own session, so that a timeout can kill the launcher and what it started.
        process = subprocess.Popen(  # noqa: S603 (a fixed program, no shell)
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            env={**os.environ, "HOME": work},
            start_new_session=True,
        )
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired as exc:
            _kill_group(process.pid)
            process.communicate()
            raise ConversionFailed(f"LibreOffice took more than {timeout} s") from exc
        _kill_group(process.pid)  # a helper process that outlived the launcher
        result = folder / "out" / "form.pdf"
        if not result.is_file():
            said = output.decode(errors="replace").strip()[-500:]
            raise ConversionFailed(f"LibreOffice made no PDF (exit {process.returncode}): {said}")
        pdf = result.read_bytes()
    if not pdf.startswith(b"%PDF-"):
        raise ConversionFailed("LibreOffice wrote something that is not a PDF")
    return pdf


def _kill_group(group: int) -> None:
    with contextlib.suppress(ProcessLookupError):  # everything has already ended
        os.killpg(group, signal.SIGKILL)
