"""Reads over the organisation tree: as of a date, across mergers and splits."""

from __future__ import annotations

import datetime as dt
from calendar import monthrange
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from motcua.core.textfold import collation_key
from motcua.orgs.models import AdministrativeUnit, Posting, UnitSuccession


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


@dataclass(frozen=True)
class UnitTreeRow:
    """A unit of the tree, flattened for a table: its depth and the units it became."""

    depth: int
    unit: AdministrativeUnit
    successors: list[str]


def unit_tree_rows(*, on: dt.date) -> list[UnitTreeRow]:
    """The units in force on the day, each under its parent (depth first, by code), with the
    names of the units each historic one became."""
    successors: dict[int, list[str]] = {}
    for link in UnitSuccession.objects.select_related("successor").order_by("successor__code"):
        successors.setdefault(link.predecessor_id, []).append(link.successor.name)
    rows: list[UnitTreeRow] = []

    def walk(nodes: list[UnitNode], depth: int) -> None:
        for node in nodes:
            rows.append(UnitTreeRow(depth, node.unit, successors.get(node.unit.pk, [])))
            walk(node.children, depth + 1)

    walk(unit_tree(on=on), 0)
    return rows


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


# One-stop postings (Decree 61/2018 Art. 10: from 6 to 24 months) --------------------------

POSTING_MIN_MONTHS = 6
POSTING_MAX_MONTHS = 24
SHORT_POSTINGS_SHOWN_FOR = dt.timedelta(days=365)


def months_after(day: dt.date, months: int) -> dt.date:
    """The same day `months` later, or the last day of that month when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, monthrange(year, month)[1]))


def posting_limit(started_on: dt.date) -> dt.date:
    """The last day of the longest allowed posting: 24 months from the first day."""
    return months_after(started_on, POSTING_MAX_MONTHS) - dt.timedelta(days=1)


POSTING_WARNING_LABELS = {
    "overdue": _("Over 24 months"),
    "ends_soon": _("24 months end soon"),
    "short": _("Ended before 6 months"),
}


@dataclass(frozen=True)
class PostingWarning:
    posting: Posting
    kind: str  # a key of POSTING_WARNING_LABELS
    limit_on: dt.date  # last day of the 24 months

    @property
    def label(self) -> str:
        return str(POSTING_WARNING_LABELS[self.kind])


def posting_warnings(
    *, on: dt.date, within_days: int = 60, queryset: QuerySet[Posting] | None = None
) -> list[PostingWarning]:
    """Postings in force on the day whose 24 months end within `within_days` or have
    already ended, then, as information, postings that ended in the past year before
    reaching 6 months. Pass the postings the user may see as `queryset`."""
    postings = (queryset if queryset is not None else Posting.objects.all()).select_related(
        "user", "agency", "agency__unit"
    )
    horizon = on + dt.timedelta(days=within_days)
    # 24 months are at least 730 days: a later start cannot reach its limit by the horizon.
    in_force = postings.filter(
        Q(ended_on__isnull=True) | Q(ended_on__gte=on),
        started_on__lte=horizon - dt.timedelta(days=729),
    ).order_by("started_on", "pk")
    warnings = []
    for posting in in_force:
        limit = posting_limit(posting.started_on)
        if limit <= horizon:
            kind = "overdue" if limit < on else "ends_soon"
            warnings.append(PostingWarning(posting, kind, limit))
    ended = postings.filter(ended_on__lt=on, ended_on__gte=on - SHORT_POSTINGS_SHOWN_FOR).order_by(
        "-ended_on", "pk"
    )
    for posting in ended:
        shortest = months_after(posting.started_on, POSTING_MIN_MONTHS) - dt.timedelta(days=1)
        if posting.ended_on is not None and posting.ended_on < shortest:
            warnings.append(PostingWarning(posting, "short", posting_limit(posting.started_on)))
    return warnings


POSTINGS_ENDED_SHOWN_FOR = dt.timedelta(days=365)


@dataclass(frozen=True)
class PostingRow:
    posting: Posting
    limit_on: dt.date  # last day of the 24 months
    warning: PostingWarning | None

    @property
    def officer(self) -> str:
        return self.posting.user.get_full_name() or self.posting.user.get_username()


def posting_rows(*, on: dt.date, queryset: QuerySet[Posting]) -> list[PostingRow]:
    """The postings of `queryset` in force on the day or ended in the year before it, by unit
    and agency (in Vietnamese order of their names) and start, each with its 24-month limit
    and its warning if it has one."""
    warnings = {w.posting.pk: w for w in posting_warnings(on=on, queryset=queryset)}
    recent = Q(ended_on__isnull=True) | Q(ended_on__gte=on - POSTINGS_ENDED_SHOWN_FOR)
    postings = sorted(
        queryset.filter(recent).select_related("user", "agency", "agency__unit"),
        key=lambda p: (
            collation_key(p.agency.unit.name),
            collation_key(p.agency.name),
            p.started_on,
            p.pk,
        ),
    )
    return [
        PostingRow(posting, posting_limit(posting.started_on), warnings.get(posting.pk))
        for posting in postings
    ]
