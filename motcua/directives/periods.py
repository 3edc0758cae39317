"""Reporting periods of recurring reports, and their due dates on the working-day calendar.
Pure functions: no database."""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from collections.abc import Iterator

from motcua.workdays.engine import Calendar

# Months in a period, and whether the period runs from January (the 6-month and 9-month
# reports of Vietnamese administration are cumulative from the start of the year).
_SPANS = {
    "monthly": (1, False),
    "quarterly": (3, False),
    "half_year": (6, True),
    "nine_months": (9, True),
    "yearly": (12, True),
}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, month_calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def periods(recurrence: str, start: dt.date, until: dt.date) -> Iterator[tuple[dt.date, dt.date]]:
    """The periods whose end falls from `start` to `until`, oldest first. A monthly
    report started on 20 March covers March; a 6-month report covers January to June."""
    months, from_january = _SPANS[recurrence]
    year = start.year
    if from_january:
        ends = [m for m in range(months, 13, months)] if months != 9 else [9]
        while True:
            for end_month in ends:
                end = _month_end(year, end_month)
                if end < start:
                    continue
                if end > _month_end(until.year, until.month):
                    return
                yield dt.date(year, 1, 1), end
            year += 1
    else:
        first_month = (start.month - 1) // months * months + 1
        y, m = year, first_month
        while True:
            end_y, end_m = _add_months(y, m, months - 1)
            end = _month_end(end_y, end_m)
            if end > _month_end(until.year, until.month):
                return
            yield dt.date(y, m, 1), end
            y, m = _add_months(y, m, months)


def report_due(period_end: dt.date, report_day: int, calendar: Calendar) -> dt.date:
    """The day of the month after the period (capped at the month's last day), moved to the
    next working day when it is a day off."""
    year, month = _add_months(period_end.year, period_end.month, 1)
    day = min(max(report_day, 1), month_calendar.monthrange(year, month)[1])
    due = dt.date(year, month, day)
    return due if calendar.is_working_day(due) else calendar.next_working_day(due)
