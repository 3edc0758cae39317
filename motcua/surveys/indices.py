"""SIPAS-style indices from stored raw answers (DOMAIN.md §5).

An item's rate is the share of valid answers that are satisfied or very satisfied (4 or 5
on the 5-level scale); an element's index aggregates the rates of its items, and the
overall index aggregates the elements. The official aggregation formula is not verified,
so it is a parameter (the plain mean of the parts by default) and everything is computed
again from the raw answers whenever it changes. A rate resting on fewer than 10 answers is
not shown as a number: it reads "not enough answers".

These are unweighted counts of answer sheets, for a quick look at a handful of sheets (the
draft-directive proposals use them per unit). They are not a campaign's figures: the index
of a campaign, of one of its units or of a channel, with its interval, is the design-based
one of `surveys.results.campaign_estimate`, and the indicator board reads it as stored
(`surveys.selectors.survey_indices_for`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from motcua.surveys.models import Item, ItemKind, QuestionnaireVersion

SATISFIED = frozenset({"4", "5"})
VALID = frozenset({"1", "2", "3", "4", "5"})
MIN_ANSWERS = 10

Aggregate = Callable[[Sequence[float]], float]


@dataclass(frozen=True)
class Rate:
    name: str
    satisfied: int
    answers: int

    @property
    def enough(self) -> bool:
        return self.answers >= MIN_ANSWERS

    @property
    def value(self) -> float | None:
        """The share satisfied, or None when too few answered to show it."""
        return self.satisfied / self.answers if self.enough else None


@dataclass(frozen=True)
class ElementIndex:
    name: str
    items: list[Rate]
    value: float | None


@dataclass(frozen=True)
class Indices:
    elements: list[ElementIndex]
    overall: float | None
    responses: int


def item_rates(items: Iterable[Item], answers: Iterable[Mapping[str, Any]]) -> dict[str, Rate]:
    """Satisfied and valid answers per item, counted in one pass over the answer sheets."""
    names = [i.name for i in items]
    satisfied = dict.fromkeys(names, 0)
    valid = dict.fromkeys(names, 0)
    for sheet in answers:
        for name in names:
            value = sheet.get(name)
            if value is None:
                continue
            text = str(value)
            if text in VALID:
                valid[name] += 1
                if text in SATISFIED:
                    satisfied[name] += 1
    return {name: Rate(name, satisfied[name], valid[name]) for name in names}


def indices(
    version: QuestionnaireVersion,
    answers: Iterable[Mapping[str, Any]],
    *,
    aggregate: Aggregate = fmean,
) -> Indices:
    """Item rates, element indices and the overall index of a questionnaire version over a
    set of answer sheets. A part with too few answers is left out of its aggregate; an
    aggregate with no part left is None."""
    sheets = list(answers)
    sections = list(version.sections.filter(is_element=True).order_by("position"))
    in_index = [
        i
        for i in version.items.filter(in_index=True, kind=ItemKind.SATISFACTION)
        .select_related("section")
        .order_by("position")
    ]
    rates = item_rates(in_index, sheets)
    elements = []
    for section in sections:
        parts = [rates[i.name] for i in in_index if i.section_id == section.pk]
        shown = [r.value for r in parts if r.value is not None]
        elements.append(ElementIndex(section.name, parts, aggregate(shown) if shown else None))
    shown_elements = [e.value for e in elements if e.value is not None]
    return Indices(
        elements=elements,
        overall=aggregate(shown_elements) if shown_elements else None,
        responses=len(sheets),
    )
