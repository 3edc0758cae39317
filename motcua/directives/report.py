"""The coordinating office's consolidated report on a directive, as a Word document in the
administrative layout of Decree 30/2020/NĐ-CP (`motcua.core.docx30`).

It is drafted for the People's Committee that issued the directive, which the office
advises: the committee is the issuing body and signs, the number is left for the office to
fill in ("Số: ..../BC-..."). Sections: I. the general situation (the directive, its tasks
and organisations, the overall progress); II. the results task by task (one row per
organisation, and per period already begun for a recurring report) and what the units wrote
they did, each report with its author's name and title; then who is overdue and who was late;
III. the difficulties the units raised, quoted, with the answers given;
IV. proposals, left for the office to write. Always in Vietnamese, like the documents it
sits among."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from motcua.core import docx30
from motcua.directives import selectors
from motcua.directives.models import Assignment, Difficulty, DifficultyStatus, Directive, Task
from motcua.directives.reminders import due_soon_until
from motcua.workdays.selectors import calendar


def consolidated_docx(directive: Directive, today: dt.date) -> bytes:
    """The report on `directive` as things stand on `today`."""
    with translation.override("vi"):
        return _build(directive, today)


def _date(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day is not None else "…"


def _organisation(assignment: Assignment) -> str:
    name = assignment.organisation.name
    if assignment.period_start is None:
        return name
    return _("%(organisation)s, period %(start)s to %(end)s") % {
        "organisation": name,
        "start": _date(assignment.period_start),
        "end": _date(assignment.period_end),
    }


def _row(assignment: Assignment, today: dt.date, soon: dt.date) -> list[str]:
    standing = selectors.standing(assignment, today, soon)
    if assignment.period_start is not None:
        reported = assignment.reported_at
        status = (
            _("Reported on %(date)s") % {"date": _date(timezone.localdate(reported))}
            if reported is not None
            else _("Not reported")
        )
        progress = "100 %" if reported is not None else "0 %"
    else:
        status = str(assignment.get_status_display())
        progress = f"{assignment.progress} %"
    return [
        _organisation(assignment),
        status,
        progress,
        _date(assignment.due_on),
        standing.label,
    ]


def _shown(assignments: list[Assignment], today: dt.date) -> list[Assignment]:
    """A recurring report's periods that have begun; the later ones say nothing yet."""
    return [a for a in assignments if a.period_start is None or a.period_start <= today]


def _general(
    document: Any, directive: Directive, overview: selectors.Overview, today: dt.date
) -> None:
    overall, rows = overview.overall, overview.tasks
    organisations = {(a.unit_id, a.agency_id) for row in rows for a in row.assignments}
    docx30.paragraph(document, _("I. GENERAL SITUATION"), bold=True)
    docx30.paragraph(
        document,
        _(
            "1. Document No. %(number)s dated %(date)s of the %(issuer)s on %(subject)s sets "
            "%(tasks)s tasks for %(organisations)s agencies and units."
        )
        % {
            "number": directive.number or "…",
            "date": _date(directive.issued_on),
            "issuer": _("People's Committee of %(unit)s") % {"unit": directive.issuer.name},
            "subject": directive.subject,
            "tasks": len(rows),
            "organisations": len(organisations),
        },
    )
    docx30.paragraph(
        document,
        _(
            "2. Overall progress on %(date)s: %(percent)s %%. Assignments (one per agency or "
            "unit, and one per period for a recurring report): %(assignments)s; done or "
            "reported: %(done)s, of which late: %(late)s; overdue: %(overdue)s."
        )
        % {
            "date": _date(today),
            "percent": overall.percent,
            "assignments": overall.assignments,
            "done": overall.done,
            "late": overall.late_done,
            "overdue": overall.overdue,
        },
    )


def _task_heading(task: Task, rollup: selectors.Rollup, assignments: list[Assignment]) -> str:
    if task.recurrence:
        timing = _("Reporting: %(kind)s.") % {"kind": task.get_recurrence_display()}
    else:
        due = task.deadline or (assignments[0].due_on if assignments else None)
        timing = _("Deadline: %(date)s.") % {"date": _date(due)}
    return _(
        "Progress: %(percent)s %%; done or reported: %(done)s of %(assignments)s; "
        "overdue: %(overdue)s. %(timing)s"
    ) % {
        "percent": rollup.percent,
        "done": rollup.done,
        "assignments": rollup.assignments,
        "overdue": rollup.overdue,
        "timing": timing,
    }


def _by_organisation(document: Any, items: dict[str, list[int]]) -> None:
    if not items:
        docx30.paragraph(document, _("No agency or unit."))
    for organisation, numbers in sorted(items.items()):
        docx30.paragraph(
            document,
            _("- %(organisation)s: items %(items)s")
            % {
                "organisation": organisation,
                "items": ", ".join(str(n) for n in sorted(set(numbers))),
            },
        )


def _reported(document: Any, texts: list[selectors.ReportedText]) -> None:
    """What the agencies and units wrote they did, quoted report by report."""
    if not texts:
        docx30.paragraph(document, _("No agency or unit has described its work yet."), italic=True)
        return
    docx30.paragraph(document, _("What the agencies and units reported:"), italic=True)
    for text in texts:
        who = text.organisation
        if text.period:
            who = _("%(organisation)s, period %(period)s") % {
                "organisation": who,
                "period": text.period,
            }
        said = _("- %(organisation)s (report of %(date)s, %(author)s): %(text)s") % {
            "organisation": who,
            "date": _date(text.submitted_on),
            "author": text.author or _("An officer"),
            "text": text.narrative,
        }
        docx30.paragraph(document, said)


def _results(
    document: Any, directive: Directive, rows: list[Any], today: dt.date, soon: dt.date
) -> None:
    docx30.paragraph(document, _("II. RESULTS BY TASK"), bold=True)
    overdue: dict[str, list[int]] = defaultdict(list)
    late: dict[str, list[int]] = defaultdict(list)
    texts = selectors.reported_texts(directive)
    for row in rows:
        task, rollup, assignments = row.task, row.rollup, row.assignments
        docx30.paragraph(document, f"{task.number}. {task.title}", bold=True)
        docx30.paragraph(document, _task_heading(task, rollup, assignments))
        for assignment in assignments:
            key = selectors.standing(assignment, today, soon).key
            if key == "overdue":
                overdue[assignment.organisation.name].append(task.number)
            elif key == "done_late":
                late[assignment.organisation.name].append(task.number)
        docx30.table(
            document,
            [_("Agency or unit"), _("Status"), _("Progress"), _("Due on"), _("Standing")],
            [_row(a, today, soon) for a in _shown(assignments, today)],
        )
        _reported(document, texts.get(task.pk, []))
    docx30.paragraph(document, _("Agencies and units with overdue tasks or reports:"), bold=True)
    _by_organisation(document, overdue)
    docx30.paragraph(document, _("Agencies and units that finished or reported late:"), bold=True)
    _by_organisation(document, late)


def _difficulties(document: Any, directive: Directive) -> None:
    docx30.paragraph(document, _("III. DIFFICULTIES AND PROBLEMS RAISED"), bold=True)
    raised = list(
        Difficulty.objects.filter(assignment__task__directive=directive)
        .select_related("assignment__task", "assignment__unit", "assignment__agency")
        .prefetch_related("messages")
        .order_by("assignment__task__number", "created_at", "pk")
    )
    labels = selectors.person_labels(m.author_id for d in raised for m in d.messages.all())
    if not raised:
        docx30.paragraph(document, _("No difficulty was raised."))
    for number, difficulty in enumerate(raised, 1):
        docx30.paragraph(
            document,
            _("%(number)s. %(organisation)s (item %(item)s): “%(text)s”")
            % {
                "number": number,
                "organisation": difficulty.assignment.organisation.name,
                "item": difficulty.assignment.task.number,
                "text": difficulty.text,
            },
        )
        for message in difficulty.messages.all():
            said = (
                _("- Guidance of the coordinating office (%(date)s, %(author)s): %(text)s")
                if message.from_office
                else _("- Reply of the agency or unit (%(date)s, %(author)s): %(text)s")
            )
            author = labels.get(message.author_id or 0, "") or _("An officer")
            docx30.paragraph(
                document,
                said
                % {
                    "date": _date(timezone.localdate(message.at)),
                    "author": author,
                    "text": message.text,
                },
            )
        if difficulty.status == DifficultyStatus.OPEN:
            docx30.paragraph(document, _("Still waiting for guidance."), italic=True)


def _build(directive: Directive, today: dt.date) -> bytes:
    overview = selectors.directive_overview(directive, today)
    soon = due_soon_until(today, calendar())
    issuer = directive.issuer
    document = docx30.document_new()
    docx30.heading(
        document,
        issuer=_("People's Committee of %(unit)s") % {"unit": issuer.name},
        number=_("No.: ..../BC-..."),
    )
    docx30.place_and_date(document, place=docx30.place_name(issuer.name), day=today)
    docx30.title(
        document,
        kind=_("REPORT"),
        summary=_("Results of carrying out document No. %(number)s dated %(date)s on %(subject)s")
        % {
            "number": directive.number or "…",
            "date": _date(directive.issued_on),
            "subject": directive.subject,
        },
    )
    _general(document, directive, overview, today)
    _results(document, directive, overview.tasks, today, soon)
    _difficulties(document, directive)
    docx30.paragraph(document, _("IV. PROPOSALS"), bold=True)
    docx30.paragraph(
        document,
        _(
            "(For the coordinating office to complete: what it proposes to the People’s "
            "Committee on the overdue tasks and the difficulties still open.)"
        ),
        italic=True,
    )
    docx30.closing(
        document,
        recipients=[
            _("- The leaders of the People’s Committee;"),
            _("- The agencies and units assigned;"),
            _("- Filed."),
        ],
        behalf=_("ON BEHALF OF THE PEOPLE’S COMMITTEE"),
        position=_("CHAIRPERSON"),
    )
    return docx30.document_bytes(document)
