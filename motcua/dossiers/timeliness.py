"""Early, on time or late (Circular 01/2018 Art. 13): pure, no database.

The due date already excludes the time spent waiting for the citizen's supplement, because it
is counted again from the day the complete dossier arrived. An apology's new appointment does
not make a late dossier on time. A dossier not finished by the end of a period is judged late
once that period has passed its due date."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum


class Timeliness(StrEnum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"
    PENDING = "pending"  # unfinished and not yet due
    NO_LIMIT = "no_limit"  # the procedure states no time limit


def timeliness(*, due: dt.date | None, finished_on: dt.date | None, as_of: dt.date) -> Timeliness:
    if due is None:
        return Timeliness.NO_LIMIT
    if finished_on is None:
        return Timeliness.LATE if as_of > due else Timeliness.PENDING
    if finished_on < due:
        return Timeliness.EARLY
    if finished_on == due:
        return Timeliness.ON_TIME
    return Timeliness.LATE
