"""Shapes of the dossier API: staff reads and transitions, the citizen's lookup and rating.

Applicants' phone numbers only ever leave masked, and the ID number's hash never does."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext as _
from ninja import Field, Schema
from pydantic import ConfigDict, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from motcua.core.api_schemas import PageMeta
from motcua.dossiers.models import AgenciesContacted, Attitude, Contacts, Satisfaction
from motcua.dossiers.states import REASON_REQUIRED, State


class DossierFilterIn(Schema):
    state: list[State] = Field(default_factory=list, description="one or more states")
    procedure: str = Field("", max_length=32, description="procedure code, e.g. 1.000894")
    agency: str = Field("", max_length=64, description="receiving agency's identifier")
    unit: str = Field("", max_length=16, description="administrative unit code")
    received_from: dt.date | None = Field(None, description="received on or after this day")
    received_to: dt.date | None = Field(None, description="received on or before this day")
    due_before: dt.date | None = Field(
        None, description="due (or newly appointed after an apology) before this day"
    )
    overdue: bool = Field(False, description="only dossiers in hand past their due date")
    q: str = Field("", max_length=100, description="part of the code or the applicant's name")
    page: int = Field(1, ge=1, le=100_000)
    page_size: int = Field(20, ge=1, le=100)


class DossierSummaryOut(Schema):
    code: str
    procedure_code: str
    procedure_name: str
    agency_identifier: str
    agency_name: str
    unit_code: str
    state: State
    state_label: str
    channel: str
    received_at: dt.datetime
    due_date: dt.date | None
    new_due_date: dt.date | None
    overdue: bool
    finished_at: dt.datetime | None
    returned_at: dt.datetime | None
    timeliness: str
    applicant_kind: str
    applicant_name: str
    applicant_phone_masked: str
    url: str


class DossierListOut(Schema):
    meta: PageMeta
    items: list[DossierSummaryOut]


class EventOut(Schema):
    at: dt.datetime
    action: str
    from_state: str
    to_state: str
    note: str
    refused: bool
    actor: str | None


class StepOut(Schema):
    position: int
    agency_identifier: str
    agency_name: str
    task: str
    allotted_days: int
    received_at: dt.datetime | None
    due_date: dt.date | None
    handed_over_at: dt.datetime | None
    result: str
    timeliness: str


class SupplementOut(Schema):
    reason: str
    requested_at: dt.datetime
    fulfilled_at: dt.datetime | None
    components: list[str]


class DossierOut(DossierSummaryOut):
    rule_set: str
    complete_at: dt.datetime | None
    applicant_id_last4: str
    visits: int
    submitted_components: list[str]
    supplement: SupplementOut | None
    steps: list[StepOut]
    events: list[EventOut]


# The states a dossier enters only with a reason, printed on the notice to the applicant
# (`dossier_transition` refuses them without one).
_WITH_TEXT = r"\S"


class TransitionIn(Schema):
    """A move to another state. Refusing, stopping or withdrawing needs a `note` with the
    reason; asking for a supplement names the missing papers in `components`."""

    model_config = ConfigDict(
        json_schema_extra={
            "if": {"properties": {"to": {"enum": [str(s) for s in REASON_REQUIRED]}}},
            "then": {"required": ["note"], "properties": {"note": {"pattern": _WITH_TEXT}}},
        }
    )

    to: State
    note: str = Field(
        "",
        max_length=2000,
        description="the reason; required (not blank) to refuse, stop or withdraw",
        validate_default=True,
    )
    in_person: bool = Field(
        True, description="for `returned`: the applicant collected the result at the counter"
    )
    components: list[int] = Field(
        default_factory=list,
        max_length=100,
        description="for `supplement_requested`: positions of the missing published papers",
    )

    @field_validator("note")
    @classmethod
    def _reason_given(cls, note: str, info: ValidationInfo) -> str:
        if info.data.get("to") in REASON_REQUIRED and not note.strip():
            raise PydanticCustomError(
                "reason_required",
                _("Give the reason; it is printed on the notice to the applicant."),
            )
        return note


class TransitionOut(Schema):
    code: str
    state: State
    state_label: str
    replayed: bool = Field(
        description="true when nothing was done because the request had already been applied"
    )
    event: EventOut | None


class LookupIn(Schema):
    code: str = Field(max_length=48)
    phone_last4: str = Field(pattern=r"^\s*\d{4}\s*$", max_length=8)


class PublicStepOut(Schema):
    at: dt.datetime
    state: str


class LookupOut(Schema):
    code: str
    procedure: str
    state: str
    received_at: dt.datetime
    due_date: dt.date | None
    new_due_date: dt.date | None
    steps: list[PublicStepOut]


class RatingIn(Schema):
    token: str = Field(max_length=500, description="the `t` parameter of the rating link")
    satisfaction: Satisfaction
    contacts: Contacts
    agencies: AgenciesContacted
    attitude: Attitude
    comment: str = Field("", max_length=2000)


class RatingOut(Schema):
    code: str
    satisfaction: int
    contacts: str
    agencies: str
    attitude: str
    comment: str
    created_at: dt.datetime
    updated_at: dt.datetime
    changeable_until: dt.datetime
