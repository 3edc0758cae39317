"""The demo directive: the founding directive's twelve points, issued by the demo province,
with a realistic mix of reports and difficulties; repeatable and labelled as demo data."""

import datetime as dt

import pytest

from motcua.directives import selectors
from motcua.directives.demo import DEMO_NUMBER, directives_demo
from motcua.directives.models import (
    Assignment,
    Difficulty,
    DifficultyStatus,
    Directive,
    Message,
    Report,
)
from motcua.orgs.demo import load_demo_orgs

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 1, 15)


@pytest.fixture
def demo(db):
    load_demo_orgs()
    directives_demo(today=TODAY)
    return Directive.objects.get(number=DEMO_NUMBER)


def test_the_demo_directive_has_the_twelve_points_of_the_founding_directive(demo):
    assert demo.is_demo and demo.subject.startswith("[Dữ liệu mẫu]")
    assert demo.status == "issued" and demo.issuer.name == "Tỉnh Quảng Ngãi"
    assert demo.issued_on < TODAY
    tasks = list(demo.tasks.order_by("number"))
    assert [t.number for t in tasks] == list(range(1, 13))
    assert [t.recurrence for t in tasks].count("quarterly") == 1
    assert tasks[0].all_communes and not tasks[2].all_communes
    assert Assignment.objects.filter(task=tasks[2], agency__name="Sở Nội vụ").exists()


def test_the_reports_are_a_realistic_mix(demo):
    overview = selectors.directive_overview(demo, TODAY)
    overall = overview.overall
    states = [
        selectors.standing(a, TODAY, TODAY).key for row in overview.tasks for a in row.assignments
    ]
    assert states.count("done") > states.count("done_late") > 0
    assert states.count("overdue") > 0
    assert 0 < overall.percent < 100
    assert not Report.objects.filter(submitted_at__date__gt=TODAY).exists()
    assert not Message.objects.filter(at__date__gt=TODAY).exists()


def test_some_difficulties_were_answered_and_some_still_wait(demo):
    difficulties = Difficulty.objects.filter(assignment__task__directive=demo)
    assert difficulties.filter(status=DifficultyStatus.OPEN).count() >= 2
    answered = difficulties.exclude(status=DifficultyStatus.OPEN)
    assert answered.exists()
    assert all(d.messages.filter(from_office=True).exists() for d in answered)


def test_loading_again_adds_nothing_and_the_same_day_gives_the_same_data(demo):
    counts = (Assignment.objects.count(), Report.objects.count(), Difficulty.objects.count())
    directives_demo(today=TODAY)
    assert Directive.objects.count() == 1
    assert (Assignment.objects.count(), Report.objects.count(), Difficulty.objects.count()) == (
        counts
    )
    first = sorted(
        Report.objects.values_list(
            "assignment__task__number", "assignment__unit__code", "status", "submitted_at"
        )
    )
    Directive.objects.all().delete()
    directives_demo(today=TODAY)
    again = sorted(
        Report.objects.values_list(
            "assignment__task__number", "assignment__unit__code", "status", "submitted_at"
        )
    )
    assert again == first


def test_without_the_demo_province_nothing_is_loaded(db):
    assert directives_demo(today=TODAY) == 0
    assert not Directive.objects.exists()
