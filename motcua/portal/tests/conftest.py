"""A dossier received at commune A's one-stop unit and being processed."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def dossier(world):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)
    received = dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Trần Thị Bình",
        submitted=list(procedure.components.all()),
        received_at=dt.datetime(2025, 4, 25, 10, 0, tzinfo=VN),
        applicant_phone="0905123456",
        applicant_address="Thôn 3",
        applicant_id_number="064095001234",
    )
    dossier_transition(dossier=received, actor=world.counter_a, to=State.PROCESSING)
    return received
