"""Every write to a dossier. Nothing else calls `.save()` on one."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core import signing
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from motcua.catalogue.models import Component, Procedure, TimeLimitUnit
from motcua.core.identity import id_number_hash, phone_clean
from motcua.core.services import audit_record
from motcua.dossiers.deadlines import dossier_due_date, judged_timeliness, verdict
from motcua.dossiers.models import (
    ApplicantKind,
    Channel,
    Dossier,
    DossierEvent,
    DossierSequence,
    ProcessingStep,
    Rating,
    SupplementKind,
    SupplementRequest,
)
from motcua.dossiers.people import may_receive_step
from motcua.dossiers.states import (
    FINISHED,
    REASON_REQUIRED,
    State,
    allowed,
    rule_set_for,
    step_in_hand,
)
from motcua.orgs.models import Agency
from motcua.orgs.people import full_name
from motcua.workdays.selectors import calendar

DOSSIER_FLAGS = ("paid_online", "digitised", "electronic_result", "synced_national_portal")


class DossierError(ValidationError):
    """An action the rules do not allow; the message says why, for the officer."""


def dossier_code_next(*, agency: Agency, day: dt.date) -> str:
    """`<agency identifier>-YYMMDD-XXXX` with the next number of that agency on that day
    (Circular 01/2018 Art. 19). The row lock makes two officers at the same second get
    different numbers; call it inside the transaction that saves the dossier."""
    with transaction.atomic():
        DossierSequence.objects.get_or_create(agency=agency, day=day)
        sequence = DossierSequence.objects.select_for_update().get(agency=agency, day=day)
        sequence.last += 1
        if sequence.last > 9999:
            raise DossierError(_("This agency has used all 9,999 numbers of the day."))
        sequence.save(update_fields=["last"])
    return f"{agency.identifier}-{day:%y%m%d}-{sequence.last:04d}"


def _event(
    dossier: Dossier,
    *,
    actor: Any,
    action: str,
    to_state: str = "",
    note: str = "",
    refused: bool = False,
    at: dt.datetime | None = None,
    from_state: str | None = None,
) -> DossierEvent:
    return DossierEvent.objects.create(
        dossier=dossier,
        at=at or timezone.now(),
        actor=_user(actor),
        action=action,
        from_state=dossier.state if from_state is None else from_state,
        to_state=to_state,
        note=note,
        refused=refused,
    )


def _user(actor: Any) -> Any:
    return actor if actor is not None and getattr(actor, "is_authenticated", False) else None


def dossier_receive(
    *,
    procedure: Procedure,
    agency: Agency,
    actor: Any,
    applicant_name: str,
    submitted: Iterable[Component],
    channel: str = Channel.COUNTER,
    received_at: dt.datetime | None = None,
    applicant_phone: str = "",
    applicant_id_number: str = "",
    applicant_address: str = "",
    applicant_kind: str = ApplicantKind.PERSON,
    client_key: str = "",
    missing_reason: str = "",
    refusal_reason: str = "",
    flags: Iterable[str] = (),
) -> Dossier:
    """Intake: the officer ticks the published papers handed in. All required papers: the
    dossier is received and gets its due date. Some missing: a supplement request for exactly
    those (the only one this dossier may get) and no due date until they arrive. Not
    eligible: with a refusal reason the dossier is recorded and refused at once (form 03).
    `flags` names the Decision 766 booleans that hold (paid_online, digitised, ...). A
    retried submission with the same client key returns the first dossier."""
    if client_key:
        existing = Dossier.objects.filter(client_key=client_key).first()
        if existing is not None:
            return existing
    received_at = received_at or timezone.now()
    papers = list(submitted)
    published = {c.pk: c for c in procedure.components.all()}
    foreign = [c for c in papers if c.pk not in published]
    if foreign:
        raise DossierError(
            _("These papers are not published for this procedure: %s")
            % ", ".join(c.name for c in foreign)
        )
    handed = {c.pk for c in papers}
    missing = [c for c in published.values() if c.required and c.pk not in handed]
    unknown_flags = set(flags) - set(DOSSIER_FLAGS)
    if unknown_flags:
        raise DossierError(_("Unknown flags: %s") % ", ".join(sorted(unknown_flags)))
    hashed, last4 = id_number_hash(applicant_id_number)
    try:
        with transaction.atomic():
            local_day = timezone.localtime(received_at).date()
            dossier = Dossier(
                code=dossier_code_next(agency=agency, day=local_day),
                procedure=procedure,
                agency=agency,
                unit_id=agency.unit_id,
                rule_set=rule_set_for(local_day),
                channel=channel,
                received_at=received_at,
                applicant_name=applicant_name.strip(),
                applicant_phone=phone_clean(applicant_phone),
                applicant_id_hash=hashed,
                applicant_id_last4=last4,
                applicant_address=applicant_address.strip(),
                applicant_kind=applicant_kind,
                client_key=client_key,
                received_by=_user(actor),
                **{flag: True for flag in flags},
            )
            if refusal_reason.strip():
                dossier.state = State.REFUSED
                dossier.finished_at = received_at
            elif missing:
                dossier.state = State.SUPPLEMENT_REQUESTED
            else:
                dossier.state = State.RECEIVED
                dossier.complete_at = received_at
                dossier.due_date = dossier_due_date(procedure, received_at)
            # Field checks only: the code and the client key are unique by construction and
            # by database constraints (a race on the client key is caught below).
            dossier.full_clean(
                exclude=["submitted_components"], validate_unique=False, validate_constraints=False
            )
            dossier.save()
            dossier.submitted_components.set(papers)
            _event(
                dossier,
                actor=actor,
                action="receive",
                to_state=State.RECEIVED if refusal_reason.strip() else dossier.state,
                at=received_at,
                from_state="",
            )
            if refusal_reason.strip():
                _event(
                    dossier,
                    actor=actor,
                    action="transition",
                    to_state=State.REFUSED,
                    from_state=State.RECEIVED,
                    note=refusal_reason.strip(),
                    at=received_at,
                )
            elif missing:
                _supplement(
                    dossier,
                    actor=actor,
                    components=missing,
                    reason=missing_reason or _("Papers missing at intake."),
                    at=received_at,
                )
    except IntegrityError:
        # The same client key raced in from a retried request: return the one that won.
        if client_key:
            return Dossier.objects.get(client_key=client_key)
        raise
    return dossier


def _supplement(
    dossier: Dossier,
    *,
    actor: Any,
    components: list[Component],
    reason: str,
    at: dt.datetime,
    kind: str = SupplementKind.INTAKE,
    late: bool = False,
) -> SupplementRequest:
    position = dossier.supplements.count() + 1
    request = SupplementRequest.objects.create(
        dossier=dossier,
        position=position,
        kind=kind,
        late=late,
        reason=reason,
        requested_at=at,
        requested_by=_user(actor),
    )
    request.components.set(components)
    return request


def supplement_kind_next(dossier: Dossier) -> str:
    """What a request made now would be: the competent agency's one return after appraisal,
    or, once that was made, a further request that breaks the once-only rule."""
    if dossier.supplements.exclude(kind=SupplementKind.INTAKE).exists():
        return SupplementKind.FURTHER
    return SupplementKind.APPRAISAL


SUPPLEMENT_WITHIN_WORKING_DAYS = 3


def dossier_request_supplement(
    *,
    dossier: Dossier,
    actor: Any,
    components: Iterable[Component],
    reason: str,
    at: dt.datetime | None = None,
) -> Dossier:
    """After receipt, ask for missing papers: only papers the procedure publishes. The first
    request after receipt is the competent agency's return after appraisal (Decree 61
    Art. 19(4)), due within 3 working days of receipt; a later one is still recorded, as late.
    Any request after that one breaks the once-only rule: it is recorded too, because the
    citizen was really handed it, flagged in the history and the audit log, and the dossier
    counts as late when it finishes (Decision 766). A refused attempt (papers the procedure
    does not publish, a state that allows no request) is recorded and changes nothing."""
    wanted = list(components)
    published = set(dossier.procedure.components.values_list("pk", flat=True))
    problem = ""
    if not wanted:
        problem = _("Name the missing papers.")
    elif any(c.pk not in published for c in wanted):
        problem = _("Only papers the procedure publishes may be requested.")
    elif not allowed(dossier.state, State.SUPPLEMENT_REQUESTED):
        problem = _("A supplement cannot be requested in this state.")
    if problem:
        _event(dossier, actor=actor, action="request_supplement", note=problem, refused=True)
        audit_record(
            actor=actor,
            action="dossier.supplement_refused",
            object_type="dossier",
            object_id=dossier.code,
            detail={"reason": problem},
        )
        raise DossierError(problem)
    now = at or timezone.now()
    kind = supplement_kind_next(dossier)
    late = dossier.complete_at is not None and (
        calendar().working_days_between(
            timezone.localtime(dossier.complete_at).date(), timezone.localtime(now).date()
        )
        > SUPPLEMENT_WITHIN_WORKING_DAYS
    )
    breach = kind == SupplementKind.FURTHER
    if breach:
        note = _("A further request, breaking the once-only rule: %(reason)s")
    elif late:
        note = _("Late, more than 3 working days after receipt: %(reason)s")
    else:
        note = "%(reason)s"
    with transaction.atomic():
        _supplement(
            dossier, actor=actor, components=wanted, reason=reason, at=now, kind=kind, late=late
        )
        _event(
            dossier,
            actor=actor,
            action="request_supplement",
            to_state=State.SUPPLEMENT_REQUESTED,
            note=note % {"reason": reason},
            at=now,
        )
        flags = {"dossier.supplement_late": late, "dossier.supplement_breach": breach}
        for action in (action for action, flagged in flags.items() if flagged):
            audit_record(actor=actor, action=action, object_type="dossier", object_id=dossier.code)
        dossier.state = State.SUPPLEMENT_REQUESTED
        dossier.save(update_fields=["state", "updated_at"])
    return dossier


def dossier_supplement_received(
    *, dossier: Dossier, actor: Any, at: dt.datetime | None = None
) -> Dossier:
    """The missing papers arrived: the time limit starts again from now (Decree 61 Art. 19)."""
    if dossier.state != State.SUPPLEMENT_REQUESTED:
        raise DossierError(_("This dossier is not waiting for a supplement."))
    at = at or timezone.now()
    with transaction.atomic():
        dossier.supplements.filter(fulfilled_at__isnull=True).update(fulfilled_at=at)
        target = State.RECEIVED if dossier.complete_at is None else State.PROCESSING
        _event(dossier, actor=actor, action="supplement_received", to_state=target, at=at)
        dossier.state, dossier.complete_at = target, at
        dossier.due_date = dossier_due_date(dossier.procedure, at)
        # The clock restarts: an earlier apology's appointment no longer applies.
        dossier.new_due_date = None
        dossier.visits += 1
        dossier.save(
            update_fields=[
                "state",
                "complete_at",
                "due_date",
                "new_due_date",
                "visits",
                "updated_at",
            ]
        )
    return dossier


def dossier_transition(
    *,
    dossier: Dossier,
    actor: Any,
    to: str,
    note: str = "",
    at: dt.datetime | None = None,
    in_person: bool = False,
) -> Dossier:
    """Any other move of the state machine; an illegal one is refused with a clear message
    and recorded."""
    if not allowed(dossier.state, to):
        message = _("A dossier that is “%(current)s” cannot become “%(target)s”.") % {
            "current": State(dossier.state).label,
            "target": State(to).label,
        }
        _event(dossier, actor=actor, action="transition", to_state=to, note=message, refused=True)
        raise DossierError(message)
    if to in REASON_REQUIRED and not note.strip():
        raise DossierError(_("Give the reason; it is printed on the notice to the applicant."))
    if dossier.state == State.SUPPLEMENT_REQUESTED and to in (State.RECEIVED, State.PROCESSING):
        # Only the arrival of the papers ends the wait, and it restarts the time limit.
        raise DossierError(_("Record that the supplement arrived; that restarts the time limit."))
    if to == State.RESOLVED and step_in_hand(dossier) is not None:
        raise DossierError(_("A step is still in an agency's hands; hand it over first."))
    with transaction.atomic():
        now = at or timezone.now()
        _event(dossier, actor=actor, action="transition", to_state=to, note=note, at=now)
        fields = ["state", "updated_at"]
        if dossier.state == State.WAITING_ONLINE and to == State.RECEIVED:
            # Accepting an online dossier: the time limit counts from now.
            dossier.complete_at, dossier.due_date = now, dossier_due_date(dossier.procedure, now)
            fields += ["complete_at", "due_date"]
        dossier.state = to
        if to in (State.RESOLVED, State.STOPPED, State.REFUSED, State.WITHDRAWN):
            dossier.finished_at = now
            dossier.timeliness = finished_timeliness(dossier, now)
            fields += ["finished_at", "timeliness"]
        if to == State.RETURNED:
            dossier.returned_at = now
            fields.append("returned_at")
            if in_person:
                dossier.visits += 1
                fields.append("visits")
        dossier.save(update_fields=fields)
    return dossier


def finished_timeliness(dossier: Dossier, finished: dt.datetime) -> str:
    """Early, on time or late against the due date (Circular 01/2018 Art. 13); late in any
    case after a request that broke the once-only rule."""
    return judged_timeliness(
        state=dossier.state,
        due=dossier.due_date,
        finished=finished,
        breach=dossier.supplements.filter(kind=SupplementKind.FURTHER).exists(),
    )


def dossier_return(
    *, dossier: Dossier, actor: Any, in_person: bool = True, at: dt.datetime | None = None
) -> Dossier:
    """The result is handed to the applicant; collecting it at the counter is one more visit
    (a result sent by post or electronically is not)."""
    return dossier_transition(
        dossier=dossier, actor=actor, to=State.RETURNED, at=at, in_person=in_person
    )


def dossier_steps_plan(
    *, dossier: Dossier, actor: Any, steps: Iterable[tuple[Agency, str, int]]
) -> list[ProcessingStep]:
    """The agencies an inter-agency dossier goes through, in order, each with its allotted
    working days. Their sum may not exceed the procedure's time limit, and the plan is fixed
    once the first hand-over happened."""
    planned = list(steps)
    problem = ""
    limit = dossier.procedure.time_limit_value
    if dossier.state not in (State.RECEIVED, State.PROCESSING):
        problem = _("Steps can be planned only for a dossier that is received or in process.")
    elif not planned:
        problem = _("Plan at least one step.")
    elif any(days < 0 or not task.strip() for _agency, task, days in planned):
        problem = _("Every step needs what the agency does and a number of working days.")
    elif dossier.steps.filter(received_at__isnull=False).exists():
        problem = _("The dossier has already been handed over; the plan can no longer change.")
    elif (
        limit
        and dossier.procedure.time_limit_unit == TimeLimitUnit.WORKING_DAYS
        and sum(days for _agency, _task, days in planned) > limit
    ):
        problem = _(
            "The steps add up to more working days than the procedure's time limit (%(limit)s)."
        ) % {"limit": limit}
    if problem:
        raise DossierError(problem)
    with transaction.atomic():
        dossier.steps.all().delete()
        created = ProcessingStep.objects.bulk_create(
            ProcessingStep(
                dossier=dossier,
                position=number,
                agency=agency,
                task=task.strip()[:300],
                allotted_days=days,
            )
            for number, (agency, task, days) in enumerate(planned, start=1)
        )
        _event(
            dossier,
            actor=actor,
            action="plan_steps",
            to_state=dossier.state,
            note="; ".join(f"{a.name} ({d})" for a, _t, d in planned),
        )
    return created


def dossier_hand_over(
    *,
    dossier: Dossier,
    actor: Any,
    result: str = "",
    receiver: Any = None,
    assignee: Any = None,
    at: dt.datetime | None = None,
) -> ProcessingStep | None:
    """One hand-over on the control sheet: the step in hand is closed with its result and
    timeliness (the note goes to the step being closed), and the next agency receives the
    dossier with its own due date, in the hands of the officer named (`assignee`, a member
    of that agency). The first hand-over moves a received dossier into processing. Returns
    the step now in hand, or None when the last step has handed the result back to the
    one-stop unit."""
    at = at or timezone.now()
    steps = list(dossier.steps.order_by("position"))
    if not steps:
        raise DossierError(_("This dossier has no planned steps."))
    if dossier.state not in (State.RECEIVED, State.PROCESSING):
        raise DossierError(_("Only a dossier in process is handed over between agencies."))
    current = next((s for s in steps if s.received_at and not s.handed_over_at), None)
    pending = [s for s in steps if s.received_at is None]
    if current is None and not pending:
        raise DossierError(_("Every step has already been handed over."))
    if assignee is not None and (not pending or not _member_of(assignee, pending[0].agency_id)):
        raise DossierError(_("The officer named does not work in the agency of the next step."))
    with transaction.atomic():
        if dossier.state == State.RECEIVED:
            dossier_transition(dossier=dossier, actor=actor, to=State.PROCESSING, at=at)
        if current is not None:
            current.handed_over_at, current.handed_over_by = at, _user(actor)
            current.result = result.strip()[:300]
            current.timeliness = verdict(current.due_date, at)
            current.save(
                update_fields=[
                    "handed_over_at",
                    "handed_over_by",
                    "result",
                    "timeliness",
                    "updated_at",
                ]
            )
        following = pending[0] if pending else None
        if following is not None:
            following.received_at = at
            following.received_by = _user(receiver) or _user(assignee)
            following.assignee = _user(assignee)
            following.due_date = calendar().due_date(
                timezone.localtime(at), following.allotted_days
            )
            following.save(
                update_fields=["received_at", "received_by", "assignee", "due_date", "updated_at"]
            )
        _event(
            dossier,
            actor=actor,
            action="hand_over",
            to_state=dossier.state,
            note=" → ".join(
                part
                for part in (
                    current.agency.name if current else dossier.agency.name,
                    following.agency.name if following else dossier.agency.name,
                    result.strip(),
                )
                if part
            ),
            at=at,
        )
    return following


def _member_of(user: Any, agency_id: int) -> bool:
    return may_receive_step(user, agency_id)


def dossier_step_assign(
    *, dossier: Dossier, actor: Any, assignee: Any, at: dt.datetime | None = None
) -> ProcessingStep:
    """Give the step in hand to another officer of the same agency (the head sharing out
    the work, or an officer passing it to a colleague); the dossier's history says who."""
    step = next((s for s in dossier.steps.all() if s.received_at and not s.handed_over_at), None)
    if step is None:
        raise DossierError(_("No step of this dossier is in an agency's hands."))
    if assignee is None or not _member_of(assignee, step.agency_id):
        raise DossierError(_("The officer named does not work in the agency of this step."))
    with transaction.atomic():
        step.assignee = assignee
        step.save(update_fields=["assignee", "updated_at"])
        name = full_name(assignee)
        _event(
            dossier,
            actor=actor,
            action="assign",
            to_state=dossier.state,
            note=f"{step.agency.name} → {name}",
            at=at,
        )
    return step


def dossier_transfer(
    *,
    dossier: Dossier,
    actor: Any,
    agency: Agency,
    assignee: Any,
    note: str = "",
    at: dt.datetime | None = None,
) -> ProcessingStep | None:
    """Send a dossier with no planned steps to one department and one of its officers: a
    single step, allotted the working days left before the due date, handed over at once."""
    if dossier.steps.exists():
        raise DossierError(_("This dossier already has its steps; hand it over instead."))
    at = at or timezone.now()
    today = timezone.localtime(at).date()
    due = dossier.new_due_date or dossier.due_date
    days = calendar().working_days_between(today, due) if due and due > today else 0
    procedure = dossier.procedure
    if procedure.time_limit_unit == TimeLimitUnit.WORKING_DAYS and procedure.time_limit_value:
        # After an apology the new appointment may lie beyond the limit the steps share.
        days = min(days, procedure.time_limit_value)
    task = note.strip()[:300] or _("Appraise and resolve the dossier")
    with transaction.atomic():
        dossier_steps_plan(dossier=dossier, actor=actor, steps=[(agency, task, days)])
        return dossier_hand_over(dossier=dossier, actor=actor, assignee=assignee, at=at)


def dossier_apologise(
    *,
    dossier: Dossier,
    actor: Any,
    new_due_date: dt.date,
    reason: str,
    at: dt.datetime | None = None,
    late: bool = False,
) -> Dossier:
    """The apology letter with a new appointment (Decree 61 Art. 19, form 04): sent at the
    latest one working day before the due date, and at most once per dossier. Once that
    deadline has passed the letter is still owed to the citizen: with `late` it is recorded
    as a late apology (flagged in the history and the audit log), the new appointment a
    working day after both the due date and today; the dossier stays overdue."""
    at = at or timezone.now()
    today = timezone.localtime(at).date()
    cal = calendar()
    problem = ""
    if dossier.state not in (State.RECEIVED, State.PROCESSING, State.FINANCIAL_OBLIGATION):
        problem = _("Only a dossier being processed can be given a new appointment.")
    elif dossier.due_date is None:
        problem = _("This dossier has no due date to postpone.")
    elif dossier.new_due_date is not None:
        problem = _("A new appointment may be given only once.")
    elif not late and cal.working_days_between(today, dossier.due_date) < 1:
        problem = _("The apology must be sent at least one working day before the due date.")
    elif late and cal.working_days_between(today, dossier.due_date) >= 1:
        problem = _("The apology is still in time; send it as an ordinary apology.")
    elif new_due_date <= max(dossier.due_date, today if late else dossier.due_date) or (
        not cal.is_working_day(new_due_date)
    ):
        problem = _("The new appointment must be a working day after the due date.")
    elif not reason.strip():
        problem = _("Give the reason for the delay; it is printed on the letter.")
    action = "apologise_late" if late else "apologise"
    if problem:
        _event(dossier, actor=actor, action=action, note=problem, refused=True, at=at)
        raise DossierError(problem)
    with transaction.atomic():
        _event(
            dossier,
            actor=actor,
            action=action,
            to_state=dossier.state,
            note=f"{new_due_date:%d/%m/%Y}: {reason}",
            at=at,
        )
        if late:
            audit_record(
                actor=actor,
                action="dossier.apology_late",
                object_type="dossier",
                object_id=dossier.code,
            )
        dossier.new_due_date = new_due_date
        dossier.save(update_fields=["new_due_date", "updated_at"])
    return dossier


RATING_CHANGEABLE_FOR = dt.timedelta(days=30)
RATING_SALT = "motcua.dossiers.rating"


def rating_token(*, dossier: Dossier) -> str:
    """The signed part of the rating link printed as a QR code on the receipt."""
    return rating_token_for(code=dossier.code)


def rating_token_for(*, code: str) -> str:
    return signing.dumps(code, salt=RATING_SALT, compress=True)


def rating_dossier(*, code: str, token: str) -> Dossier | None:
    """The dossier a rating link belongs to, or None for any wrong code or token."""
    try:
        signed_code = signing.loads(token, salt=RATING_SALT)
    except signing.BadSignature:
        return None
    if signed_code != code:
        return None
    return Dossier.objects.select_related("procedure").filter(code=code).first()


# The status link printed as the receipt's QR code. A receipt is kept for months, so the link
# never expires: it is the signature of the code alone, with no timestamp, which also keeps
# the address short and the QR code coarse enough for a cheap phone's camera. Its salt is its
# own, so a status token is not a rating token and the other way round.
STATUS_SALT = "motcua.dossiers.status"


def status_token(*, dossier: Dossier) -> str:
    """The signed part of the dossier's status link: it stands for the code and the phone
    digits a lookup asks for."""
    signer = signing.Signer(salt=STATUS_SALT)
    return signer.sign(dossier.code).rsplit(signer.sep, 1)[1]


def status_dossier(*, code: str, token: str) -> Dossier | None:
    """The dossier a status link belongs to, or None for any wrong code or token (checked
    against the current secret key and its fallbacks)."""
    signer = signing.Signer(salt=STATUS_SALT)
    try:
        signer.unsign(f"{code}{signer.sep}{token}")
    except signing.BadSignature:
        return None
    return Dossier.objects.select_related("procedure").filter(code=code).first()


def rating_submit(
    *,
    dossier: Dossier,
    satisfaction: int,
    contacts: str,
    agencies: str,
    attitude: str,
    comment: str = "",
    now: dt.datetime | None = None,
) -> Rating:
    """Record or change the citizen's rating. Only a finished dossier is rated, and a rating
    may be changed for 30 days after it was first given. Simultaneous ratings of one dossier
    (a double tap, the counter's tablet and a phone) wait for each other on the dossier's row:
    the first one creates the rating, each later one changes it, as a rating sent again."""
    now = now or timezone.now()
    if dossier.state not in FINISHED:
        raise DossierError(_("The dossier can be rated once its result is ready."))
    with transaction.atomic():
        list(Dossier.objects.select_for_update().filter(pk=dossier.pk).values_list("pk"))
        existing = Rating.objects.filter(dossier=dossier).first()
        if existing is not None and now - existing.created_at > RATING_CHANGEABLE_FOR:
            raise DossierError(_("A rating can be changed for 30 days only."))
        rating = existing or Rating(dossier=dossier)
        rating.satisfaction, rating.contacts, rating.agencies = satisfaction, contacts, agencies
        rating.attitude, rating.comment = attitude, comment.strip()[:2000]
        rating.full_clean(exclude=["dossier"])
        rating.save()
    return rating
