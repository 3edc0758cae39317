"""The calendar as the rest of motcua sees it: official data from the database, with the
`holidays` package for years nobody has loaded yet."""

from __future__ import annotations

import datetime as dt

import holidays

from motcua.workdays.engine import Calendar, Kind
from motcua.workdays.models import DayOff


def fallback_holidays(year: int) -> set[dt.date]:
    """Statutory holidays computed by the `holidays` package, which knows the lunar dates but
    not the Government's yearly swaps (it misses the 2026 New Year swap, for one)."""
    return set(holidays.country_holidays("VN", years=year))


def calendar() -> Calendar:
    rows = DayOff.objects.values_list("date", "kind")
    days = {day: Kind(kind) for day, kind in rows}
    return Calendar(
        days=days,
        loaded_years=frozenset(day.year for day in days),
        fallback=fallback_holidays,
    )


def unconfirmed_years(years: range) -> list[int]:
    """Years in the range with no official data loaded."""
    loaded = set(DayOff.objects.dates("date", "year").values_list("date__year", flat=True))
    return [year for year in years if year not in loaded]
