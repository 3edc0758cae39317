"""Writes to the organisation tree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils.translation import gettext as _

from motcua.core.services import audit_record
from motcua.core.tabular import Problem, TableProblems, parse_date, read_table
from motcua.orgs.models import AdministrativeUnit, UnitKind, UnitSuccession

UNIT_COLUMNS = ["code", "name", "kind", "parent_code", "valid_from", "valid_to", "successors"]
UNIT_REQUIRED = ["code", "name", "kind"]


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    problems: list[Problem] = field(default_factory=list)
    encoding: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "created": self.created,
            "updated": self.updated,
            "encoding": self.encoding,
            "errors": [p.as_dict() for p in self.problems],
        }


Progress = Callable[[int, int], None]


def _kind(value: str) -> str:
    text = value.strip().casefold()
    for choice in UnitKind:
        if text in {choice.value, str(choice.label).casefold()}:
            return choice.value
    aliases = {
        "tỉnh": "province",
        "thành phố": "province",
        "huyện": "district",
        "xã": "commune",
        "phường": "ward",
        "đặc khu": "special_zone",
    }
    if text in aliases:
        return aliases[text]
    raise ValueError(
        _("“%(value)s” is not a unit kind (%(kinds)s)")
        % {"value": value, "kinds": ", ".join(UnitKind.values)}
    )


def units_import(
    *,
    data: bytes,
    filename: str,
    actor: Any = None,
    is_demo: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Create or update units from CSV/XLSX. Rows are keyed by (code, valid_from). Parents and
    successors may refer to units earlier in the file or already in the database. Any error
    and nothing is written."""
    result = ImportResult()
    try:
        table = read_table(data, filename, columns=UNIT_COLUMNS, required=UNIT_REQUIRED)
    except TableProblems as exc:
        result.problems = exc.problems
        return result
    result.encoding = table.encoding
    total = len(table.rows)
    with transaction.atomic():
        pending_links: list[tuple[int, AdministrativeUnit, list[str]]] = []
        seen: set[tuple[str, dt.date | None]] = set()
        for index, (number, row) in enumerate(table.rows, start=1):
            errors: list[Problem] = []

            def fail(column: str, reason: str, number: int = number, errors: list = errors) -> None:
                errors.append(Problem(number, column, reason))

            code = str(row.get("code", "")).strip()
            name = str(row.get("name", "")).strip()
            if not code:
                fail("code", _("the code is empty"))
            if not name:
                fail("name", _("the name is empty"))
            kind = ""
            try:
                kind = _kind(str(row.get("kind", "")))
            except ValueError as exc:
                fail("kind", str(exc))
            dates: dict[str, dt.date | None] = {}
            for column in ("valid_from", "valid_to"):
                try:
                    dates[column] = parse_date(row.get(column))
                except ValueError as exc:
                    fail(column, str(exc))
            start, end = dates.get("valid_from"), dates.get("valid_to")
            if start and end and end < start:
                fail("valid_to", _("the end date is before the start date"))
            if (code, start) in seen:
                fail("code", _("this code and start date appear twice in the file"))
            seen.add((code, start))
            parent = None
            parent_code = str(row.get("parent_code", "")).strip()
            if parent_code:
                on = start or end or dt.date.today()  # noqa: DTZ011
                parent = AdministrativeUnit.objects.valid_on(on).filter(code=parent_code).first()
                if parent is None:
                    fail("parent_code", _("no unit with code %s in force then") % parent_code)
            if errors:
                result.problems.extend(errors)
                continue
            unit, created = AdministrativeUnit.objects.update_or_create(
                code=code,
                valid_from=start,
                defaults={
                    "name": name,
                    "kind": kind,
                    "parent": parent,
                    "valid_to": end,
                    "is_demo": is_demo,
                },
            )
            result.created += created
            result.updated += not created
            successors = [c.strip() for c in str(row.get("successors", "")).split(";") if c.strip()]
            if successors:
                pending_links.append((number, unit, successors))
            if progress:
                progress(index, total)
        for number, unit, codes in pending_links:
            effective = (unit.valid_to or dt.date.today()) + dt.timedelta(days=1)  # noqa: DTZ011
            for successor_code in codes:
                successor = (
                    AdministrativeUnit.objects.valid_on(effective)
                    .filter(code=successor_code)
                    .first()
                )
                if successor is None or successor.pk == unit.pk:
                    result.problems.append(
                        Problem(
                            number,
                            "successors",
                            _("no unit with code %s in force after this one ends") % successor_code,
                        )
                    )
                    continue
                UnitSuccession.objects.update_or_create(
                    predecessor=unit, successor=successor, defaults={"effective_on": effective}
                )
        if result.problems:
            transaction.set_rollback(True)
            result.created = result.updated = 0
            return result
        audit_record(
            actor=actor,
            action="units.import",
            object_type="file",
            object_id=filename[:64],
            detail={"created": result.created, "updated": result.updated},
        )
    return result
