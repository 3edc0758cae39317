"""What the management commands share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
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
    options))` in `subcommands`; the help line of each is its run function's first line."""

    subcommands: dict[str, tuple[Arguments, Run]] = {}

    def add_arguments(self, parser: CommandParser) -> None:
        choices = parser.add_subparsers(dest="subcommand", required=True)
        for name, (arguments, run) in self.subcommands.items():
            arguments(choices.add_parser(name, help=(run.__doc__ or "").splitlines()[0]))

    def handle(self, *args: Any, **options: Any) -> None:
        self.subcommands[options["subcommand"]][1](self, options)
