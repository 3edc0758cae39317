"""Reads over feedback: who may see and do what, the queues, and the public answers."""

from __future__ import annotations

import datetime as dt

from django.db.models import Count, Q, QuerySet

from motcua.core.textfold import fold
from motcua.feedback.models import HANDLING_STATES, Feedback, FeedbackQuerySet, State
from motcua.orgs.access import Access
from motcua.orgs.models import Role

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
