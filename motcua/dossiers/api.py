"""Dossiers over the API: staff clients read and move the dossiers within their reach; citizens
look up a dossier's status and rate a finished one, under the same rules as the public pages.

A dossier outside the caller's reach answers 404, exactly like an unknown code, so that codes
cannot be probed. Every staff read of applicants' data is written to the audit log."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any, cast

from django.db import transaction
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.http import HttpRequest
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Header, Path, Query, Router
from ninja.errors import HttpError

from motcua.core.api_auth import api_token_of, staff_auth
from motcua.core.api_schemas import PageMeta, ProblemError, ProblemOut, page_bounds
from motcua.core.http import client_address
from motcua.core.identity import phone_mask
from motcua.core.models import AuditEvent
from motcua.core.services import audit_record
from motcua.dossiers.models import Dossier, DossierEvent, DossierQuerySet, ProcessingStep
from motcua.dossiers.schemas import (
    DossierFilterIn,
    DossierListOut,
    DossierOut,
    DossierSummaryOut,
    EventOut,
    LookupIn,
    LookupOut,
    PublicStepOut,
    RatingIn,
    RatingOut,
    StepOut,
    SupplementOut,
    TransitionIn,
    TransitionOut,
)
from motcua.dossiers.selectors import (
    LOOKUP,
    dossier_may_act,
    dossier_public_lookup,
    lookup_allowed,
)
from motcua.dossiers.services import (
    RATING_CHANGEABLE_FOR,
    DossierError,
    dossier_request_supplement,
    dossier_return,
    dossier_supplement_received,
    dossier_transition,
    rating_dossier,
    rating_submit,
)
from motcua.dossiers.states import State, action_to
from motcua.orgs.access import Access, access_for

router = Router(tags=["dossiers"])

TRANSITION_AUDIT = "dossier.transition"
# A dossier code in a path: as long as the model allows, so that the document says so.
CODE = Path(..., max_length=Dossier._meta.get_field("code").max_length)

# Only the answers particular to an operation are declared here; those every operation of
# its kind may give (invalid input, authentication, an unavailable database) are added to
# the OpenAPI document in one place, `motcua.api.with_problem_answers`.


def _caller(request: HttpRequest) -> tuple[Any, Access]:
    """The authenticated staff member and what they may reach; 403 for a user with no role
    in force, whose token or session is otherwise valid."""
    user = request.auth  # type: ignore[attr-defined]
    access = access_for(user)
    if access.is_outsider:
        raise HttpError(403, _("You have no role in any unit."))
    return user, access


def _audit_detail(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    token = api_token_of(request)
    return {"via": "api", **({"token": token.prefix} if token else {}), **extra}


def _local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=timezone.get_current_timezone())


def _filtered(dossiers: DossierQuerySet, filters: DossierFilterIn) -> DossierQuerySet:
    if filters.state:
        dossiers = dossiers.filter(state__in=filters.state)
    if filters.procedure:
        dossiers = dossiers.filter(procedure__code=filters.procedure.strip())
    if filters.agency:
        dossiers = dossiers.filter(agency__identifier=filters.agency.strip())
    if filters.unit:
        dossiers = dossiers.filter(unit__code=filters.unit.strip())
    if filters.received_from:
        dossiers = dossiers.filter(received_at__gte=_local_midnight(filters.received_from))
    if filters.received_to:
        next_day = filters.received_to + dt.timedelta(days=1)
        dossiers = dossiers.filter(received_at__lt=_local_midnight(next_day))
    if filters.due_before:
        # Q() because the annotation is unknown to the type checker's model of the queryset.
        dossiers = dossiers.filter(Q(effective_due__lt=filters.due_before))
    if filters.overdue:
        dossiers = dossiers.overdue(timezone.localdate())
    text = " ".join(filters.q.split())
    if text:
        dossiers = dossiers.filter(Q(code__icontains=text) | Q(applicant_name__icontains=text))
    return dossiers


def _summary_fields(request: HttpRequest, dossier: Dossier, today: dt.date) -> dict[str, Any]:
    return {
        "code": dossier.code,
        "procedure_code": dossier.procedure.code,
        "procedure_name": dossier.procedure.name,
        "agency_identifier": dossier.agency.identifier,
        "agency_name": dossier.agency.name,
        "unit_code": dossier.unit.code,
        "state": dossier.state,
        "state_label": str(State(dossier.state).label),
        "channel": dossier.channel,
        "received_at": dossier.received_at,
        "due_date": dossier.due_date,
        "new_due_date": dossier.new_due_date,
        "overdue": dossier.is_overdue(today),
        "finished_at": dossier.finished_at,
        "returned_at": dossier.returned_at,
        "timeliness": dossier.timeliness,
        "applicant_kind": dossier.applicant_kind,
        "applicant_name": dossier.applicant_name,
        "applicant_phone_masked": phone_mask(dossier.applicant_phone),
        "url": request.build_absolute_uri(
            reverse("api-v1:dossiers_get", kwargs={"code": dossier.code})
        ),
    }


def _event_out(event: DossierEvent) -> EventOut:
    return EventOut(
        at=event.at,
        action=event.action,
        from_state=event.from_state,
        to_state=event.to_state,
        note=event.note,
        refused=event.refused,
        actor=event.actor.get_username() if event.actor else None,
    )


@router.get(
    "/dossiers",
    response=DossierListOut,
    operation_id="dossiers_list",
    auth=staff_auth,
)
def dossiers_list(request: HttpRequest, filters: Query[DossierFilterIn]) -> dict:
    """Dossiers within the caller's reach, newest first. Phone numbers are masked; the page
    read is written to the audit log with the codes it showed."""
    user, access = _caller(request)
    visible = access.visible(
        Dossier.objects.select_related("procedure", "agency", "unit").annotate(
            effective_due=Coalesce(F("new_due_date"), F("due_date"))
        )
    )
    dossiers = _filtered(cast(DossierQuerySet, visible), filters)
    page_size = filters.page_size
    count = dossiers.count()
    page, pages, start = page_bounds(filters.page, page_size, count)
    today = timezone.localdate()
    items = [
        DossierSummaryOut(**_summary_fields(request, d, today))
        for d in dossiers[start : start + page_size]
    ]
    if items:
        audit_record(
            actor=user,
            action="dossier.list",
            object_type="dossier",
            detail=_audit_detail(request, codes=[i.code for i in items]),
        )
    return {
        "meta": PageMeta(count=count, page=page, page_size=page_size, pages=pages),
        "items": items,
    }


# Registered before `/dossiers/{code}` so that the path is not taken for a dossier code.
@router.post(
    "/dossiers/lookup",
    response={200: LookupOut, 404: ProblemOut, 429: ProblemOut},
    operation_id="dossiers_lookup",
    auth=None,
)
def dossiers_lookup(request: HttpRequest, body: LookupIn) -> LookupOut:
    """A citizen's status check with the code on the receipt and the last four digits of the
    phone number given at intake, as on the public lookup page: the same answer for an unknown
    code and for wrong digits, no personal data, and the same limit per connection."""
    address = client_address(request)
    if not lookup_allowed(address=address):
        raise ProblemError(
            429,
            _("Too many checks from this connection. Please wait ten minutes and try again."),
            headers={"Retry-After": str(int(LOOKUP.window.total_seconds()))},
        )
    status = dossier_public_lookup(code=body.code, phone_last4=body.phone_last4, address=address)
    if status is None:
        raise HttpError(404, _("No dossier matches this code and these digits. Check the receipt."))
    return LookupOut(
        code=status.code,
        procedure=status.procedure,
        state=status.state,
        received_at=status.received_at,
        due_date=status.due_date,
        new_due_date=status.new_due_date,
        steps=[PublicStepOut(at=s.at, state=s.state) for s in status.steps],
    )


@router.get(
    "/dossiers/{code}",
    response={200: DossierOut, 404: ProblemOut},
    operation_id="dossiers_get",
    url_name="dossiers_get",
    auth=staff_auth,
)
def dossiers_get(request: HttpRequest, code: str = CODE) -> DossierOut:
    """One dossier with its papers, steps and full history. Reading it is audited."""
    user, access = _caller(request)
    dossier = (
        access.visible(Dossier.objects.select_related("procedure", "agency", "unit"))
        .prefetch_related("events__actor", "submitted_components")
        .filter(code=code)
        .first()
    )
    if dossier is None:
        raise HttpError(404, _("No dossier has this code."))
    supplement = dossier.supplements.prefetch_related("components").first()  # the latest
    steps = ProcessingStep.objects.select_related("agency").filter(dossier=dossier)
    audit_record(
        actor=user,
        action="dossier.view",
        object_type="dossier",
        object_id=dossier.code,
        detail=_audit_detail(request),
    )
    return DossierOut(
        **_summary_fields(request, dossier, timezone.localdate()),
        rule_set=dossier.rule_set,
        complete_at=dossier.complete_at,
        applicant_id_last4=dossier.applicant_id_last4,
        visits=dossier.visits,
        submitted_components=[c.name for c in dossier.submitted_components.all()],
        supplement=SupplementOut(
            reason=supplement.reason,
            requested_at=supplement.requested_at,
            fulfilled_at=supplement.fulfilled_at,
            components=[c.name for c in supplement.components.all()],
        )
        if supplement
        else None,
        steps=[
            StepOut(
                position=s.position,
                agency_identifier=s.agency.identifier,
                agency_name=s.agency.name,
                task=s.task,
                allotted_days=s.allotted_days,
                received_at=s.received_at,
                due_date=s.due_date,
                handed_over_at=s.handed_over_at,
                result=s.result,
                timeliness=s.timeliness,
            )
            for s in steps
        ],
        events=[_event_out(e) for e in dossier.events.all()],
    )


def _apply(dossier: Dossier, *, actor: Any, change: TransitionIn) -> Dossier:
    """Route a requested state to the action that leads there (`states.ACTIONS`, the list the
    staff page offers too) and to the service that owns it: papers arriving restart the time
    limit, a supplement request names the missing papers, handing back the result may count
    a visit; every other move is a plain transition."""
    action = action_to(dossier, change.to)
    if action is None:
        # No action leads there now: the service refuses it, records it and says why.
        return dossier_transition(dossier=dossier, actor=actor, to=change.to, note=change.note)
    if action.name == "supplement":
        positions = set(change.components)
        papers = list(dossier.procedure.components.filter(position__in=positions))
        if len(papers) != len(positions):
            raise DossierError(_("Only papers the procedure publishes may be requested."))
        return dossier_request_supplement(
            dossier=dossier, actor=actor, components=papers, reason=change.note
        )
    if action.name == "supplement_received":
        return dossier_supplement_received(dossier=dossier, actor=actor)
    if action.name == "return":
        return dossier_return(dossier=dossier, actor=actor, in_person=change.in_person)
    return dossier_transition(dossier=dossier, actor=actor, to=change.to, note=change.note)


def _is_conflict(dossier: Dossier, to: str) -> bool:
    """Refused because of the dossier's state (409), not because of what was sent (422)."""
    return action_to(dossier, to) is None


def _fingerprint(change: TransitionIn) -> str:
    """What a retry must repeat exactly to be taken for the same request."""
    canonical = json.dumps(change.model_dump(mode="json"), sort_keys=True)
    return hashlib.sha256(canonical.encode()).hexdigest()[:32]


def _replay(dossier: Dossier) -> TransitionOut:
    return TransitionOut(
        code=dossier.code,
        state=State(dossier.state),
        state_label=str(State(dossier.state).label),
        replayed=True,
        event=None,
    )


@router.post(
    "/dossiers/{code}/transitions",
    response={200: TransitionOut, 404: ProblemOut, 409: ProblemOut},
    operation_id="dossiers_transition",
    auth=staff_auth,
)
def dossiers_transition(
    request: HttpRequest,
    body: TransitionIn,
    code: str = CODE,
    idempotency_key: str = Header("", alias="Idempotency-Key", max_length=128),
) -> TransitionOut:
    """Move a dossier to another state through the same services as the staff pages; a move
    the rules forbid is refused (409) and recorded in the dossier's history. A retried request
    never moves the dossier twice: one sent again with the same `Idempotency-Key`, or one asking
    for the state the dossier already has, answers 200 with `replayed` and adds no event."""
    user, access = _caller(request)
    key = idempotency_key.strip()
    refusal: tuple[int, str] | None = None
    with transaction.atomic():
        # The row lock makes a retry that races the first attempt wait for it, then replay.
        dossier = Dossier.objects.select_for_update().filter(code=code).first()
        if dossier is None or not access.can_view(dossier.unit_id):
            raise HttpError(404, _("No dossier has this code."))
        if not dossier_may_act(access=access, dossier=dossier):
            raise HttpError(403, _("You may read this dossier but not change it."))
        request_hash = _fingerprint(body)
        earlier = _earlier_answer(dossier=dossier, user=user, key=key, fingerprint=request_hash)
        if earlier is not None:
            return earlier
        if dossier.state == body.to:
            return _replay(dossier)
        conflict = _is_conflict(dossier, body.to)
        try:
            # The refused attempt the service records must survive the error answered below,
            # so the error is raised only once this block has committed.
            dossier = _apply(dossier, actor=user, change=body)
        except DossierError as exc:
            refusal = (409 if conflict else 422, exc.messages[0])
        if key or refusal is None:
            # With a key, a refusal is remembered too, so that a retry gets the same answer
            # without another refused attempt in the dossier's history.
            audit_record(
                actor=user,
                action=TRANSITION_AUDIT,
                object_type="dossier",
                object_id=dossier.code,
                detail=_audit_detail(
                    request,
                    to=body.to,
                    idempotency_key=key,
                    fingerprint=request_hash,
                    **({"refused": list(refusal)} if refusal else {}),
                ),
            )
    if refusal is not None:
        raise HttpError(*refusal)
    event = dossier.events.exclude(refused=True).select_related("actor").order_by("-id")[0]
    return TransitionOut(
        code=dossier.code,
        state=State(dossier.state),
        state_label=str(State(dossier.state).label),
        replayed=False,
        event=_event_out(event),
    )


def _earlier_answer(
    *, dossier: Dossier, user: Any, key: str, fingerprint: str
) -> TransitionOut | None:
    """The answer to an earlier request with this Idempotency-Key, given again: the same
    refusal, or the dossier as it stands. A key reused for another change is refused (422)."""
    if not key:
        return None
    earlier = AuditEvent.objects.filter(
        action=TRANSITION_AUDIT,
        object_type="dossier",
        object_id=dossier.code,
        actor=user,
        detail__idempotency_key=key,
    ).first()
    if earlier is None:
        return None
    if earlier.detail.get("fingerprint") != fingerprint:
        raise HttpError(422, _("This Idempotency-Key was already used for another change."))
    if earlier.detail.get("refused"):
        status, message = earlier.detail["refused"]
        raise HttpError(status, message)
    return _replay(dossier)


@router.post(
    "/dossiers/{code}/rating",
    response={200: RatingOut, 404: ProblemOut, 409: ProblemOut},
    operation_id="dossiers_rate",
    auth=None,
)
def dossiers_rate(request: HttpRequest, body: RatingIn, code: str = CODE) -> RatingOut:
    """The citizen's rating of a finished dossier, with the token of the signed rating link on
    the receipt. Sending it again within 30 days of the first rating changes it."""
    dossier = rating_dossier(code=code, token=body.token)
    if dossier is None:
        raise HttpError(404, _("This rating link is not valid."))
    try:
        rating = rating_submit(
            dossier=dossier,
            satisfaction=body.satisfaction,
            contacts=body.contacts,
            agencies=body.agencies,
            attitude=body.attitude,
            comment=body.comment,
        )
    except DossierError as exc:
        raise HttpError(409, exc.messages[0]) from exc
    return RatingOut(
        code=dossier.code,
        satisfaction=rating.satisfaction,
        contacts=rating.contacts,
        agencies=rating.agencies,
        attitude=rating.attitude,
        comment=rating.comment,
        created_at=rating.created_at,
        updated_at=rating.updated_at,
        changeable_until=rating.created_at + RATING_CHANGEABLE_FOR,
    )
