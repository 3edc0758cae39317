"""`motcua survey SUBCOMMAND`: the survey tools for analysts and administrators.

Each subcommand lives in its own module under `motcua.surveys.cli` with two functions:
`arguments(parser)` and `run(command, options)`."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

SUBCOMMANDS = {
    "install-templates": "motcua.surveys.cli.install_templates",
    "estimate": "motcua.surveys.cli.estimate",
    "import-xlsform": "motcua.surveys.cli.import_xlsform",
    "export-xlsform": "motcua.surveys.cli.export_xlsform",
    "send-invitations": "motcua.surveys.cli.send_invitations",
    "remind": "motcua.surveys.cli.remind",
}


class Command(BaseCommand):
    help = (
        "Survey tools: install-templates, estimate, import-xlsform, export-xlsform, "
        "send-invitations, remind."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        subparsers = parser.add_subparsers(dest="subcommand", required=True)
        for name, module_path in SUBCOMMANDS.items():
            module = import_module(module_path)
            sub = subparsers.add_parser(name, help=(module.__doc__ or "").splitlines()[0])
            module.arguments(sub)

    def handle(self, *args: Any, **options: Any) -> None:
        import_module(SUBCOMMANDS[options["subcommand"]]).run(self, options)
