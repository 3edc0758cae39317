"""Every write to feedback: registration (web, staff, Open311), routing and transfer,
handling to an answer, the review that removes personal data before publication, merging
duplicates, escalation, and the citizen's word on the answer."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.mail import send_mail
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from motcua.catalogue.models import Procedure
from motcua.core.files import file_check, files_problems
from motcua.core.identity import phone_clean
from motcua.core.links import absolute_link
from motcua.core.memo import memo
from motcua.core.messaging import SmsError, SmsMessage, send_sms
from motcua.core.services import audit_record
from motcua.core.textfold import fold
from motcua.feedback.models import (
    OPEN_STATES,
    OUT_OF_SCOPE,
    Attachment,
    Category,
    DeadlineRules,
    Event,
    Feedback,
    Kind,
    RoutingRule,
    Sequence,
    State,
)
from motcua.feedback.redaction import redact, still_personal
from motcua.orgs.models import AdministrativeUnit, Agency
from motcua.workdays.selectors import calendar

ATTACHMENT_TYPES = ("jpg", "jpeg", "png", "pdf")
MAX_ATTACHMENTS = 5
MAX_TEXT = 5000
# The same text about the same commune within this many days is a duplicate.
DUPLICATE_DAYS = 30
# What `_stop_waiting` may change, for the callers' saves.
WAIT_FIELDS = ("waiting_since", "waited_days", "due_on")
_PHONE = re.compile(r"^\+?\d{9,12}$")


CONSENT_NEEDED = gettext_lazy(
    "Agree that your name and contact are used to handle and answer this feedback, or send "
    "it anonymously."
)


class FeedbackError(ValidationError):
    """Why feedback cannot be taken or an action is refused, in words for the person."""


@dataclass(frozen=True)
class Limits:
    refuse: int = 2
    more_info: int = 5
    transfer: int = 5
    handle: int = 15
    publish: int = 2


def _deadline_rules() -> list[tuple[dt.date, Limits]]:
    return [
        (
            rules.valid_from,
            Limits(
                rules.refuse_days,
                rules.more_info_days,
                rules.transfer_days,
                rules.handle_days,
                rules.publish_days,
            ),
        )
        for rules in DeadlineRules.objects.order_by("-valid_from")
    ]


def limits_on(day: dt.date) -> Limits:
    """The working-day limits in force on a day (configurable; DOMAIN.md §6 by default)."""
    for valid_from, limits in memo("feedback.deadlines", _deadline_rules, sources=[DeadlineRules]):
        if valid_from <= day:
            return limits
    return Limits()


def fingerprint(text: str) -> str:
    """The text without accents, case, punctuation or spacing, hashed."""
    words = re.findall(r"\w+", fold(text))
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def _unit_parents() -> dict[int, int | None]:
    return dict(AdministrativeUnit.objects.order_by().values_list("pk", "parent_id"))


def _routing_rules() -> dict[tuple[int | None, int | None], Agency]:
    return {
        (rule.category_id, rule.unit_id): rule.agency
        for rule in RoutingRule.objects.select_related("agency").order_by()
    }


def route(category: Category, unit: AdministrativeUnit) -> Agency | None:
    """The responsible agency: the rule for this category and unit, else the unit's rule,
    else the category's, walking up to the units above. The rules and the tree of units
    are kept in memory for a minute (core.memo)."""
    parents = memo("orgs.unit_parents", _unit_parents, sources=[AdministrativeUnit])
    rules = memo("feedback.routing", _routing_rules, sources=[RoutingRule, Agency])
    chain: list[int] = []
    current: int | None = unit.pk
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    for place in chain:
        for key in ((category.pk, place), (None, place)):
            if key in rules:
                return rules[key]
    return rules.get((category.pk, None))


def _number(day: dt.date) -> str:
    """The year's next number. The UPDATE locks the year's counter until the commit, so
    concurrent registrations take consecutive numbers; the year's first item creates it."""
    counter = Sequence.objects.filter(year=day.year)
    if not counter.update(last=F("last") + 1):
        try:
            with transaction.atomic():
                Sequence.objects.create(year=day.year, last=1)
        except IntegrityError:  # another registration created it first
            counter.update(last=F("last") + 1)
        else:
            return f"PA-{day.year}-{1:06d}"
    last = counter.values_list("last", flat=True).get()
    return f"PA-{day.year}-{last:06d}"


def _event(
    item: Feedback,
    action: str,
    *,
    actor: Any = None,
    text: str = "",
    public: bool = False,
    **extra: Any,
) -> Event:
    return Event.objects.create(
        feedback=item,
        at=timezone.now(),
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        text=text,
        public=public,
        **extra,
    )


@dataclass
class Submission:
    """What a citizen (or an officer for them) says, before it is registered."""

    category: Category
    unit: AdministrativeUnit
    title: str
    text: str
    kind: str = Kind.FEEDBACK
    anonymous: bool = False
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    address: str = ""
    latitude: Any = None
    longitude: Any = None
    procedure: Procedure | None = None
    dossier_code: str = ""
    agency_concerned: Agency | None = None
    official_name: str = ""
    files: list[tuple[str, bytes]] = field(default_factory=list)
    # The citizen agrees that the name and contact are used to handle and answer this
    # feedback (Law 91/2025: consent is given, never presumed).
    consent: bool = False
    # An item transferred in from outside motcua: the body it came from and when the
    # citizen first sent it there.
    transferred_from: str = ""
    first_received_at: dt.datetime | None = None


# Viet Nam and its waters (south, west, north, east). A province narrows the box to its
# own territory with MOTCUA_FEEDBACK_MAP_BOUNDS.
VIET_NAM_BOUNDS = (8.0, 102.0, 24.0, 118.0)


def map_point_problem(latitude: Any, longitude: Any) -> str | None:
    """Why a map point is refused: unreadable, or outside the province (or, without a
    province box configured, outside Viet Nam). The only home of this rule: the forms show
    its message by the latitude box when registration is refused."""
    if latitude is None and longitude is None:
        return None
    try:
        lat, lon = float(latitude), float(longitude)
    except (TypeError, ValueError):
        return _("The map point is not valid.")
    bounds = getattr(settings, "MOTCUA_FEEDBACK_MAP_BOUNDS", None)
    south, west, north, east = bounds or VIET_NAM_BOUNDS
    if south <= lat <= north and west <= lon <= east:
        return None
    if bounds:
        return _("The map point is outside the province.")
    return _("The map point is outside Viet Nam.")


_LIMITED = ("title", "address", "official_name", "contact_name", "contact_email")


def _problems(sub: Submission) -> dict[str, list[str]]:
    """What is wrong, by the name of the field it concerns ("__all__" for the whole)."""
    problems: dict[str, list[str]] = {}

    def add(name: str, message: str) -> None:
        problems.setdefault(name, []).append(message)

    if not sub.title.strip():
        add("title", _("Give the feedback a short subject."))
    if len(sub.text.strip()) < 10:
        add("text", _("Describe what happened in a few words at least."))
    if len(sub.text) > MAX_TEXT:
        add("text", _("The text is longer than %s characters.") % MAX_TEXT)
    if not sub.anonymous:
        if not sub.consent:
            add("consent", str(CONSENT_NEEDED))
        if not sub.contact_name.strip():
            add("contact_name", _("Give your name, or send the feedback anonymously."))
        if not (sub.contact_phone.strip() or sub.contact_email.strip()):
            add("contact_phone", _("Give a phone number or an e-mail address to be answered."))
        if sub.contact_phone.strip() and not _PHONE.match(phone_clean(sub.contact_phone)):
            add("contact_phone", _("The phone number is not valid."))
        if sub.contact_email.strip():
            try:
                validate_email(sub.contact_email.strip())
            except ValidationError:
                add("contact_email", _("The e-mail address is not valid."))
    for name in _LIMITED:  # refused, never cut: the citizen sees what would be lost
        limit = getattr(Feedback._meta.get_field(name), "max_length", 0)
        if limit and len(getattr(sub, name).strip()) > limit:
            add(name, _("Longer than %(max)s characters.") % {"max": limit})
    point = map_point_problem(sub.latitude, sub.longitude)
    if point:
        add("latitude", point)
    if len(sub.files) > MAX_ATTACHMENTS:
        add("attachments", _("At most %s files can be attached.") % MAX_ATTACHMENTS)
    for message in files_problems(
        sub.files, allowed=ATTACHMENT_TYPES, limit=settings.MOTCUA_FEEDBACK_FILE_MAX_BYTES
    ):
        add("attachments", message)
    return problems


def duplicate_of(sub: Submission, at: dt.datetime) -> str | None:
    """The number of an item with the same text about the same commune in the last 30
    days."""
    return (
        Feedback.objects.filter(
            fingerprint=fingerprint(sub.text),
            unit=sub.unit,
            received_at__gte=at - dt.timedelta(days=DUPLICATE_DAYS),
        )
        .exclude(state=State.MERGED)
        .order_by("received_at")
        .values_list("number", flat=True)
        .first()
    )


@transaction.atomic
def feedback_register(
    *,
    submission: Submission,
    channel: str,
    actor: Any = None,
    client_key: str = "",
    received_at: dt.datetime | None = None,
) -> Feedback:
    """Register feedback with a number, a private tracking token, the responsible agency
    and its deadlines. A complaint or a denunciation is recorded and redirected. A retried
    submission (the same client key) returns the item already registered. An item
    transferred in from outside motcua is received at the latest transfer, and its clocks
    run from there; the citizen's first sending is kept for the citizen's own view."""
    if client_key:
        existing = Feedback.objects.filter(client_key=client_key).first()
        if existing is not None:
            return existing
    problems = _problems(submission)
    at = received_at or timezone.now()
    first = submission.first_received_at
    if first is not None and not submission.transferred_from.strip():
        problems.setdefault("transferred_from", []).append(
            _("Name the body the feedback was transferred from.")
        )
    if first is not None and first > at:
        problems.setdefault("first_received_at", []).append(
            _("The citizen cannot have sent it after it was received here.")
        )
    if problems:
        raise FeedbackError(problems)
    day = timezone.localdate(at)
    limits = limits_on(day)
    days = calendar()
    sub = submission
    agency = route(sub.category, sub.unit)
    redirected = sub.kind in OUT_OF_SCOPE
    item = Feedback(
        # The registration number is given last, just before the commit: the year's
        # counter stays locked for an instant, and a retry that loses the race for its
        # client key takes no number (so the numbers have no gaps).
        number=f"~{secrets.token_hex(12)}",
        tracking_token=secrets.token_urlsafe(18),
        channel=channel,
        kind=sub.kind,
        category=sub.category,
        state=State.REDIRECTED if redirected else State.RECEIVED,
        unit=sub.unit,
        agency=agency,
        title=sub.title.strip(),
        text=sub.text.strip(),
        address=sub.address.strip(),
        latitude=sub.latitude,
        longitude=sub.longitude,
        procedure=sub.procedure,
        dossier_code=sub.dossier_code.strip().upper()[:48],
        agency_concerned=sub.agency_concerned,
        official_name=sub.official_name.strip(),
        anonymous=sub.anonymous,
        contact_name="" if sub.anonymous else sub.contact_name.strip(),
        contact_phone="" if sub.anonymous else phone_clean(sub.contact_phone)[:20],
        contact_email="" if sub.anonymous else sub.contact_email.strip(),
        contact_consent_at=None if sub.anonymous else at,
        received_at=at,
        first_received_at=first,
        transferred_from=sub.transferred_from.strip()[:200],
        received_by=actor if getattr(actor, "is_authenticated", False) else None,
        transfer_due_on=None if redirected else days.add_working_days(day, limits.transfer),
        due_on=None if redirected else days.add_working_days(day, limits.handle),
        fingerprint=fingerprint(sub.text),
        client_key=client_key[:64],
    )
    original = duplicate_of(sub, at)
    try:
        with transaction.atomic():
            item.save()
    except IntegrityError:
        return Feedback.objects.get(client_key=client_key)
    for name, data in sub.files:
        content_type = file_check(
            filename=name,
            data=data,
            allowed=ATTACHMENT_TYPES,
            limit=settings.MOTCUA_FEEDBACK_FILE_MAX_BYTES,
        )
        attachment = Attachment(
            feedback=item, name=name[-300:], content_type=content_type, size=len(data)
        )
        attachment.file.save(f"{item.public_id}-{len(name)}", ContentFile(data), save=False)
        attachment.save()
    _event(item, "received", actor=actor, public=True, to_agency=agency)
    if redirected:
        _event(item, "redirected", actor=actor, public=True, text=redirect_advice(item.kind))
    elif original is not None:
        _event(
            item,
            "duplicate_suspected",
            actor=actor,
            text=_("The same text was sent as %s.") % original,
        )
    item.number = _number(day)
    Feedback.objects.filter(pk=item.pk).update(number=item.number)
    notify(item, "registered")
    return item


def redirect_advice(kind: str) -> str:
    if kind == Kind.COMPLAINT:
        return _(
            "A complaint about an administrative decision or act follows the Law on "
            "Complaints: send it to the head of the agency that made the decision, or to the "
            "citizen reception office of the People's Committee."
        )
    return _(
        "A denunciation follows the Law on Denunciations: send it to the agency or person "
        "who manages the one denounced, or to the inspectorate, in writing or in person."
    )


def _open(item: Feedback) -> None:
    if not item.is_open:
        raise FeedbackError(_("Item %s is closed.") % item.number)


@transaction.atomic
def feedback_classify(
    *,
    item: Feedback,
    actor: Any,
    category: Category,
    kind: str,
    unit: AdministrativeUnit,
    official: Any = None,
    dossier_code: str | None = None,
) -> Feedback:
    """Correct the category, kind or commune; the routing follows. For feedback about
    conduct, name the official (a staff user) and the dossier concerned, so that a
    substantiated case reaches the officer's evaluation. A complaint or a denunciation is
    redirected."""
    _open(item)
    item.category, item.kind, item.unit = category, kind, unit
    if official is not None:
        item.official = official
    if dossier_code is not None:
        item.dossier_code = dossier_code.strip().upper()[:48]
    if kind in OUT_OF_SCOPE:
        item.state = State.REDIRECTED
        item.save()
        _event(item, "redirected", actor=actor, public=True, text=redirect_advice(kind))
        notify(item, "redirected")
        return item
    previous = item.agency
    item.agency = route(category, unit) or previous
    item.save()
    _event(item, "classified", actor=actor, from_agency=previous, to_agency=item.agency)
    return item


@transaction.atomic
def feedback_transfer(*, item: Feedback, actor: Any, to: Agency, reason: str) -> Feedback:
    """Send the item to the competent agency, with the reason. Transfers are due within
    5 working days of receipt; a late one is recorded as late."""
    _open(item)
    if not reason.strip():
        raise FeedbackError(_("Say why the item goes to another agency."))
    if to == item.agency:
        raise FeedbackError(_("The item is already with this agency."))
    today = timezone.localdate()
    late = item.transfer_due_on is not None and today > item.transfer_due_on
    previous, item.agency = item.agency, to
    item.save(update_fields=["agency", "updated_at"])
    text = reason.strip() + (" " + _("(transferred after the deadline)") if late else "")
    _event(
        item, "transferred", actor=actor, public=True, from_agency=previous, to_agency=to, text=text
    )
    notify(item, "transferred")
    return item


@transaction.atomic
def feedback_start(*, item: Feedback, actor: Any) -> Feedback:
    """Handling starts, or goes on without the information asked for."""
    _open(item)
    item.state = State.IN_PROGRESS
    _event(item, "started", actor=actor, public=True)
    _stop_waiting(item, actor)
    item.save(update_fields=["state", *WAIT_FIELDS, "updated_at"])
    return item


@transaction.atomic
def feedback_note(*, item: Feedback, actor: Any, text: str) -> Event:
    """An internal note, never shown to the citizen."""
    if not text.strip():
        raise FeedbackError(_("Write the note."))
    return _event(item, "note", actor=actor, text=text.strip())


@transaction.atomic
def feedback_answer(
    *, item: Feedback, actor: Any, text: str, substantiated: bool | None = None
) -> Feedback:
    """The agency's answer. It goes to review before publication; whether it came in time
    is recorded now (the handling deadline on the working-day calendar)."""
    _open(item)
    if len(text.strip()) < 10:
        raise FeedbackError(_("Write the answer."))
    _stop_waiting(item, actor)
    now = timezone.now()
    item.answer, item.answered_at = text.strip(), now
    item.answered_on_time = item.due_on is None or timezone.localdate(now) <= item.due_on
    item.state = State.ANSWERED
    if item.category.about_conduct:
        item.substantiated = substantiated
    limits = limits_on(timezone.localdate(now))
    item.publish_due_on = calendar().add_working_days(timezone.localdate(now), limits.publish)
    # A first proposal for the published texts: staff review them before publication.
    item.public_title = item.public_title or redact(item.title, item)
    item.public_text = item.public_text or redact(item.text, item)
    item.public_answer = redact(item.answer, item)
    item.save()
    _event(item, "answered", actor=actor, public=True)
    notify(item, "answered")
    return item


@transaction.atomic
def feedback_publish(
    *,
    item: Feedback,
    actor: Any,
    public_text: str,
    public_answer: str,
    public_title: str | None = None,
    shown_files: Iterable[str] = (),
) -> Feedback:
    """The review: the title and texts as they will be published (the title proposed at
    the answer when none is given), checked once more for personal data (an e-mail, a
    phone or an ID number still in them is refused), and the attached files (by public id)
    the reviewer chose to show with the answer; the others stay private."""
    if item.state != State.ANSWERED:
        raise FeedbackError(_("Only an answered item is published."))
    title = item.public_title if public_title is None else public_title
    problems = []
    parts = ((_("heading"), title), (_("feedback"), public_text), (_("answer"), public_answer))
    for label, value in parts:
        if not value.strip():
            problems.append(_("The published %s is empty.") % label)
        elif still_personal(value, item):
            problems.append(
                _("The published %s still holds a name, an e-mail, a phone or an ID number.")
                % label
            )
    if problems:
        raise FeedbackError(problems)
    item.public_title = title.strip()
    item.public_text, item.public_answer = public_text.strip(), public_answer.strip()
    # Only the reviewed texts: the citizen's own subject was never checked for personal data.
    reviewed = [item.number, item.public_title, item.public_text, item.public_answer]
    item.search_text = fold(" ".join(reviewed))
    item.state, item.published_at = State.PUBLISHED, timezone.now()
    item.save()
    late = item.publish_due_on is not None and timezone.localdate() > item.publish_due_on
    shown = {str(public_id) for public_id in shown_files}
    for attachment in item.attachments.all():
        is_public = str(attachment.public_id) in shown
        if attachment.is_public != is_public:
            attachment.is_public = is_public
            attachment.save(update_fields=["is_public", "updated_at"])
    _event(
        item,
        "published",
        actor=actor,
        public=True,
        text=_("(published after the deadline)") if late else "",
    )
    audit_record(
        actor=actor, action="feedback.publish", object_type="feedback", object_id=item.number
    )
    return item


@transaction.atomic
def feedback_refuse(*, item: Feedback, actor: Any, reason: str) -> Feedback:
    _open(item)
    if not reason.strip():
        raise FeedbackError(_("Say why the item is not accepted."))
    # Refusing is due within 2 working days of receipt, unless the refusal follows a
    # request for information the citizen never answered.
    late = item.state != State.MORE_INFO and _past_limit(item, limits_on(_received_on(item)).refuse)
    _stop_waiting(item, actor)
    item.state = State.REFUSED
    item.save(update_fields=["state", *WAIT_FIELDS, "updated_at"])
    text = reason.strip() + (" " + _("(refused after the deadline)") if late else "")
    _event(item, "refused", actor=actor, public=True, text=text)
    notify(item, "refused")
    return item


def _received_on(item: Feedback) -> dt.date:
    return timezone.localdate(item.received_at)


def _past_limit(item: Feedback, limit: int) -> bool:
    """Whether today is past `limit` working days from the item's receipt."""
    return timezone.localdate() > calendar().add_working_days(_received_on(item), limit)


@transaction.atomic
def feedback_ask_more(*, item: Feedback, actor: Any, question: str) -> Feedback:
    """Ask the citizen for what is missing. A request made within the limit (5 working
    days of receipt by default) stops the handling clock until the citizen answers; a
    later one is recorded as late and stops nothing, so that asking cannot hide a delay."""
    _open(item)
    if not question.strip():
        raise FeedbackError(_("Write what information is needed."))
    if item.state == State.MORE_INFO:
        raise FeedbackError(_("The citizen has not answered the last request yet."))
    late = _past_limit(item, limits_on(_received_on(item)).more_info)
    item.state = State.MORE_INFO
    item.waiting_since = None if late else timezone.localdate()
    item.save(update_fields=["state", "waiting_since", "updated_at"])
    text = question.strip() + (
        " " + _("(asked after the deadline: the handling deadline is not paused)") if late else ""
    )
    _event(item, "more_info", actor=actor, public=True, text=text)
    notify(item, "more_info")
    return item


def _stop_waiting(item: Feedback, actor: Any = None) -> None:
    """End a wait for the citizen: the working days waited move the handling deadline.
    The caller saves the item."""
    if item.waiting_since is None:
        return
    days = calendar()
    waited = days.working_days_between(item.waiting_since, timezone.localdate())
    item.waiting_since = None
    if waited == 0 or item.due_on is None:
        return
    item.waited_days += waited
    item.due_on = days.add_working_days(item.due_on, waited)
    _event(
        item,
        "deadline_moved",
        actor=actor,
        public=True,
        text=_(
            "The %(days)s working days spent waiting for the citizen do not count: "
            "the item is now due on %(due)s."
        )
        % {"days": waited, "due": item.due_on.strftime("%d/%m/%Y")},
    )


@transaction.atomic
def feedback_citizen_reply(*, item: Feedback, text: str) -> Feedback:
    """The citizen answers a request for more information (on the tracking page): the
    item goes back to the agency, which is told in the history."""
    if item.state != State.MORE_INFO:
        raise FeedbackError(_("No information is asked for on this item now."))
    text = text.strip()
    if len(text) < 2:
        raise FeedbackError(_("Write the information asked for."))
    if len(text) > MAX_TEXT:
        raise FeedbackError(_("The text is longer than %s characters.") % MAX_TEXT)
    item.state = State.IN_PROGRESS
    _event(item, "citizen_replied", public=True, text=text)
    _stop_waiting(item)
    item.save(update_fields=["state", *WAIT_FIELDS, "updated_at"])
    return item


@transaction.atomic
def feedback_merge(*, item: Feedback, into: Feedback, actor: Any) -> Feedback:
    """A duplicate joins the item it repeats: the answer of that one answers both."""
    if item.pk == into.pk or into.state == State.MERGED:
        raise FeedbackError(_("Merge into another item that is not itself merged."))
    _open(item)
    item.state, item.duplicate_of = State.MERGED, into
    item.save(update_fields=["state", "duplicate_of", "updated_at"])
    _event(item, "merged", actor=actor, public=True, text=into.number)
    _event(into, "duplicate_merged", actor=actor, text=item.number)
    return item


@transaction.atomic
def feedback_confirm(*, item: Feedback, resolved: bool, rating: int | None) -> Feedback:
    """The citizen says whether the published answer resolved the issue, and rates it."""
    if item.state != State.PUBLISHED:
        raise FeedbackError(_("The answer is not published yet."))
    if rating is not None and not 1 <= rating <= 5:
        raise FeedbackError(_("Choose a rating from 1 to 5."))
    item.resolved, item.rating, item.rated_at = resolved, rating, timezone.now()
    item.save(update_fields=["resolved", "rating", "rated_at", "updated_at"])
    _event(item, "confirmed" if resolved else "not_resolved", public=True)
    return item


@transaction.atomic
def feedback_contacts_erase(*, now: dt.datetime | None = None) -> int:
    """Erase the name, phone and e-mail of items closed (published, refused, redirected
    or merged) more than MOTCUA_FEEDBACK_CONTACT_DAYS ago: they served to answer the
    citizen, and the law keeps personal data only as long as needed. The texts stay, as
    the record of the case; the count is audited. Returns how many items were erased."""
    now = now or timezone.now()
    cutoff = now - dt.timedelta(days=settings.MOTCUA_FEEDBACK_CONTACT_DAYS)
    erased = (
        Feedback.objects.exclude(state__in=OPEN_STATES)
        .filter(anonymous=False, contact_erased_at__isnull=True, updated_at__lt=cutoff)
        .update(contact_name="", contact_phone="", contact_email="", contact_erased_at=now)
    )
    if erased:
        audit_record(
            actor=None,
            action="feedback.contacts_erase",
            object_type="feedback",
            detail={"items": erased, "closed_before": cutoff.isoformat()},
        )
    return erased


def overdue(today: dt.date) -> Iterable[Feedback]:
    """Overdue items (`models.is_overdue`) not yet escalated."""
    return (
        Feedback.objects.overdue(today)
        .filter(escalated_at__isnull=True)
        .select_related("agency", "unit", "category")
    )


# Notifications ------------------------------------------------------------------------

NOTICES = {
    "registered": gettext_lazy("Your feedback %(number)s is registered. Follow it at %(link)s"),
    "transferred": gettext_lazy(
        "Your feedback %(number)s was sent to %(agency)s, which is competent. %(link)s"
    ),
    "answered": gettext_lazy("Your feedback %(number)s has an answer: %(link)s"),
    "refused": gettext_lazy("Your feedback %(number)s was not accepted: %(link)s"),
    "more_info": gettext_lazy("More information is needed on your feedback %(number)s: %(link)s"),
    "redirected": gettext_lazy(
        "Your message %(number)s is recorded; see where to send it: %(link)s"
    ),
}


def tracking_link(item: Feedback) -> str:
    """The private tracking address (absolute when MOTCUA_PUBLIC_URL is set)."""
    return absolute_link("feedback_track", token=item.tracking_token)


def notify(item: Feedback, what: str) -> None:
    """Tell the citizen by e-mail and SMS, in the background once the change is committed:
    a rolled-back step sends nothing, and a slow gateway holds neither a transaction nor
    the citizen's request (`motcua db_worker` sends)."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(lambda: feedback_notice_send.enqueue(item.pk, what, language))


@task()
def feedback_notice_send(item_id: int, what: str, language: str = "vi") -> None:
    """The background side of `notify`, in the language of the step that caused it."""
    item = Feedback.objects.select_related("agency").filter(pk=item_id).first()
    if item is None:
        return
    with translation.override(language):
        _send_notice(item, what)


def _send_notice(item: Feedback, what: str) -> None:
    """E-mail and SMS, as far as the citizen left a contact. A failure is recorded in the
    history and does not stop the handling."""
    if item.anonymous or not (item.contact_email or item.contact_phone):
        return
    text = str(NOTICES[what]) % {
        "number": item.number,
        "link": tracking_link(item),
        "agency": item.agency.name if item.agency else "",
    }
    failures = []
    if item.contact_email:
        try:
            send_mail(
                _("Feedback %s") % item.number,
                text,
                None,
                [item.contact_email],
            )
        except OSError as error:
            failures.append(f"e-mail: {error}")
    if item.contact_phone:
        try:
            result = send_sms([SmsMessage(to=item.contact_phone, text=text)])
            failures += [f"SMS: {f.reason}" for f in result.failures]
        except SmsError as error:
            failures.append(f"SMS: {error}")
    if failures:
        _event(item, "notice_failed", text="; ".join(failures))
