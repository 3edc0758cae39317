"""Rows of directives for tests that read them: directives, tasks, assignments, reports,
difficulties and their messages. Behaviour under test (issuing, reporting) goes through
`motcua.directives.services`; these make the many rows a query-count test needs, and an
officer with a full name and a post, as pages and reports show people."""

from __future__ import annotations

import datetime as dt

import factory
from django.utils import timezone, translation
from django.utils.translation import gettext

from motcua.directives import services
from motcua.directives.models import (
    Assignment,
    AssignmentStatus,
    Difficulty,
    Directive,
    DirectiveStatus,
    Message,
    Report,
    Task,
)
from motcua.orgs.tests.factories import MembershipFactory, UnitFactory, UserFactory


def vi(msgid: str) -> str:
    """`msgid` as a Vietnamese page shows it (the English text until it is translated)."""
    with translation.override("vi"):
        return gettext(msgid)


def officer(username: str, full_name: str, *, role: str, **where: object) -> object:
    """A staff member with a full name ("Nguyễn Thị Lan") and a post in a unit or agency."""
    family, _space, given = full_name.partition(" ")
    user = UserFactory(username=username, first_name=given, last_name=family)
    MembershipFactory(user=user, role=role, **where)
    return user


class DirectiveFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Directive

    issuer = factory.SubFactory(UnitFactory, kind="province")
    number = factory.Sequence(lambda n: f"{n + 1}/UBND-NV")
    issued_on = dt.date(2025, 8, 28)
    signer = "Nguyễn Văn An, Chủ tịch"
    subject = factory.Sequence(lambda n: f"Nâng cao chỉ số hài lòng, đợt {n + 1}")
    status = DirectiveStatus.ISSUED


class TaskFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Task

    directive = factory.SubFactory(DirectiveFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.Sequence(lambda n: f"Nhiệm vụ số {n + 1}")
    deadline_days = 5


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    task = factory.SubFactory(TaskFactory)
    unit = factory.SubFactory(UnitFactory)
    due_on = dt.date(2025, 9, 8)
    status = AssignmentStatus.NOT_STARTED


class ReportFactory(factory.django.DjangoModelFactory):
    """A report, and the assignment brought to it as `report_submit` would."""

    class Meta:
        model = Report
        skip_postgeneration_save = True

    assignment = factory.SubFactory(AssignmentFactory)
    status = AssignmentStatus.IN_PROGRESS
    progress = 40
    narrative = factory.Sequence(lambda n: f"Đã niêm yết {n + 1} thủ tục tại bộ phận một cửa.")
    submitted_by = factory.SubFactory(UserFactory)
    submitted_at = factory.LazyFunction(timezone.now)
    client_key = factory.Sequence(lambda n: f"factory-{n}")

    @factory.post_generation
    def _assignment(self, create: bool, extracted: object, **kwargs: object) -> None:
        if create:  # the same rule as a report sent through the service
            services._assignment_reported(
                self.assignment, status=self.status, progress=self.progress, when=self.submitted_at
            )


class DifficultyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Difficulty

    report = factory.SubFactory(ReportFactory)
    assignment = factory.SelfAttribute("report.assignment")
    text = factory.Sequence(lambda n: f"Thiếu kinh phí in ấn, lần {n + 1}")


class MessageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Message

    difficulty = factory.SubFactory(DifficultyFactory)
    author = factory.SubFactory(UserFactory)
    from_office = True
    text = "Sử dụng kinh phí cải cách hành chính."
    at = factory.LazyFunction(timezone.now)
