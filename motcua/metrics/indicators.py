"""Every indicator, defined once as an Ibis expression over the project's tables.

The same definitions run on the live database (SQLite or PostgreSQL, `backend.live`) and on
DuckDB over the Parquet export (`exports.py`), and must give the same numbers. A monthly
indicator returns, for a period, one row per unit and local month with a `numerator` and a
`denominator`; the roll-ups store those, and any period or group of units adds up exactly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ibis
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from ibis import _ as col

from motcua.metrics.backend import utc

# Only the columns the indicators read: an expression names its columns, so the order here
# does not matter (a whole table is never selected; see backend.py).
SCHEMAS: dict[str, dict[str, str]] = {
    "dossiers_dossier": {
        "id": "int64",
        "unit_id": "int64",
        "agency_id": "int64",
        "state": "string",
        "channel": "string",
        "received_at": "timestamp('UTC')",
        "finished_at": "timestamp('UTC')",
        "timeliness": "string",
        "paid_online": "boolean",
        "digitised": "boolean",
        "electronic_result": "boolean",
        "synced_national_portal": "boolean",
    },
    "dossiers_rating": {"id": "int64", "dossier_id": "int64", "satisfaction": "int64"},
    "directives_assignment": {
        "id": "int64",
        "task_id": "int64",
        "unit_id": "int64",
        "agency_id": "int64",
        "period_start": "date",
        "due_on": "date",
        "status": "string",
        "done_on": "date",
        "first_reported_on": "date",
    },
    "feedback_feedback": {
        "id": "int64",
        "unit_id": "int64",
        "agency_id": "int64",
        "category_id": "int64",
        "kind": "string",
        "state": "string",
        "received_at": "timestamp('UTC')",
        "due_on": "date",
        "waiting_since": "date",
        "answered_on_time": "boolean",
        "published_at": "timestamp('UTC')",
        "resolved": "boolean",
        "rating": "int64",
        "duplicate_of_id": "int64",
    },
    "directives_task": {"id": "int64", "directive_id": "int64"},
    "directives_directive": {"id": "int64", "status": "string"},
}


def table(name: str) -> Any:
    return ibis.table(ibis.schema(SCHEMAS[name]), name=name)


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    months, current = [], start.replace(day=1)
    while current <= end:
        months.append(current)
        current = (current.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return months


def _local_month(column: Any, start: dt.date, end: dt.date) -> Any:
    """The first day of the local month of a UTC timestamp within the period, as a CASE
    over the months' first instants. (Shifting by the zone's offset would be shorter, but
    SQLite before 3.42, as shipped with Debian 12, cannot add intervals to timestamps.)"""
    months = _month_starts(start, end)
    zone = timezone.get_default_timezone()
    following = [*months[1:], (months[-1].replace(day=28) + dt.timedelta(days=4)).replace(day=1)]
    branches = [
        (column < utc(dt.datetime.combine(after, dt.time.min, tzinfo=zone)), ibis.literal(month))
        for month, after in zip(months, following, strict=True)
    ]
    return ibis.cases(*branches)


def _bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The first instant of `start` and the instant after `end`, local, in UTC."""
    zone = timezone.get_default_timezone()
    begin = dt.datetime.combine(start, dt.time.min, tzinfo=zone)
    stop = dt.datetime.combine(end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
    return utc(begin), utc(stop)


JUDGED = ["early", "on_time", "late"]


def _finished(start: dt.date, end: dt.date) -> Any:
    dossiers = table("dossiers_dossier")
    begin, stop = _bounds(start, end)
    return dossiers.filter(
        dossiers.finished_at >= begin,
        dossiers.finished_at < stop,
        dossiers.timeliness.isin(JUDGED),
    ).mutate(month=_local_month(dossiers.finished_at, start, end))


def _received(start: dt.date, end: dt.date) -> Any:
    dossiers = table("dossiers_dossier")
    begin, stop = _bounds(start, end)
    return dossiers.filter(dossiers.received_at >= begin, dossiers.received_at < stop).mutate(
        month=_local_month(dossiers.received_at, start, end)
    )


def _share(rows: Any, condition: Any) -> Any:
    """The rows behind a share: each with its unit, local month and whether it counts in
    the numerator (`hit`). The roll-ups aggregate them; the drill-down lists them."""
    return rows.mutate(hit=condition).select("id", "unit_id", "agency_id", "month", "hit")


def on_time(start: dt.date, end: dt.date) -> Any:
    """Dossiers finished early or on time among those finished with a time limit (Decision
    766 group 2; Circular 01 also counts open overdue dossiers, see dossiers.evaluation)."""
    rows = _finished(start, end)
    return _share(rows, rows.timeliness.isin(["early", "on_time"]))


def rated_satisfied(start: dt.date, end: dt.date) -> Any:
    """Ratings of 4 or 5 among the ratings of dossiers finished in the period."""
    rows = _finished(start, end)
    ratings = table("dossiers_rating")
    rated = rows.join(ratings, rows.id == ratings.dossier_id)
    return _share(rated, rated.satisfaction >= 4)


def satisfaction_766(start: dt.date, end: dt.date) -> Any:
    """Decision 766 dossier satisfaction: finished dossiers neither rated dissatisfied (1 or
    2) nor late, among all finished. Complaints will count once feedback is recorded."""
    rows = _finished(start, end)
    ratings = table("dossiers_rating").select("dossier_id", "satisfaction")
    joined = rows.left_join(ratings, rows.id == ratings.dossier_id)
    unhappy = joined.satisfaction.fill_null(5) <= 2
    return _share(joined, ~(unhappy | (joined.timeliness == "late")))


def _received_share(flag: str) -> Callable[[dt.date, dt.date], Any]:
    def share(start: dt.date, end: dt.date) -> Any:
        rows = _received(start, end)
        return _share(rows, rows[flag])

    return share


def online_share(start: dt.date, end: dt.date) -> Any:
    rows = _received(start, end)
    return _share(rows, rows.channel == "online")


def electronic_result(start: dt.date, end: dt.date) -> Any:
    rows = _finished(start, end)
    return _share(rows, rows.electronic_result)


def tasks_on_time(start: dt.date, end: dt.date, today: dt.date) -> Any:
    """Assignments of issued directives due in the period (and by today), done by their due
    date: a one-off task reported done, a recurring report sent (its first report counts)."""
    assignments = table("directives_assignment")
    tasks = table("directives_task").select(task=col.id, directive=col.directive_id)
    directives = table("directives_directive")
    issued_ids = directives.filter(directives.status == "issued").select(issued=col.id)
    last = min(end, today)
    issued = (
        assignments.filter(assignments.due_on >= start, assignments.due_on <= last)
        .join(tasks, assignments.task_id == tasks.task)
        .join(issued_ids, tasks.directive == issued_ids.issued)
        .select(
            "id",
            "unit_id",
            "agency_id",
            "period_start",
            "due_on",
            "status",
            "done_on",
            "first_reported_on",
        )
    )
    rows = issued.mutate(month=issued.due_on.truncate("M"))
    recurring_done = rows.period_start.notnull() & (rows.first_reported_on <= rows.due_on)
    one_off_done = (
        rows.period_start.isnull() & (rows.status == "done") & (rows.done_on <= rows.due_on)
    )
    return _share(rows, recurring_done | one_off_done)


HANDLED_KINDS = ["feedback", "petition"]  # complaints and denunciations go elsewhere


def feedback_on_time(start: dt.date, end: dt.date, today: dt.date) -> Any:
    """Feedback and petitions due in the period (and by today), answered by their
    deadline; merged duplicates and redirected complaints do not count, nor items whose
    clock is stopped while the citizen is asked for information (their deadline moves)."""
    items = table("feedback_feedback")
    rows = items.filter(
        items.kind.isin(HANDLED_KINDS),
        ~items.state.isin(["merged", "redirected"]),
        items.waiting_since.isnull(),
        items.due_on >= start,
        items.due_on <= min(end, today),
    ).mutate(month=items.due_on.truncate("M"))
    return _share(rows, rows.answered_on_time.fill_null(False))


def feedback_satisfaction(start: dt.date, end: dt.date) -> Any:
    """Decision 766: published answers, less those the citizen found unresolved or rated
    1 or 2, those sent again (repeated), and those answered late; among all published."""
    items = table("feedback_feedback")
    begin, stop = _bounds(start, end)
    published = items.filter(
        items.kind.isin(HANDLED_KINDS),
        items.state == "published",
        items.published_at >= begin,
        items.published_at < stop,
    ).mutate(month=_local_month(items.published_at, start, end))
    repeats = (
        table("feedback_feedback")
        .filter(col.duplicate_of_id.notnull())
        .group_by(original=col.duplicate_of_id)
        .aggregate(repeats=col.count())
    )
    rows = published.left_join(repeats, published.id == repeats.original)
    unhappy = (rows.resolved.fill_null(True) == False) | (rows.rating.fill_null(5) <= 2)  # noqa: E712
    late = rows.answered_on_time.fill_null(False) == False  # noqa: E712
    repeated = rows.repeats.fill_null(0) > 0
    return _share(rows, ~(unhappy | late | repeated))


def feedback_received(start: dt.date, end: dt.date) -> Any:
    """Every item received in the period, whatever its kind: a count."""
    items = table("feedback_feedback")
    begin, stop = _bounds(start, end)
    rows = items.filter(items.received_at >= begin, items.received_at < stop).mutate(
        month=_local_month(items.received_at, start, end)
    )
    return _share(rows, ibis.literal(True))


@dataclass(frozen=True)
class Indicator:
    code: str
    label: Promise
    # "dossiers" or "assignments": which changed rows make a month's roll-up stale.
    source: str
    rows: Callable[..., Any]
    # What a row of the drill-down is: a dossier, an assignment or a feedback item.
    subject: str = "dossier"
    # A count (the numerator) rather than a share.
    count: bool = False
    # Whether the rows depend on today (what has fallen due so far).
    needs_today: bool = False


INDICATORS: tuple[Indicator, ...] = (
    Indicator("on_time", _("Dossiers resolved early or on time"), "dossiers", on_time),
    Indicator("rated_satisfied", _("Ratings: satisfied"), "dossiers", rated_satisfied),
    Indicator(
        "satisfaction_766",
        _("Dossier satisfaction (Decision 766)"),
        "dossiers",
        satisfaction_766,
    ),
    Indicator("online_share", _("Dossiers received online"), "dossiers", online_share),
    Indicator(
        "paid_online",
        _("Dossiers with fees paid online"),
        "dossiers",
        _received_share("paid_online"),
    ),
    Indicator("digitised", _("Dossiers digitised"), "dossiers", _received_share("digitised")),
    Indicator(
        "electronic_result",
        _("Dossiers with an electronic result"),
        "dossiers",
        electronic_result,
    ),
    Indicator(
        "synced_portal",
        _("Dossiers synchronised to the national portal"),
        "dossiers",
        _received_share("synced_national_portal"),
    ),
    Indicator(
        "tasks_on_time",
        _("Tasks done by their deadline"),
        "assignments",
        tasks_on_time,
        subject="assignment",
        needs_today=True,
    ),
    Indicator(
        "feedback_on_time",
        _("Feedback handled on time"),
        "feedback",
        feedback_on_time,
        subject="feedback",
        needs_today=True,
    ),
    Indicator(
        "feedback_satisfaction",
        _("Feedback: citizens satisfied with the answer (Decision 766)"),
        "feedback",
        feedback_satisfaction,
        subject="feedback",
    ),
    Indicator(
        "feedback_received",
        _("Feedback received"),
        "feedback",
        feedback_received,
        subject="feedback",
        count=True,
    ),
)
BY_CODE = {indicator.code: indicator for indicator in INDICATORS}


def rows_expression(indicator: Indicator, start: dt.date, end: dt.date, today: dt.date) -> Any:
    """The rows behind the indicator for the months from `start` to `end`."""
    if indicator.needs_today:
        return indicator.rows(start, end, today)
    return indicator.rows(start, end)


def monthly_expression(indicator: Indicator, start: dt.date, end: dt.date, today: dt.date) -> Any:
    """One row per unit, agency (the receiving agency of a dossier, the agency a task is
    assigned to, or none) and month: how many rows count (`numerator`) of how many."""
    rows = rows_expression(indicator, start, end, today)
    return rows.group_by("unit_id", "agency_id", "month").aggregate(
        numerator=col.count(where=col.hit), denominator=col.count()
    )


def drill_expression(
    indicator: Indicator,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    unit_ids: list[int],
    *,
    only: bool | None = None,
    limit: int = 200,
    offset: int = 0,
) -> Any:
    """The ids of the rows behind a figure (all, or only those that count or do not), the
    newest first, a page at a time."""
    rows = rows_expression(indicator, start, end, today)
    rows = rows.filter(rows.unit_id.isin(unit_ids))
    if only is not None:
        rows = rows.filter(rows.hit == only)
    return rows.select("id", "hit").order_by(ibis.desc("id")).limit(limit, offset=offset)


def feedback_grouped_expression(
    indicator: Indicator,
    start: dt.date,
    end: dt.date,
    today: dt.date,
    *,
    by: str,
    unit_ids: list[int] | None = None,
) -> Any:
    """A feedback indicator, one row per category or per agency (`by`: "category_id" or
    "agency_id"), for the units given or all of them: numerator, denominator."""
    if indicator.subject != "feedback":
        raise ValueError(f"{indicator.code} is not about feedback")
    rows = rows_expression(indicator, start, end, today)
    if unit_ids is not None:
        rows = rows.filter(rows.unit_id.isin(unit_ids))
    if by == "category_id":
        items = table("feedback_feedback").select(item_id="id", category_id="category_id")
        rows = rows.join(items, rows.id == items.item_id)
    rows = rows.filter(rows[by].notnull())
    return rows.group_by(by).aggregate(
        numerator=rows.count(where=rows.hit), denominator=rows.count()
    )
