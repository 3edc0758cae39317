"""Writes to the organisation tree."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from motcua.core.services import audit_record
from motcua.core.tabular import (
    FirstRows,
    ImportResult,
    Problem,
    TableProblems,
    parse_date,
    parse_text,
    read_table,
)
from motcua.orgs.access import access_for
from motcua.orgs.models import AdministrativeUnit, Role, UnitKind, UnitSuccession

UNIT_COLUMNS = ["code", "name", "kind", "parent_code", "valid_from", "valid_to", "successors"]
UNIT_REQUIRED = ["code", "name", "kind"]
UNIT_EXAMPLE = {
    "code": "23416",
    "name": "Xã Đăk Hà",
    "kind": "commune",
    "parent_code": "51",
    "valid_from": "01/07/2025",
    "valid_to": "",
    "successors": "",
}
UNIT_LABELS = {
    "code": [_l("Official code"), "Mã đơn vị"],
    "name": [_l("Name"), "Tên đơn vị"],
    "kind": [_l("Kind"), "Loại"],
    "parent_code": [_l("Parent code"), "Mã đơn vị cấp trên"],
    "valid_from": [_l("Valid from"), "Hiệu lực từ ngày"],
    "valid_to": [_l("Valid to"), "Hiệu lực đến ngày"],
    "successors": [_l("Successors"), "Đơn vị kế thừa"],
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


def _overlapping(unit: AdministrativeUnit) -> AdministrativeUnit | None:
    """Another version of the same code whose validity overlaps this one's."""
    others = AdministrativeUnit.objects.filter(code=unit.code).exclude(pk=unit.pk)
    if unit.valid_to is not None:
        others = others.filter(Q(valid_from__isnull=True) | Q(valid_from__lte=unit.valid_to))
    if unit.valid_from is not None:
        others = others.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=unit.valid_from))
    return others.first()


def _is_below(unit: AdministrativeUnit, ancestor: AdministrativeUnit) -> bool:
    """Whether `unit` is `ancestor` or sits somewhere under it."""
    seen: set[int] = set()
    current: AdministrativeUnit | None = unit
    while current is not None and current.pk not in seen:
        if current.pk == ancestor.pk:
            return True
        seen.add(current.pk)
        current = current.parent
    return False


def units_import(
    *,
    data: bytes,
    filename: str,
    actor: Any = None,
    is_demo: bool = False,
    progress: Progress | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Create or update units from CSV/XLSX. Rows are keyed by (code, valid_from). Parents and
    successors may refer to units earlier in the file or already in the database. Any error
    and nothing is written.

    With an `actor` (a web upload), every unit touched, its parent and its successors must be
    units the actor administers; only a superuser adds or changes a top-level unit. Without
    one (the command line, run by whoever holds the server) nothing is restricted. With
    `dry_run` everything is checked and counted, then rolled back."""
    result = ImportResult(dry_run=dry_run)
    try:
        table = read_table(
            data, filename, columns=UNIT_COLUMNS, required=UNIT_REQUIRED, labels=UNIT_LABELS
        )
    except TableProblems as exc:
        return result.reject(exc.problems)
    result.encoding = table.encoding
    access = access_for(actor) if actor is not None else None
    allowed_new: set[int] = set()

    def administers(unit: AdministrativeUnit) -> bool:
        if access is None or access.is_superuser or unit.pk in allowed_new:
            return True
        return access.has_role(unit, Role.ADMINISTRATOR)

    total = len(table.rows)
    first_rows = FirstRows("code", _("the unit code"))
    with transaction.atomic():
        pending_links: list[tuple[int, AdministrativeUnit, list[str]]] = []
        for index, (number, row) in enumerate(table.rows, start=1):
            errors: list[Problem] = []

            def fail(column: str, reason: str, number: int = number, errors: list = errors) -> None:
                errors.append(Problem(number, column, reason))

            code, name, parent_code = "", "", ""
            for column in ("code", "name", "parent_code"):
                try:
                    value = parse_text(row.get(column), max_length=16 if column != "name" else 200)
                except ValueError as exc:
                    fail(column, str(exc))
                    continue
                if column == "code":
                    code = value
                elif column == "name":
                    name = value
                else:
                    parent_code = value
            if not code and not any(p.column == "code" for p in errors):
                fail("code", _("the code is empty"))
            if not name and not any(p.column == "name" for p in errors):
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
            version = f"{code} ({start:%d/%m/%Y})" if start else code
            if code and (repeat := first_rows.repeated(number, (code, start), version)):
                errors.append(repeat)
            if start and end and end < start:
                fail("valid_to", _("the end date is before the start date"))
            parent = None
            if parent_code and parent_code == code:
                fail("parent_code", _("a unit cannot be its own parent"))
            elif parent_code:
                on = start or end or timezone.localdate()
                parent = AdministrativeUnit.objects.valid_on(on).filter(code=parent_code).first()
                if parent is None:
                    fail("parent_code", _("no unit with code %s in force then") % parent_code)
                elif not administers(parent):
                    fail("parent_code", _("you do not administer unit %s") % parent_code)
            elif access is not None and not access.is_superuser:
                fail("parent_code", _("only a superuser may add or change a top-level unit"))
            existing = AdministrativeUnit.objects.filter(code=code, valid_from=start).first()
            if existing is not None and not administers(existing):
                fail("code", _("you do not administer unit %s") % code)
            if existing is not None and parent is not None and _is_below(parent, existing):
                fail("parent_code", _("a unit cannot be placed under one of its own units"))
            if existing is not None and existing.parent_id != (parent.pk if parent else None):
                # Moving a unit takes it away from its old parent: that parent's
                # administrator must agree, i.e. be the one importing.
                old_parent = existing.parent
                if access is not None and not (
                    access.is_superuser or (old_parent is not None and administers(old_parent))
                ):
                    fail(
                        "parent_code",
                        _("only the administrator of its current parent may move unit %s") % code,
                    )
            if errors:
                result.problems.extend(errors)
                continue
            unit = existing or AdministrativeUnit(code=code, valid_from=start)
            unit.name, unit.kind, unit.parent, unit.valid_to = name, kind, parent, end
            unit.is_demo = is_demo
            unit.save()
            if existing is None:
                allowed_new.add(unit.pk)
            result.count(f"{code} ({start or '…'})", created=existing is None)
            clash = _overlapping(unit)
            if clash is not None:
                result.problems.append(
                    Problem(
                        number,
                        "valid_from",
                        _("overlaps the version of %(code)s valid from %(start)s to %(end)s")
                        % {
                            "code": code,
                            "start": clash.valid_from or "…",
                            "end": clash.valid_to or "…",
                        },
                    )
                )
            successors = [c.strip() for c in str(row.get("successors", "")).split(";") if c.strip()]
            if successors:
                pending_links.append((number, unit, successors))
            if progress:
                progress(index, total)
        for number, unit, codes in pending_links:
            effective = (unit.valid_to or timezone.localdate()) + dt.timedelta(days=1)
            for successor_code in codes:
                successor = (
                    AdministrativeUnit.objects.valid_on(effective)
                    .filter(code=successor_code)
                    .first()
                )
                if successor is None or successor.pk == unit.pk:
                    reason = _("no unit with code %s in force after this one ends") % successor_code
                elif not administers(successor):
                    reason = _("you do not administer unit %s") % successor_code
                else:
                    UnitSuccession.objects.update_or_create(
                        predecessor=unit, successor=successor, defaults={"effective_on": effective}
                    )
                    continue
                result.problems.append(Problem(number, "successors", reason))
        if result.problems:
            transaction.set_rollback(True)
            return result.reject(result.problems, table)
        if dry_run:
            transaction.set_rollback(True)
            return result
        audit_record(
            actor=actor,
            action="units.import",
            object_type="file",
            object_id=filename[:64],
            detail={"created": result.created, "updated": result.updated},
        )
    return result
