"""Staff see the dossiers of their units, print the receipt; others learn nothing."""

from zoneinfo import ZoneInfo

import pytest

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import AuditEvent
from motcua.dossiers.services import dossier_receive
from motcua.orgs.tests.factories import PASSWORD

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def dossier(received_dossier):
    return received_dossier


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_the_counter_officer_prints_an_a5_receipt_with_a_status_qr_code(client, world, dossier):
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{dossier.code}/slip/receipt/").content.decode()
    assert dossier.code in page and "29/04/2025" in page and "Trần Thị Bình" in page
    assert "<svg" in page and "slip.css" in page
    assert AuditEvent.objects.filter(action="dossier.view", object_id=dossier.code).exists()


def test_the_dossier_page_shows_its_timeline(client, world, dossier):
    login(client, world.coordinator)  # the province reaches every commune
    page = client.get(f"/staff/dossiers/{dossier.code}/").content.decode()
    assert "25/04/2025 10:00" in page and "Đăng ký kết hôn" in page


@pytest.mark.parametrize("persona", ["head_b", "outsider"])
def test_other_communes_and_outsiders_cannot_see_the_dossier(client, world, dossier, persona):
    login(client, getattr(world, persona))
    for url in [
        f"/staff/dossiers/{dossier.code}/",
        f"/staff/dossiers/{dossier.code}/slip/receipt/",
    ]:
        assert client.get(url).status_code in (403, 404)
    assert not AuditEvent.objects.filter(action="dossier.view").exists()


def test_anonymous_visitors_are_sent_to_log_in(client, dossier):
    response = client.get(f"/staff/dossiers/{dossier.code}/slip/receipt/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_supplement_slip_lists_exactly_what_is_missing(client, world):
    procedure = procedure_make("1.001193", "Đăng ký khai sinh", components=3)
    papers = list(procedure.components.all())
    incomplete = dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Lê Văn C",
        submitted=papers[:1],
        missing_reason="Thiếu giấy chứng sinh",
    )
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{incomplete.code}/slip/supplement/").content.decode()
    assert "Giấy 2" in page and "Giấy 3" in page and "Giấy 1" not in page
    assert "Thiếu giấy chứng sinh" in page and "Mẫu số 02" in page


def test_a_dossier_without_a_supplement_has_no_supplement_slip(client, world, dossier):
    login(client, world.counter_a)
    assert client.get(f"/staff/dossiers/{dossier.code}/slip/supplement/").status_code == 404


def test_the_refusal_slip_gives_the_recorded_reason(client, world, dossier):
    from motcua.dossiers.services import dossier_transition
    from motcua.dossiers.states import State

    login(client, world.counter_a)
    assert client.get(f"/staff/dossiers/{dossier.code}/slip/refusal/").status_code == 404
    dossier_transition(
        dossier=dossier,
        actor=world.counter_a,
        to=State.REFUSED,
        note="Không thuộc thẩm quyền của Ủy ban nhân dân xã",
    )
    page = client.get(f"/staff/dossiers/{dossier.code}/slip/refusal/").content.decode()
    assert "Không thuộc thẩm quyền" in page and "Mẫu số 03" in page


def test_the_intake_page_of_a_within_the_day_procedure_states_its_limit(client, world):
    procedure_make(time_limit_unit="within_day", time_limit_value=None)
    assert client.login(username=world.counter_a.username, password=PASSWORD)

    page = client.get("/staff/dossiers/new/1.001193/", HTTP_ACCEPT_LANGUAGE="vi")

    text = page.content.decode()
    assert "thời hạn giải quyết: trong ngày" in text
    assert "None" not in text
