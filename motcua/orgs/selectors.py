"""Reads over the organisation tree: as of a date, across mergers and splits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.utils import timezone

from motcua.orgs.models import AdministrativeUnit, UnitSuccession


def today() -> dt.date:
    return timezone.localdate()


@dataclass
class UnitNode:
    unit: AdministrativeUnit
    children: list[UnitNode] = field(default_factory=list)


def unit_tree(*, on: dt.date | None = None) -> list[UnitNode]:
    """The units in force on a date as a forest of nested nodes, roots first, ordered by code."""
    day = on or today()
    units = list(AdministrativeUnit.objects.valid_on(day).select_related("parent").order_by("code"))
    nodes = {u.pk: UnitNode(u) for u in units}
    roots: list[UnitNode] = []
    for node in nodes.values():
        parent = nodes.get(node.unit.parent_id) if node.unit.parent_id else None
        (parent.children if parent else roots).append(node)
    return roots


def unit_descendant_ids(unit_ids: Iterable[int], *, on: dt.date | None = None) -> set[int]:
    """The given units and every unit below them that is in force on the date."""
    day = on or today()
    found = set(unit_ids)
    frontier = set(found)
    while frontier:
        children = set(
            AdministrativeUnit.objects.valid_on(day)
            .filter(parent_id__in=frontier)
            .values_list("pk", flat=True)
        )
        frontier = children - found
        found |= frontier
    return found


def unit_current_successors(
    unit: AdministrativeUnit, *, on: dt.date | None = None
) -> list[AdministrativeUnit]:
    """The unit(s) in force on the date that a historic unit became, through any chain of
    mergers and splits. A unit still in force is its own successor."""
    day = on or today()
    if unit.is_valid_on(day):
        return [unit]
    seen: set[int] = {unit.pk}
    frontier = [unit.pk]
    current: dict[int, AdministrativeUnit] = {}
    while frontier:
        links = UnitSuccession.objects.filter(predecessor_id__in=frontier).select_related(
            "successor"
        )
        frontier = []
        for link in links:
            successor = link.successor
            if successor.pk in seen:
                continue
            seen.add(successor.pk)
            if successor.is_valid_on(day):
                current[successor.pk] = successor
            else:
                frontier.append(successor.pk)
    return sorted(current.values(), key=lambda u: u.code)


def unit_predecessor_ids(unit_ids: Iterable[int]) -> set[int]:
    """Every unit that merged or split, directly or through a chain, into one of these."""
    found: set[int] = set()
    frontier = set(unit_ids)
    while frontier:
        preds = set(
            UnitSuccession.objects.filter(successor_id__in=frontier).values_list(
                "predecessor_id", flat=True
            )
        )
        frontier = preds - found - set(unit_ids)
        found |= frontier
    return found


def unit_historic_units(
    unit: AdministrativeUnit, *, on: dt.date | None = None
) -> QuerySet[AdministrativeUnit]:
    """Historic units whose records now belong to this unit or to a unit below it, so that
    figures from before a reorganisation add up under today's units. A unit that was split
    appears under each of its successors."""
    day = on or today()
    current = unit_descendant_ids([unit.pk], on=day)
    historic = unit_predecessor_ids(current) - current
    return AdministrativeUnit.objects.filter(pk__in=historic).order_by("code")


def unit_scope_ids(unit: AdministrativeUnit, *, on: dt.date | None = None) -> set[int]:
    """This unit, its units below, and all their historic predecessors: the ids to filter
    records by when a figure is asked for this unit."""
    day = on or today()
    current = unit_descendant_ids([unit.pk], on=day)
    return current | unit_predecessor_ids(current)


def unit_current_by_code(code: str, *, on: dt.date | None = None) -> AdministrativeUnit | None:
    day = on or today()
    return AdministrativeUnit.objects.valid_on(day).filter(code=code).first()
