"""Due dates as the law counts them: from the day after receipt whatever the hour, with a
cut-off only where a dated rule says so, and stored dossiers recomputed once."""

import datetime as dt
import importlib
from zoneinfo import ZoneInfo

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError

from motcua.catalogue.models import CutoffRule
from motcua.catalogue.services import cutoff_rule_civil_status
from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.deadlines import dossier_due_date
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State

VN = ZoneInfo("Asia/Ho_Chi_Minh")
recompute_migration = importlib.import_module("motcua.dossiers.migrations.0006_recompute_due_dates")

pytestmark = pytest.mark.django_db


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=VN)


@pytest.fixture
def land(db):
    return procedure_make(
        "1.004227", "Đăng ký biến động đất đai", field="Đất đai", time_limit_value=5
    )


@pytest.fixture
def birth(db):
    return procedure_make(
        "1.001193", "Đăng ký khai sinh", time_limit_value=None, time_limit_unit="within_day"
    )


def receive(world, procedure, received_at):
    return dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Nguyễn Văn A",
        submitted=list(procedure.components.all()),
        received_at=received_at,
    )


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2025-01-24T16:30", "2025-02-07"),  # Friday evening before Tết Ất Tỵ (the law's answer)
        ("2025-01-24T08:00", "2025-02-07"),  # the morning of the same day: the same due date
        ("2025-04-25T15:30", "2025-05-06"),  # Sat 26 Apr worked; 30 Apr-2 May off
        ("2025-08-30T10:00", "2025-09-09"),  # an online dossier on a Saturday before 1-2 Sep
    ],
)
def test_intake_counts_five_working_days_from_the_day_after_receipt(world, land, received, due):
    dossier = receive(world, land, at(received))
    assert dossier.due_date == dt.date.fromisoformat(due)


def test_without_a_rule_a_within_the_day_procedure_is_due_the_same_day(world, birth):
    assert receive(world, birth, at("2025-04-28T16:10")).due_date == dt.date(2025, 4, 28)


def test_the_civil_status_cutoff_moves_a_late_afternoon_birth_to_the_next_working_day(
    world, birth, land
):
    rule = cutoff_rule_civil_status()
    assert rule is not None and rule.cutoff == dt.time(15, 0) and "Hộ tịch" in rule.source
    assert receive(world, birth, at("2025-04-28T16:10")).due_date == dt.date(2025, 4, 29)
    assert receive(world, birth, at("2025-04-28T14:50")).due_date == dt.date(2025, 4, 28)
    # The rule covers "within the day" civil status only: land keeps its plain count.
    assert receive(world, land, at("2025-01-24T16:30")).due_date == dt.date(2025, 2, 7)


def test_a_cutoff_rule_applies_only_on_the_days_it_is_in_force(world, birth, land):
    CutoffRule.objects.create(
        procedure=land,
        within_day_only=False,
        cutoff=dt.time(16, 0),
        valid_from=dt.date(2025, 3, 1),
        valid_to=dt.date(2025, 3, 31),
        source="Quyết định của Ủy ban nhân dân tỉnh",
    )
    assert dossier_due_date(land, at("2025-03-03T16:30")) == dt.date(2025, 3, 11)
    # Out of force: day 1 is Wed 2 Apr; Hùng Kings (Mon 7 Apr) is skipped.
    assert dossier_due_date(land, at("2025-04-01T16:30")) == dt.date(2025, 4, 9)
    assert dossier_due_date(birth, at("2025-03-03T16:30")) == dt.date(2025, 3, 3)


def test_a_cutoff_rule_names_one_procedure_or_one_field(land):
    with pytest.raises(ValidationError):
        CutoffRule(source="x", procedure=land, field=land.field).full_clean()
    with pytest.raises(ValidationError):
        CutoffRule(source="x").full_clean()


def old_rule_due(dossier: Dossier, days: int) -> dt.date:
    """What the replaced rule stored: from the next working day after 15:00, plus the limit."""
    return recompute_migration._old_due(
        recompute_migration._calendar(apps), dossier.complete_at.astimezone(VN), days
    )


def test_the_migration_recomputes_due_dates_and_timeliness_and_says_so(world, land):
    """Given dossiers stored under the old rule, when the migration runs, the evening one
    gets the law's due date and verdict, with a line on its timeline; the morning one and an
    imported due date are left alone."""
    evening = receive(world, land, at("2025-01-24T16:30"))
    morning = receive(world, land, at("2025-01-24T09:00"))
    imported = receive(world, land, at("2025-01-27T16:45"))
    Dossier.objects.filter(pk=evening.pk).update(due_date=old_rule_due(evening, 5))
    Dossier.objects.filter(pk=imported.pk).update(due_date=dt.date(2025, 3, 3))
    evening.refresh_from_db()
    assert evening.due_date == dt.date(2025, 2, 10)
    for dossier in (evening, morning):
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
        dossier_transition(
            dossier=dossier, actor=world.counter_a, to=State.RESOLVED, at=at("2025-02-10T09:00")
        )
    evening.refresh_from_db()
    assert evening.timeliness == "on_time"

    recompute_migration.recompute(apps)

    evening.refresh_from_db()
    assert (evening.due_date, evening.timeliness) == (dt.date(2025, 2, 7), "late")
    assert evening.state == State.RESOLVED
    event = DossierEvent.objects.get(dossier=evening, action="due_recomputed")
    assert event.note == "10/02/2025 → 07/02/2025; on_time → late"
    assert event.action_label
    assert Dossier.objects.get(pk=morning.pk).due_date == dt.date(2025, 2, 7)
    assert Dossier.objects.get(pk=imported.pk).due_date == dt.date(2025, 3, 3)
    assert not DossierEvent.objects.filter(
        dossier__in=[morning, imported], action="due_recomputed"
    ).exists()
    recompute_migration.recompute(apps)  # a second run finds nothing left to change
    assert DossierEvent.objects.filter(action="due_recomputed").count() == 1
