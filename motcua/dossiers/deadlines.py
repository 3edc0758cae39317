"""A dossier's due date and the verdict on its timeliness, in one place: intake, online
acceptance, the end of a supplement wait, the import, the demo and the recomputation of stored
dossiers all call these functions."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from motcua.catalogue.models import Procedure, TimeLimitUnit
from motcua.catalogue.selectors import procedure_cutoff
from motcua.dossiers.states import State
from motcua.dossiers.timeliness import Timeliness, timeliness
from motcua.workdays.engine import Calendar
from motcua.workdays.selectors import calendar

COUNTED_IN_DAYS = (TimeLimitUnit.WORKING_DAYS, TimeLimitUnit.WITHIN_DAY)


def dossier_due_date(
    procedure: Procedure, complete_at: dt.datetime, *, days_off: Calendar | None = None
) -> dt.date | None:
    """The due date of a dossier whose complete papers arrived at `complete_at`.

    Working days count from the day after receipt, whatever the hour or channel (Civil Code
    Art. 147; the 15:00 rule only moves the transfer, DOMAIN.md §1); a cut-off applies only
    where a dated rule names the procedure or its field (`CutoffRule`). A limit in working
    hours counts office hours. A procedure with no stated limit has no due date."""
    cal = days_off or calendar()
    local = timezone.localtime(complete_at)
    limit = procedure.time_limit_value or 0
    if procedure.time_limit_unit == TimeLimitUnit.WORKING_HOURS:
        return cal.add_working_hours(local, limit).date()
    if procedure.time_limit_unit not in COUNTED_IN_DAYS:
        return None
    return cal.due_date(local, limit, cutoff=procedure_cutoff(procedure, local.date()))


def judged_timeliness(
    *, state: str, due: dt.date | None, finished: dt.datetime, breach: bool = False
) -> str:
    """The stored verdict for a dossier finished at a moment (Circular 01/2018 Art. 13). A
    withdrawn dossier, or one refused before it had a due date, is not judged at all. A
    dossier whose citizen was asked for papers more often than the law allows is late
    whatever the date (`breach`; Decision 766)."""
    if state == State.WITHDRAWN or (state == State.REFUSED and due is None):
        return ""
    if breach and due is not None:
        return str(Timeliness.LATE)
    return verdict(due, finished)


def verdict(due: dt.date | None, finished: dt.datetime) -> str:
    day = timezone.localtime(finished).date()
    return str(timeliness(due=due, finished_on=day, as_of=day))


def transfer_day(received: dt.datetime) -> dt.date:
    """The day a paper dossier must reach the competent agency (the 15:00 transfer rule)."""
    return calendar().transfer_day(timezone.localtime(received))
