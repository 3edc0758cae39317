"""Escalation of overdue feedback to the heads of the unit that answers for it, sent by a
daily cron job (`motcua feedback escalate`).

The rules:
- An item is escalated once: when it is still being handled (received, in progress or
  waiting for more information) after its handling deadline (`services.overdue`).
- Who is told: the heads (role "unit head", membership in force today) of the unit of the
  responsible agency's People's Committee, or of the item's commune when no agency holds
  it. Each person gets one e-mail listing all their items, in Vietnamese. People with no
  e-mail address are counted and skipped.
- The e-mail names the item by its number, category, commune, agency and deadline only:
  the citizen's words and contact stay on the staff pages, where reading them is audited.
- Nothing is sent on a day off: the cron job runs every day, the offices read mail on
  working days.
- An item whose e-mail reached at least one head gets `escalated_at` and an internal
  "escalated" event in its history; an item nobody could be told about (no head, no
  address, the mail server refused) stays due for the next run.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from motcua.core.links import absolute_link
from motcua.core.mail import digests_gather, digests_send
from motcua.core.services import audit_record
from motcua.feedback.models import Event, Feedback
from motcua.feedback.services import overdue
from motcua.orgs.models import Membership, Role
from motcua.workdays.selectors import calendar


@dataclass
class EscalationResult:
    today: dt.date
    dry_run: bool
    day_off: bool = False
    items: int = 0  # overdue items not yet escalated
    nobody: int = 0  # of which no head is in place to be told
    people: int = 0  # heads with an e-mail address to write to
    sent: int = 0  # e-mails sent (in a dry run: that would be sent)
    failed: int = 0  # e-mails the mail server refused; their items stay due
    no_email: int = 0  # heads with no e-mail address, skipped
    escalated: int = 0  # items marked escalated

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "today": self.today.isoformat()}


def _place(item: Feedback) -> int:
    """The unit whose heads answer for the item."""
    return item.agency.unit_id if item.agency is not None else item.unit_id


def _heads(unit_ids: set[int], today: dt.date) -> dict[int, list[Any]]:
    """The active heads of each unit, by the unit's pk."""
    memberships = (
        Membership.objects.valid_on(today)
        .filter(unit_id__in=unit_ids, role=Role.UNIT_HEAD, user__is_active=True)
        .select_related("user")
        .order_by("user_id")
    )
    heads: dict[int, dict[int, Any]] = defaultdict(dict)
    for membership in memberships:
        assert membership.unit_id is not None
        heads[membership.unit_id][membership.user_id] = membership.user
    return {unit_id: list(people.values()) for unit_id, people in heads.items()}


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _line(item: Feedback) -> str:
    line = _("- %(number)s (%(category)s), %(commune)s, %(agency)s: to be handled by %(due)s.") % {
        "number": item.number,
        "category": item.category.name,
        "commune": item.unit.name,
        "agency": item.agency.name if item.agency else _("no responsible agency"),
        "due": _date(item.due_on),
    }
    if settings.PUBLIC_URL:
        line += " " + absolute_link("staff_feedback_item", number=item.number)
    return line


def _message(person: Any, items: list[Feedback]) -> EmailMessage:
    with translation.override("vi"):
        subject = ngettext(
            "Escalation: %(count)s feedback item is overdue",
            "Escalation: %(count)s feedback items are overdue",
            len(items),
        ) % {"count": len(items)}
        lines = [
            _("Dear %(name)s,") % {"name": person.get_full_name() or person.get_username()},
            "",
            _(
                "These feedback items of citizens are past their handling deadline and "
                "have not been answered:"
            ),
            "",
            *[_line(item) for item in items],
            "",
            _("Please see that they are answered; the staff pages show each item's history."),
            "",
            _("This message is sent automatically, once for each overdue item."),
        ]
    return EmailMessage(subject=subject, body="\n".join(lines), to=[person.email])


def escalate(today: dt.date, dry_run: bool = False) -> EscalationResult:
    """Tell the heads about the items overdue on `today` (see the module's rules); in a
    dry run, count what would be sent and write nothing."""
    result = EscalationResult(today=today, dry_run=dry_run)
    if not calendar().is_working_day(today):
        result.day_off = True
        return result
    items = sorted(overdue(today), key=lambda item: (item.due_on or today, item.number))
    result.items = len(items)
    heads = _heads({_place(item) for item in items}, today)
    digests = digests_gather(items, lambda item: heads.get(_place(item), []))
    result.nobody = digests.nobody
    result.no_email, result.people = len(digests.without_email), len(digests.inbox)
    if dry_run:
        result.sent = len(digests.inbox)
        return result
    delivery = digests_send(digests, _message)
    result.sent, result.failed = delivery.sent, delivery.failed
    told = delivery.told
    if told:
        _record(items=[item for item in items if item.pk in told], told=told)
        result.escalated = len(told)
        audit_record(
            actor=None,
            action="feedback.escalate",
            object_type="feedback",
            detail={"items": len(told), "sent": result.sent, "failed": result.failed},
        )
    return result


@transaction.atomic
def _record(*, items: list[Feedback], told: dict[int, list[Any]]) -> None:
    """Mark the items escalated, with an internal event naming who was told."""
    now = timezone.now()
    Feedback.objects.filter(pk__in=[item.pk for item in items]).update(
        escalated_at=now, updated_at=now
    )
    Event.objects.bulk_create(
        Event(
            feedback=item,
            at=now,
            action="escalated",
            public=False,
            text=_("Not handled by the deadline of %(due)s; e-mailed to %(people)s.")
            % {
                "due": _date(item.due_on),
                "people": ", ".join(
                    person.get_full_name() or person.get_username() for person in told[item.pk]
                ),
            },
        )
        for item in items
    )
