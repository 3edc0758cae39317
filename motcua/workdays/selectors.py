"""The calendar as the rest of motcua sees it: official data from the database, with the
`holidays` package for years nobody has loaded yet."""

from __future__ import annotations

import datetime as dt
import functools

import holidays

from motcua.core.memo import memo
from motcua.workdays.engine import Calendar, Kind
from motcua.workdays.models import DayOff


@functools.lru_cache(maxsize=16)
def fallback_holidays(year: int) -> frozenset[dt.date]:
    """Statutory holidays computed by the `holidays` package, which knows the lunar dates but
    not the Government's yearly swaps (it misses the 2026 New Year swap, for one). Kept per
    process: computing a year takes a noticeable fraction of a second."""
    return frozenset(holidays.country_holidays("VN", years=year))


def _days_off() -> tuple[dict[dt.date, Kind], frozenset[int]]:
    rows = DayOff.objects.values_list("date", "kind")
    days = {day: Kind(kind) for day, kind in rows}
    return days, frozenset(day.year for day in days)


def calendar() -> Calendar:
    """The calendar; the days off are read once a minute per process (core.memo), and each
    call gets a calendar of its own, so that its note of unconfirmed years is its own."""
    days, loaded_years = memo("workdays.days_off", _days_off, sources=[DayOff])
    return Calendar(days=days, loaded_years=loaded_years, fallback=fallback_holidays)


def unconfirmed_years(years: range) -> list[int]:
    """Years in the range with no official data loaded."""
    loaded = set(DayOff.objects.dates("date", "year").values_list("date__year", flat=True))
    return [year for year in years if year not in loaded]
