"""Dates as Vietnamese people write them, typed and shown: day/month/year (07/12/2026), and a
time as hour:minute after it (07/12/2026 14:30).

Every date box of every form, public or staff, is a `DateField` (a `DateTimeField` for a
moment): a plain text box, never the browser's own date picker, whose order of day and
month follows the browser's language (month first in an English browser). The box takes
the day with or without a leading zero and with `/`, `-` or `.` between the parts, eight
digits typed without separators on a phone's number pad (07122026), and ISO 8601
(2026-12-07), which old links and bookmarks of the filter forms carry. Django's admin keeps
its own date widgets.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django import forms
from django.forms.utils import from_current_timezone, to_current_timezone
from django.utils.translation import gettext_lazy as _

DATE_FORMAT = "%d/%m/%Y"
DATETIME_FORMAT = "%d/%m/%Y %H:%M"
DATE_PLACEHOLDER = _("dd/mm/yyyy")
DATETIME_PLACEHOLDER = _("dd/mm/yyyy hh:mm")
INVALID_DATE = _("Not a valid date: write it as day/month/year, for example 07/12/2026.")
INVALID_DATETIME = _(
    "Not a valid date and time: write them as day/month/year hour:minute, for example "
    "07/12/2026 14:30."
)

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4})")
_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_CLOCK = re.compile(r"(\d{1,2})[:h.](\d{2})(?::(\d{2}))?")
_DATE_AND_TIME = re.compile(r"([^\sT,]+)(?:\s*[T,]\s*|\s+)(\S+)")


def parse_date(text: str) -> dt.date | None:
    """The day written in `text` (07/12/2026, 7/12/2026, 07-12-2026, 07.12.2026, 07122026 or
    2026-12-07), or None when it is not a day of the calendar (31/02/2026, 2026/31/12)."""
    text = text.strip()
    if match := _DAY_MONTH_YEAR.fullmatch(text):
        day, month, year = match.group(1), match.group(3), match.group(4)
    elif match := _DIGITS.fullmatch(text):
        day, month, year = match.groups()
    elif match := _ISO.fullmatch(text):
        year, month, day = match.groups()
    else:
        return None
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def parse_datetime(text: str) -> dt.datetime | None:
    """The naive moment written in `text`: a day as `parse_date` reads it and a time
    (14:30, 14h30, 14.30, with or without seconds) after a space, a comma or ISO's `T`."""
    match = _DATE_AND_TIME.fullmatch(text.strip())
    if match is None:
        return None
    day, clock = parse_date(match.group(1)), _CLOCK.fullmatch(match.group(2))
    if day is None or clock is None:
        return None
    hour, minute, second = (int(part or 0) for part in clock.groups())
    try:
        return dt.datetime.combine(day, dt.time(hour, minute, second))
    except ValueError:
        return None


def format_date(day: dt.date | None) -> str:
    """07/12/2026; empty for no day."""
    return day.strftime(DATE_FORMAT) if day is not None else ""


class DateInput(forms.DateInput):
    """A text box for dd/mm/yyyy, with the number pad on a phone."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {
            "placeholder": DATE_PLACEHOLDER,
            "inputmode": "numeric",
            "autocomplete": "off",
            "maxlength": "10",
        }
        super().__init__({**defaults, **(attrs or {})}, format=DATE_FORMAT)


class DateTimeInput(forms.DateTimeInput):
    """A text box for dd/mm/yyyy hh:mm (a phone's number pad has no space nor colon, so the
    full keyboard)."""

    input_type = "text"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        defaults = {"placeholder": DATETIME_PLACEHOLDER, "autocomplete": "off", "maxlength": "19"}
        super().__init__({**defaults, **(attrs or {})}, format=DATETIME_FORMAT)


class DateField(forms.DateField):
    """A day typed as dd/mm/yyyy (see the module's docstring for what else is read); a box
    sent back with an ISO date, from an old link, shows it as dd/mm/yyyy."""

    widget = DateInput
    default_error_messages = {"invalid": INVALID_DATE}

    def to_python(self, value: Any) -> dt.date | None:
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return value.date()
        if isinstance(value, dt.date):
            return value
        day = parse_date(str(value))
        if day is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return day

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return parse_date(value) or value
        return super().prepare_value(value)


class DateTimeField(forms.DateTimeField):
    """A moment typed as dd/mm/yyyy hh:mm, in the site's time zone."""

    widget = DateTimeInput
    default_error_messages = {"invalid": INVALID_DATETIME}

    def to_python(self, value: Any) -> dt.datetime | None:
        if value in self.empty_values:
            return None
        if isinstance(value, dt.datetime):
            return from_current_timezone(value)
        if isinstance(value, dt.date):
            return from_current_timezone(dt.datetime.combine(value, dt.time()))
        moment = parse_datetime(str(value))
        if moment is None:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return from_current_timezone(moment)

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, str):
            return parse_datetime(value) or value
        if isinstance(value, dt.datetime):
            return to_current_timezone(value)
        return value
