"""Every indicator, defined once as an Ibis expression over the project's tables.

The same definitions run on the live database (SQLite or PostgreSQL, `backend.live`) and on
DuckDB over the Parquet export (`exports.py`), and must give the same numbers. A monthly
indicator returns, for a period, one row per unit and local month with a `numerator` and a
`denominator`; the roll-ups store those, and any period or group of units adds up exactly.

Decision 766 also judges the dossiers still open when a period ends, which no sum of months
can give (a dossier open over three months would count three times). Such an indicator has
`open_rows` as well, judging the dossiers open at a day's end. The roll-ups store them for
each month's end under `open_code`, and a period adds those of its last month only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ibis
from django.utils import timezone
from ibis import _ as col

from motcua.directives.models import AssignmentStatus, DirectiveStatus
from motcua.dossiers.models import Channel
from motcua.dossiers.states import CLOCK_RUNNING, State
from motcua.dossiers.timeliness import Timeliness
from motcua.feedback.models import HANDLING_STATES
from motcua.feedback.models import Kind as FeedbackKind
from motcua.feedback.models import State as FeedbackState
from motcua.metrics.backend import utc
from motcua.metrics.registry import REGISTRY, Kind, Spec

# Only the columns the indicators read: an expression names its columns, so the order here
# does not matter (a whole table is never selected; see backend.py).
SCHEMAS: dict[str, dict[str, str]] = {
    "dossiers_dossier": {
        "id": "int64",
        "code": "string",
        "procedure_id": "int64",
        "unit_id": "int64",
        "agency_id": "int64",
        "state": "string",
        "channel": "string",
        "received_at": "timestamp('UTC')",
        "due_date": "date",
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
        "publish_due_on": "date",
        "answered_on_time": "boolean",
        "published_at": "timestamp('UTC')",
        "resolved": "boolean",
        "rating": "int64",
        "duplicate_of_id": "int64",
        "dossier_code": "string",
    },
    # Whether a procedure charges a fee and whether its result is a paper document decide
    # which dossiers the 766 payment and electronic-result shares count.
    "catalogue_procedure": {"id": "int64", "fee_bearing": "boolean", "paper_result": "boolean"},
    "directives_task": {"id": "int64", "directive_id": "int64"},
    "directives_directive": {"id": "int64", "status": "string"},
}


def table(name: str) -> Any:
    return ibis.table(ibis.schema(SCHEMAS[name]), name=name)


def _next_month(month: dt.date) -> dt.date:
    return (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def _month_starts(start: dt.date, end: dt.date) -> list[dt.date]:
    months, current = [], start.replace(day=1)
    while current <= end:
        months.append(current)
        current = _next_month(current)
    return months


def _local_month(column: Any, start: dt.date, end: dt.date) -> Any:
    """The first day of the local month of a UTC timestamp within the period, as a CASE
    over the months' first instants. (Shifting by the zone's offset would be shorter, but
    SQLite before 3.42, as shipped with Debian 12, cannot add intervals to timestamps.)"""
    months = _month_starts(start, end)
    zone = timezone.get_default_timezone()
    following = [*months[1:], _next_month(months[-1])]
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


# The stored verdicts, and those of them that count as on time (the one enum of
# dossiers.timeliness; the Ibis expressions name no value of their own).
JUDGED = [str(Timeliness.EARLY), str(Timeliness.ON_TIME), str(Timeliness.LATE)]
IN_TIME = [str(Timeliness.EARLY), str(Timeliness.ON_TIME)]
# Neither counted nor judged while open: a withdrawn dossier is never judged (see
# dossiers.services.judged_timeliness), and the clock of one waiting for the citizen's
# supplement is stopped (the time waited does not count against the agency).
NOT_JUDGED_OPEN = [str(State.WITHDRAWN), str(State.SUPPLEMENT_REQUESTED)]


def _finished(start: dt.date, end: dt.date) -> Any:
    """Dossiers whose processing ended in the period with a verdict: resolved, returned,
    stopped or refused after they had a due date (withdrawn ones have none)."""
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


def _open_at(day: dt.date, today: dt.date) -> Any:
    """Dossiers still open at the end of `day` (or now, while that day has not ended) whose
    clock runs, each with `within`: not yet past its due date then. A dossier still open at
    the end of its due date is late; the apology's new appointment does not move the due
    date. Which dossiers are withdrawn or waiting for a supplement is read from their state
    now: the table keeps no history of states."""
    dossiers = table("dossiers_dossier")
    _begin, stop = _bounds(day, day)
    judged_before = min(day + dt.timedelta(days=1), today)
    rows = dossiers.filter(
        dossiers.received_at < stop,
        dossiers.finished_at.isnull() | (dossiers.finished_at >= stop),
        dossiers.due_date.notnull(),
        ~dossiers.state.isin(NOT_JUDGED_OPEN),
    )
    return rows.mutate(within=rows.due_date >= judged_before)


def _with_procedure(rows: Any) -> Any:
    """Dossiers with their procedure's `fee_bearing` and `paper_result`."""
    procedures = table("catalogue_procedure").select(
        procedure=col.id, fee_bearing=col.fee_bearing, paper_result=col.paper_result
    )
    return rows.join(procedures, rows.procedure_id == procedures.procedure)


def _with_complaints(rows: Any) -> Any:
    """Dossiers with `complained`: the citizen rated the dossier 1 or 2 ("dislike"), or
    named it in a feedback item of any kind that was not refused, whenever it came."""
    ratings = table("dossiers_rating").select(rated=col.dossier_id, satisfaction=col.satisfaction)
    items = table("feedback_feedback")
    named = (
        items.filter(items.dossier_code != "", items.state != str(FeedbackState.REFUSED))
        .select(named=items.dossier_code)
        .distinct()
    )
    rated = rows.left_join(ratings, rows.id == ratings.rated)
    joined = rated.left_join(named, rated.code == named.named)
    return joined.mutate(
        complained=(joined.satisfaction.fill_null(5) <= 2) | joined.named.notnull()
    )


def _share(rows: Any, condition: Any) -> Any:
    """The rows behind a share: each with its unit, local month and whether it counts in
    the numerator (`hit`). The roll-ups aggregate them; the drill-down lists them."""
    return rows.mutate(hit=condition).select("id", "unit_id", "agency_id", "month", "hit")


def on_time(start: dt.date, end: dt.date) -> Any:
    """Circular 01/2018 Art. 13: of the dossiers judged in the period, those finished early
    or on time. Judged are the dossiers whose processing ended in the period with a verdict
    (these rows, see `_finished`) and those still open at its end past their due date
    (`on_time_open`: late); an open dossier within its limit is not judged yet (unlike
    `on_time_766`, which counts it as on time)."""
    rows = _finished(start, end)
    return _share(rows, rows.timeliness.isin(IN_TIME))


def on_time_open(rows: Any) -> Any:
    """The open part of `on_time`: the dossiers open at a month's end past their due date,
    each a miss."""
    late = rows.filter(~rows.within)
    return _share(late, ibis.literal(False))


def on_time_766(start: dt.date, end: dt.date) -> Any:
    """Decision 766 group 2, on-time share = (finished early or on time + still open
    within the limit at the period's end) / all dossiers received or handled in the
    period. "Received or handled in the period" is every dossier whose processing ran in
    it: those that ended in it (these rows, by the month they ended, judged as in
    `on_time`: withdrawing, refusing and stopping end processing too) and those still open
    at its end (`on_time_766_open`: open and past the due date is a miss), whenever they
    were received. Each counts once, in one part or the other; withdrawn dossiers and
    those waiting for the citizen's supplement are not judged."""
    return on_time(start, end)


def on_time_766_open(rows: Any) -> Any:
    """The open part of `on_time_766`: of the dossiers open at a month's end (`_open_at`),
    those within their limit."""
    return _share(rows, rows.within)


def rated_satisfied(start: dt.date, end: dt.date) -> Any:
    """Ratings of 4 or 5 among the ratings of dossiers finished in the period."""
    rows = _finished(start, end)
    ratings = table("dossiers_rating")
    rated = rows.join(ratings, rows.id == ratings.dossier_id)
    return _share(rated, rated.satisfaction >= 4)


def satisfaction_766(start: dt.date, end: dt.date) -> Any:
    """Decision 766 dossier satisfaction = 100 % - (overdue rate + rate of dossiers with
    feedback or a "dislike"), over the dossiers of `on_time_766`: those that ended in the
    period (these rows) and those open at its end (`satisfaction_766_open`). A dossier
    counts unless it was late (finished late, or open past its due date), rated 1 or 2,
    or named in feedback; one that is both late and complained about is taken off once,
    as the published form (all - rated dissatisfied or complained about or overdue) / all
    says."""
    rows = _with_complaints(_finished(start, end))
    return _share(rows, ~((rows.timeliness == str(Timeliness.LATE)) | rows.complained))


def satisfaction_766_open(rows: Any) -> Any:
    """The open part of `satisfaction_766`: of the dossiers open at a month's end
    (`_open_at`), those within their limit, neither rated 1 or 2 nor named in feedback."""
    rows = _with_complaints(rows)
    return _share(rows, rows.within & ~rows.complained)


def _received_share(flag: str) -> Callable[[dt.date, dt.date], Any]:
    def share(start: dt.date, end: dt.date) -> Any:
        rows = _received(start, end)
        return _share(rows, rows[flag])

    return share


def online_share(start: dt.date, end: dt.date) -> Any:
    """Decision 766: dossiers received online among all received in the period. An online
    dossier of a procedure whose result is a paper document counts only once it has issued
    an electronic result (its receipt month is rebuilt when it does)."""
    rows = _with_procedure(_received(start, end))
    return _share(
        rows, (rows.channel == str(Channel.ONLINE)) & (rows.electronic_result | ~rows.paper_result)
    )


def paid_online(start: dt.date, end: dt.date) -> Any:
    """Decision 766: of the dossiers received in the period for procedures that charge a
    fee or charge, those paid online. (The 80 % threshold of the method belongs to the
    share of fee-bearing procedures integrated for payment, not to this share.)"""
    rows = _with_procedure(_received(start, end))
    rows = rows.filter(rows.fee_bearing)
    return _share(rows, rows.paid_online)


def digitised(start: dt.date, end: dt.date) -> Any:
    """Decision 766: of the dossiers received in the period, those digitised: their
    components digitised and, for a procedure whose result is a paper document, an
    electronic result issued (a procedure with no paper result has nothing to digitise
    there). A dossier still in processing counts once its result is issued."""
    rows = _with_procedure(_received(start, end))
    return _share(rows, rows.digitised & (rows.electronic_result | ~rows.paper_result))


def electronic_result(start: dt.date, end: dt.date) -> Any:
    """Decision 766: of the dossiers finished in the period for procedures whose result is
    a paper document, those whose result was also issued electronically."""
    rows = _with_procedure(_finished(start, end))
    rows = rows.filter(rows.paper_result)
    return _share(rows, rows.electronic_result)


def tasks_on_time(start: dt.date, end: dt.date, today: dt.date) -> Any:
    """Assignments of issued directives due in the period (and by today), done by their due
    date: a one-off task reported done, a recurring report sent (its first report counts)."""
    assignments = table("directives_assignment")
    tasks = table("directives_task").select(task=col.id, directive=col.directive_id)
    directives = table("directives_directive")
    issued_ids = directives.filter(directives.status == str(DirectiveStatus.ISSUED)).select(
        issued=col.id
    )
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
        rows.period_start.isnull()
        & (rows.status == str(AssignmentStatus.DONE))
        & (rows.done_on <= rows.due_on)
    )
    return _share(rows, recurring_done | one_off_done)


HANDLED_KINDS = [
    str(FeedbackKind.FEEDBACK),
    str(FeedbackKind.PETITION),
]  # complaints and denunciations go elsewhere


def feedback_on_time(start: dt.date, end: dt.date, today: dt.date) -> Any:
    """Feedback and petitions due in the period (and by today), answered by their
    deadline; merged duplicates and redirected complaints do not count, nor items whose
    clock is stopped while the citizen is asked for information (their deadline moves)."""
    items = table("feedback_feedback")
    rows = items.filter(
        items.kind.isin(HANDLED_KINDS),
        ~items.state.isin([str(FeedbackState.MERGED), str(FeedbackState.REDIRECTED)]),
        items.waiting_since.isnull(),
        items.due_on >= start,
        items.due_on <= min(end, today),
    ).mutate(month=items.due_on.truncate("M"))
    return _share(rows, rows.answered_on_time.fill_null(False))


def feedback_satisfaction(start: dt.date, end: dt.date, today: dt.date) -> Any:
    """Decision 766 feedback satisfaction = (all - dissatisfied - repeated - overdue) / all,
    over the feedback and petitions first received in the period (a transfer does not make
    an item new), by the month received. An item counts unless the citizen found it
    unresolved or rated it 1 or 2, it was sent again (a repeat was merged into it), or it
    is late: answered after its deadline, or unanswered and past it today (an item waiting
    for the citizen's information has its clock stopped). Merged repeats, redirected
    complaints and refused items are not counted; an item that is both late and
    dissatisfied is taken off once."""
    items = table("feedback_feedback")
    begin, stop = _bounds(start, end)
    received = items.filter(
        items.kind.isin(HANDLED_KINDS),
        ~items.state.isin(
            [str(FeedbackState.MERGED), str(FeedbackState.REDIRECTED), str(FeedbackState.REFUSED)]
        ),
        items.received_at >= begin,
        items.received_at < stop,
    ).mutate(month=_local_month(items.received_at, start, end))
    repeats = (
        table("feedback_feedback")
        .filter(col.duplicate_of_id.notnull())
        .group_by(original=col.duplicate_of_id)
        .aggregate(repeats=col.count())
    )
    rows = received.left_join(repeats, received.id == repeats.original)
    unhappy = (rows.resolved.fill_null(True) == False) | (rows.rating.fill_null(5) <= 2)  # noqa: E712
    answered_late = rows.answered_on_time.fill_null(True) == False  # noqa: E712
    overdue = rows.answered_on_time.isnull() & rows.waiting_since.isnull() & (rows.due_on < today)
    repeated = rows.repeats.fill_null(0) > 0
    return _share(rows, ~(unhappy | answered_late | overdue | repeated))


def feedback_received(start: dt.date, end: dt.date) -> Any:
    """Every item received in the period, whatever its kind: a count."""
    items = table("feedback_feedback")
    begin, stop = _bounds(start, end)
    rows = items.filter(items.received_at >= begin, items.received_at < stop).mutate(
        month=_local_month(items.received_at, start, end)
    )
    return _share(rows, ibis.literal(True))


def dossiers_overdue(today: dt.date) -> Any:
    """`dossiers.states.is_overdue` as an Ibis expression: the dossiers whose clock runs
    past their legal due date (the queryset, the model and this expression are tested to
    agree)."""
    dossiers = table("dossiers_dossier")
    running = [str(state) for state in CLOCK_RUNNING]
    return dossiers.filter(dossiers.state.isin(running), dossiers.due_date < today).select("id")


def feedback_overdue(today: dt.date) -> Any:
    """`feedback.models.is_overdue` as an Ibis expression: an answer owed past its handling
    deadline with the clock running, or an answer waiting for publication past its
    deadline."""
    items = table("feedback_feedback")
    handling = [str(state) for state in HANDLING_STATES]
    late_answer = items.state.isin(handling) & items.waiting_since.isnull() & (items.due_on < today)
    late_publication = (items.state == str(FeedbackState.ANSWERED)) & (items.publish_due_on < today)
    return items.filter(late_answer | late_publication).select("id")


@dataclass(frozen=True)
class Indicator:
    """How a roll-up figure is computed; what it is (name, kind, definition) is its entry in
    `registry.REGISTRY` under the same code."""

    code: str
    # "dossiers", "assignments" or "feedback": which changed rows make a month's roll-up
    # stale (dossiers include their procedures, ratings and the feedback naming them).
    source: str
    # The rows of a period, each in one month: (start, end[, today]).
    rows: Callable[..., Any]
    # Whether the rows depend on today (what has fallen due so far).
    needs_today: bool = False
    # Decision 766: the rows of the dossiers still open at a month's end, from those
    # dossiers (`_open_at`, with their month and `within`); a period takes its end's only.
    open_rows: Callable[[Any], Any] | None = None

    @property
    def spec(self) -> Spec:
        return REGISTRY[self.code]

    @property
    def label(self) -> Any:
        return self.spec.name

    @property
    def count(self) -> bool:
        """A count (the numerator) rather than a share."""
        return self.spec.kind == Kind.COUNT

    @property
    def subject(self) -> str:
        """What a row of the drill-down is: a dossier, an assignment or a feedback item."""
        return self.spec.drill or "dossier"

    @property
    def open_code(self) -> str:
        """The roll-ups' name for the open dossiers at each month's end."""
        return f"{self.code}.open"


INDICATORS: tuple[Indicator, ...] = (
    Indicator("on_time", "dossiers", on_time, open_rows=on_time_open),
    Indicator("on_time_766", "dossiers", on_time_766, open_rows=on_time_766_open),
    Indicator("rated_satisfied", "dossiers", rated_satisfied),
    Indicator("satisfaction_766", "dossiers", satisfaction_766, open_rows=satisfaction_766_open),
    Indicator("online_share", "dossiers", online_share),
    Indicator("paid_online", "dossiers", paid_online),
    Indicator("digitised", "dossiers", digitised),
    Indicator("electronic_result", "dossiers", electronic_result),
    Indicator("synced_portal", "dossiers", _received_share("synced_national_portal")),
    Indicator("tasks_on_time", "assignments", tasks_on_time, needs_today=True),
    Indicator("feedback_on_time", "feedback", feedback_on_time, needs_today=True),
    Indicator("feedback_satisfaction", "feedback", feedback_satisfaction, needs_today=True),
    Indicator("feedback_received", "feedback", feedback_received),
)
BY_CODE = {indicator.code: indicator for indicator in INDICATORS}


def month_rows_expression(
    indicator: Indicator, start: dt.date, end: dt.date, today: dt.date
) -> Any:
    """The rows of the months from `start` to `end`, each in one month (for an indicator
    with open dossiers, those that ended in the period only)."""
    if indicator.needs_today:
        return indicator.rows(start, end, today)
    return indicator.rows(start, end)


def _open_in(indicator: Indicator, ends: list[tuple[dt.date, dt.date]], today: dt.date) -> Any:
    """The indicator's rows of the dossiers open at each (day, month): at the end of the
    day, in that month. The snapshots are stacked first, so what the indicator joins to
    them (ratings, feedback) is joined once."""
    if indicator.open_rows is None:
        raise ValueError(f"{indicator.code} does not count open dossiers")
    snapshots = [_open_at(day, today).mutate(month=ibis.literal(month)) for day, month in ends]
    return indicator.open_rows(ibis.union(*snapshots))


def rows_expression(indicator: Indicator, start: dt.date, end: dt.date, today: dt.date) -> Any:
    """The rows behind the indicator's figure for the period from `start` to `end`: with
    the dossiers still open at its end (or today, if sooner) where the indicator counts
    them."""
    rows = month_rows_expression(indicator, start, end, today)
    if indicator.open_rows is None or today < start:  # a period yet to come has no end
        return rows
    last = min(end, today)
    return rows.union(_open_in(indicator, [(last, last.replace(day=1))], today))


def monthly_expression(indicator: Indicator, start: dt.date, end: dt.date, today: dt.date) -> Any:
    """One row per unit, agency (the receiving agency of a dossier, the agency a task is
    assigned to, or none), feedback category (none for other rows) and month: how many
    rows count (`numerator`) of how many. The category lets the board give feedback by topic
    from the roll-ups too."""
    rows = _with_category(indicator, month_rows_expression(indicator, start, end, today))
    return rows.group_by("unit_id", "agency_id", "category_id", "month").aggregate(
        numerator=col.count(where=col.hit), denominator=col.count()
    )


def _with_category(indicator: Indicator, rows: Any) -> Any:
    if indicator.subject != "feedback":
        return rows.mutate(category_id=ibis.null().cast("int64"))
    items = table("feedback_feedback").select(item_id="id", category_id="category_id")
    return rows.join(items, rows.id == items.item_id).drop("item_id")


def monthly_open_expression(
    indicator: Indicator, start: dt.date, end: dt.date, today: dt.date
) -> Any:
    """For an indicator that counts open dossiers, the dossiers open at the end of each
    month from `start` to `end` (at `end` for its month; now, for the current month):
    one row per unit, agency and month, as `monthly_expression`. Months after today have
    no end yet, so no rows."""
    ends = [
        (min(_next_month(month) - dt.timedelta(days=1), end), month)
        for month in _month_starts(start, end)
        if month <= today
    ]
    if ends:
        rows = _open_in(indicator, ends, today)
    else:  # nothing to judge yet: an empty result of the same shape
        rows = _open_in(indicator, [(end, start.replace(day=1))], today)
        rows = rows.filter(ibis.literal(False))
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
