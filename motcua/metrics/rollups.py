"""Building the monthly roll-ups from the raw tables, and reading them.

`rollups_refresh` recomputes whole months: all of them the first time (or with
`full=True`), afterwards only the months touched by dossiers and assignments changed since
the last refresh, plus the current month (tasks fall due as days pass). Each month is
replaced in one transaction, so a dashboard never sees half a month.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import Min, Sum
from django.utils import timezone

from motcua.directives.models import Assignment
from motcua.dossiers.models import Dossier
from motcua.feedback.models import Feedback
from motcua.metrics.backend import live
from motcua.metrics.indicators import INDICATORS, Indicator, monthly_expression
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


def _touched(since: dt.datetime | None, today: dt.date) -> dict[str, set[dt.date]]:
    """Months to rebuild per source: every month with data the first time, else the months
    of rows changed since the last refresh; the current month always."""
    dossiers = (
        Dossier.objects.all() if since is None else Dossier.objects.filter(updated_at__gte=since)
    )
    assignments = (
        Assignment.objects.all()
        if since is None
        else Assignment.objects.filter(updated_at__gte=since)
    )
    zone = timezone.get_default_timezone()
    moments = set(dossiers.datetimes("received_at", "month", tzinfo=zone))
    moments |= set(
        dossiers.filter(finished_at__isnull=False).datetimes("finished_at", "month", tzinfo=zone)
    )
    items = (
        Feedback.objects.all() if since is None else Feedback.objects.filter(updated_at__gte=since)
    )
    feedback_months = {
        month_of(m.date())
        for field in ("received_at", "published_at")
        for m in items.filter(**{f"{field}__isnull": False}).datetimes(field, "month", tzinfo=zone)
    }
    feedback_months |= {
        month_of(d) for d in items.filter(due_on__isnull=False).dates("due_on", "month")
    }
    return {
        "feedback": feedback_months | {month_of(today)},
        "dossiers": {month_of(moment.date()) for moment in moments} | {month_of(today)},
        "assignments": {month_of(day) for day in assignments.dates("due_on", "month")}
        | {month_of(today)},
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
            rows += _rebuild(backend, indicator, start, end, today)
            months += len(months_between(start, end))
        if progress:
            progress(1)
    RefreshMark.objects.update_or_create(name=MARK, defaults={"at": started})
    if connection.vendor == "postgresql" and rows:
        # Fresh statistics for the rewritten rows, so the next dashboards plan well.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE metrics_rollup")
    return RefreshResult(months=months, rows=rows)


def _rebuild(
    backend: object, indicator: Indicator, start: dt.date, end: dt.date, today: dt.date
) -> int:
    expression = monthly_expression(indicator, start, end, today)
    table = backend.to_pyarrow(expression)  # type: ignore[attr-defined]
    data = table.to_pydict()
    fresh = [
        Rollup(
            indicator=indicator.code,
            unit_id=unit_id,
            agency_id=agency_id,
            month=month,
            numerator=numerator,
            denominator=denominator,
        )
        for unit_id, agency_id, month, numerator, denominator in zip(
            data["unit_id"],
            data["agency_id"],
            data["month"],
            data["numerator"],
            data["denominator"],
            strict=True,
        )
        if denominator
    ]
    with transaction.atomic():
        Rollup.objects.filter(
            indicator=indicator.code, month__gte=month_of(start), month__lte=end
        ).delete()
        Rollup.objects.bulk_create(fresh, batch_size=2000)
    return len(fresh)


@dataclass(frozen=True)
class Ratio:
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return self.numerator / self.denominator if self.denominator else None


def ratios(
    *,
    indicator: str,
    start: dt.date,
    end: dt.date,
    unit_ids: Iterable[int] | None = None,
    by: str | None = None,
) -> dict[object, Ratio]:
    """Sums over the roll-ups: one ratio (key None), or one per "unit", "agency" (key None
    for what no agency holds) or "month"."""
    rows = Rollup.objects.filter(indicator=indicator, month__gte=month_of(start), month__lte=end)
    if unit_ids is not None:
        rows = rows.filter(unit_id__in=list(unit_ids))
    if by is None:
        total = rows.aggregate(n=Sum("numerator"), d=Sum("denominator"))
        return {None: Ratio(total["n"] or 0, total["d"] or 0)}
    field = {"unit": "unit_id", "agency": "agency_id", "month": "month"}[by]
    grouped = rows.values(field).annotate(n=Sum("numerator"), d=Sum("denominator")).order_by()
    return {row[field]: Ratio(row["n"] or 0, row["d"] or 0) for row in grouped}


def first_month() -> dt.date | None:
    earliest = Rollup.objects.aggregate(first=Min("month"))["first"]
    return earliest


def ratios_by_unit(
    *, indicators: Iterable[str], start: dt.date, end: dt.date, unit_ids: Iterable[int]
) -> dict[str, dict[int, Ratio]]:
    """For each indicator, its ratio per unit: one query for them all."""
    result: dict[str, dict[int, Ratio]] = {code: {} for code in indicators}
    rows = (
        Rollup.objects.filter(
            indicator__in=list(result),
            unit_id__in=list(unit_ids),
            month__gte=month_of(start),
            month__lte=end,
        )
        .values("indicator", "unit_id")
        .annotate(n=Sum("numerator"), d=Sum("denominator"))
        .order_by()
    )
    for row in rows:
        result[row["indicator"]][row["unit_id"]] = Ratio(row["n"] or 0, row["d"] or 0)
    return result
