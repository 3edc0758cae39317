"""What the management commands share."""

from __future__ import annotations

import datetime as dt

from django.core.management.base import CommandError
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
