"""What the management commands share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.functional import Promise
from django.utils.translation import gettext as _

BAD_INPUT = 2  # the exit code of a command given bad input


def date_option(option: str, value: str) -> dt.date:
    """A date given on the command line (2025-12-31), or a clear error with exit code 2."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise CommandError(
            _("%(option)s: %(value)s is not a date like 2025-12-31")
            % {"option": option, "value": value},
            returncode=BAD_INPUT,
        ) from error


Arguments = Callable[[CommandParser], None]
Run = Callable[[BaseCommand, dict[str, Any]], None]


class SubcommandsCommand(BaseCommand):
    """`motcua NAME SUBCOMMAND`: each subcommand a pair `(arguments(parser), run(command,
    options))` in `subcommands`; the help line of each is its run function's first line,
    or its entry in `subcommand_help` where it must be translated (a docstring cannot be).
    `subcommand_dest` names the subcommand in argparse's "required" error."""

    subcommands: dict[str, tuple[Arguments, Run]] = {}
    subcommand_help: dict[str, str | Promise] = {}
    subcommand_dest = "subcommand"

    def add_arguments(self, parser: CommandParser) -> None:
        choices = parser.add_subparsers(dest=self.subcommand_dest, required=True)
        for name, (arguments, run) in self.subcommands.items():
            help_line = str(self.subcommand_help.get(name) or (run.__doc__ or "").splitlines()[0])
            arguments(choices.add_parser(name, help=help_line))

    def handle(self, *args: Any, **options: Any) -> None:
        self.subcommands[options[self.subcommand_dest]][1](self, options)
