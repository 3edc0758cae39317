"""E-mail reminders of the tasks and reports that are due soon or overdue, sent by a daily
cron job (`motcua directives remind`), and the same list for a staff member's banner.

The rules:
- An assignment is *pending* while a one-off task is not reported done, or while a
  period's report has not come in.
- A pending assignment due within `MOTCUA_REMIND_DAYS_BEFORE` working days (due today
  included) is reminded once a day.
- Once overdue, it is reminded at most once every `OVERDUE_EVERY` (3) working days: when it
  was never reminded, or when its last reminder is at least 3 working days back. A unit
  reminded every day up to the due date hears again 3 working days after it, then every 3
  working days until it reports.
- Nothing is sent on a day off: the cron job runs every day, the offices read mail on
  working days, and the due-soon window and the overdue rhythm count working days anyway.
- Who reports for an assignment gets the reminder: for an agency, the agency's members in
  force today except supervisors (who only read); for a unit, the unit's heads. Each person
  gets one e-mail listing all their items, in Vietnamese. People with no e-mail address
  are counted and skipped.
- `reminded_on` is set to today on the assignments whose reminder reached at least one
  person; an item nobody could be told about stays due for the next run.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import asdict, dataclass
from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.db.models import Q, QuerySet
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from motcua.core.links import absolute_link
from motcua.core.mail import digests_gather, digests_send
from motcua.core.services import audit_record
from motcua.directives.models import Assignment, AssignmentStatus, DirectiveStatus
from motcua.directives.selectors import assignments_for
from motcua.orgs.access import Access
from motcua.orgs.models import Membership, Role
from motcua.workdays.engine import Calendar
from motcua.workdays.selectors import calendar

OVERDUE_EVERY = 3  # working days between two reminders of an overdue item

# A one-off task not reported done, or a period's report not sent.
PENDING = Q(period_start__isnull=True) & ~Q(status=AssignmentStatus.DONE) | Q(
    period_start__isnull=False, reported_at__isnull=True
)


def due_soon_until(today: dt.date, days_off: Calendar, days: int | None = None) -> dt.date:
    """The last due date that counts as "due soon": `days` working days after today
    (`MOTCUA_REMIND_DAYS_BEFORE` by default)."""
    return days_off.add_working_days(
        today, settings.MOTCUA_REMIND_DAYS_BEFORE if days is None else days
    )


def due_soon_for(
    access: Access, today: dt.date, *, days: int | None = None
) -> QuerySet[Assignment]:
    """The pending assignments the user answers for that are due soon or overdue, the most
    urgent first: for a banner on the staff pages."""
    until = due_soon_until(today, calendar(), days)
    return (
        assignments_for(access)
        .filter(PENDING, due_on__lte=until)
        .select_related("task__directive", "unit", "agency")
        .order_by("due_on", "task__number", "pk")
    )


def _remind_again(assignment: Assignment, today: dt.date, days_off: Calendar) -> bool:
    if assignment.due_on >= today or assignment.reminded_on is None:
        return True
    return days_off.working_days_between(assignment.reminded_on, today) >= OVERDUE_EVERY


def reminders_due(
    *, today: dt.date, days: int | None = None, days_off: Calendar | None = None
) -> list[Assignment]:
    """The assignments to remind today, by the rules above."""
    days_off = days_off or calendar()
    if not days_off.is_working_day(today):
        return []
    candidates = (
        Assignment.objects.filter(
            PENDING,
            task__directive__status=DirectiveStatus.ISSUED,
            due_on__lte=due_soon_until(today, days_off, days),
        )
        .exclude(reminded_on=today)
        .select_related("task__directive", "unit", "agency")
        .order_by("due_on", "task__directive__number", "task__number", "pk")
    )
    return [a for a in candidates if _remind_again(a, today, days_off)]


def _people(assignments: list[Assignment], today: dt.date) -> dict[int, list[Any]]:
    """Who reports for each assignment (by its pk): the agency's members except
    supervisors, or the unit's heads, in force today."""
    agency_ids = {a.agency_id for a in assignments if a.agency_id is not None}
    unit_ids = {a.unit_id for a in assignments if a.agency_id is None}
    memberships = (
        Membership.objects.valid_on(today)
        .filter(
            (Q(agency_id__in=agency_ids) & ~Q(role=Role.SUPERVISOR))
            | Q(unit_id__in=unit_ids, role=Role.UNIT_HEAD),
            user__is_active=True,
        )
        .select_related("user", "agency")
        .order_by("user_id")
    )
    by_agency: dict[int, dict[int, Any]] = defaultdict(dict)
    by_unit: dict[int, dict[int, Any]] = defaultdict(dict)
    for membership in memberships:
        if membership.agency is not None:
            if membership.agency.is_valid_on(today):  # a closed agency reports nothing
                by_agency[membership.agency.pk][membership.user_id] = membership.user
        elif membership.unit_id is not None:
            by_unit[membership.unit_id][membership.user_id] = membership.user
    return {
        a.pk: list(
            (by_agency[a.agency_id] if a.agency_id is not None else by_unit[a.unit_id]).values()
        )
        for a in assignments
    }


@dataclass
class ReminderResult:
    today: dt.date
    dry_run: bool
    day_off: bool = False
    items: int = 0  # assignments due a reminder
    nobody: int = 0  # of which nobody reports for (no member, no head)
    people: int = 0  # people with an e-mail address to write to
    sent: int = 0  # e-mails sent (in a dry run: that would be sent)
    failed: int = 0  # e-mails the mail server refused; their items stay due
    no_email: int = 0  # people with no e-mail address, skipped

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "today": self.today.isoformat()}


def _date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def _line(assignment: Assignment, today: dt.date) -> str:
    task = assignment.task
    standing = _("Overdue") if assignment.due_on < today else _("Due soon")
    line = _(
        "- [%(standing)s] Document No. %(number)s, item %(item)s: %(task)s. "
        "%(organisation)s. Due on %(due)s."
    ) % {
        "standing": standing,
        "number": task.directive.number,
        "item": task.number,
        "task": task.title,
        "organisation": assignment.organisation.name,
        "due": _date(assignment.due_on),
    }
    if assignment.period_start is not None and assignment.period_end is not None:
        line += " " + _("Report for %(start)s to %(end)s.") % {
            "start": _date(assignment.period_start),
            "end": _date(assignment.period_end),
        }
    return line


def _message(person: Any, items: list[Assignment], today: dt.date) -> EmailMessage:
    with translation.override("vi"):
        subject = ngettext(
            "Reminder: %(count)s task or report of a directive due soon or overdue",
            "Reminder: %(count)s tasks or reports of directives due soon or overdue",
            len(items),
        ) % {"count": len(items)}
        lines = [
            _("Dear %(name)s,") % {"name": person.get_full_name() or person.get_username()},
            "",
            _("These tasks and reports of directives are due soon or overdue:"),
            "",
            *[_line(item, today) for item in items],
            "",
        ]
        if settings.PUBLIC_URL:
            link = absolute_link("staff_home")
            lines.append(_("Report on them on the staff pages: %(link)s") % {"link": link})
        else:
            lines.append(_("Report on them on the staff pages."))
        lines += [
            "",
            _(
                "This message is sent automatically. Overdue items are reminded every "
                "%(days)s working days until they are reported."
            )
            % {"days": OVERDUE_EVERY},
        ]
    return EmailMessage(subject=subject, body="\n".join(lines), to=[person.email])


def reminders_send(
    *, today: dt.date | None = None, dry_run: bool = False, days: int | None = None
) -> ReminderResult:
    """Remind everyone of their items due today (see the module's rules); in a dry run,
    count what would be sent and write nothing."""
    today = today or timezone.localdate()
    result = ReminderResult(today=today, dry_run=dry_run)
    days_off = calendar()
    if not days_off.is_working_day(today):
        result.day_off = True
        return result
    items = reminders_due(today=today, days=days, days_off=days_off)
    result.items = len(items)
    people_by_item = _people(items, today)
    digests = digests_gather(items, lambda item: people_by_item[item.pk])
    result.nobody = digests.nobody
    result.no_email, result.people = len(digests.without_email), len(digests.inbox)
    if dry_run:
        result.sent = len(digests.inbox)
        return result
    delivery = digests_send(digests, lambda person, mine: _message(person, mine, today))
    result.sent, result.failed = delivery.sent, delivery.failed
    reminded = set(delivery.told)
    if reminded:
        Assignment.objects.filter(pk__in=reminded).update(
            reminded_on=today, updated_at=timezone.now()
        )
        audit_record(
            actor=None,
            action="directives.remind",
            detail={"items": len(reminded), "sent": result.sent, "failed": result.failed},
        )
    return result
