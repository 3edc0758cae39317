"""The working-day calendar of Vietnamese public bodies: a pure engine, no database.

Rules (Civil Code 2015 Art. 147-148; Decree 61/2018 Art. 18; DOMAIN.md §1):
- Saturdays and Sundays are rest days, except official working Saturdays (`swapped_work`).
- Holidays, compensatory days and swapped days off are rest days; they are data, per year.
- A period of N working days starts on the day *after* receipt: day 1 is the first working day
  after the date of receipt, whatever the hour or the channel, and the due date is the N-th
  working day.
- The 15:00 rule moves the *transfer* of a paper dossier to the competent agency to the next
  working day (Decree 61/2018 Art. 18(2), Decree 118/2025 Art. 18(2)); it does not move the
  start of the time limit. A cut-off that does (a "within the day" civil-status procedure
  received after 15:00 is resolved the next working day) is a sectoral rule, passed in as
  `cutoff` by the caller that knows the procedure.
- For a year with no official data a fallback (the `holidays` package) is used and the year is
  reported as unconfirmed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    HOLIDAY = "holiday"
    COMPENSATORY = "compensatory"
    SWAPPED_OFF = "swapped_off"
    SWAPPED_WORK = "swapped_work"


TRANSFER_CUTOFF = dt.time(15, 0)
# Office hours for limits stated in hours [U: provinces set their own]: 8 hours a day.
DEFAULT_SHIFTS = ((dt.time(7, 30), dt.time(11, 30)), (dt.time(13, 0), dt.time(17, 0)))
# Periods longer than this many years are refused rather than looped over.
MAX_DAYS = 3660


@dataclass
class Calendar:
    """Days off by date, the years they cover, and a fallback for the other years."""

    days: dict[dt.date, Kind] = field(default_factory=dict)
    loaded_years: frozenset[int] = frozenset()
    fallback: Callable[[int], Iterable[dt.date]] | None = None
    shifts: tuple[tuple[dt.time, dt.time], ...] = DEFAULT_SHIFTS
    _fallback_cache: dict[int, frozenset[dt.date]] = field(default_factory=dict, repr=False)
    unconfirmed_years: set[int] = field(default_factory=set, repr=False)

    # --- single days -----------------------------------------------------------------------

    def is_working_day(self, day: dt.date) -> bool:
        kind = self.days.get(day)
        if kind == Kind.SWAPPED_WORK:
            return True
        if kind is not None:
            return False
        if day.weekday() >= 5:
            return False
        if day.year not in self.loaded_years:
            self.unconfirmed_years.add(day.year)
            return day not in self._fallback_days(day.year)
        return True

    def _fallback_days(self, year: int) -> frozenset[dt.date]:
        if year not in self._fallback_cache:
            days = frozenset(self.fallback(year)) if self.fallback else frozenset()
            self._fallback_cache[year] = days
        return self._fallback_cache[year]

    def next_working_day(self, day: dt.date) -> dt.date:
        """The first working day strictly after `day`."""
        for candidate in _days_after(day):
            if self.is_working_day(candidate):
                return candidate
        raise ValueError("no working day within ten years")

    # --- periods -----------------------------------------------------------------------------

    def add_working_days(self, start: dt.date, n: int) -> dt.date:
        """The N-th working day after `start` (day 1 is the first working day after it).
        N = 0 gives `start` itself (a limit of "within the day")."""
        if n < 0:
            raise ValueError("the number of working days cannot be negative")
        if n > MAX_DAYS:
            raise ValueError(f"more than {MAX_DAYS} working days")
        day = start
        for _ in range(n):
            day = self.next_working_day(day)
        return day

    def working_days_between(self, start: dt.date, end: dt.date) -> int:
        """Working days after `start` up to and including `end` (0 when end <= start)."""
        if end <= start:
            return 0
        if (end - start).days > MAX_DAYS * 2:
            raise ValueError("period too long")
        return sum(1 for day in _days_after(start, until=end) if self.is_working_day(day))

    def working_day_on_or_after(self, day: dt.date) -> dt.date:
        return day if self.is_working_day(day) else self.next_working_day(day)

    def counting_from(self, received: dt.datetime, cutoff: dt.time | None = None) -> dt.date:
        """The day the period counts from: the day of receipt, or the next working day when
        a sectoral cut-off applies and the dossier came after it."""
        day = received.date()
        if cutoff is not None and received.time() > cutoff:
            return self.next_working_day(day)
        return day

    def due_date(self, received: dt.datetime, days: int, cutoff: dt.time | None = None) -> dt.date:
        """Due date of a limit of `days` working days for a dossier received at `received`
        (local time): the N-th working day after the day of receipt (Civil Code Art. 147).
        A limit of 0 ("within the day") is due on the day of receipt, or on the next working
        day when it came on a rest day or after the procedure's cut-off."""
        start = self.counting_from(received, cutoff)
        if days == 0:
            return self.working_day_on_or_after(start)
        return self.add_working_days(start, days)

    def transfer_day(self, received: dt.datetime) -> dt.date:
        """The day a paper dossier is passed to the competent agency: the day of receipt, or
        the next working day when it came after 15:00 or on a rest day (Decree 61/2018
        Art. 18(2), repeated in Decree 118/2025 Art. 18(2)). Shown on the control sheet."""
        return self.working_day_on_or_after(self.counting_from(received, TRANSFER_CUTOFF))

    # --- hours -------------------------------------------------------------------------------

    def add_working_hours(self, received: dt.datetime, hours: float) -> dt.datetime:
        """The moment `hours` office hours after `received` (local, naive or aware alike),
        counting only the office shifts of working days."""
        if hours < 0:
            raise ValueError("the number of working hours cannot be negative")
        remaining = dt.timedelta(hours=hours)
        zone = received.tzinfo
        day = received.date()
        for _ in range(MAX_DAYS):
            if self.is_working_day(day):
                for start, end in self.shifts:
                    begin = max(dt.datetime.combine(day, start, zone), received)
                    finish = dt.datetime.combine(day, end, zone)
                    if begin >= finish:
                        continue
                    if remaining <= finish - begin:
                        return begin + remaining
                    remaining -= finish - begin
            day += dt.timedelta(days=1)
        raise ValueError("period too long")

    def rest_days(self, year: int) -> Iterator[tuple[dt.date, str]]:
        """Every weekday that is not a working day and every working Saturday or Sunday of a
        year, with its kind (the official kind, or `fallback_holiday` for unconfirmed data)."""
        day = dt.date(year, 1, 1)
        while day.year == year:
            working = self.is_working_day(day)
            weekend = day.weekday() >= 5
            if weekend and working:
                yield day, str(self.days.get(day, Kind.SWAPPED_WORK))
            elif not weekend and not working:
                yield day, str(self.days.get(day, "fallback_holiday"))
            day += dt.timedelta(days=1)


def _days_after(day: dt.date, until: dt.date | None = None) -> Iterator[dt.date]:
    current = day
    for _ in range(MAX_DAYS * 2):
        current += dt.timedelta(days=1)
        if until is not None and current > until:
            return
        yield current
