"""Reads over feedback: who may see and do what, the queues, an item's page and history,
the pickers of the forms, and the public answers. What a page shows is returned as
dataclasses, with people by full name and title and every label in words."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.contrib.auth import get_user_model
from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core.identity import contact_mask as identity_contact_mask
from motcua.core.textfold import collation_key, fold
from motcua.feedback.models import (
    HANDLING_STATES,
    AnswerTemplate,
    Attachment,
    Category,
    Feedback,
    FeedbackQuerySet,
    State,
)
from motcua.orgs.access import Access
from motcua.orgs.models import AdministrativeUnit, Agency, Membership, Role, UnitKind
from motcua.orgs.people import people_of

T = TypeVar("T")
COMMUNE_KINDS = (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE)
PAGE_SIZE = 50
EXPORT_CHUNK = 2000
QUEUES = {
    "open": gettext_lazy("Open"),
    "review": gettext_lazy("Waiting for review"),
    "overdue": gettext_lazy("Overdue"),
    "all": gettext_lazy("All"),
}
EVENT_LABELS = {
    "received": gettext_lazy("Received"),
    "redirected": gettext_lazy("Recorded; the citizen was told where to turn"),
    "duplicate_suspected": gettext_lazy("Possible duplicate"),
    "classified": gettext_lazy("Classified"),
    "transferred": gettext_lazy("Transferred"),
    "started": gettext_lazy("Handling started"),
    "note": gettext_lazy("Note"),
    "more_info": gettext_lazy("More information asked for"),
    "citizen_replied": gettext_lazy("The citizen sent the information asked for"),
    "deadline_moved": gettext_lazy("Deadline moved"),
    "answered": gettext_lazy("Answered"),
    "published": gettext_lazy("Published"),
    "refused": gettext_lazy("Not accepted"),
    "merged": gettext_lazy("Merged into another item"),
    "duplicate_merged": gettext_lazy("A duplicate was merged into this item"),
    "notice_failed": gettext_lazy("The citizen could not be told"),
    "confirmed": gettext_lazy("The citizen says it is resolved"),
    "not_resolved": gettext_lazy("The citizen says it is not resolved"),
    "escalated": gettext_lazy("Escalated to the heads"),
}
# A person's title: the highest of their roles in force, with where they hold it.
# Who answers for an agency's feedback: its own staff, or the heads and coordinators of
# the unit it belongs to (and, for a commune's agency, those of the province above).
HANDLING_ROLES = (Role.UNIT_HEAD, Role.COORDINATOR, Role.PROCESSING_OFFICER, Role.COUNTER_OFFICER)
# The review before publication, and escalation, are for heads and coordinators.
REVIEW_ROLES = (Role.UNIT_HEAD, Role.COORDINATOR)


def visible(access: Access) -> FeedbackQuerySet:
    """Items about the user's units or held by their agencies."""
    items = Feedback.objects.select_related("category", "unit", "agency", "agency__unit")
    if access.is_superuser:
        return items
    return items.filter(
        Q(unit_id__in=access.view_unit_ids)
        | Q(agency_id__in=access.agency_ids)
        | Q(agency__unit_id__in=access.view_unit_ids)
    )


def may_handle(access: Access, item: Feedback) -> bool:
    """Classify, transfer, note, ask for more, answer: the responsible agency's people."""
    if access.is_superuser:
        return True
    if item.agency_id is not None and item.agency_id in access.agency_ids:
        return access.can_change(item.agency.unit_id)  # type: ignore[union-attr]
    place = item.agency.unit_id if item.agency is not None else item.unit_id
    return access.can_change(place) and access.has_role(place, *REVIEW_ROLES)


def may_review(access: Access, item: Feedback) -> bool:
    """Publish the reviewed answer, merge, escalate: heads and coordinators."""
    if access.is_superuser:
        return True
    place = item.agency.unit_id if item.agency is not None else item.unit_id
    return access.can_change(place) and access.has_role(place, *REVIEW_ROLES)


def may_register(access: Access) -> bool:
    """Staff entry of feedback received by phone, letter, in person or at a reception."""
    return access.is_superuser or bool(access.change_unit_ids)


def queue(access: Access, *, today: dt.date, which: str = "open") -> QuerySet[Feedback]:
    """Open items overdue first, then by due date; "review" for answers waiting for the
    review; "all" for everything visible."""
    items = visible(access)
    if which == "open":
        items = items.filter(state__in=HANDLING_STATES)
        return items.order_by("due_on", "received_at")
    if which == "review":
        return items.filter(state=State.ANSWERED).order_by("publish_due_on", "answered_at")
    if which == "overdue":
        return items.overdue(today).order_by("due_on")
    return items.order_by("-received_at")


def published(query: str = "") -> QuerySet[Feedback]:
    """Published answers for /feedback/, newest first; the search ignores accents."""
    items = Feedback.objects.filter(state=State.PUBLISHED).select_related("category", "unit")
    for word in fold(query).split()[:8]:
        items = items.filter(search_text__contains=word)
    return items.order_by("-published_at")


def substantiated_dossier_codes(start: dt.date, end: dt.date) -> set[str]:
    """Dossiers named in feedback about an official's conduct that was found substantiated
    when answered in the period: Circular 01 indicator 7 takes 0 points for them."""
    return set(
        Feedback.objects.filter(
            category__about_conduct=True,
            substantiated=True,
            answered_at__date__gte=start,
            answered_at__date__lte=end,
        )
        .exclude(dossier_code="")
        .values_list("dossier_code", flat=True)
    )


def substantiated_by_official(start: dt.date, end: dt.date) -> dict[int, int]:
    """Substantiated complaints about conduct answered in the period, per official named
    (with or without a dossier): shown beside the officers' Circular 01 scores."""
    rows = (
        Feedback.objects.filter(
            category__about_conduct=True,
            substantiated=True,
            official__isnull=False,
            answered_at__date__gte=start,
            answered_at__date__lte=end,
        )
        .values("official_id")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return {row["official_id"]: row["n"] for row in rows}


# --- people ------------------------------------------------------------------------------


def person_label(user: Any) -> str:
    """Full name and title (`orgs.people`), e.g. "Nguyễn Văn An (Unit head, Xã A)"; never the
    login name."""
    if user is None:
        return ""
    return people_of([user])[user.pk].label


def people_labels(users: Iterable[Any]) -> dict[int, str]:
    """`person_label` of each user, in two queries."""
    return {pk: found.label for pk, found in people_of(users).items()}


def staff_of_places(places: Iterable[int | None]) -> QuerySet[Any]:
    """The staff of the units and of their agencies: the officials feedback may name."""
    places = [place for place in places if place is not None]
    return (
        get_user_model()
        .objects.filter(
            Q(memberships__unit_id__in=places) | Q(memberships__agency__unit_id__in=places)
        )
        .distinct()
        .order_by("last_name", "first_name", "pk")
    )


def home_unit_ids(user: Any) -> frozenset[int]:
    """The units where the user works (directly, or through an agency): the forms start
    there."""
    rows = (
        Membership.objects.valid_on(timezone.localdate())
        .filter(user_id=user.pk)
        .values_list("unit_id", "agency__unit_id")
    )
    return frozenset(unit or agency_unit for unit, agency_unit in rows if unit or agency_unit)


# --- pickers -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Picker(Generic[T]):
    """A form's choices (grouped as <optgroup> where they have groups) and the object
    behind each key."""

    choices: list[Any]
    by_key: dict[str, T]


def _grouped(pairs: list[tuple[str, str, str]]) -> list[Any]:
    """(group, key, label) → choices: ungrouped options plain, the others by group."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for group, key, label in pairs:
        groups.setdefault(group, []).append((key, label))
    choices: list[Any] = []
    for group, options in groups.items():
        if group:
            choices.append((group, options))
        else:
            choices.extend(options)
    return choices


def category_name(category: Category) -> str:
    """The name in English for English pages when the category has one."""
    language = translation.get_language() or ""
    if language.startswith("en") and category.name_en:
        return category.name_en
    return category.name


def category_picker(*, key: str = "code", also: int | None = None) -> Picker[Category]:
    """The categories offered (and `also` one no longer offered, for an item filed under
    it), by group: in the position staff gave them, then in Vietnamese order of names."""
    categories = sorted(
        Category.objects.filter(Q(is_active=True) | Q(pk=also)),
        key=lambda c: (c.position, collation_key(category_name(c)), c.pk),
    )
    by_key = {str(getattr(c, key)): c for c in categories}
    pairs = [(c.group, k, category_name(c)) for k, c in by_key.items()]
    return Picker(choices=_grouped(pairs), by_key=by_key)


def commune_picker(
    *,
    on: dt.date,
    within: QuerySet[AdministrativeUnit] | None = None,
    key: str = "code",
    also: int | None = None,
) -> Picker[AdministrativeUnit]:
    """The communes, wards and special zones in force (`within` those given, and `also` the
    one an item is about), grouped by the province or city above them, in Vietnamese
    order of names."""
    units = AdministrativeUnit.objects.valid_on(on).filter(kind__in=COMMUNE_KINDS)
    if within is not None:
        units = units.filter(pk__in=within.values("pk"))
    if also is not None:
        units = AdministrativeUnit.objects.filter(Q(pk__in=units.values("pk")) | Q(pk=also))
    ordered = sorted(
        units.select_related("parent"),
        key=lambda u: (
            collation_key(u.parent.name if u.parent else ""),
            collation_key(u.name),
            u.code,
        ),
    )
    by_key = {str(getattr(unit, key)): unit for unit in ordered}
    parents = {unit.parent_id for unit in by_key.values()}
    pairs = [
        (u.parent.name if u.parent and len(parents) > 1 else "", k, u.name)
        for k, u in by_key.items()
    ]
    return Picker(choices=_grouped(pairs), by_key=by_key)


def agency_picker(
    *, on: dt.date, key: str = "identifier", exclude: int | None = None
) -> Picker[Agency]:
    """The agencies in force, grouped by the People's Committee they belong to (in the order
    of the units' codes), in Vietnamese order of names."""
    agencies = sorted(
        Agency.objects.valid_on(on).exclude(pk=exclude).select_related("unit"),
        key=lambda a: (a.unit.code, collation_key(a.name), a.pk),
    )
    by_key = {str(getattr(agency, key)): agency for agency in agencies}
    pairs = [(a.unit.name, k, a.name) for k, a in by_key.items()]
    return Picker(choices=_grouped(pairs), by_key=by_key)


# --- the staff queues --------------------------------------------------------------------


def contact_mask(item: Feedback) -> str:
    """The contact as lists show it (`core.identity.contact_mask`)."""
    if item.anonymous:
        return _("anonymous")
    return identity_contact_mask(item.contact_name, item.contact_phone) or "—"


@dataclass(frozen=True)
class FeedbackRow:
    """One line of a queue or of its export."""

    number: str
    received_at: dt.datetime
    channel: str
    category: str
    commune: str
    agency: str
    state: str
    due_on: dt.date | None
    overdue: bool
    escalated_at: dt.datetime | None
    contact: str


def feedback_row(item: Feedback, today: dt.date) -> FeedbackRow:
    return FeedbackRow(
        number=item.number,
        received_at=timezone.localtime(item.received_at),
        channel=str(item.get_channel_display()),
        category=item.category.name,
        commune=item.unit.name,
        agency=item.agency.name if item.agency else "—",
        state=str(item.get_state_display()),
        due_on=item.due_on,
        overdue=item.is_overdue(today),
        escalated_at=timezone.localtime(item.escalated_at) if item.escalated_at else None,
        contact=contact_mask(item),
    )


@dataclass(frozen=True)
class QueueTab:
    key: str
    label: str
    current: bool


@dataclass(frozen=True)
class FeedbackQueue:
    """A page of a queue: its tabs, the search and the rows."""

    queue: str
    query: str
    tabs: list[QueueTab]
    page: Page[Feedback]
    rows: list[FeedbackRow]


def queue_items(access: Access, *, which: str, query: str, today: dt.date) -> QuerySet[Feedback]:
    """`queue`, narrowed to a number or subject."""
    items = queue(access, today=today, which=which)
    if query:
        items = items.filter(Q(number__icontains=query) | Q(title__icontains=query))
    return items


def feedback_queue(
    access: Access, *, which: str, query: str, page_number: Any, today: dt.date
) -> FeedbackQueue:
    which = which if which in QUEUES else "open"
    items = queue_items(access, which=which, query=query, today=today)
    page = Paginator(items, PAGE_SIZE).get_page(page_number)
    return FeedbackQueue(
        queue=which,
        query=query,
        tabs=[QueueTab(key, str(label), key == which) for key, label in QUEUES.items()],
        page=page,
        rows=[feedback_row(item, today) for item in page],
    )


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _moment(value: dt.datetime | None) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


def export_headers() -> list[str]:
    return [
        _("Number"),
        _("Received"),
        _("Channel"),
        _("Category"),
        _("Commune"),
        _("Agency"),
        _("State"),
        _("Due date"),
        _("Overdue"),
        _("Escalated"),
        _("Contact"),
        _("Registered by"),
    ]


def export_rows(items: QuerySet[Feedback], today: dt.date) -> Iterator[list[str]]:
    """The queue as text cells: dates as dd/mm/yyyy, yes or nothing, words not keys, and
    the officer who wrote down a call or a letter by full name and title."""
    chunk: list[Feedback] = []
    for item in items.select_related("received_by").iterator(chunk_size=EXPORT_CHUNK):
        chunk.append(item)
        if len(chunk) == EXPORT_CHUNK:
            yield from _export_chunk(chunk, today)
            chunk = []
    yield from _export_chunk(chunk, today)


def _export_chunk(items: list[Feedback], today: dt.date) -> Iterator[list[str]]:
    people = people_labels(item.received_by for item in items)
    for item in items:
        row = feedback_row(item, today)
        yield [
            row.number,
            _moment(row.received_at),
            row.channel,
            row.category,
            row.commune,
            row.agency,
            row.state,
            _day(row.due_on),
            _("yes") if row.overdue else "",
            _moment(row.escalated_at),
            row.contact,
            people.get(item.received_by_id or 0, ""),
        ]


# --- one item's page ---------------------------------------------------------------------


def item_for(access: Access, number: str) -> Feedback | None:
    """The item, with everything its page shows in the same query."""
    return (
        visible(access)
        .select_related(
            "received_by", "official", "procedure", "agency_concerned__unit", "duplicate_of"
        )
        .prefetch_related("attachments")
        .filter(number=number)
        .first()
    )


def feedback_actions(access: Access, item: Feedback) -> list[str]:
    """What this user may do now, in the order of the page: each action with its guard."""
    handle = may_handle(access, item)
    review = may_review(access, item)
    guards = {
        "start": handle and item.state in (State.RECEIVED, State.MORE_INFO),
        "classify": handle and item.is_open,
        "transfer": handle and item.is_open,
        "ask_more": handle and item.state in (State.RECEIVED, State.IN_PROGRESS),
        "answer": handle and item.is_open,
        "refuse": handle and item.state in HANDLING_STATES,
        "merge": review and item.is_open,
        "review": review and item.state == State.ANSWERED,
        "note": handle or review,
    }
    return [name for name, allowed in guards.items() if allowed]


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    label: str
    actor: str
    agencies: str
    text: str
    internal: bool


# Steps without an officer: the citizen's own, or the system's (notices, escalation).
CITIZEN_ACTIONS = frozenset({"received", "citizen_replied", "confirmed", "not_resolved"})


def _nobody(action: str) -> str:
    return _("the citizen") if action in CITIZEN_ACTIONS else _("the system, automatically")


def feedback_history(item: Feedback) -> list[HistoryEntry]:
    """Every step, with who (full name and title) and the agencies it went between."""
    events = list(item.events.select_related("actor", "from_agency", "to_agency"))
    people = people_labels(e.actor for e in events)
    entries = []
    for event in events:
        source, target = event.from_agency, event.to_agency
        if source and target and source != target:
            agencies = f"{source.name} → {target.name}"
        else:
            agencies = target.name if target else ""
        entries.append(
            HistoryEntry(
                at=timezone.localtime(event.at),
                label=str(EVENT_LABELS.get(event.action, _("Step recorded"))),
                actor=people.get(event.actor_id or 0) or _nobody(event.action),
                agencies=agencies,
                text=event.text,
                internal=not event.public,
            )
        )
    return entries


def answer_templates(item: Feedback) -> QuerySet[AnswerTemplate]:
    return AnswerTemplate.objects.filter(Q(category=item.category) | Q(category__isnull=True))


def duplicates(access: Access, item: Feedback) -> list[Feedback]:
    """Items with the same text (the same fingerprint) that it could be merged into."""
    return list(
        visible(access)
        .filter(fingerprint=item.fingerprint)
        .exclude(pk=item.pk)
        .exclude(state=State.MERGED)
        .order_by("received_at")[:10]
    )


@dataclass(frozen=True)
class FeedbackPage:
    """What the staff page of an item shows, besides the forms of its actions."""

    item: Feedback
    overdue: bool
    received_by: str
    official: str
    actions: list[str]
    history: list[HistoryEntry]
    attachments: list[Attachment]
    templates: list[AnswerTemplate]
    template: AnswerTemplate | None
    duplicates: list[Feedback]


def feedback_page(
    access: Access, item: Feedback, *, template_id: str, today: dt.date
) -> FeedbackPage:
    actions = feedback_actions(access, item)
    templates = list(answer_templates(item)) if "answer" in actions else []
    chosen = next((t for t in templates if str(t.pk) == template_id), None)
    people = people_labels([item.received_by, item.official])
    return FeedbackPage(
        item=item,
        overdue=item.is_overdue(today),
        received_by=people.get(item.received_by_id or 0, ""),
        official=item.official_name or people.get(item.official_id or 0, ""),
        actions=actions,
        history=feedback_history(item),
        attachments=list(item.attachments.all()),
        templates=templates,
        template=chosen,
        duplicates=duplicates(access, item) if "merge" in actions else [],
    )


def feedback_public_lookup(*, number: str, phone_last4: str) -> Feedback | None:
    """The item whose number is given, for whoever knows the last four digits of the phone
    the citizen gave; None otherwise (an unknown number, wrong digits, an anonymous item and
    an erased contact look the same). The caller takes a lookup of the client's limit first
    (`dossiers.selectors.lookup_allowed`: one limit for every status lookup)."""
    digits = "".join(ch for ch in phone_last4 if ch.isdigit())
    if len(digits) != 4:
        return None
    item = (
        Feedback.objects.filter(number=number.strip().upper(), anonymous=False)
        .exclude(contact_phone="")
        .first()
    )
    return item if item is not None and item.contact_phone.endswith(digits) else None
