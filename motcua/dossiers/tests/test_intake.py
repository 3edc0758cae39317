"""Intake, codes, the one-supplement rule and the state machine."""

import datetime as dt
import threading
from zoneinfo import ZoneInfo

import pytest
from django.db import connection

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import AuditEvent
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import (
    DossierError,
    dossier_code_next,
    dossier_receive,
    dossier_request_supplement,
    dossier_supplement_received,
    dossier_transition,
)
from motcua.dossiers.states import RuleSet, State

VN = ZoneInfo("Asia/Ho_Chi_Minh")
FRIDAY_10AM = dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN)


@pytest.fixture
def marriage(db):
    return procedure_make("1.000894", "Đăng ký kết hôn", components=3, time_limit_value=3)


def receive(world, procedure, papers=None, **kwargs):
    papers = list(procedure.components.all()) if papers is None else papers
    kwargs.setdefault("received_at", FRIDAY_10AM)
    return dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Nguyễn Văn A",
        submitted=papers,
        applicant_phone="0905123456",
        applicant_id_number="064 095 001 234",
        **kwargs,
    )


def test_a_complete_dossier_is_received_with_its_code_and_due_date(world, marriage):
    dossier = receive(world, marriage)
    assert dossier.code == f"{world.one_stop_a.identifier}-250425-0001"
    assert dossier.state == State.RECEIVED
    assert dossier.due_date == dt.date(2025, 4, 29)  # Saturday 26 April 2025 was worked
    assert dossier.rule_set == RuleSet.D61_2018
    assert receive(world, marriage).code.endswith("-250425-0002")


def test_the_id_number_is_kept_only_as_a_keyed_hash_and_its_last_digits(world, marriage):
    dossier = receive(world, marriage)
    assert dossier.applicant_id_last4 == "1234"
    assert len(dossier.applicant_id_hash) == 64
    assert "064095001234" not in str(Dossier.objects.filter(pk=dossier.pk).values().get())


def test_dossiers_after_1_july_2025_follow_the_new_rules(world, marriage):
    dossier = receive(world, marriage, received_at=dt.datetime(2025, 7, 1, 8, 0, tzinfo=VN))
    assert dossier.rule_set == RuleSet.D118_2025


def test_a_retried_submission_does_not_create_a_second_dossier(world, marriage):
    first = receive(world, marriage, client_key="form-abc")
    again = receive(world, marriage, client_key="form-abc")
    assert first.pk == again.pk and Dossier.objects.count() == 1


def test_missing_papers_at_intake_make_the_one_supplement_request_and_no_due_date(world, marriage):
    papers = list(marriage.components.all())
    dossier = receive(world, marriage, papers=papers[:1])
    assert dossier.state == State.SUPPLEMENT_REQUESTED and dossier.due_date is None
    [request] = dossier.supplements.all()
    assert set(request.components.all()) == set(papers[1:]) and request.kind == "intake"


def test_the_time_limit_restarts_when_the_supplement_arrives(world, marriage):
    dossier = receive(world, marriage, papers=list(marriage.components.all())[:1])
    arrived = dt.datetime(2025, 5, 5, 9, 0, tzinfo=VN)
    dossier_supplement_received(dossier=dossier, actor=world.counter_a, at=arrived)
    assert dossier.state == State.RECEIVED and dossier.due_date == dt.date(2025, 5, 8)
    assert dossier.visits == 2


def test_a_further_supplement_request_is_recorded_as_a_breach_and_counts_late(world, marriage):
    """Given a dossier asked for papers at intake and returned once after appraisal, when the
    agency asks a third time, the request is recorded (the citizen was handed it), flagged in
    the history and the audit log as breaking the once-only rule, and the dossier finishing
    before its due date still counts as late."""
    papers = list(marriage.components.all())
    dossier = receive(world, marriage, papers=papers[:2])
    dossier_supplement_received(dossier=dossier, actor=world.counter_a, at=FRIDAY_10AM)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
    appraisal = dossier_request_supplement(
        dossier=dossier, actor=world.counter_a, components=[papers[0]], reason="Thiếu bản sao"
    )
    dossier_supplement_received(dossier=dossier, actor=world.counter_a)
    dossier_request_supplement(
        dossier=dossier, actor=world.counter_a, components=[papers[1]], reason="Lại thiếu"
    )
    kinds = list(appraisal.supplements.order_by("position").values_list("kind", "position"))
    assert kinds == [("intake", 1), ("appraisal", 2), ("further", 3)]
    assert DossierEvent.objects.filter(dossier=dossier, note__contains="Lại thiếu").exists()
    assert AuditEvent.objects.filter(action="dossier.supplement_breach").count() == 1
    dossier_supplement_received(dossier=dossier, actor=world.counter_a)
    dossier.refresh_from_db()
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED)
    dossier.refresh_from_db()
    assert dossier.timeliness == "late"


def test_the_appraisal_return_restarts_the_limit_and_is_late_after_3_working_days(world, marriage):
    dossier = receive(world, marriage)  # Friday 25 April 2025, complete
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
    dossier_request_supplement(
        dossier=dossier,
        actor=world.counter_a,
        components=[marriage.components.first()],
        reason="Thiếu bản sao",
        at=dt.datetime(2025, 5, 6, 9, 0, tzinfo=VN),  # the 4th working day after receipt
    )
    [request] = dossier.supplements.all()
    assert (request.kind, request.late) == ("appraisal", True)
    assert AuditEvent.objects.filter(action="dossier.supplement_late").count() == 1
    arrived = dt.datetime(2025, 5, 7, 9, 0, tzinfo=VN)
    dossier_supplement_received(dossier=dossier, actor=world.counter_a, at=arrived)
    assert dossier.due_date == dt.date(2025, 5, 12)


def test_papers_the_procedure_does_not_publish_cannot_be_requested(world, marriage):
    dossier = receive(world, marriage)
    other = procedure_make("1.001193", "Đăng ký khai sinh").components.first()
    with pytest.raises(DossierError):
        dossier_request_supplement(
            dossier=dossier,
            actor=world.counter_a,
            components=[other],
            reason="Giấy không có trong quy định",
        )
    assert not hasattr(Dossier.objects.get(pk=dossier.pk), "supplement_request_id")
    assert DossierEvent.objects.filter(dossier=dossier, refused=True).exists()


def test_illegal_transitions_are_refused_with_a_clear_message(world, marriage):
    dossier = receive(world, marriage)
    with pytest.raises(DossierError, match=r"không thể|cannot"):
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RETURNED)
    with pytest.raises(DossierError):
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.REFUSED)  # no reason
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RETURNED)
    assert dossier.finished_at and dossier.returned_at
    actions = list(dossier.events.values_list("to_state", "refused"))
    assert actions[0] == (State.RECEIVED, False) and (State.RETURNED, True) in actions


@pytest.mark.django_db(transaction=True)
def test_two_officers_at_the_same_second_get_different_codes(world):
    codes: list[str] = []
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def take() -> None:
        try:
            barrier.wait()
            codes.append(dossier_code_next(agency=world.one_stop_a, day=dt.date(2025, 4, 25)))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=take) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert sorted(codes) == [f"{world.one_stop_a.identifier}-250425-{n:04d}" for n in range(1, 5)]


def test_the_apology_comes_a_working_day_before_the_due_date_and_only_once(world, marriage):
    from motcua.dossiers.services import dossier_apologise

    dossier = receive(world, marriage)  # due Tuesday 29 April 2025
    monday = dt.datetime(2025, 4, 28, 9, 0, tzinfo=VN)
    tuesday = dt.datetime(2025, 4, 29, 9, 0, tzinfo=VN)
    with pytest.raises(DossierError):
        dossier_apologise(
            dossier=dossier,
            actor=world.counter_a,
            at=tuesday,
            new_due_date=dt.date(2025, 5, 6),
            reason="Cần xác minh",
        )
    with pytest.raises(DossierError):  # 3 May 2025 is a Saturday
        dossier_apologise(
            dossier=dossier,
            actor=world.counter_a,
            at=monday,
            new_due_date=dt.date(2025, 5, 3),
            reason="Cần xác minh",
        )
    dossier_apologise(
        dossier=dossier,
        actor=world.counter_a,
        at=monday,
        new_due_date=dt.date(2025, 5, 6),
        reason="Cần xác minh",
    )
    assert dossier.new_due_date == dt.date(2025, 5, 6)
    with pytest.raises(DossierError, match=r"một lần|once"):
        dossier_apologise(
            dossier=dossier,
            actor=world.counter_a,
            at=monday,
            new_due_date=dt.date(2025, 5, 7),
            reason="Lần nữa",
        )
    assert dossier.events.filter(action="apologise", refused=True).count() == 3
