"""The dossier's states and the transitions the law allows between them (DOMAIN.md §2).

Pure data: services consult `allowed()` before every change and refuse the rest."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import gettext_lazy as _

# Decree 118/2025 and Circular 03/2025 replace Decree 61/2018 and Circular 01/2018 on this day.
NEW_RULES_FROM = dt.date(2025, 7, 1)


class RuleSet(models.TextChoices):
    D61_2018 = "d61_2018", _("Decree 61/2018 and Circular 01/2018")
    D118_2025 = "d118_2025", _("Decree 118/2025 and Circular 03/2025")


def rule_set_for(received_on: dt.date) -> RuleSet:
    return RuleSet.D61_2018 if received_on < NEW_RULES_FROM else RuleSet.D118_2025


class State(models.TextChoices):
    WAITING_ONLINE = "waiting_online", _("Waiting for online reception")
    SUPPLEMENT_REQUESTED = "supplement_requested", _("Supplement requested")
    RECEIVED = "received", _("Received")
    PROCESSING = "processing", _("Being processed")
    FINANCIAL_OBLIGATION = "financial_obligation", _("Waiting for fees or taxes")
    STOPPED = "stopped", _("Processing stopped")
    WITHDRAWN = "withdrawn", _("Withdrawn by the applicant")
    REFUSED = "refused", _("Refused")
    RESOLVED = "resolved", _("Resolved")
    RETURNED = "returned", _("Result returned")


TRANSITIONS: dict[str, frozenset[str]] = {
    State.WAITING_ONLINE: frozenset(
        {State.RECEIVED, State.SUPPLEMENT_REQUESTED, State.REFUSED, State.WITHDRAWN}
    ),
    State.SUPPLEMENT_REQUESTED: frozenset({State.RECEIVED, State.PROCESSING, State.WITHDRAWN}),
    State.RECEIVED: frozenset(
        {State.PROCESSING, State.SUPPLEMENT_REQUESTED, State.REFUSED, State.WITHDRAWN}
    ),
    State.PROCESSING: frozenset(
        {
            State.SUPPLEMENT_REQUESTED,
            State.FINANCIAL_OBLIGATION,
            State.STOPPED,
            State.REFUSED,
            State.RESOLVED,
            State.WITHDRAWN,
        }
    ),
    State.FINANCIAL_OBLIGATION: frozenset({State.PROCESSING, State.RESOLVED, State.WITHDRAWN}),
    State.RESOLVED: frozenset({State.RETURNED}),
    State.STOPPED: frozenset({State.RETURNED}),
    State.REFUSED: frozenset(),
    State.WITHDRAWN: frozenset(),
    State.RETURNED: frozenset(),
}
FINISHED = frozenset(
    {State.RESOLVED, State.RETURNED, State.STOPPED, State.REFUSED, State.WITHDRAWN}
)


def allowed(current: str, target: str) -> bool:
    return target in TRANSITIONS.get(current, frozenset())
