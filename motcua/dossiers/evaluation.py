"""Circular 01/2018 evaluation over stored dossiers: on-time rates and the scores of the
officials, agencies and fields for a quarter or a year (Art. 12-15, DOMAIN.md §2-§3).

Everything is computed by the database (one GROUP BY per table), so a year of 60,000
dossiers costs a handful of queries. The points themselves come from `scoring.py`: each SQL
`CASE` is built by asking the scoring functions what every stored answer is worth, so the
rules live in one place.

Who is judged in a period: dossiers finished in it with a time limit (early, on time, late),
plus dossiers still unfinished when it ended (or today, while it runs) whose due date had
passed, which count as late. Withdrawn dossiers, dossiers without a time limit and dossiers
waiting for the citizen's supplement are not judged.

Which rules: Circular 01/2018 scores dossiers received before 1 July 2025
(`states.NEW_RULES_FROM`, stored on each dossier as its `rule_set`). Circular 03/2025, in
force for dossiers received since, has no such scoring, so their scores are the same method
kept as a local one no longer in force, and each official's on-time rate and applicants'
satisfaction are the staff measures (DOMAIN.md §3). Every score is kept apart by rule set:
a period that straddles the change never mixes the two.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from django.db.models import (
    Count,
    Q,
    QuerySet,
)
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from motcua.dossiers.models import (
    Dossier,
)
from motcua.dossiers.scoring import (
    AgencyClass,
    OfficialClass,
    percentage,
)
from motcua.dossiers.states import RuleSet, State
from motcua.dossiers.timeliness import Timeliness
from motcua.orgs.people import name_of

RateBy = Literal["agency", "procedure", "field", "official", "unit"]

JUDGED = (Timeliness.EARLY, Timeliness.ON_TIME, Timeliness.LATE)

OFFICIAL_CLASS_LABELS = {
    OfficialClass.FULL: _("Completed all duties"),
    OfficialClass.PARTIAL: _("Completed 70 to under 100 per cent of duties"),
    OfficialClass.LOW: _("Completed under 70 per cent of duties"),
}
AGENCY_CLASS_LABELS = {
    AgencyClass.EXCELLENT: _("Excellent"),
    AgencyClass.GOOD: _("Good"),
    AgencyClass.FAIR: _("Fair"),
    AgencyClass.AVERAGE: _("Average"),
    AgencyClass.WEAK: _("Weak"),
}
INDICATOR_LABELS = {
    1: _("1. Total handling time"),
    2: _("2. Each unit's time"),
    3: _("3. Contacts needed"),
    4: _("4. Agencies contacted"),
    6: _("6. Publicity of the procedure"),
    7: _("7. Officials' attitude"),
    8: _("8. Handling of feedback"),
}

# The rule sets, in the order they are shown; only Circular 01's own is in force.
IN_FORCE = RuleSet.D61_2018
RULE_SETS = (RuleSet.D61_2018, RuleSet.D118_2025)
RULE_SET_TITLES = {
    RuleSet.D61_2018: _(
        "Dossiers received before 1 July 2025: Circular 01/2018, Articles 12 to 15"
    ),
    RuleSet.D118_2025: _(
        "Dossiers received from 1 July 2025: the Circular 01/2018 scores are a local method "
        "no longer in force (Circular 03/2025 has no such scoring)"
    ),
}

RULE_SET_NAMES = {
    RuleSet.D61_2018: _("Circular 01/2018"),
    RuleSet.D118_2025: _("Local method, no longer in force"),
}


class Definition(NamedTuple):
    term: Promise
    text: Promise


# What each figure on the evaluation page means, in the order the page lists them.
DEFINITIONS: tuple[Definition, ...] = (
    Definition(
        _("Dossiers judged"),
        _(
            "Dossiers finished in the period that have a time limit, and dossiers still open "
            "at its end (or today, while it runs) whose due date had passed. Withdrawn "
            "dossiers, dossiers without a time limit and dossiers waiting for the applicant's "
            "supplement are not judged."
        ),
    ),
    Definition(
        _("Finished-dossier timeliness (Circular 01)"),
        _(
            "Early (finished before the due date) or on time (on it) among the dossiers "
            "judged; dossiers finished after the due date, and open dossiers past their due "
            "date at the end of the period, count as late."
        ),
    ),
    Definition(
        _("Rules in force"),
        _(
            "Dossiers received before 1 July 2025 are scored by Circular 01/2018. Circular "
            "03/2025, in force for dossiers received since, has no such scoring: their scores "
            "are the same method kept as a local one no longer in force, and each official's "
            "on-time rate and applicants' satisfaction are the staff measures."
        ),
    ),
    Definition(
        _("Officials"),
        _(
            "Everyone who received, processed or returned a dossier judged: the officer who "
            "received it, whoever recorded its processing (a change of status, a supplement "
            "request, an apology, a plan or hand-over of steps), received or handed over one "
            "of its inter-agency steps, and whoever returned the result. Each official is "
            "judged once on every dossier they took part in."
        ),
    ),
    Definition(
        _("Indicators 1 and 2: handling time"),
        _(
            "2 points early, 1 on time, 0 late. Indicator 1 is the dossier's total time. "
            "Indicator 2 is each agency's time on its step of an inter-agency dossier against "
            "the time allotted to it (an official is judged on the dossier's worst step), or "
            "the total time of a dossier handled by one agency."
        ),
    ),
    Definition(
        _("Indicators 3, 4 and 7: from the applicant's rating"),
        _(
            "3: 2 points with no contact beyond handing in and collecting, 1 with one more, 0 "
            "with more. 4: 2 points when no agency had to be visited, 1 only the one-stop unit, "
            "0 others too. 7: 2 points early, 1 on time, 0 late; 0 whatever the time when a "
            "complaint about the officials' conduct on the dossier was found substantiated "
            "after checking. A rating that reports harassment is not such a finding: it is "
            "shown beside the official's scores until a complaint is checked. Without a "
            "rating these indicators have no data."
        ),
    ),
    Definition(
        _("Indicator 6: publicity of the procedure"),
        _(
            "2 points when the procedure is published in the catalogue and on the national "
            "database, accurate and complete; 1 when one of them; 0 otherwise."
        ),
    ),
    Definition(
        _("Indicator 8: handling of feedback"),
        _(
            "Among the agency's feedback and petitions due in the period: 2 points when none "
            "was due or all was answered on time and none is prolonged; 1 from 90 per cent on "
            "time; "
            "0 below. Prolonged: at the end of the period (or today, while it runs) still "
            "unanswered past its handling deadline, whenever that deadline fell, unless it "
            "waits for information asked of the citizen or was refused, merged or redirected."
        ),
    ),
    Definition(
        _("Indicators 5 and 9"),
        _(
            "Organisation of intake and return, and online services, are judged for the unit "
            "as a whole and are not recorded: they are left out."
        ),
    ),
    Definition(
        _("Total and class"),
        _(
            "The sum of the indicators that have data, shown with its maximum (2 points for "
            "each); an indicator without data is left out, never counted as 0 (Circular 01, "
            "Article 15(4)(b)). The class takes the Circular's thresholds as shares of the "
            "maximum. Officials (out of 10): all duties from 5, 70 to under 100 per cent from "
            "3.5, under 70 per cent below. Agencies and fields (out of 18): excellent from 15, "
            "good from 12, fair from 9, average from 6, weak below. Out of 14, excellent is "
            "thus from 11.7."
        ),
    ),
    Definition(
        _("Fields"),
        _(
            "Dossiers grouped by the field of their procedure, on indicators 1, 2, 3, 4, 6 and "
            "7 and the agencies' scale; indicator 2 counts every agency's step of the field's "
            "inter-agency dossiers."
        ),
    ),
    Definition(
        _("Staff measures: on time"),
        _(
            "Early or on time among the dossiers judged that the official took part in; open "
            "dossiers past their due date at the end of the period count as late."
        ),
    ),
    Definition(
        _("Staff measures: satisfaction"),
        _(
            "Ratings of 4 (satisfied) or 5 (very satisfied) among the applicants' ratings of "
            "those dossiers."
        ),
    ),
)


def evaluation_period(year: int, quarter: int | None = None) -> tuple[dt.date, dt.date]:
    """First and last day (both included) of a year, or of one of its quarters."""
    if quarter is None:
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if quarter not in (1, 2, 3, 4):
        raise ValueError(f"quarter must be 1 to 4, not {quarter}")
    first = dt.date(year, 3 * quarter - 2, 1)
    after = dt.date(year + quarter // 4, 3 * quarter % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    begin: dt.datetime  # first instant, local midnight
    stop: dt.datetime  # the instant after the last day
    finished: Q  # finished in the period and judged
    overdue: Q  # unfinished when the period ended (or now) and past its due date


def period_bounds(start: dt.date, end: dt.date) -> Period:
    zone = timezone.get_default_timezone()
    begin = dt.datetime.combine(start, dt.time.min, tzinfo=zone)
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    # The period ends at the end of its last day, so a dossier due that day and still open is
    # late; while the period runs, only what is already past due today is.
    judged_before = min(end + dt.timedelta(days=1), timezone.localdate())
    finished = Q(finished_at__gte=begin, finished_at__lt=stop, timeliness__in=JUDGED)
    overdue = (
        Q(received_at__lt=stop, due_date__lt=judged_before)
        & (Q(finished_at__isnull=True) | Q(finished_at__gte=stop))
        & ~Q(state__in=[State.WITHDRAWN, State.SUPPLEMENT_REQUESTED])
    )
    return Period(begin, stop, finished, overdue)


def judged_dossiers(queryset: QuerySet[Dossier] | None, period: Period) -> QuerySet[Dossier]:
    base = queryset if queryset is not None else Dossier.objects.all()
    # No default ordering: it would join the GROUP BY and split the groups.
    return base.filter(period.finished | period.overdue).order_by()


# On-time rates -------------------------------------------------------------------------


@dataclass(frozen=True)
class RateRow:
    key: Any
    label: str
    finished: int  # finished in the period with a time limit
    early: int
    on_time: int
    late: int  # finished late, plus `unfinished_late`
    unfinished_late: int  # still open at the end of the period, past the due date

    @property
    def judged(self) -> int:
        return self.early + self.on_time + self.late

    @property
    def rate(self) -> Decimal | None:
        """Early or on time among those judged, as a percentage to one decimal."""
        return percentage(self.early + self.on_time, self.judged)


_RATE_GROUPS: dict[str, tuple[str, tuple[str, ...]]] = {
    "agency": ("agency", ("agency__name",)),
    "procedure": ("procedure", ("procedure__code", "procedure__name")),
    "field": ("procedure__field", ("procedure__field__name",)),
    "official": (
        "received_by",
        ("received_by__username", "received_by__first_name", "received_by__last_name"),
    ),
    "unit": ("unit", ("unit__name",)),
}


def _label(by: str, row: Mapping[str, Any]) -> str:
    if by == "procedure":
        return f"{row['procedure__code']} · {row['procedure__name']}"
    if by == "official":
        return person_name(
            row["received_by__username"],
            row["received_by__first_name"],
            row["received_by__last_name"],
        )
    return str(row[_RATE_GROUPS[by][1][0]])


def person_name(username: str | None, first: str | None, last: str | None) -> str:
    """The officer's full name (`orgs.people.name_of`), never the login name."""
    if username is None:
        return str(_("Not recorded"))
    return name_of(first, last)


def on_time_rates(
    *,
    start: dt.date,
    end: dt.date,
    by: RateBy,
    queryset: QuerySet[Dossier] | None = None,
) -> list[RateRow]:
    """Early, on time and late per agency, procedure, field, official or unit, for the
    period from `start` to `end` (both included), ordered by label.

    "official" is the one-stop officer who received the dossier (`received_by`); the
    officials who processed or returned it have their on-time rate in `official_scores`.
    Dossiers with no recorded officer form one row. Pass the dossiers the user may see as
    `queryset`."""
    key, label_fields = _RATE_GROUPS[by]
    period = period_bounds(start, end)
    finished = period.finished
    rows = (
        judged_dossiers(queryset, period)
        .values(key, *label_fields)
        .annotate(
            n_finished=Count("pk", filter=finished),
            n_early=Count("pk", filter=finished & Q(timeliness=Timeliness.EARLY)),
            n_on_time=Count("pk", filter=finished & Q(timeliness=Timeliness.ON_TIME)),
            n_late_finished=Count("pk", filter=finished & Q(timeliness=Timeliness.LATE)),
            n_unfinished_late=Count("pk", filter=period.overdue),
        )
        .order_by(*label_fields)
    )
    return [
        RateRow(
            key=row[key],
            label=_label(by, row),
            finished=row["n_finished"],
            early=row["n_early"],
            on_time=row["n_on_time"],
            late=row["n_late_finished"] + row["n_unfinished_late"],
            unfinished_late=row["n_unfinished_late"],
        )
        for row in rows
    ]


def rates_total(rows: Iterable[RateRow]) -> RateRow:
    """All rows together (each dossier is in exactly one row)."""
    rows = list(rows)
    return RateRow(
        key=None,
        label=str(_("Total")),
        finished=sum(r.finished for r in rows),
        early=sum(r.early for r in rows),
        on_time=sum(r.on_time for r in rows),
        late=sum(r.late for r in rows),
        unfinished_late=sum(r.unfinished_late for r in rows),
    )
