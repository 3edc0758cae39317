"""Inter-agency steps and the control sheet, finishing with timeliness, and returning results."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from motcua.dossiers.models import DossierEvent, ProcessingStep
from motcua.dossiers.services import (
    DossierError,
    dossier_hand_over,
    dossier_return,
    dossier_steps_plan,
    dossier_transition,
)
from motcua.dossiers.states import State
from motcua.dossiers.timeliness import Timeliness
from motcua.orgs.tests.factories import AgencyFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def at(day: int, hour: int = 9, month: int = 4) -> dt.datetime:
    return dt.datetime(2025, month, day, hour, 0, tzinfo=VN)


@pytest.fixture
def land_office(world):
    return AgencyFactory(unit=world.commune_a, kind="specialised", name="Công chức địa chính")


def test_steps_are_handed_over_in_order_with_their_own_due_dates(
    world, received_dossier, land_office
):
    # Given a dossier received on Friday 25 April 2025 (due Tuesday 29 April)
    dossier = received_dossier
    dossier_steps_plan(
        dossier=dossier,
        actor=world.counter_a,
        steps=[(land_office, "Thẩm định", 1), (world.one_stop_a, "Ký, trả kết quả", 1)],
    )
    # When the counter hands it to the land office on Monday 28 April
    first = dossier_hand_over(dossier=dossier, actor=world.counter_a, at=at(28))
    # Then the dossier is being processed and the first step is due the next working day
    dossier.refresh_from_db()
    assert dossier.state == State.PROCESSING
    assert first is not None and first.position == 1
    assert first.due_date == dt.date(2025, 4, 29)
    # When the land office hands over late, on Friday 2 May (after the 30/4 and 1/5 holidays)
    second = dossier_hand_over(
        dossier=dossier, actor=world.head_b, result="Đủ điều kiện", at=at(2, month=5)
    )
    first.refresh_from_db()
    assert first.timeliness == Timeliness.LATE
    assert first.result == "Đủ điều kiện"
    assert second is not None and second.received_at == at(2, month=5)
    # And the last hand-over closes the plan
    assert dossier_hand_over(dossier=dossier, actor=world.counter_a, at=at(2, 10, 5)) is None
    with pytest.raises(DossierError, match="Tất cả các bước đã được chuyển"):
        dossier_hand_over(dossier=dossier, actor=world.counter_a)
    assert DossierEvent.objects.filter(dossier=dossier, action="hand_over").count() == 3


def test_the_plan_may_not_exceed_the_procedure_time_limit(world, received_dossier, land_office):
    with pytest.raises(DossierError, match="vượt thời hạn giải quyết"):
        dossier_steps_plan(
            dossier=received_dossier,
            actor=world.counter_a,
            steps=[(land_office, "Thẩm định", 2), (world.one_stop_a, "Trả", 2)],
        )
    assert not ProcessingStep.objects.exists()


def test_the_plan_is_fixed_after_the_first_hand_over(world, received_dossier, land_office):
    dossier_steps_plan(
        dossier=received_dossier, actor=world.counter_a, steps=[(land_office, "Thẩm định", 2)]
    )
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a, at=at(28))
    with pytest.raises(DossierError, match="không thể thay đổi các bước"):
        dossier_steps_plan(
            dossier=received_dossier, actor=world.counter_a, steps=[(land_office, "Khác", 1)]
        )


def test_finishing_fixes_the_timeliness_and_collecting_is_one_more_visit(world, received_dossier):
    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.PROCESSING)
    dossier_transition(
        dossier=received_dossier, actor=world.counter_a, to=State.RESOLVED, at=at(28)
    )
    assert received_dossier.timeliness == Timeliness.EARLY
    dossier_return(dossier=received_dossier, actor=world.counter_a, at=at(29))
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RETURNED
    assert received_dossier.returned_at == at(29)
    assert received_dossier.visits == 2


@pytest.mark.parametrize(
    ("finished", "expected"),
    [(at(29, 16), Timeliness.ON_TIME), (at(2, 8, 5), Timeliness.LATE)],
)
def test_on_the_due_date_is_on_time_and_after_it_is_late(
    world, received_dossier, finished, expected
):
    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.PROCESSING)
    dossier_transition(
        dossier=received_dossier, actor=world.counter_a, to=State.RESOLVED, at=finished
    )
    assert received_dossier.timeliness == expected


def test_a_withdrawn_dossier_is_not_judged(world, received_dossier):
    dossier_transition(
        dossier=received_dossier,
        actor=world.counter_a,
        to=State.WITHDRAWN,
        note="Công dân xin rút hồ sơ",
        at=at(2, month=5),
    )
    assert received_dossier.timeliness == ""
    assert received_dossier.finished_at == at(2, month=5)


def test_accepting_an_online_dossier_starts_its_time_limit(world, received_dossier):
    from motcua.dossiers.models import Dossier

    Dossier.objects.filter(pk=received_dossier.pk).update(
        state=State.WAITING_ONLINE, complete_at=None, due_date=None
    )
    received_dossier.refresh_from_db()
    dossier_transition(
        dossier=received_dossier, actor=world.counter_a, to=State.RECEIVED, at=at(28)
    )
    assert received_dossier.complete_at == at(28)
    assert received_dossier.due_date == dt.date(2025, 5, 6)  # 29/4, 5/5, 6/5 (2/5 was off)


def test_a_late_supplement_request_is_recorded_and_flagged(world, received_dossier):
    from motcua.core.models import AuditEvent
    from motcua.dossiers.services import dossier_request_supplement, dossier_supplement_received

    dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.PROCESSING)
    paper = received_dossier.procedure.components.first()
    dossier_request_supplement(
        dossier=received_dossier,
        actor=world.counter_a,
        components=[paper],
        reason="Thiếu bản sao",
        at=at(6, month=5),  # receipt 25/4; then 26/4 (worked), 28/4, 29/4, 5/5: late
    )
    event = received_dossier.events.get(action="request_supplement")
    assert "Thiếu bản sao" in event.note and event.note != "Thiếu bản sao"
    assert AuditEvent.objects.filter(action="dossier.supplement_late").count() == 1
    dossier_supplement_received(dossier=received_dossier, actor=world.counter_a, at=at(7, month=5))
    assert received_dossier.new_due_date is None


def test_a_dossier_cannot_be_resolved_while_a_step_is_in_hand(world, received_dossier, land_office):
    dossier_steps_plan(
        dossier=received_dossier, actor=world.counter_a, steps=[(land_office, "Thẩm định", 1)]
    )
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a, at=at(28))
    with pytest.raises(DossierError):
        dossier_transition(dossier=received_dossier, actor=world.counter_a, to=State.RESOLVED)
