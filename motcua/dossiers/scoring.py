"""Evaluation of the handling of dossiers (Circular 01/2018 Art. 12-15): pure, no database.

Nine indicators of 0, 1 or 2 points. Per dossier: 1 (total time), 2 (each unit's time),
3 (extra contacts), 4 (agencies contacted), 6 (publicity), 7 (attitude). Per unit only:
5 (organisation of intake and return), 8 (handling of feedback), 9 (online services).
An official's or agency's score for an indicator is the mean of its dossiers' points, to one
decimal; officials are judged on 1, 2, 3, 4, 7 (out of 10), agencies on all nine (out of 18).

An indicator without data is left out of the total, and the total is still classified
(Art. 15(4)(b)); see `_result` for how the class thresholds apply to such a total.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Generic, TypeVar

from motcua.dossiers.timeliness import Timeliness

OFFICIAL_INDICATORS = (1, 2, 3, 4, 7)
DOSSIER_INDICATORS = (1, 2, 3, 4, 6, 7)
UNIT_INDICATORS = (5, 8, 9)
AGENCY_INDICATORS = (1, 2, 3, 4, 5, 6, 7, 8, 9)
POINTS_PER_INDICATOR = 2
OFFICIAL_MAXIMUM = POINTS_PER_INDICATOR * len(OFFICIAL_INDICATORS)  # 10
AGENCY_MAXIMUM = POINTS_PER_INDICATOR * len(AGENCY_INDICATORS)  # 18


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
    substantiated complaint about harassment (or late). Substantiated means found true after
    checking: a citizen's unchecked claim is not one."""
    if substantiated_complaint:
        return 0
    return {Timeliness.EARLY: 2, Timeliness.ON_TIME: 1}.get(timeliness, 0)


def feedback_points(*, total: int, on_time: int, prolonged: int) -> int:
    """Indicator 8: 2 when no feedback was due or all of it was handled on time and none is
    prolonged (kéo dài); 1 when at least 90 % was handled on time; 0 below.

    `total` and `on_time` count the items due in the period; `prolonged` counts the items
    left unanswered past their deadline (whenever they fell due). A prolonged item only
    takes the 2 points away: with nothing due in the period, 100 % of it was on time."""
    if on_time >= total:
        return 1 if prolonged else 2
    return 1 if on_time / total >= 0.9 else 0


@dataclass(frozen=True)
class FeedbackHandling:
    """The counts behind indicator 8 for one agency."""

    due: int
    on_time: int
    prolonged: int

    @property
    def points(self) -> int:
        return feedback_points(total=self.due, on_time=self.on_time, prolonged=self.prolonged)


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
    return {i: one_decimal(Decimal(sum(p)) / len(p)) for i, p in sorted(totals.items())}


def one_decimal(value: Decimal) -> Decimal:
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def percentage(part: int, whole: int) -> Decimal | None:
    """`part` of `whole` in per cent, to one decimal; None when there is nothing to count."""
    if not whole:
        return None
    return one_decimal(Decimal(100 * part) / whole)


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


# The Circular's thresholds, for the full maximum (10 for officials, 18 for agencies).
OFFICIAL_BANDS = ((Decimal(5), OfficialClass.FULL), (Decimal("3.5"), OfficialClass.PARTIAL))
AGENCY_BANDS = (
    (Decimal(15), AgencyClass.EXCELLENT),
    (Decimal(12), AgencyClass.GOOD),
    (Decimal(9), AgencyClass.FAIR),
    (Decimal(6), AgencyClass.AVERAGE),
)

C = TypeVar("C", OfficialClass, AgencyClass)


@dataclass(frozen=True)
class Result(Generic[C]):
    total: Decimal  # the sum of the indicators that have data
    maximum: int  # 2 points for each of them
    classification: C
    left_out: tuple[int, ...]  # the indicators without data


def _result(
    scores: Mapping[int, Decimal | None],
    indicators: tuple[int, ...],
    full_maximum: int,
    bands: tuple[tuple[Decimal, C], ...],
    lowest: C,
) -> Result[C] | None:
    """The total over the indicators that have data, and its class; None when none has.

    An indicator without data is left out of the total, not counted as 0, and the total is
    still classified (Art. 15(4)(b)). The class thresholds are read as shares of the maximum:
    each is applied to the total as the same share of the points the indicators with data
    could give. Five of 10 points ("completes all duties") becomes 4 of 8 for an official
    whose indicator 7 has no rating; 15 of 18 ("excellent") becomes 11.7 of 14 for an agency
    without indicators 5 and 9. Applied unscaled to the smaller total, the thresholds would
    count every left-out indicator as 0 after all (and no agency without 5 and 9 could ever
    be excellent), which is what the rule excludes; with every indicator known, both readings
    give the same class."""
    known = {i: scores[i] for i in indicators if scores.get(i) is not None}
    if not known:
        return None
    total = sum((s for s in known.values() if s is not None), Decimal(0))
    maximum = POINTS_PER_INDICATOR * len(known)
    label = next(
        # total / maximum >= threshold / full maximum, without rounding either side
        (label for threshold, label in bands if total * full_maximum >= threshold * maximum),
        lowest,
    )
    left_out = tuple(i for i in indicators if i not in known)
    return Result(total, maximum, label, left_out)


def official_result(scores: Mapping[int, Decimal | None]) -> Result[OfficialClass] | None:
    """An official on indicators 1, 2, 3, 4 and 7 (out of 10 with all of them)."""
    return _result(scores, OFFICIAL_INDICATORS, OFFICIAL_MAXIMUM, OFFICIAL_BANDS, OfficialClass.LOW)


def agency_result(scores: Mapping[int, Decimal | None]) -> Result[AgencyClass] | None:
    """An agency on the nine indicators (out of 18 with all of them): the means of the
    dossier indicators and the unit-level points given for 5, 8 and 9."""
    return _result(scores, AGENCY_INDICATORS, AGENCY_MAXIMUM, AGENCY_BANDS, AgencyClass.WEAK)
