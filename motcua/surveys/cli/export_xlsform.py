"""Export a questionnaire version as an XLSForm workbook."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from motcua.surveys.models import Questionnaire, VersionStatus
from motcua.surveys.xlsform import xlsform_export


def arguments(parser: CommandParser) -> None:
    parser.add_argument("slug", help="Short name of the questionnaire")
    parser.add_argument("file", help="Where to write the .xlsx workbook")
    parser.add_argument(
        "--version",
        type=int,
        dest="version_number",
        help="Version number (default: the latest published, else the latest draft).",
    )


def run(command: Any, options: dict[str, Any]) -> None:
    """Export a questionnaire version as an XLSForm workbook."""
    questionnaire = Questionnaire.objects.filter(slug=options["slug"]).first()
    if questionnaire is None:
        raise CommandError(f"no questionnaire {options['slug']!r}")
    versions = questionnaire.versions.order_by("-number")
    if options["version_number"] is not None:
        version = versions.filter(number=options["version_number"]).first()
        if version is None:
            raise CommandError(f"{questionnaire.slug} has no version {options['version_number']}")
    else:
        version = (
            versions.filter(status=VersionStatus.PUBLISHED).first()
            or versions.filter(status=VersionStatus.DRAFT).first()
            or versions.first()
        )
        if version is None:
            raise CommandError(f"{questionnaire.slug} has no version")
    path = Path(options["file"])
    try:
        path.write_bytes(xlsform_export(version))
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from exc
    command.stdout.write(
        command.style.SUCCESS(f"{path}: {questionnaire.slug} version {version.number}")
    )
