"""Reminders: whoever reports for a task or report due soon or overdue gets one e-mail a day
listing their items; overdue items only every 3 working days; nothing for what is done."""

import datetime as dt
import json

import pytest
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command

from motcua.core.models import AuditEvent
from motcua.directives import services
from motcua.directives.models import Assignment
from motcua.directives.reminders import due_soon_for, reminders_send
from motcua.directives.services import TaskSpec
from motcua.orgs.access import access_for
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
# Thursday 28 August 2025; 1-2 September are the National Day days off. A task of 5 working
# days is due on Monday 8 September.
ISSUED = dt.date(2025, 8, 28)
DUE = dt.date(2025, 9, 8)
WEDNESDAY = dt.date(2025, 9, 3)  # 3 working days before the due date: due soon


class BrokenBackend(BaseEmailBackend):
    """A mail server that refuses everything."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture(autouse=True)
def three_days_before(settings):
    settings.MOTCUA_REMIND_DAYS_BEFORE = 3


@pytest.fixture
def people(world):
    """The head of commune A, the head of commune B (both with an e-mail address), and a
    department of the province with an officer, a supervisor and a clerk with no address."""
    world.head_a = UserFactory(username="head_a", email="head.a@xa-a.gov.vn", first_name="An")
    MembershipFactory(user=world.head_a, unit=world.commune_a, role=Role.UNIT_HEAD)
    world.head_b.email = "head.b@xa-b.gov.vn"
    world.head_b.save()
    world.department = AgencyFactory(unit=world.province, name="Sở Nội vụ")
    for username, role, email in [
        ("officer", Role.PROCESSING_OFFICER, "officer@snv.gov.vn"),
        ("department_supervisor", Role.SUPERVISOR, "supervisor@snv.gov.vn"),
        ("clerk", Role.COUNTER_OFFICER, ""),
    ]:
        user = UserFactory(username=username, email=email)
        MembershipFactory(user=user, agency=world.department, role=role)
    return world


def issue(world, *specs):
    directive = services.directive_draft(
        issuer=world.province, subject="Nâng cao chỉ số hài lòng", actor=world.coordinator
    )
    for spec in specs:
        services.task_add(directive=directive, spec=spec)
    return services.directive_issue(
        directive=directive,
        number="123/UBND-NV",
        issued_on=ISSUED,
        signer="Nguyễn Văn A",
        actor=world.coordinator,
    )


def posting(**extra):
    return TaskSpec(title="Niêm yết đầy đủ thủ tục", deadline_days=5, **extra)


def sent_to(outbox):
    return sorted(address for message in outbox for address in message.to)


def test_an_item_due_soon_is_reminded_once_a_day(people, mailoutbox):
    issue(people, posting(all_communes=True))

    result = reminders_send(today=WEDNESDAY)

    assert (result.items, result.sent, result.failed) == (2, 2, 0)
    assert sent_to(mailoutbox) == ["head.a@xa-a.gov.vn", "head.b@xa-b.gov.vn"]
    message = next(m for m in mailoutbox if m.to == ["head.a@xa-a.gov.vn"])
    assert "123/UBND-NV" in message.body and "Niêm yết đầy đủ thủ tục" in message.body
    assert "Xã A" in message.body and "08/09/2025" in message.body
    assert "An" in message.body
    assert set(Assignment.objects.values_list("reminded_on", flat=True)) == {WEDNESDAY}
    assert AuditEvent.objects.filter(action="directives.remind").exists()

    mailoutbox.clear()
    again = reminders_send(today=WEDNESDAY)
    assert (again.items, again.sent) == (0, 0) and mailoutbox == []

    next_day = reminders_send(today=dt.date(2025, 9, 4))
    assert next_day.sent == 2


def test_nothing_is_sent_before_the_window_or_on_a_day_off(people, mailoutbox):
    issue(people, posting(all_communes=True))
    assert reminders_send(today=dt.date(2025, 8, 29)).items == 0  # 4 working days ahead
    saturday = reminders_send(today=dt.date(2025, 9, 6))
    assert saturday.day_off and saturday.items == 0
    assert reminders_send(today=dt.date(2025, 9, 2)).day_off  # National Day holiday
    assert mailoutbox == []


def test_each_person_gets_one_email_listing_all_their_items(people, mailoutbox):
    issue(
        people,
        posting(units=[people.commune_b]),
        TaskSpec(title="Rà soát biểu mẫu hết hiệu lực", deadline_days=3, units=[people.commune_b]),
    )

    reminders_send(today=WEDNESDAY)

    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert "Niêm yết đầy đủ thủ tục" in body and "Rà soát biểu mẫu hết hiệu lực" in body


def test_what_is_done_or_reported_is_not_reminded(people, mailoutbox):
    issue(
        people,
        posting(all_communes=True),
        TaskSpec(
            title="Báo cáo quý",
            recurrence="quarterly",
            report_day=1,
            repeat_until=dt.date(2025, 9, 30),
            units=[people.commune_a],
        ),
    )
    done = Assignment.objects.get(task__number=1, unit=people.commune_b)
    services.report_submit(
        assignment=done,
        actor=people.head_b,
        status="done",
        progress=100,
        narrative="Đã niêm yết.",
        client_key="done-b",
    )
    quarterly = Assignment.objects.get(task__number=2)
    services.report_submit(
        assignment=quarterly,
        actor=people.head_a,
        status="in_progress",
        progress=60,
        narrative="Báo cáo quý III.",
        client_key="quarter-a",
    )

    # Tuesday 30 September: the quarterly report (due 1 October) is due soon but was sent;
    # commune B's task is done; commune A's is overdue.
    result = reminders_send(today=dt.date(2025, 9, 30))

    assert result.items == 1
    assert sent_to(mailoutbox) == ["head.a@xa-a.gov.vn"]
    assert "Báo cáo quý" not in mailoutbox[0].body


def test_an_overdue_item_is_reminded_again_only_after_3_working_days(people, mailoutbox):
    issue(people, posting(units=[people.commune_b]))
    assert reminders_send(today=DUE).sent == 1  # due today
    # Tuesday 9 and Wednesday 10 September: 1 and 2 working days later.
    assert reminders_send(today=dt.date(2025, 9, 9)).sent == 0
    assert reminders_send(today=dt.date(2025, 9, 10)).sent == 0
    # Thursday 11 September: 3 working days after the last reminder.
    assert reminders_send(today=dt.date(2025, 9, 11)).sent == 1
    assert reminders_send(today=dt.date(2025, 9, 12)).sent == 0
    assert len(mailoutbox) == 2
    assert "Quá hạn" in mailoutbox[1].body


def test_an_overdue_item_never_reminded_is_reminded_at_once(people, mailoutbox):
    issue(people, posting(units=[people.commune_b]))
    assert reminders_send(today=dt.date(2025, 9, 16)).sent == 1


def test_agency_members_are_reminded_except_supervisors_and_those_without_email(people, mailoutbox):
    issue(people, posting(agencies=[people.department]))

    result = reminders_send(today=WEDNESDAY)

    assert sent_to(mailoutbox) == ["officer@snv.gov.vn"]
    assert (result.people, result.no_email) == (1, 1)


def test_a_unit_head_without_email_is_counted_and_the_item_stays_due(people, mailoutbox):
    people.head_a.email = ""
    people.head_a.save()
    issue(people, posting(units=[people.commune_a]))

    result = reminders_send(today=WEDNESDAY)

    assert (result.items, result.sent, result.no_email, result.nobody) == (1, 0, 1, 0)
    assert Assignment.objects.get().reminded_on is None


def test_an_item_nobody_reports_for_is_counted(people, mailoutbox):
    issue(people, posting(units=[people.province]))
    result = reminders_send(today=WEDNESDAY)
    assert (result.items, result.nobody, result.sent) == (1, 1, 0)


def test_a_dry_run_sends_and_writes_nothing(people, mailoutbox):
    issue(people, posting(all_communes=True))

    result = reminders_send(today=WEDNESDAY, dry_run=True)

    assert (result.items, result.sent) == (2, 2)
    assert mailoutbox == []
    assert not Assignment.objects.filter(reminded_on__isnull=False).exists()


def test_the_banner_lists_the_users_items_due_soon_or_overdue(people):
    issue(
        people,
        posting(all_communes=True),
        TaskSpec(title="Xa", deadline_days=30, all_communes=True),
    )
    mine = list(due_soon_for(access_for(people.head_b), WEDNESDAY))
    assert [(a.unit, a.task.number) for a in mine] == [(people.commune_b, 1)]
    assert not due_soon_for(access_for(people.outsider), WEDNESDAY).exists()
    later = due_soon_for(access_for(people.head_b), dt.date(2025, 9, 9))
    assert [a.due_on for a in later] == [DUE]


def test_the_command_reminds_and_says_how_many(people, mailoutbox, capsys):
    issue(people, posting(all_communes=True))

    call_command("directives", "remind", "--today=2025-09-03", "--json")

    output = json.loads(capsys.readouterr().out)
    assert output["today"] == "2025-09-03" and output["sent"] == 2 and output["items"] == 2
    assert len(mailoutbox) == 2


def test_the_command_dry_run_sends_nothing(people, mailoutbox, capsys):
    issue(people, posting(all_communes=True))
    call_command("directives", "remind", "--today=2025-09-03", "--dry-run")
    assert "2" in capsys.readouterr().out
    assert mailoutbox == []


def test_the_command_refuses_a_bad_date(people):
    with pytest.raises(CommandError) as caught:
        call_command("directives", "remind", "--today=3/9/2025")
    assert caught.value.returncode == 2


def test_the_command_fails_when_the_mail_server_refuses(people, settings, capsys):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenBackend"
    issue(people, posting(all_communes=True))
    with pytest.raises(CommandError) as caught:
        call_command("directives", "remind", "--today=2025-09-03")
    assert caught.value.returncode == 1
    assert not Assignment.objects.filter(reminded_on__isnull=False).exists()
