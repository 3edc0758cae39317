"""Reads over dossiers."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import timezone

from motcua.dossiers.models import Dossier, LookupAttempt
from motcua.dossiers.states import State

LOOKUP_LIMIT = 10  # lookups per client ...
LOOKUP_WINDOW = dt.timedelta(minutes=10)  # ... in this window


@dataclass(frozen=True)
class PublicStep:
    at: dt.datetime
    state: str


@dataclass(frozen=True)
class PublicStatus:
    """What a citizen may see: no name, phone, address or officer."""

    code: str
    procedure: str
    state: str
    received_at: dt.datetime
    due_date: dt.date | None
    new_due_date: dt.date | None
    steps: list[PublicStep]


def _client_key(address: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()


def lookup_allowed(*, address: str) -> bool:
    since = timezone.now() - LOOKUP_WINDOW
    recent = LookupAttempt.objects.filter(client=_client_key(address), at__gte=since).count()
    return recent < LOOKUP_LIMIT


def dossier_public_lookup(*, code: str, phone_last4: str, address: str) -> PublicStatus | None:
    """The status of a dossier for whoever knows its code and the last four digits of the
    phone number given at intake. Unknown code and wrong digits look the same, and every
    attempt counts towards the client's limit."""
    code, digits = code.strip().upper(), "".join(ch for ch in phone_last4 if ch.isdigit())
    dossier = (
        Dossier.objects.select_related("procedure").filter(code=code).first()
        if len(digits) == 4
        else None
    )
    found = dossier is not None and dossier.applicant_phone.endswith(digits)
    LookupAttempt.objects.create(client=_client_key(address), at=timezone.now(), found=found)
    if not found or dossier is None:
        return None
    steps = [
        PublicStep(at=event.at, state=str(State(event.to_state).label))
        for event in dossier.events.filter(refused=False).exclude(to_state="")
    ]
    return PublicStatus(
        code=dossier.code,
        procedure=dossier.procedure.name,
        state=str(State(dossier.state).label),
        received_at=dossier.received_at,
        due_date=dossier.due_date,
        new_due_date=dossier.new_due_date,
        steps=steps,
    )


def dossier_for_staff(*, code: str, access: Any) -> Dossier | None:
    """A dossier the staff member may see (its unit is within their reach), with what its
    pages need; None otherwise, so others cannot even learn that the code exists."""
    dossier = (
        Dossier.objects.select_related("procedure", "agency", "unit", "received_by")
        .prefetch_related("events__actor", "submitted_components")
        .filter(code=code)
        .first()
    )
    if dossier is None or not access.can_view(dossier.unit_id):
        return None
    return dossier
