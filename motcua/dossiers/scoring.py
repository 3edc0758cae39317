"""Evaluation of the handling of dossiers (Circular 01/2018 Art. 12-15): pure, no database.

Nine indicators of 0, 1 or 2 points. Per dossier: 1 (total time), 2 (each unit's time),
3 (extra contacts), 4 (agencies contacted), 6 (publicity), 7 (attitude). Per unit only:
5 (organisation of intake and return), 8 (handling of feedback), 9 (online services).
An official's or agency's score for an indicator is the mean of its dossiers' points, to one
decimal; officials are judged on 1, 2, 3, 4, 7 (out of 10), agencies on all nine (out of 18).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from motcua.dossiers.timeliness import Timeliness

OFFICIAL_INDICATORS = (1, 2, 3, 4, 7)
DOSSIER_INDICATORS = (1, 2, 3, 4, 6, 7)
UNIT_INDICATORS = (5, 8, 9)


def time_points(timeliness: Timeliness) -> int | None:
    """Indicators 1 and 2: 2 shorter than the limit, 1 equal, 0 longer."""
    return {Timeliness.EARLY: 2, Timeliness.ON_TIME: 1, Timeliness.LATE: 0}.get(timeliness)


def contact_points(extra_contacts: str, *, citizens_fault: bool = False) -> int:
    """Indicator 3: 2 no extra contact, 1 once, 0 more (unless it was the citizen's fault)."""
    if citizens_fault:
        return 2
    return {"none": 2, "once": 1}.get(extra_contacts, 0)


def agency_points(agencies: str) -> int:
    """Indicator 4: 2 no agency to go to, 1 only the one-stop unit, 0 more."""
    return {"none": 2, "one_stop": 1}.get(agencies, 0)


def publicity_points(*, posted: bool, online: bool, accurate_and_complete: bool) -> int:
    """Indicator 6: 2 posted and online, accurate and complete; 1 one of them; 0 neither."""
    if not accurate_and_complete:
        return 0
    return int(posted) + int(online)


def attitude_points(*, timeliness: Timeliness, substantiated_complaint: bool) -> int:
    """Indicator 7: 2 early and no substantiated complaint, 1 on time and none, 0 any
    substantiated complaint about harassment (or late)."""
    if substantiated_complaint:
        return 0
    return {Timeliness.EARLY: 2, Timeliness.ON_TIME: 1}.get(timeliness, 0)


@dataclass(frozen=True)
class DossierPoints:
    points: Mapping[int, int]  # indicator -> 0..2, only those that apply


def mean_scores(dossiers: Iterable[DossierPoints]) -> dict[int, Decimal]:
    """Per indicator, the mean of the dossiers' points, rounded half up to one decimal."""
    totals: dict[int, list[int]] = {}
    for dossier in dossiers:
        for indicator, points in dossier.points.items():
            if points not in (0, 1, 2):
                raise ValueError(f"indicator {indicator}: {points} is not 0, 1 or 2")
            totals.setdefault(indicator, []).append(points)
    return {i: _one_decimal(Decimal(sum(p)) / len(p)) for i, p in sorted(totals.items())}


def _one_decimal(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


class OfficialClass(StrEnum):
    FULL = "full"  # completes 100 % of duties
    PARTIAL = "partial"  # 70 % to under 100 %
    LOW = "low"  # under 70 %


class AgencyClass(StrEnum):
    EXCELLENT = "excellent"
    GOOD = "good"
    FAIR = "fair"
    AVERAGE = "average"
    WEAK = "weak"


def official_result(scores: Mapping[int, Decimal]) -> tuple[Decimal, OfficialClass]:
    total = sum((scores.get(i, Decimal(0)) for i in OFFICIAL_INDICATORS), Decimal(0))
    if total >= 5:
        return total, OfficialClass.FULL
    if total >= Decimal("3.5"):
        return total, OfficialClass.PARTIAL
    return total, OfficialClass.LOW


def agency_result(
    scores: Mapping[int, Decimal], unit_points: Mapping[int, int]
) -> tuple[Decimal, AgencyClass]:
    """Total out of 18: the dossier indicators' means plus the unit-level points (5, 8, 9)."""
    total = sum((scores.get(i, Decimal(0)) for i in (1, 2, 3, 4, 6, 7)), Decimal(0))
    total += sum(Decimal(unit_points.get(i, 0)) for i in UNIT_INDICATORS)
    for threshold, label in (
        (15, AgencyClass.EXCELLENT),
        (12, AgencyClass.GOOD),
        (9, AgencyClass.FAIR),
        (6, AgencyClass.AVERAGE),
    ):
        if total >= threshold:
            return total, label
    return total, AgencyClass.WEAK


def feedback_points(*, total: int, on_time: int) -> int:
    """Indicator 8: 2 no feedback or all handled on time, 1 at least 90 % on time, 0 below."""
    if total == 0 or on_time >= total:
        return 2
    return 1 if on_time / total >= 0.9 else 0
