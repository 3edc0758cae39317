"""A local estimate of the Decision 766/QĐ-TTg service-quality index (DOMAIN.md §4), from
what motcua holds: never "the 766 score", which the national portal computes.

The default layout is the national portal's of 2026: six groups, publicity 18, progress 20,
online services 12, online payment 10, digitisation 22 and satisfaction 18 points; it can
be replaced with `settings.MOTCUA_D766` (same shape as `DEFAULT_766`). Inside a group, each
indicator has a maximum (the published per-indicator maxima are mostly unverified, so they
are configuration) and a threshold at which it earns full points: a rate r earns
max × min(1, r / threshold) (for example online share: full points from 50 %; dossier
satisfaction: full points from 90 %, else rate × max / 90 %).

An indicator motcua has no data for is "no data", never zero: the group and the index
are then computed over the indicators that have data and scaled to their full size, and
the result says how many of the 100 points rest on data. Pure functions, no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext_lazy as _

# group code, label, maximum, [(indicator, maximum, full points from this rate)]
DEFAULT_766: list[dict[str, Any]] = [
    {
        "code": "publicity",
        "label": _("Publicity and transparency"),
        "max": 18,
        "indicators": [
            # Procedures announced and published on time are not recorded; published
            # complete and current, and dossiers synchronised to the national portal, are.
            {"code": "procedures_published", "max": 12, "full_at": 1.0},
            {"code": "synced_portal", "max": 6, "full_at": 1.0},
        ],
    },
    {
        "code": "progress",
        "label": _("Progress and results"),
        "max": 20,
        "indicators": [
            # Open dossiers included, as the method counts them (not Circular 01's share
            # of finished dossiers, `on_time`).
            {"code": "on_time_766", "max": 20, "full_at": 1.0},
        ],
    },
    {
        "code": "online",
        "label": _("Online public services"),
        "max": 12,
        "indicators": [
            {"code": "online_share", "max": 12, "full_at": 0.5},
        ],
    },
    {
        "code": "payment",
        "label": _("Online payment"),
        "max": 10,
        "indicators": [
            # The method's 80 % threshold is for fee-bearing procedures integrated for
            # payment (not recorded); the share of dossiers paid online has none.
            {"code": "paid_online", "max": 10, "full_at": 1.0},
        ],
    },
    {
        "code": "digitisation",
        "label": _("Digitisation"),
        "max": 22,
        "indicators": [
            {"code": "electronic_result", "max": 11, "full_at": 1.0},
            {"code": "digitised", "max": 11, "full_at": 0.8},
        ],
    },
    {
        "code": "satisfaction",
        "label": _("Satisfaction"),
        "max": 18,
        "indicators": [
            {"code": "feedback_on_time", "max": 6, "full_at": 1.0},
            {"code": "feedback_satisfaction", "max": 6, "full_at": 1.0},
            {"code": "satisfaction_766", "max": 6, "full_at": 0.9},
        ],
    },
]
# Lower bounds of the bands, highest first. 90 and 50 are published; the cut-offs in
# between are what provinces appear to use [unverified].
DEFAULT_BANDS: list[tuple[float, str]] = [
    (90, "excellent"),
    (80, "good"),
    (70, "fair"),
    (50, "average"),
    (0, "weak"),
]
BAND_LABELS = {
    "excellent": _("Excellent"),
    "good": _("Good"),
    "fair": _("Fair"),
    "average": _("Average"),
    "weak": _("Weak"),
}


@dataclass(frozen=True)
class Points:
    code: str
    maximum: float
    rate: float | None
    points: float | None  # None: no data


@dataclass
class GroupScore:
    code: str
    label: Any
    maximum: float
    parts: list[Points] = field(default_factory=list)

    @property
    def measured(self) -> float:
        """The points of this group's indicators that rest on data."""
        return sum(p.maximum for p in self.parts if p.points is not None)

    @property
    def measured_points(self) -> float:
        """The group's points that rest on data, out of its maximum (its indicators'
        maxima may be configured to add up to another total)."""
        size = sum(p.maximum for p in self.parts) or 1
        return self.measured * self.maximum / size

    @property
    def score(self) -> float | None:
        """Points earned, scaled to the group's maximum over the indicators with data."""
        if not self.measured:
            return None
        earned = sum(p.points for p in self.parts if p.points is not None)
        return earned * self.maximum / self.measured


@dataclass
class Index766:
    groups: list[GroupScore]

    @property
    def measured(self) -> float:
        """How many of the 100 points rest on data (groups without any data count 0)."""
        return sum(g.measured_points for g in self.groups)

    @property
    def score(self) -> float | None:
        scored = [g for g in self.groups if g.score is not None]
        if not scored:
            return None
        earned = sum(g.score for g in scored if g.score is not None)
        return earned * 100 / sum(g.maximum for g in scored)

    def band(self, bands: list[tuple[float, str]] | None = None) -> str | None:
        score = self.score
        if score is None:
            return None
        return next(name for floor, name in bands or DEFAULT_BANDS if score >= floor)


def indicator_points(rate: float | None, maximum: float, full_at: float) -> float | None:
    """max × min(1, rate / threshold); None when there is no rate."""
    if rate is None:
        return None
    return maximum * min(1.0, max(rate, 0.0) / full_at)


def index_766(
    rates: Mapping[str, float | None], config: list[dict[str, Any]] | None = None
) -> Index766:
    """The index from each indicator's rate (0-1, None or absent for no data)."""
    groups = []
    for spec in config or DEFAULT_766:
        group = GroupScore(code=spec["code"], label=spec["label"], maximum=spec["max"])
        for part in spec["indicators"]:
            rate = rates.get(part["code"])
            group.parts.append(
                Points(
                    code=part["code"],
                    maximum=part["max"],
                    rate=rate,
                    points=indicator_points(rate, part["max"], part["full_at"]),
                )
            )
        groups.append(group)
    return Index766(groups)
