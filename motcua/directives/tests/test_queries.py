"""No query per row: every directive page and selector costs the same number of queries for
one row as for many (saleor's habit), counted exactly with `django_assert_num_queries`."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.directives import selectors
from motcua.directives.selectors import Filters
from motcua.directives.tests.factories import (
    AssignmentFactory,
    DifficultyFactory,
    DirectiveFactory,
    MessageFactory,
    ReportFactory,
    TaskFactory,
    officer,
)
from motcua.orgs.access import access_for
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import PASSWORD, UnitFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = dt.date(2025, 9, 3)
SOON = dt.date(2025, 9, 8)


@pytest.fixture(autouse=True)
def wednesday_3_september():
    with time_machine.travel(dt.datetime(2025, 9, 3, 9, 0, tzinfo=VN), tick=False):
        yield


@pytest.fixture
def people(world):
    world.lan = officer("lan.nt", "Nguyễn Thị Lan", role=Role.UNIT_HEAD, unit=world.commune_b)
    world.hung = officer("hung.tv", "Trần Văn Hùng", role=Role.COORDINATOR, unit=world.province)
    return world


_officers = iter(range(10_000))


def tasked(world, directive, unit, *, writer=None):
    """One assignment of a new task of `directive` for `unit`, reported by a new officer of
    the unit, with a difficulty and the office's answer: every kind of row a page reads."""
    n = next(_officers)
    writer = writer or officer(f"officer{n}", f"Lê Văn Số{n}", role=Role.UNIT_HEAD, unit=unit)
    assignment = AssignmentFactory(task=TaskFactory(directive=directive), unit=unit)
    report = ReportFactory(assignment=assignment, submitted_by=writer)
    difficulty = DifficultyFactory(report=report)
    MessageFactory(difficulty=difficulty, author=world.hung, from_office=True)
    MessageFactory(difficulty=difficulty, author=writer, from_office=False)
    return assignment


def commune(world):
    return UnitFactory(kind="commune", parent=world.province, valid_from=dt.date(2025, 7, 1))


@pytest.fixture
def one(people):
    directive = DirectiveFactory(issuer=people.province)
    assignment = tasked(people, directive, people.commune_b, writer=people.lan)
    return directive, assignment


def grow(world, count=6):
    """More directives, and more organisations on each."""
    directives = [DirectiveFactory(issuer=world.province) for _ in range(count)]
    for directive in directives:
        tasked(world, directive, world.commune_b, writer=world.lan)
        tasked(world, directive, commune(world))
    return directives


def measured(client, url, django_assert_max_num_queries):
    client.get(url)  # the session, the calendar and the memo warm up
    with django_assert_max_num_queries(40) as counted:
        client.get(url)
    return len(counted.captured_queries)


# --- pages ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("user", "url"),
    [
        ("hung", "/staff/directives/"),
        ("lan", "/staff/tasks/"),
        ("hung", "/staff/directives/difficulties/"),
    ],
)
def test_the_lists_cost_the_same_for_one_row_or_many(
    client, people, one, user, url, django_assert_num_queries, django_assert_max_num_queries
):
    assert client.login(username=getattr(people, user).username, password=PASSWORD)
    few = measured(client, url, django_assert_max_num_queries)
    grow(people)
    with django_assert_num_queries(few):
        response = client.get(url)
    page = response.content.decode()
    assert page.count("Nhiệm vụ số") >= 7 or page.count("UBND-NV") >= 7


def test_the_directive_page_costs_the_same_for_one_organisation_or_many(
    client, people, one, django_assert_num_queries, django_assert_max_num_queries
):
    directive, _assignment = one
    assert client.login(username=people.hung.username, password=PASSWORD)
    url = f"/staff/directives/{directive.pk}/"
    few = measured(client, url, django_assert_max_num_queries)
    task = TaskFactory(directive=directive)
    for _ in range(8):
        unit = commune(people)
        report = ReportFactory(assignment=AssignmentFactory(task=task, unit=unit))
        DifficultyFactory(report=report)
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.content.decode().count('scope="row"') == 9


def test_the_task_history_costs_the_same_for_one_report_or_many(
    client, people, one, django_assert_num_queries, django_assert_max_num_queries
):
    _directive, assignment = one
    assert client.login(username=people.lan.username, password=PASSWORD)
    url = f"/staff/tasks/{assignment.pk}/"
    few = measured(client, url, django_assert_max_num_queries)
    for n in range(5):
        writer = officer(f"b{n}", f"Phạm Thị Số{n}", role=Role.UNIT_HEAD, unit=people.commune_b)
        report = ReportFactory(assignment=assignment, submitted_by=writer)
        MessageFactory(difficulty=DifficultyFactory(report=report), author=people.hung)
    with django_assert_num_queries(few):
        response = client.get(url)
    assert response.content.decode().count("Phạm Thị Số") >= 5


# --- selectors -----------------------------------------------------------------------------


def test_person_labels_cost_two_queries_for_anyone_and_none_for_nobody(
    people, django_assert_num_queries
):
    with django_assert_num_queries(2):
        labels = selectors.person_labels([people.lan.pk, people.hung.pk, people.head_b.pk])
    assert labels[people.lan.pk].startswith("Nguyễn Thị Lan (")
    assert "lan.nt" not in labels[people.lan.pk] and "head_b" not in labels[people.head_b.pk]
    with django_assert_num_queries(0):
        assert selectors.person_labels([None]) == {}


def test_the_overview_costs_two_queries(people, one, django_assert_num_queries):
    directive, _assignment = one
    for _ in range(5):
        tasked(people, directive, commune(people))
    with django_assert_num_queries(2):
        overview = selectors.directive_overview(directive, TODAY)
    assert len(overview.tasks) == 6


def test_the_page_selectors_cost_a_fixed_number_of_queries(people, one, django_assert_num_queries):
    directive, assignment = one
    grow(people)
    hung, lan = access_for(people.hung), access_for(people.lan)
    with django_assert_num_queries(7):
        listing = selectors.directive_list_for(hung, page_number=None, today=TODAY)
    assert len(listing.rows) == 7 and listing.difficulties == 13
    with django_assert_num_queries(4):
        consolidation = selectors.directive_consolidation(
            hung, directive, filters=Filters(), today=TODAY, soon=SOON
        )
    assert consolidation.may_answer and len(consolidation.difficulties) == 1
    with django_assert_num_queries(2):
        queue = selectors.task_queue_for(lan, show="todo", page_number=None, today=TODAY, soon=SOON)
    assert len(queue.rows) == 7 and all(row.may_report for row in queue.rows)
    with django_assert_num_queries(5):
        difficulties = selectors.difficulty_queue_for(hung, page_number=None)
    assert len(difficulties.rows) == 13
    assert all(m.author for row in difficulties.rows for m in row.messages)
    with django_assert_num_queries(7):
        history = selectors.assignment_history(lan, assignment, today=TODAY, soon=SOON)
    assert history.reports[0].author.startswith("Nguyễn Thị Lan")
    with django_assert_num_queries(3):
        texts = selectors.reported_texts(directive)
    assert [t.author.split(" (")[0] for t in texts[assignment.task_id]] == ["Nguyễn Thị Lan"]
    with django_assert_num_queries(3):
        reporters = selectors.last_reporters(directive)
    assert reporters[assignment.pk].startswith("Nguyễn Thị Lan (")


def test_the_draft_tasks_cost_three_queries(people, django_assert_num_queries):
    draft = DirectiveFactory(issuer=people.province, status="draft", number="")
    for _ in range(4):
        task = TaskFactory(directive=draft)
        task.units.add(people.commune_a, people.commune_b)
    with django_assert_num_queries(3):
        rows = selectors.draft_tasks(draft)
    assert [row.assignees for row in rows] == ["Xã A, Xã B"] * 4
