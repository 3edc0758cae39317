"""Directives: issuing assigns the tasks with due dates on the working-day calendar; units
report; progress rolls up; difficulties wait for the office; only the right people act."""

import datetime as dt

import pytest
from django.utils import translation

from motcua.core.models import AuditEvent
from motcua.core.tests.images import PNG
from motcua.directives import selectors, services
from motcua.directives.models import Assignment, Difficulty, DifficultyStatus, Report
from motcua.directives.services import DirectiveError, TaskSpec
from motcua.orgs.access import access_for
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db
# Thursday, before the National Day holiday of 1-2 September (official days off are loaded
# by the workdays migrations).
ISSUED = dt.date(2025, 8, 28)


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def department(world):
    agency = AgencyFactory(unit=world.province, name="Sở Nội vụ", kind="specialised")
    world.department_head = UserFactory(username="department_head")
    MembershipFactory(user=world.department_head, agency=agency, role=Role.UNIT_HEAD)
    return agency


def draft(world, **extra):
    return services.directive_draft(
        issuer=world.province, subject="Nâng cao chỉ số hài lòng", actor=world.coordinator, **extra
    )


def issue(world, directive, number="123/UBND-NV"):
    return services.directive_issue(
        directive=directive,
        number=number,
        issued_on=ISSUED,
        signer="Nguyễn Văn A, Chủ tịch",
        actor=world.coordinator,
    )


def test_issuing_assigns_every_commune_and_agency_with_working_day_deadlines(world, department):
    directive = draft(world)
    services.task_add(
        directive=directive,
        spec=TaskSpec(title="Rà soát biểu mẫu hết hiệu lực", deadline_days=3, all_communes=True),
    )
    services.task_add(
        directive=directive,
        spec=TaskSpec(title="Tổng hợp", deadline=dt.date(2025, 10, 15), agencies=[department]),
    )
    issue(world, directive, number=" 123/ubnd-nv ")
    directive.refresh_from_db()
    assert directive.number == "123/UBND-NV" and directive.status == "issued"
    first = Assignment.objects.filter(task__number=1)
    assert {a.unit for a in first} == {world.commune_a, world.commune_b}
    # 3 working days after Thursday 28 August: Friday 29, then (1-2 September off)
    # Wednesday 3 and Thursday 4 September.
    assert {a.due_on for a in first} == {dt.date(2025, 9, 4)}
    second = Assignment.objects.get(task__number=2)
    assert second.agency == department and second.unit == world.province
    event = AuditEvent.objects.get(action="directive.issue")
    assert event.detail["assignments"] == 3


def test_a_recurring_report_gets_one_assignment_per_period(world):
    directive = draft(world)
    services.task_add(
        directive=directive,
        spec=TaskSpec(
            title="Báo cáo quý",
            recurrence="quarterly",
            report_day=1,
            repeat_until=dt.date(2025, 12, 31),
            units=[world.commune_a],
        ),
    )
    issue(world, directive)
    rows = list(
        Assignment.objects.order_by("due_on").values_list("period_start", "period_end", "due_on")
    )
    assert rows == [
        # Q3 is due on 1 October; Q4 on 1 January 2026, New Year's Day, and 2 January is
        # swapped off that year: Monday 5 January.
        (dt.date(2025, 7, 1), dt.date(2025, 9, 30), dt.date(2025, 10, 1)),
        (dt.date(2025, 10, 1), dt.date(2025, 12, 31), dt.date(2026, 1, 5)),
    ]


def test_a_directive_that_cannot_be_issued_says_why_and_stays_a_draft(world):
    directive = draft(world)
    with pytest.raises(DirectiveError) as caught:
        services.directive_issue(
            directive=directive, number="công văn 5", issued_on=ISSUED, signer="", actor=None
        )
    text = " ".join(caught.value.messages)
    assert "123/UBND-NV" in text and "signs" in text and "at least one task" in text
    with pytest.raises(DirectiveError, match="assign it"):
        services.task_add(directive=directive, spec=TaskSpec(title="x", deadline_days=3))
    directive.refresh_from_db()
    assert directive.status == "draft" and not Assignment.objects.exists()


def test_a_number_is_used_once_per_issuing_unit(world):
    first = draft(world)
    services.task_add(
        directive=first, spec=TaskSpec(title="x", deadline_days=3, units=[world.commune_a])
    )
    issue(world, first)
    second = draft(world)
    services.task_add(
        directive=second, spec=TaskSpec(title="y", deadline_days=3, units=[world.commune_a])
    )
    with pytest.raises(DirectiveError, match="already has the number"):
        issue(world, second)
    with pytest.raises(DirectiveError, match="cannot change"):
        services.task_add(
            directive=first, spec=TaskSpec(title="z", deadline_days=3, units=[world.commune_b])
        )


@pytest.fixture
def assignment(world):
    directive = draft(world)
    services.task_add(
        directive=directive,
        spec=TaskSpec(title="Niêm yết thủ tục", deadline_days=5, all_communes=True),
    )
    issue(world, directive)
    return Assignment.objects.get(unit=world.commune_b)


def report(world, assignment, **extra):
    values = {
        "assignment": assignment,
        "actor": world.head_b,
        "status": "in_progress",
        "progress": 40,
        "narrative": "Đã rà soát 12/30 thủ tục.",
        "client_key": "key-1",
    }
    values.update(extra)
    return services.report_submit(**values)


def test_a_report_sets_the_assignment_and_a_retry_is_not_stored_twice(world, assignment):
    first = report(world, assignment, difficulties=["Thiếu kinh phí in ấn", " "])
    again = report(world, assignment)
    assert first == again and Report.objects.count() == 1
    assignment.refresh_from_db()
    assert assignment.status == "in_progress" and assignment.progress == 40
    assert Difficulty.objects.get().text == "Thiếu kinh phí in ấn"
    report(world, assignment, status="done", progress=100, client_key="key-2")
    assignment.refresh_from_db()
    assert assignment.status == "done" and assignment.done_on is not None


@pytest.mark.parametrize(
    ("status", "progress", "narrative", "problem"),
    [
        ("done", 80, "x", "progress 100"),
        ("not_started", 30, "", "no progress yet"),
        ("in_progress", 120, "x", "0 to 100"),
        ("in_progress", 50, "  ", "what was done"),
        ("finished", 50, "x", "Choose the status"),
    ],
)
def test_an_impossible_report_is_refused(world, assignment, status, progress, narrative, problem):
    with pytest.raises(DirectiveError, match=problem):
        report(world, assignment, status=status, progress=progress, narrative=narrative)
    assert not Report.objects.exists()


def test_evidence_must_be_a_real_document_or_image(world, assignment):
    with pytest.raises(DirectiveError) as caught:
        report(
            world,
            assignment,
            files=[("anh.jpg", b"MZ\x90\x00not a jpeg"), ("bao-cao.exe", b"MZ")],
        )
    text = " ".join(caught.value.messages)
    assert "anh.jpg" in text and "bao-cao.exe" in text
    assert not Report.objects.exists()
    stored = report(
        world,
        assignment,
        files=[("anh.png", PNG), ("bb.pdf", b"%PDF-1.4 x")],
    )
    assert [e.name for e in stored.evidence.all()] == ["anh.png", "bb.pdf"]


def test_difficulties_wait_for_the_office_and_a_reply_reopens_them(world, assignment):
    report(world, assignment, difficulties=["Chưa có hướng dẫn"])
    difficulty = Difficulty.objects.get()
    coordinator = access_for(world.coordinator)
    assert list(selectors.open_difficulties(coordinator)) == [difficulty]
    assert not selectors.open_difficulties(access_for(world.outsider)).exists()
    services.difficulty_message(
        difficulty=difficulty, actor=world.coordinator, text="Áp dụng mẫu số 2", from_office=True
    )
    assert difficulty.status == DifficultyStatus.ANSWERED
    assert not selectors.open_difficulties(coordinator).exists()
    services.difficulty_message(
        difficulty=difficulty, actor=world.head_b, text="Mẫu số 2 ở đâu?", from_office=False
    )
    assert difficulty.status == DifficultyStatus.OPEN
    assert [m.from_office for m in difficulty.messages.all()] == [True, False]


def test_progress_rolls_up_from_units_to_the_task_and_the_directive(world, assignment):
    report(world, assignment, progress=40)
    directive = assignment.task.directive
    services_task = directive.tasks.get()
    overview = selectors.directive_overview(directive, today=dt.date(2025, 9, 1))
    overall, task, rollup = overview.overall, overview.tasks[0].task, overview.tasks[0].rollup
    assert task == services_task and rollup.assignments == 2
    assert rollup.percent == 20 and overall.percent == 20  # (40 + 0) / 2
    # After the deadline, the commune that never reported is overdue.
    overall = selectors.directive_overview(directive, today=dt.date(2025, 9, 30)).overall
    assert overall.overdue == 2
    report(world, assignment, status="done", progress=100, client_key="k2")
    rows = selectors.directive_overview(directive, today=dt.date(2025, 9, 30)).tasks
    states = {
        a.unit.name: selectors.standing(a, dt.date(2025, 9, 30), dt.date(2025, 9, 30)).key
        for a in rows[0].assignments
    }
    # Done today, after the deadline: done late; commune A is still overdue.
    assert states == {"Xã B": "done_late", "Xã A": "overdue"}


def test_only_the_assigned_unit_reports(world, department, assignment):
    other = Assignment.objects.get(unit=world.commune_a)
    head_b = access_for(world.head_b)
    assert selectors.may_report(head_b, assignment)
    assert not selectors.may_report(head_b, other)
    assert not selectors.may_report(access_for(world.outsider), assignment)
    assert not selectors.may_report(access_for(world.supervisor), assignment)
    assert not selectors.may_report(access_for(world.department_head), assignment)
    assert set(selectors.assignments_for(head_b)) == {assignment}
    assert not selectors.assignments_for(access_for(world.outsider)).exists()
    directive = assignment.task.directive
    assert selectors.may_consolidate(access_for(world.coordinator), directive)
    assert selectors.may_consolidate(access_for(world.supervisor), directive)
    assert not selectors.may_consolidate(head_b, directive)
    assert not selectors.may_issue(access_for(world.supervisor), world.province.pk)
    assert selectors.may_issue(head_b, world.commune_b.pk)
    other_province = UnitFactory(kind="province", code="52")
    assert not selectors.may_issue(access_for(world.coordinator), other_province.pk)


def test_all_communes_means_wards_and_special_zones_too(world):
    ward = UnitFactory(
        kind="ward",
        code="23003",
        name="Phường C",
        parent=world.province,
        valid_from=dt.date(2025, 7, 1),
    )
    directive = draft(world)
    services.task_add(
        directive=directive, spec=TaskSpec(title="x", deadline_days=3, all_communes=True)
    )
    issue(world, directive)
    assert {a.unit for a in Assignment.objects.all()} == {world.commune_a, world.commune_b, ward}


def test_a_recurring_report_with_no_period_left_is_refused(world):
    directive = draft(world)
    services.task_add(
        directive=directive,
        spec=TaskSpec(
            title="Báo cáo tháng",
            recurrence="monthly",
            repeat_until=dt.date(2025, 6, 30),
            units=[world.commune_a],
        ),
    )
    with pytest.raises(DirectiveError, match="no reporting period"):
        issue(world, directive)


def test_a_correction_to_a_done_task_keeps_the_day_it_was_done(world, assignment):
    due = assignment.due_on
    before = dt.datetime.combine(due, dt.time(9), tzinfo=dt.UTC)
    report(world, assignment, status="done", progress=100, at=before)
    report(
        world,
        assignment,
        status="done",
        progress=100,
        narrative="Bổ sung hồ sơ minh chứng",
        client_key="k2",
        at=before + dt.timedelta(days=10),
    )
    assignment.refresh_from_db()
    assert assignment.done_on == due and assignment.first_reported_on == due


def test_a_client_key_of_another_assignment_is_refused(world, assignment):
    report(world, assignment)
    other = Assignment.objects.get(unit=world.commune_a)
    with pytest.raises(DirectiveError, match="expired"):
        report(world, other)
    assert Report.objects.count() == 1
