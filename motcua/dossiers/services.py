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
from motcua.core.identity import id_number_hash
from motcua.core.services import audit_record
from motcua.dossiers.models import (
    Channel,
    Dossier,
    DossierEvent,
    DossierSequence,
    Rating,
    SupplementRequest,
)
from motcua.dossiers.states import FINISHED, State, allowed, rule_set_for
from motcua.orgs.models import Agency
from motcua.workdays.selectors import calendar


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


def _due(procedure: Procedure, complete_at: dt.datetime) -> dt.date | None:
    days = procedure.time_limit_value or 0
    if procedure.time_limit_unit == TimeLimitUnit.WORKING_HOURS:
        local = timezone.localtime(complete_at)
        return calendar().add_working_hours(local, days).date()
    if procedure.time_limit_unit not in (TimeLimitUnit.WORKING_DAYS, TimeLimitUnit.WITHIN_DAY):
        return None
    return calendar().due_date(timezone.localtime(complete_at), days)


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
    client_key: str = "",
    missing_reason: str = "",
) -> Dossier:
    """Intake: the officer ticks the published papers handed in. All required papers: the
    dossier is received and gets its due date. Some missing: a supplement request for exactly
    those (the only one this dossier may get) and no due date until they arrive. A retried
    submission with the same client key returns the first dossier."""
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
                applicant_phone=applicant_phone.strip(),
                applicant_id_hash=hashed,
                applicant_id_last4=last4,
                applicant_address=applicant_address.strip(),
                client_key=client_key,
                received_by=_user(actor),
            )
            if missing:
                dossier.state = State.SUPPLEMENT_REQUESTED
            else:
                dossier.state = State.RECEIVED
                dossier.complete_at = received_at
                dossier.due_date = _due(procedure, received_at)
            dossier.full_clean(exclude=["submitted_components"])
            dossier.save()
            dossier.submitted_components.set(papers)
            _event(
                dossier,
                actor=actor,
                action="receive",
                to_state=dossier.state,
                at=received_at,
                from_state="",
            )
            if missing:
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
    dossier: Dossier, *, actor: Any, components: list[Component], reason: str, at: dt.datetime
) -> SupplementRequest:
    request = SupplementRequest.objects.create(
        dossier=dossier, reason=reason, requested_at=at, requested_by=_user(actor)
    )
    request.components.set(components)
    return request


def dossier_request_supplement(
    *, dossier: Dossier, actor: Any, components: Iterable[Component], reason: str
) -> Dossier:
    """After appraisal, ask for missing papers: only papers the procedure publishes, and only
    once per dossier. A refused attempt is recorded in the dossier's history and the audit
    log (the directive forbids extra paperwork and repeated trips)."""
    wanted = list(components)
    published = set(dossier.procedure.components.values_list("pk", flat=True))
    problem = ""
    if not wanted:
        problem = _("Name the missing papers.")
    elif any(c.pk not in published for c in wanted):
        problem = _("Only papers the procedure publishes may be requested.")
    elif SupplementRequest.objects.filter(dossier=dossier).exists():
        problem = _("This dossier has already had its one supplement request.")
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
    with transaction.atomic():
        now = timezone.now()
        _supplement(dossier, actor=actor, components=wanted, reason=reason, at=now)
        _event(
            dossier,
            actor=actor,
            action="request_supplement",
            to_state=State.SUPPLEMENT_REQUESTED,
            note=reason,
            at=now,
        )
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
        SupplementRequest.objects.filter(dossier=dossier).update(fulfilled_at=at)
        target = State.RECEIVED if dossier.complete_at is None else State.PROCESSING
        _event(dossier, actor=actor, action="supplement_received", to_state=target, at=at)
        dossier.state, dossier.complete_at = target, at
        dossier.due_date = _due(dossier.procedure, at)
        dossier.visits += 1
        dossier.save(update_fields=["state", "complete_at", "due_date", "visits", "updated_at"])
    return dossier


def dossier_transition(*, dossier: Dossier, actor: Any, to: str, note: str = "") -> Dossier:
    """Any other move of the state machine; an illegal one is refused with a clear message
    and recorded."""
    if not allowed(dossier.state, to):
        message = _("A dossier that is “%(current)s” cannot become “%(target)s”.") % {
            "current": State(dossier.state).label,
            "target": State(to).label,
        }
        _event(dossier, actor=actor, action="transition", to_state=to, note=message, refused=True)
        raise DossierError(message)
    if to in (State.REFUSED, State.STOPPED, State.WITHDRAWN) and not note.strip():
        raise DossierError(_("Give the reason; it is printed on the notice to the applicant."))
    with transaction.atomic():
        now = timezone.now()
        _event(dossier, actor=actor, action="transition", to_state=to, note=note, at=now)
        dossier.state = to
        fields = ["state", "updated_at"]
        if to in (State.RESOLVED, State.STOPPED, State.REFUSED, State.WITHDRAWN):
            dossier.finished_at = now
            fields.append("finished_at")
        if to == State.RETURNED:
            dossier.returned_at = now
            fields.append("returned_at")
        dossier.save(update_fields=fields)
    return dossier


def dossier_apologise(
    *,
    dossier: Dossier,
    actor: Any,
    new_due_date: dt.date,
    reason: str,
    at: dt.datetime | None = None,
) -> Dossier:
    """The apology letter with a new appointment (Decree 61 Art. 19, form 04): sent at the
    latest one working day before the due date, and at most once per dossier."""
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
    elif cal.working_days_between(today, dossier.due_date) < 1:
        problem = _("The apology must be sent at least one working day before the due date.")
    elif new_due_date <= dossier.due_date or not cal.is_working_day(new_due_date):
        problem = _("The new appointment must be a working day after the due date.")
    elif not reason.strip():
        problem = _("Give the reason for the delay; it is printed on the letter.")
    if problem:
        _event(dossier, actor=actor, action="apologise", note=problem, refused=True, at=at)
        raise DossierError(problem)
    with transaction.atomic():
        _event(
            dossier,
            actor=actor,
            action="apologise",
            to_state=dossier.state,
            note=f"{new_due_date:%d/%m/%Y}: {reason}",
            at=at,
        )
        dossier.new_due_date = new_due_date
        dossier.save(update_fields=["new_due_date", "updated_at"])
    return dossier


RATING_CHANGEABLE_FOR = dt.timedelta(days=30)
RATING_SALT = "motcua.dossiers.rating"


def rating_token(*, dossier: Dossier) -> str:
    """The signed part of the rating link printed as a QR code on the receipt."""
    return signing.dumps(dossier.code, salt=RATING_SALT, compress=True)


def rating_dossier(*, code: str, token: str) -> Dossier | None:
    """The dossier a rating link belongs to, or None for any wrong code or token."""
    try:
        signed_code = signing.loads(token, salt=RATING_SALT)
    except signing.BadSignature:
        return None
    if signed_code != code:
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
    may be changed for 30 days after it was first given."""
    now = now or timezone.now()
    if dossier.state not in FINISHED:
        raise DossierError(_("The dossier can be rated once its result is ready."))
    existing = Rating.objects.filter(dossier=dossier).first()
    if existing is not None and now - existing.created_at > RATING_CHANGEABLE_FOR:
        raise DossierError(_("A rating can be changed for 30 days only."))
    rating = existing or Rating(dossier=dossier)
    rating.satisfaction, rating.contacts, rating.agencies = satisfaction, contacts, agencies
    rating.attitude, rating.comment = attitude, comment.strip()[:2000]
    rating.full_clean(exclude=["dossier"])
    rating.save()
    return rating
