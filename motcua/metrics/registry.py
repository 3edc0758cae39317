"""Every figure motcua shows, defined once: its code, name, kind, direction, unit, the
tables it comes from, what its drill-down lists, its definition and its default target.

Pages, exports, proposals, commands and the API read a figure's meaning from here and its
value through the roll-ups (`figures.py`); no template or view branches on a code. The Ibis
definitions that compute the roll-up figures live in `indicators.py`, under the same codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from django.utils.translation import gettext_lazy as _

# The founding directive asks every agency and commune for more than 90 % satisfaction by
# 2025; provinces set the same bar for on-time handling. A coordinator's target for a unit
# and period (`Target`) overrides it; this is the only place the number is written.
DEFAULT_TARGET = Decimal(90)


class Kind(StrEnum):
    SHARE = "share"  # a rate, stored 0-1, shown as a percentage
    COUNT = "count"  # a number of items
    INDEX = "index"  # a survey index, shown as a percentage with its interval
    POINTS = "points"  # points out of a maximum


class Direction(StrEnum):
    HIGHER = "higher"  # higher is better: the target is a floor
    LOWER = "lower"  # lower is better: the target is a ceiling


@dataclass(frozen=True)
class Spec:
    code: str
    name: Any
    kind: Kind
    definition: Any
    sources: tuple[str, ...]
    direction: Direction = Direction.HIGHER
    # What a row of the drill-down is ("dossier", "assignment", "feedback"), or None.
    drill: str | None = None
    default_target: Decimal | None = DEFAULT_TARGET
    # For a figure not computed from rows: the page behind it (a name in `core.links`).
    page: str | None = None

    @property
    def unit(self) -> Any:
        return {
            Kind.SHARE: _("per cent"),
            Kind.INDEX: _("per cent"),
            Kind.COUNT: _("items"),
            Kind.POINTS: _("points of 100"),
        }[self.kind]

    def as_dict(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": str(self.name),
            "kind": str(self.kind),
            "direction": str(self.direction),
            "unit": str(self.unit),
            "definition": str(self.definition),
            "sources": list(self.sources),
            "drill": self.drill,
            "default_target": (
                float(self.default_target) if self.default_target is not None else None
            ),
        }


DOSSIERS = ("dossiers_dossier", "catalogue_procedure")
SPECS: tuple[Spec, ...] = (
    Spec(
        "on_time",
        _("Finished dossiers resolved early or on time (Circular 01)"),
        Kind.SHARE,
        _(
            "Dossiers judged in the period: those finished in it with a time limit, and those "
            "still open at its end past their due date, which count as late. Early or on time "
            "among them (Circular 01/2018 Art. 13); an open dossier within its limit is not "
            "judged yet, and a request for papers beyond the once-only rule makes a dossier "
            "late."
        ),
        ("dossiers_dossier",),
        drill="dossier",
    ),
    Spec(
        "on_time_766",
        _("Dossiers on time, open ones included (Decision 766)"),
        Kind.SHARE,
        _(
            "Dossiers handled in the period, finished in it or still open at its end: those "
            "finished early or on time, or still open within their limit, among all of them. "
            "An open dossier past its due date is a miss (Decision 766)."
        ),
        ("dossiers_dossier",),
        drill="dossier",
    ),
    Spec(
        "rated_satisfied",
        _("Ratings: satisfied"),
        Kind.SHARE,
        _("Ratings of 4 or 5 among the applicants' ratings of dossiers finished in the period."),
        ("dossiers_dossier", "dossiers_rating"),
        drill="dossier",
    ),
    Spec(
        "satisfaction_766",
        _("Dossier satisfaction (Decision 766)"),
        Kind.SHARE,
        _(
            "Dossiers handled in the period that were neither late (or open past their due "
            "date), nor rated 1 or 2, nor named in feedback, among all of them (Decision 766)."
        ),
        ("dossiers_dossier", "dossiers_rating", "feedback_feedback"),
        drill="dossier",
    ),
    Spec(
        "online_share",
        _("Dossiers received online"),
        Kind.SHARE,
        _(
            "Dossiers received online in the period among all received; for a procedure "
            "whose result is a paper, only those that also issued an electronic result."
        ),
        DOSSIERS,
        drill="dossier",
    ),
    Spec(
        "paid_online",
        _("Dossiers with fees paid online"),
        Kind.SHARE,
        _("Dossiers of fee-bearing procedures received in the period whose fees were paid online."),
        DOSSIERS,
        drill="dossier",
    ),
    Spec(
        "digitised",
        _("Dossiers digitised"),
        Kind.SHARE,
        _(
            "Dossiers received in the period whose papers were digitised and, for a procedure "
            "whose result is a paper, that issued an electronic result."
        ),
        DOSSIERS,
        drill="dossier",
    ),
    Spec(
        "electronic_result",
        _("Dossiers with an electronic result"),
        Kind.SHARE,
        _(
            "Dossiers of procedures whose result is a paper, finished in the period, that "
            "issued an electronic result."
        ),
        DOSSIERS,
        drill="dossier",
    ),
    Spec(
        "synced_portal",
        _("Dossiers synchronised to the national portal"),
        Kind.SHARE,
        _("Dossiers received in the period that were synchronised to the national portal."),
        ("dossiers_dossier",),
        drill="dossier",
    ),
    Spec(
        "tasks_on_time",
        _("Tasks done by their deadline"),
        Kind.SHARE,
        _(
            "Assignments of issued directives due in the period (and by today) that were done, "
            "or whose report was sent, by their due date."
        ),
        ("directives_assignment", "directives_task", "directives_directive"),
        drill="assignment",
    ),
    Spec(
        "feedback_on_time",
        _("Feedback handled on time"),
        Kind.SHARE,
        _(
            "Feedback and petitions due in the period (and by today) answered by their "
            "deadline; items waiting for information asked of the citizen are left out."
        ),
        ("feedback_feedback",),
        drill="feedback",
    ),
    Spec(
        "feedback_satisfaction",
        _("Feedback: citizens satisfied with the answer (Decision 766)"),
        Kind.SHARE,
        _(
            "Feedback and petitions received in the period, less those the citizen found "
            "unresolved or rated 1 or 2, those sent again, and those answered late or still "
            "unanswered past their deadline (Decision 766)."
        ),
        ("feedback_feedback",),
        drill="feedback",
    ),
    Spec(
        "feedback_received",
        _("Feedback received"),
        Kind.COUNT,
        _("Every feedback item received in the period, whatever its kind."),
        ("feedback_feedback",),
        drill="feedback",
        default_target=None,
    ),
    Spec(
        "sipas_overall",
        _("Satisfaction survey: overall index"),
        Kind.INDEX,
        _(
            "The overall index of the period's survey campaign with answers in these units (a "
            "closed campaign first, then the latest), as its results page gives it: the mean "
            "of the elements' satisfied shares under the campaign's sampling design, with a "
            "95 per cent interval."
        ),
        ("surveys_campaignresult",),
    ),
    Spec(
        "procedures_published",
        _("Procedures published complete and current"),
        Kind.SHARE,
        _(
            "Published procedures with every mandatory component and no expired form or legal "
            "basis, on the period's last day (or today)."
        ),
        ("catalogue_procedure", "catalogue_form", "catalogue_legaldocument"),
        page="publication_check",
    ),
    Spec(
        "tasks_overdue",
        _("Tasks and reports overdue"),
        Kind.COUNT,
        _("Tasks of issued directives not done, and reports not sent, past their due date today."),
        ("directives_assignment",),
        direction=Direction.LOWER,
        default_target=Decimal(0),
        page="staff_directives",
    ),
    Spec(
        "index_766",
        _("Decision 766 index (local estimate)"),
        Kind.POINTS,
        _(
            "A local estimate of the Decision 766 index from motcua's own data, never the "
            "official score: six groups of points from the indicators above; a group without "
            "data is left out and the others scaled, and the points that rest on data are "
            "stated."
        ),
        ("metrics_rollup",),
    ),
)
REGISTRY: dict[str, Spec] = {spec.code: spec for spec in SPECS}


def spec(code: str) -> Spec:
    return REGISTRY[code]


def choices() -> list[tuple[str, Any]]:
    """The figures a target can be set for, for forms and the admin."""
    return [(s.code, s.name) for s in SPECS]
