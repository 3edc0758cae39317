"""Shared data for the indicator tests (registered in motcua/conftest.py): two communes'
dossiers, ratings and a directive, small enough to count by hand (the counts are in
test_indicators.EXPECTED)."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.catalogue.models import Procedure
from motcua.catalogue.tests.factories import procedure_make
from motcua.directives import services as directive_services
from motcua.directives.models import Assignment
from motcua.directives.services import TaskSpec
from motcua.dossiers.models import Dossier, Rating
from motcua.feedback import services as feedback_services
from motcua.feedback.models import Category
from motcua.feedback.services import Submission
from motcua.orgs.models import Agency
from motcua.orgs.tests.factories import AgencyFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def in_november():
    with time_machine.travel(dt.datetime(2025, 11, 20, 9, tzinfo=VN), tick=False):
        yield


@pytest.fixture
def procedure(db):
    # A fee is charged and the result is a paper, so every dossier counts in the 766 shares
    # of online payment and electronic results.
    return procedure_make(
        "1.000001", "Chứng thực", time_limit_value=1, fee_bearing=True, fees="2.000 đồng/trang"
    )


def make(unit, code, *, finished, timeliness, channel="counter", rating=None, **flags):
    procedure = Procedure.objects.get(code="1.000001")
    agency = Agency.objects.filter(unit=unit).first() or AgencyFactory(unit=unit, kind="one_stop")
    dossier = Dossier.objects.create(
        code=code,
        procedure=procedure,
        agency=agency,
        unit=unit,
        state="returned" if finished else "processing",
        channel=channel,
        received_at=(finished or dt.datetime(2025, 10, 1, 9, tzinfo=VN)) - dt.timedelta(days=1),
        due_date=dt.date(2025, 10, 31),
        finished_at=finished,
        timeliness=timeliness,
        applicant_name="Trần Thị B",
        **flags,
    )
    if rating:
        Rating.objects.create(
            dossier=dossier,
            satisfaction=rating,
            contacts="none",
            agencies="one_stop",
            attitude="courteous",
        )
    return dossier


@pytest.fixture
def data(world, procedure, in_november):
    a, b = world.commune_a, world.commune_b
    # Commune A, October: 3 finished (2 on time, 1 late), ratings 5, 2 and none.
    make(
        a,
        "A1",
        finished=dt.datetime(2025, 10, 5, 9, tzinfo=VN),
        timeliness="on_time",
        rating=5,
    )
    make(
        a,
        "A2",
        finished=dt.datetime(2025, 10, 6, 9, tzinfo=VN),
        timeliness="early",
        rating=2,
        channel="online",
        paid_online=True,
    )
    make(
        a,
        "A3",
        finished=dt.datetime(2025, 10, 7, 9, tzinfo=VN),
        timeliness="late",
        electronic_result=True,
    )
    # Finished at 06:30 local on 1 November: 23:30 UTC on 31 October, but a November dossier.
    make(
        a,
        "A4",
        finished=dt.datetime(2025, 11, 1, 6, 30, tzinfo=VN),
        timeliness="late",
        rating=4,
    )
    # Commune B, October: 1 on time; and one still open (not judged, not counted).
    make(
        b,
        "B1",
        finished=dt.datetime(2025, 10, 31, 23, 59, tzinfo=VN),
        timeliness="on_time",
        digitised=True,
    )
    make(b, "B2", finished=None, timeliness="")
    directive = directive_services.directive_draft(
        issuer=world.province, subject="Chỉ thị", actor=None
    )
    directive_services.task_add(
        directive=directive,
        spec=TaskSpec(title="Rà soát", deadline=dt.date(2025, 11, 10), all_communes=True),
    )
    directive_services.directive_issue(
        directive=directive,
        number="1/CT-UBND",
        issued_on=dt.date(2025, 11, 3),
        signer="Chủ tịch",
        actor=None,
    )
    done = Assignment.objects.get(unit=a)
    directive_services.report_submit(
        assignment=done,
        actor=None,
        status="done",
        progress=100,
        narrative="Xong",
        client_key="r1",
        at=dt.datetime(2025, 11, 7, 10, tzinfo=VN),
    )
    _feedback(a)
    return world


def _at(*args):
    return time_machine.travel(dt.datetime(*args, tzinfo=VN), tick=False)


def _feedback(unit):
    """Commune A: F1 answered in time, published in October, the citizen satisfied; F2
    answered late (due 27 October, answered the 30th), published in November; F3 a
    complaint, redirected."""
    roads = Category.objects.get(code="duong-giao-thong")

    def send(text, kind="feedback"):
        sub = Submission(
            category=roads, unit=unit, title="Đường", text=text, anonymous=True, kind=kind
        )
        return feedback_services.feedback_register(submission=sub, channel="web")

    with _at(2025, 10, 1, 9):
        f1 = send("Đường thôn 1 có ổ gà lớn.")
    with _at(2025, 10, 6, 9):
        f2 = send("Đèn đường thôn 2 hỏng nhiều ngày.")
    with _at(2025, 10, 8, 9):
        send("Khiếu nại quyết định thu hồi đất.", kind="complaint")
    with _at(2025, 10, 10, 9):
        feedback_services.feedback_answer(item=f1, actor=None, text="Đã vá xong ổ gà.")
    with _at(2025, 10, 12, 9):
        feedback_services.feedback_publish(
            item=f1, actor=None, public_text=f1.public_text, public_answer=f1.public_answer
        )
        feedback_services.feedback_confirm(item=f1, resolved=True, rating=5)
    with _at(2025, 10, 30, 9):
        feedback_services.feedback_answer(item=f2, actor=None, text="Đã thay bóng đèn.")
    with _at(2025, 11, 3, 9):
        feedback_services.feedback_publish(
            item=f2, actor=None, public_text=f2.public_text, public_answer=f2.public_answer
        )
