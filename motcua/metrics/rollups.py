"""Building the monthly roll-ups from the raw tables, and reading them.

`rollups_refresh` recomputes whole months: all of them the first time (or with
`full=True`), afterwards only the months touched by rows changed since the last refresh,
plus every month from the last refresh's to the current one (tasks, feedback and open
dossiers are judged against today, and a month that ended since was last judged before its
end). Each month is replaced in one transaction, so a dashboard never sees half a month.

A Decision 766 indicator that counts the dossiers still open at a period's end keeps them
apart, under its `open_code`, one snapshot per month's end; a period adds the snapshot of
its last month to the sum of its months.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Min, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
from django.utils import timezone

from motcua.catalogue.models import Procedure
from motcua.directives.models import Assignment
from motcua.dossiers.models import Dossier, Rating
from motcua.feedback.models import Feedback
from motcua.metrics.backend import live
from motcua.metrics.indicators import (
    BY_CODE,
    INDICATORS,
    monthly_expression,
    monthly_open_expression,
)
from motcua.metrics.models import RefreshMark, Rollup

MARK = "rollups"


def month_of(day: dt.date) -> dt.date:
    return day.replace(day=1)


def month_end(month: dt.date) -> dt.date:
    following = (month.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def months_between(start: dt.date, end: dt.date) -> list[dt.date]:
    months, current = [], month_of(start)
    while current <= end:
        months.append(current)
        current = month_end(current) + dt.timedelta(days=1)
    return months


def _dossiers_touched(since: dt.datetime | None) -> list[QuerySet[Dossier]]:
    """The dossiers whose figures may have changed: every one the first time; else those
    changed, those of a procedure changed (fee, paper result), those rated or re-rated,
    and those named in feedback changed since (each one query, so each can use its index)."""
    if since is None:
        return [Dossier.objects.all()]
    named = (
        Feedback.objects.filter(updated_at__gte=since)
        .exclude(dossier_code="")
        .values("dossier_code")
    )
    return [
        Dossier.objects.filter(updated_at__gte=since),
        Dossier.objects.filter(
            procedure__in=Procedure.objects.filter(updated_at__gte=since).values("pk")
        ),
        Dossier.objects.filter(
            pk__in=Rating.objects.filter(updated_at__gte=since).values("dossier_id")
        ),
        Dossier.objects.filter(code__in=named),
    ]


def _dossier_months(
    dossiers: QuerySet[Dossier], today: dt.date
) -> tuple[set[dt.date], set[dt.date]]:
    """The months the dossiers were received or finished in, and every month from the one
    each was received in to the one it finished in (or today's): those whose end found it
    open."""
    zone = timezone.get_default_timezone()
    spans = (
        dossiers.order_by()
        .annotate(
            received=TruncMonth("received_at", tzinfo=zone),
            finished=TruncMonth("finished_at", tzinfo=zone),
        )
        .values_list("received", "finished")
        .distinct()
    )
    months: set[dt.date] = set()
    open_months: set[dt.date] = set()
    for received, finished in spans:
        first = month_of(timezone.localtime(received, zone).date())
        months.add(first)
        if finished is not None:
            last = month_of(timezone.localtime(finished, zone).date())
            months.add(last)
        else:
            last = month_of(today)
        open_months.update(months_between(first, min(last, month_of(today))))
    return months, open_months


def _touched(since: dt.datetime | None, today: dt.date) -> dict[str, set[dt.date]]:
    """Months to rebuild per source: every month with data the first time, else the months
    of rows changed since the last refresh; and every month from the last refresh's to
    today's, whose figures depend on the day they were judged."""
    recent = set(months_between(timezone.localtime(since).date(), today)) if since else set()
    recent.add(month_of(today))
    dossier_months, open_months = set(recent), set(recent)
    for dossiers in _dossiers_touched(since):
        months, spans = _dossier_months(dossiers, today)
        dossier_months |= months
        open_months |= spans
    assignments = (
        Assignment.objects.all()
        if since is None
        else Assignment.objects.filter(updated_at__gte=since)
    )
    zone = timezone.get_default_timezone()
    items = (
        Feedback.objects.all() if since is None else Feedback.objects.filter(updated_at__gte=since)
    )
    if since is not None:
        # The item a changed one repeats (a repeat counts against it), and the items that
        # fell due since: each is judged in the month it was received.
        items = Feedback.objects.filter(
            Q(pk__in=items.values("pk"))
            | Q(pk__in=items.filter(duplicate_of__isnull=False).values("duplicate_of"))
            | Q(due_on__gte=timezone.localtime(since).date(), due_on__lte=today)
        )
    feedback_months = {
        month_of(m.date()) for m in items.datetimes("received_at", "month", tzinfo=zone)
    }
    feedback_months |= {
        month_of(d) for d in items.filter(due_on__isnull=False).dates("due_on", "month")
    }
    return {
        "feedback": feedback_months | recent,
        "dossiers": dossier_months,
        "dossiers_open": {month for month in open_months if month <= month_of(today)},
        "assignments": {month_of(day) for day in assignments.dates("due_on", "month")} | recent,
    }


@dataclass
class RefreshResult:
    months: int
    rows: int


def _runs(months: Iterable[dt.date]) -> list[tuple[dt.date, dt.date]]:
    """Consecutive months joined into runs, so each run is one query per indicator."""
    runs: list[tuple[dt.date, dt.date]] = []
    for month in sorted(months):
        if runs and month_end(runs[-1][1]) + dt.timedelta(days=1) == month:
            runs[-1] = (runs[-1][0], month)
        else:
            runs.append((month, month))
    return [(first, month_end(last)) for first, last in runs]


def rollups_refresh(
    *,
    full: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int], None] | None = None,
) -> RefreshResult:
    """Rebuild the stale months of every indicator's roll-up."""
    today = today or timezone.localdate()
    started = timezone.now()
    mark = RefreshMark.objects.filter(name=MARK).first()
    touched = _touched(None if full or mark is None else mark.at, today)
    backend = live()
    rows = months = 0
    for indicator in INDICATORS:
        for start, end in _runs(touched[indicator.source]):
            expression = monthly_expression(indicator, start, end, today)
            rows += _rebuild(backend, indicator.code, expression, start, end)
            months += len(months_between(start, end))
        if indicator.open_rows is not None:
            for start, end in _runs(touched["dossiers_open"]):
                expression = monthly_open_expression(indicator, start, end, today)
                rows += _rebuild(backend, indicator.open_code, expression, start, end)
                months += len(months_between(start, end))
        if progress:
            progress(1)
    RefreshMark.objects.update_or_create(name=MARK, defaults={"at": started})
    if connection.vendor == "postgresql" and rows:
        # Fresh statistics for the rewritten rows, so the next dashboards plan well.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE metrics_rollup")
    return RefreshResult(months=months, rows=rows)


def _rebuild(backend: object, code: str, expression: object, start: dt.date, end: dt.date) -> int:
    table = backend.to_pyarrow(expression)  # type: ignore[attr-defined]
    data = table.to_pydict()
    fresh = [
        Rollup(
            indicator=code,
            unit_id=unit_id,
            agency_id=agency_id,
            category_id=category_id,
            month=month,
            numerator=numerator,
            denominator=denominator,
        )
        for unit_id, agency_id, category_id, month, numerator, denominator in zip(
            data["unit_id"],
            data["agency_id"],
            data.get("category_id", [None] * len(data["unit_id"])),
            data["month"],
            data["numerator"],
            data["denominator"],
            strict=True,
        )
        if denominator
    ]
    with transaction.atomic():
        Rollup.objects.filter(indicator=code, month__gte=month_of(start), month__lte=end).delete()
        Rollup.objects.bulk_create(fresh, batch_size=2000)
    return len(fresh)


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(self.numerator + other.numerator, self.denominator + other.denominator)


def quarter_of(month: dt.date) -> dt.date:
    """The first month of the month's quarter."""
    return month.replace(month=(month.month - 1) // 3 * 3 + 1, day=1)


def _as_date(value: object) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _sums(rows: QuerySet[Rollup], by: str | None) -> dict[object, Ratio]:
    if by is None:
        total = rows.aggregate(n=Sum("numerator"), d=Sum("denominator"))
        return {None: Ratio(total["n"] or 0, total["d"] or 0)}
    field = {"unit": "unit_id", "agency": "agency_id", "month": "month", "quarter": "month"}[by]
    grouped = rows.values(field).annotate(n=Sum("numerator"), d=Sum("denominator")).order_by()
    result: dict[object, Ratio] = {}
    for row in grouped:
        key = row[field]
        if by in ("month", "quarter"):
            key = _as_date(key)
            key = quarter_of(key) if by == "quarter" else key
        result[key] = result.get(key, Ratio(0, 0)) + Ratio(row["n"] or 0, row["d"] or 0)
    return result


def _snapshot_months(start: dt.date, end: dt.date, today: dt.date, by: str | None) -> list[dt.date]:
    """The months whose end-of-month open dossiers a period adds: its last month (up to
    today's), or the last of each month or quarter in it."""
    last = month_of(min(end, today))
    if by == "month":
        return [m for m in months_between(start, end) if m <= last]
    if by == "quarter":
        ends = {quarter_of(m): min(m, last) for m in months_between(start, end) if m <= last}
        return sorted(set(ends.values()))
    return [last] if last >= month_of(start) else []


def ratios(
    *,
    indicator: str,
    start: dt.date,
    end: dt.date,
    unit_ids: Iterable[int] | None = None,
    by: str | None = None,
    today: dt.date | None = None,
) -> dict[object, Ratio]:
    """Sums over the roll-ups: one ratio (key None), or one per "unit", "agency" (key None
    for what no agency holds), "month" or "quarter" (key: its first month). An indicator
    that counts open dossiers adds those open at the end of the period, or of each month or
    quarter, judged at that end (today's for the current month)."""
    ids = list(unit_ids) if unit_ids is not None else None

    def of(code: str) -> QuerySet[Rollup]:
        rows = Rollup.objects.filter(indicator=code, month__gte=month_of(start), month__lte=end)
        return rows if ids is None else rows.filter(unit_id__in=ids)

    result = _sums(of(indicator), by)
    spec = BY_CODE.get(indicator)
    if spec is not None and spec.open_rows is not None:
        snapshots = _snapshot_months(start, end, today or timezone.localdate(), by)
        opened = _sums(of(spec.open_code).filter(month__in=snapshots), by)
        for key, ratio in opened.items():
            result[key] = result.get(key, Ratio(0, 0)) + ratio
    return result


def first_month() -> dt.date | None:
    earliest = Rollup.objects.aggregate(first=Min("month"))["first"]
    return earliest


def ratios_by_unit(
    *,
    indicators: Iterable[str],
    start: dt.date,
    end: dt.date,
    unit_ids: Iterable[int],
    today: dt.date | None = None,
) -> dict[str, dict[int, Ratio]]:
    """For each indicator, its ratio per unit (with the dossiers open at the end of the
    period where it counts them): one query for them all."""
    result: dict[str, dict[int, Ratio]] = {code: {} for code in indicators}
    open_codes = {
        BY_CODE[code].open_code: code
        for code in result
        if code in BY_CODE and BY_CODE[code].open_rows is not None
    }
    snapshots = _snapshot_months(start, end, today or timezone.localdate(), None)
    rows = (
        Rollup.objects.filter(
            Q(indicator__in=list(result), month__gte=month_of(start), month__lte=end)
            | Q(indicator__in=list(open_codes), month__in=snapshots),
            unit_id__in=list(unit_ids),
        )
        .values("indicator", "unit_id")
        .annotate(n=Sum("numerator"), d=Sum("denominator"))
        .order_by()
    )
    for row in rows:
        code = open_codes.get(row["indicator"], row["indicator"])
        by_unit = result[code]
        ratio = Ratio(row["n"] or 0, row["d"] or 0)
        by_unit[row["unit_id"]] = by_unit.get(row["unit_id"], Ratio(0, 0)) + ratio
    return result


def ratios_by_category(
    *, indicators: Iterable[str], start: dt.date, end: dt.date, unit_ids: Iterable[int]
) -> dict[str, dict[int, Ratio]]:
    """For each feedback indicator, its ratio per feedback category over the units and the
    months of the period: one query for them all."""
    result: dict[str, dict[int, Ratio]] = {code: {} for code in indicators}
    rows = (
        Rollup.objects.filter(
            indicator__in=list(result),
            month__gte=month_of(start),
            month__lte=end,
            unit_id__in=list(unit_ids),
            category_id__isnull=False,
        )
        .values("indicator", "category_id")
        .annotate(n=Sum("numerator"), d=Sum("denominator"))
        .order_by()
    )
    for row in rows:
        result[row["indicator"]][row["category_id"]] = Ratio(row["n"] or 0, row["d"] or 0)
    return result
