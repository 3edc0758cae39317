"""Install the shipped questionnaires (SIPAS 2640, SIPAS 1001, exit) that are missing."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from motcua.surveys.services import questionnaire_install_builtin


def arguments(parser: CommandParser) -> None:
    parser.add_argument("slugs", nargs="*", help="Only these (sipas-2640, sipas-1001, exit).")


def run(command: Any, options: dict[str, Any]) -> None:
    """Install the shipped questionnaires (SIPAS 2640, SIPAS 1001, exit) that are missing."""
    installed = questionnaire_install_builtin(slugs=options["slugs"] or None)
    for questionnaire in installed:
        command.stdout.write(f"{questionnaire.slug}: {questionnaire.title}")
    if not installed:
        command.stdout.write("Nothing to install: the questionnaires are already there.")
