"""Loading the yearly notices of days off."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core.services import audit_record
from motcua.core.tabular import (
    FirstRows,
    ImportResult,
    Problem,
    TableProblems,
    parse_date,
    read_table,
)
from motcua.workdays.models import DayKind, DayOff

COLUMNS = ["date", "kind", "name", "source"]


def days_off_load(
    *, data: bytes, filename: str, actor: Any = None, dry_run: bool = False, **_kw: Any
) -> ImportResult:
    """Create or update days off by date from a CSV/XLSX file with the columns of
    `motcua/workdays/data/vn_public_sector_days_off.csv`. All rows or none."""
    result = ImportResult(dry_run=dry_run)
    try:
        table = read_table(data, filename, columns=COLUMNS, required=["date", "kind", "name"])
    except TableProblems as exc:
        return result.reject(exc.problems)
    result.encoding = table.encoding
    problems: list[Problem] = []
    rows = []
    first_rows = FirstRows("date", _("the date"))
    for number, row in table.rows:
        try:
            day = parse_date(row.get("date"))
        except ValueError as exc:
            problems.append(Problem(number, "date", str(exc)))
            continue
        if day is None:
            problems.append(Problem(number, "date", _("this column is required")))
            continue
        if repeat := first_rows.repeated(number, day, f"{day:%d/%m/%Y}"):
            problems.append(repeat)
        kind = str(row.get("kind", "")).strip()
        if kind not in DayKind.values:
            problems.append(
                Problem(
                    number,
                    "kind",
                    _("“%(value)s” is not one of: %(allowed)s")
                    % {"value": kind, "allowed": ", ".join(DayKind.values)},
                )
            )
        elif kind == DayKind.SWAPPED_WORK and day.weekday() < 5:
            problems.append(
                Problem(number, "kind", _("a working day swapped in must be a weekend day"))
            )
        elif kind != DayKind.SWAPPED_WORK and day.weekday() >= 5:
            problems.append(Problem(number, "kind", _("a day off must be a weekday")))
        name = str(row.get("name", "")).strip()
        if not name or len(name) > 200:
            problems.append(Problem(number, "name", _("give a name of at most 200 characters")))
        rows.append((day, kind, name, str(row.get("source", "") or "").strip()[:300]))
    if problems:
        return result.reject(problems, table)
    with transaction.atomic():
        for day, kind, name, source in rows:
            _day, created = DayOff.objects.update_or_create(
                date=day, defaults={"kind": kind, "name": name, "source": source}
            )
            result.count(day.isoformat(), created=created)
        if dry_run:
            transaction.set_rollback(True)
            return result
        audit_record(
            actor=actor,
            action="workdays.load",
            object_type="file",
            object_id=filename[:64],
            detail={"created": result.created, "updated": result.updated},
        )
    return result
