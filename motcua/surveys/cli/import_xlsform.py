"""Import an XLSForm workbook as a new questionnaire, or a new draft version of one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from motcua.surveys.xlsform import xlsform_import


def arguments(parser: CommandParser) -> None:
    parser.add_argument("file", help="XLSForm workbook (.xlsx)")
    parser.add_argument(
        "--slug",
        help="Short name of the questionnaire; an existing one gets a new draft version. "
        "Default: the form_id setting, else the file name.",
    )
    parser.add_argument("--title", help="Title (default: the form_title setting).")
    parser.add_argument("--json", action="store_true", help="Print the result as JSON.")


def run(command: Any, options: dict[str, Any]) -> None:
    """Import an XLSForm workbook as a new questionnaire, or a new draft version of one."""
    path = Path(options["file"])
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CommandError(f"{path}: {exc.strerror}") from exc
    result = xlsform_import(
        data=data, filename=path.name, slug=options["slug"], title=options["title"]
    )
    if options["json"]:
        command.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    if not result.ok:
        for problem in result.problems:
            command.stderr.write(f"{path.name}: {problem}")
        raise CommandError(f"nothing imported: {len(result.problems)} problem(s)")
    if options["json"]:
        return
    assert result.questionnaire is not None and result.version is not None
    command.stdout.write(
        command.style.SUCCESS(
            f"{path.name}: questionnaire {result.questionnaire.slug}, version "
            f"{result.version.number} ({result.version.status}), "
            f"{result.version.items.count()} item(s), languages "
            f"{', '.join(result.version.languages) or '-'}"
        )
    )
    for note in result.notes:
        command.stdout.write(f"note: {note}")
