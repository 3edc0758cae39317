"""The counter's day: intake, queues, actions on a dossier, the slips and the tracking book."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import docx
import pytest
import time_machine
from openpyxl import load_workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.models import Dossier, DossierEvent
from motcua.dossiers.services import (
    DossierError,
    dossier_apologise,
    dossier_hand_over,
    dossier_receive,
    dossier_steps_plan,
    dossier_transition,
)
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


@pytest.fixture
def marriage(db):
    return procedure_make("1.000894", "Đăng ký kết hôn", components=3, time_limit_value=3)


def intake_post(client, procedure, agency, papers, **extra):
    data = {
        "agency": agency.pk,
        "applicant_kind": "person",
        "applicant_name": "Nguyễn Văn Nam",
        "applicant_phone": "0905 123 456",
        "applicant_id_number": "064095001234",
        "applicant_address": "Thôn 2",
        "channel": "counter",
        "components": [c.pk for c in papers],
        "client_key": "k1",
        "outcome": "accept",
        **extra,
    }
    return client.post(f"/staff/dossiers/new/{procedure.code}/", data)


@time_machine.travel(dt.datetime(2025, 9, 12, 10, 0, tzinfo=VN), tick=False)
def test_a_complete_dossier_gets_a_receipt_and_a_double_submit_makes_one_dossier(
    client, world, marriage
):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    response = intake_post(client, marriage, world.one_stop_a, papers)
    again = intake_post(client, marriage, world.one_stop_a, papers)
    dossier = Dossier.objects.get()
    assert response["Location"] == again["Location"] == f"/staff/dossiers/{dossier.code}/"
    assert dossier.state == State.RECEIVED and dossier.due_date == dt.date(2025, 9, 17)
    assert dossier.applicant_phone == "0905123456"
    page = client.get(f"/staff/dossiers/{dossier.code}/").content.decode()
    assert f"/staff/dossiers/{dossier.code}/slip/receipt/" in page
    assert "090*****56" in page and "0905123456" not in page


def test_missing_papers_give_the_supplement_request(client, world, marriage):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    intake_post(
        client,
        marriage,
        world.one_stop_a,
        papers[:1],
        missing_reason="Thiếu giấy 2, 3",
        outcome="supplement",
        confirmed="on",
    )
    dossier = Dossier.objects.get()
    assert dossier.state == State.SUPPLEMENT_REQUESTED
    slip = client.get(f"/staff/dossiers/{dossier.code}/slip/supplement/").content.decode()
    assert "Giấy 2" in slip and "Giấy 3" in slip and "Thiếu giấy 2, 3" in slip


def test_a_refusal_reason_refuses_at_intake(client, world, marriage):
    login(client, world.counter_a)
    intake_post(
        client,
        marriage,
        world.one_stop_a,
        [],
        refusal_reason="Không thuộc thẩm quyền",
        outcome="refuse",
    )
    dossier = Dossier.objects.get()
    assert dossier.state == State.REFUSED and dossier.due_date is None
    slip = client.get(f"/staff/dossiers/{dossier.code}/slip/refusal/").content.decode()
    assert "Không thuộc thẩm quyền" in slip


def test_a_postal_dossier_needs_the_hand_over_time(client, world, marriage):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    response = intake_post(client, marriage, world.one_stop_a, papers, channel="postal")
    assert response.status_code == 200 and not Dossier.objects.exists()
    intake_post(
        client, marriage, world.one_stop_a, papers, channel="postal", received_at="2025-04-25T16:10"
    )
    dossier = Dossier.objects.get()
    # Handed over after 15:00 on Friday: day 1 is Monday 28 April (Saturday 26 was worked).
    assert dossier.received_at == dt.datetime(2025, 4, 25, 16, 10, tzinfo=VN)
    assert dossier.channel == "postal"


@pytest.mark.parametrize("persona", ["supervisor", "outsider"])
def test_only_staff_who_may_change_a_unit_receive_dossiers(client, world, marriage, persona):
    login(client, getattr(world, persona))
    assert client.get(f"/staff/dossiers/new/{marriage.code}/").status_code == 403
    assert client.get("/staff/dossiers/new/").status_code == 403


def test_the_intake_search_finds_the_procedure(client, world, marriage):
    login(client, world.counter_a)
    page = client.get("/staff/dossiers/new/", {"q": "ket hon"}).content.decode()
    assert f"/staff/dossiers/new/{marriage.code}/" in page


def receive(world, procedure, when, name="Lê Thị Hoa"):
    return dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name=name,
        submitted=list(procedure.components.all()),
        received_at=when,
        applicant_phone="0912345678",
    )


@time_machine.travel(dt.datetime(2025, 9, 15, 9, 0, tzinfo=VN), tick=False)
def test_queues_show_due_soon_and_overdue_dossiers_of_my_units_only(client, world, marriage):
    overdue = receive(world, marriage, dt.datetime(2025, 9, 8, 9, 0, tzinfo=VN), "Quá Hạn")
    due_soon = receive(world, marriage, dt.datetime(2025, 9, 12, 9, 0, tzinfo=VN), "Sắp Đến")
    login(client, world.counter_a)
    mine = client.get("/staff/dossiers/").content.decode()
    assert overdue.code in mine and due_soon.code in mine and "091*****78" in mine
    soon = client.get("/staff/dossiers/", {"queue": "due_soon"}).content.decode()
    assert due_soon.code in soon and overdue.code not in soon
    late = client.get("/staff/dossiers/", {"queue": "overdue"}).content.decode()
    assert overdue.code in late and due_soon.code not in late
    found = client.get("/staff/dossiers/", {"queue": "all", "q": "Sắp"}).content.decode()
    assert due_soon.code in found and overdue.code not in found
    client.logout()
    login(client, world.head_b)
    assert overdue.code not in client.get("/staff/dossiers/", {"queue": "all"}).content.decode()


def test_the_list_costs_the_same_queries_for_few_or_many_dossiers(
    client, world, marriage, django_assert_max_num_queries
):
    login(client, world.counter_a)
    when = dt.datetime(2025, 4, 21, 9, 0, tzinfo=VN)
    receive(world, marriage, when)
    client.get("/staff/dossiers/", {"queue": "all"})  # warm the session and the calendar
    with django_assert_max_num_queries(12) as few:
        client.get("/staff/dossiers/", {"queue": "all"})
    for _ in range(20):
        receive(world, marriage, when)
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/staff/dossiers/", {"queue": "all"})


def test_the_list_downloads_as_xlsx_with_masked_phones(client, world, marriage):
    receive(world, marriage, dt.datetime(2025, 4, 21, 9, 0, tzinfo=VN))
    login(client, world.counter_a)
    response = client.get("/staff/dossiers/", {"queue": "all", "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.max_row == 2 and sheet["D2"].value == "091*****78"


def act(client, dossier, action, **data):
    return client.post(f"/staff/dossiers/{dossier.code}/act/", {"action": action, **data})


def test_an_officer_moves_a_dossier_to_its_result_and_hands_it_back(
    client, world, received_dossier
):
    login(client, world.counter_a)
    act(client, received_dossier, "start")
    act(client, received_dossier, "resolve")
    act(client, received_dossier, "return", in_person="on")
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RETURNED and received_dossier.visits == 2
    page = client.get(f"/staff/dossiers/{received_dossier.code}/").content.decode()
    assert "Apply" not in page and "Áp dụng" not in page  # no action is left


def test_a_finished_dossier_offers_the_rating_form_for_the_counter_tablet(
    client, world, received_dossier
):
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{received_dossier.code}/").content.decode()
    assert "/rate/?t=" not in page
    act(client, received_dossier, "start")
    act(client, received_dossier, "resolve")
    page = client.get(f"/staff/dossiers/{received_dossier.code}/").content.decode()
    link = page.split(f'href="/dossiers/{received_dossier.code}/rate/?t=', 1)[1].split('"')[0]
    client.logout()
    assert client.get(f"/dossiers/{received_dossier.code}/rate/", {"t": link}).status_code == 200


def test_a_refused_action_says_which_rule_and_stays_out_of_the_history(
    client, world, received_dossier
):
    # The due date (29/04/2025) has passed: only a late apology is offered, and a new
    # appointment before today is refused with the rule, in the audit log only.
    login(client, world.counter_a)
    response = act(
        client, received_dossier, "apologise_late", note="Chậm", new_due_date="2025-05-06"
    )
    assert response.status_code == 302
    page = client.get(f"/staff/dossiers/{received_dossier.code}/").content.decode()
    assert not DossierEvent.objects.filter(refused=True).exists()
    assert "phải là ngày làm việc sau" in page
    received_dossier.refresh_from_db()
    assert received_dossier.new_due_date is None


def test_an_action_the_state_does_not_offer_is_refused(client, world, received_dossier):
    # A received dossier cannot be stopped, however the form is posted.
    login(client, world.counter_a)
    act(client, received_dossier, "stop", note="Thử")
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED


def test_waiting_for_papers_ends_only_when_they_arrive(client, world, marriage):
    papers = list(marriage.components.all())
    dossier = dossier_receive(
        procedure=marriage,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Đỗ Văn Tư",
        submitted=papers[:1],
    )
    login(client, world.counter_a)
    act(client, dossier, "resume")
    with pytest.raises(DossierError, match="bổ sung"):
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
    dossier.refresh_from_db()
    assert dossier.state == State.SUPPLEMENT_REQUESTED and dossier.due_date is None
    act(client, dossier, "supplement_received")
    dossier.refresh_from_db()
    assert dossier.state == State.RECEIVED and dossier.due_date is not None


def test_a_coordinator_reads_but_does_not_handle_commune_dossiers(client, world, received_dossier):
    login(client, world.coordinator)
    assert client.get(f"/staff/dossiers/{received_dossier.code}/").status_code == 200
    assert act(client, received_dossier, "start").status_code == 403
    assert client.get("/staff/dossiers/new/").status_code == 403


def test_the_agency_holding_a_step_sees_the_dossier_and_hands_it_over(
    client, world, received_dossier
):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import MembershipFactory, UserFactory

    department = AgencyFactory(unit=world.province, kind="specialised", name="Sở Tư pháp")
    officer = UserFactory(username="tu_phap")
    MembershipFactory(user=officer, role=Role.PROCESSING_OFFICER, agency=department)
    dossier_steps_plan(
        dossier=received_dossier, actor=world.counter_a, steps=[(department, "Thẩm định", 2)]
    )
    login(client, officer)
    assert received_dossier.code not in client.get("/staff/dossiers/").content.decode()
    dossier_hand_over(dossier=received_dossier, actor=world.counter_a)
    assert received_dossier.code in client.get("/staff/dossiers/").content.decode()
    page = client.get(f"/staff/dossiers/{received_dossier.code}/").content.decode()
    assert 'value="hand_over"' in page and 'value="resolve"' not in page
    assert act(client, received_dossier, "resolve").status_code == 302
    act(client, received_dossier, "hand_over", note="Đủ điều kiện")
    step = received_dossier.steps.get()
    assert step.handed_over_by == officer and step.result == "Đủ điều kiện"
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.PROCESSING


def test_a_postal_hand_over_cannot_be_in_the_future(client, world, marriage):
    login(client, world.counter_a)
    papers = list(marriage.components.all())
    response = intake_post(
        client, marriage, world.one_stop_a, papers, channel="postal", received_at="2099-01-01T16:00"
    )
    assert response.status_code == 200 and not Dossier.objects.exists()


def test_a_slips_form_set_follows_its_issue_date_not_the_receipt(client, world, marriage):
    """Circular 03/2025's forms apply from 15 September 2025 to slips issued from that day:
    a stop notice issued on 2 October 2025 for a dossier received on 1 August is its form
    05; one issued on 12 September has no form (Circular 01 had no stop notice)."""
    august = receive(world, marriage, dt.datetime(2025, 8, 1, 9, 0, tzinfo=VN))
    earlier = receive(world, marriage, dt.datetime(2025, 8, 4, 9, 0, tzinfo=VN))
    for dossier, stopped in ((august, (2025, 10, 2)), (earlier, (2025, 9, 12))):
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
        dossier_transition(
            dossier=dossier,
            actor=world.counter_a,
            to=State.STOPPED,
            note="Dừng",
            at=dt.datetime(*stopped, 9, 0, tzinfo=VN),
        )
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{august.code}/slip/stop/").content.decode()
    assert "Thông tư 03/2025" in page and "05" in page
    assert client.get(f"/staff/dossiers/{earlier.code}/slip/stop/").status_code == 404
    # The receipt of the same August dossier was issued in August: Circular 01 form 01.
    receipt = client.get(f"/staff/dossiers/{august.code}/slip/receipt/").content.decode()
    assert "Thông tư 01/2018" in receipt


def test_an_apology_under_circular_03_asks_for_an_extension(client, world, marriage):
    dossier = receive(world, marriage, dt.datetime(2025, 9, 22, 9, 0, tzinfo=VN))
    dossier_apologise(
        dossier=dossier,
        actor=world.counter_a,
        new_due_date=dt.date(2025, 10, 1),
        reason="Chờ xác minh",
        at=dt.datetime(2025, 9, 24, 9, 0, tzinfo=VN),
    )
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{dossier.code}/slip/apology/").content.decode()
    assert "ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT" in page and "Thông tư 03/2025" in page


@pytest.mark.parametrize(("persona", "status"), [("supervisor", 403), ("head_b", 404)])
def test_readers_and_other_communes_cannot_act(client, world, received_dossier, persona, status):
    login(client, getattr(world, persona))
    assert act(client, received_dossier, "start").status_code == status
    received_dossier.refresh_from_db()
    assert received_dossier.state == State.RECEIVED


def test_the_apology_slip_gives_the_new_appointment_as_html_and_docx(
    client, world, received_dossier
):
    dossier_apologise(
        dossier=received_dossier,
        actor=world.counter_a,
        new_due_date=dt.date(2025, 5, 6),
        reason="Chờ xác minh",
        at=dt.datetime(2025, 4, 28, 9, 0, tzinfo=VN),
    )
    login(client, world.counter_a)
    url = f"/staff/dossiers/{received_dossier.code}/slip/apology/"
    page = client.get(url).content.decode()
    assert "06/05/2025" in page and "Chờ xác minh" in page and "04" in page
    document = docx.Document(io.BytesIO(client.get(url, {"format": "docx"}).content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "06/05/2025" in text and received_dossier.code in text
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (148, 210)


def test_the_stop_notice_exists_only_under_circular_03_2025(client, world, marriage):
    new_rules = receive(world, marriage, dt.datetime(2025, 9, 16, 9, 0, tzinfo=VN))
    old_rules = receive(world, marriage, dt.datetime(2025, 4, 21, 9, 0, tzinfo=VN))
    for dossier in (new_rules, old_rules):
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
        dossier_transition(
            dossier=dossier,
            actor=world.counter_a,
            to=State.STOPPED,
            note="Tòa án thụ lý",
            at=dossier.received_at + dt.timedelta(days=2),
        )
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{new_rules.code}/slip/stop/").content.decode()
    assert "Tòa án thụ lý" in page and "05" in page
    assert client.get(f"/staff/dossiers/{old_rules.code}/slip/stop/").status_code == 404
    assert client.get(f"/staff/dossiers/{new_rules.code}/slip/nonsense/").status_code == 404


def test_the_control_sheet_records_every_hand_over_to_the_minute(client, world, received_dossier):
    land = AgencyFactory(unit=world.commune_a, kind="specialised", name="Địa chính xã A")
    dossier_steps_plan(
        dossier=received_dossier, actor=world.counter_a, steps=[(land, "Thẩm định", 2)]
    )
    dossier_hand_over(
        dossier=received_dossier,
        actor=world.counter_a,
        at=dt.datetime(2025, 4, 28, 8, 17, tzinfo=VN),
    )
    dossier_hand_over(
        dossier=received_dossier,
        actor=world.counter_a,
        result="Đạt",
        at=dt.datetime(2025, 4, 29, 14, 3, tzinfo=VN),
    )
    login(client, world.counter_a)
    url = f"/staff/dossiers/{received_dossier.code}/slip/control/"
    page = client.get(url).content.decode()
    assert "08:17 28/04/2025" in page and "14:03 29/04/2025" in page and "Đạt" in page
    assert "Địa chính xã A" in page and "05" in page  # form 05 under Circular 01/2018
    document = docx.Document(io.BytesIO(client.get(url, {"format": "docx"}).content))
    assert len(document.tables[1].rows) == 3  # header + two hand-overs


def test_the_control_sheet_shows_the_15_00_transfer_day(client, world, marriage):
    """Received at the counter on Friday 24 January 2025 at 16:30: the dossier goes to the
    competent agency on the next working day after Tết (3 February), while its limit of 3
    working days still counts from that Friday."""
    dossier = receive(world, marriage, dt.datetime(2025, 1, 24, 16, 30, tzinfo=VN))
    land = AgencyFactory(unit=world.commune_a, kind="specialised", name="Địa chính xã A")
    dossier_steps_plan(dossier=dossier, actor=world.counter_a, steps=[(land, "Thẩm định", 2)])
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{dossier.code}/slip/control/").content.decode()
    assert "03/02/2025" in page and "05/02/2025" in page


def test_steps_are_planned_from_the_dossier_page(client, world, received_dossier):
    land = AgencyFactory(unit=world.commune_a, kind="specialised", name="Địa chính xã A")
    login(client, world.counter_a)
    client.post(
        f"/staff/dossiers/{received_dossier.code}/steps/",
        {"agency_1": land.pk, "task_1": "Thẩm định", "days_1": 2},
    )
    assert [s.agency for s in received_dossier.steps.all()] == [land]


def test_the_tracking_book_is_an_xlsx_of_one_unit_and_period(client, world, marriage):
    receive(world, marriage, dt.datetime(2025, 4, 21, 9, 0, tzinfo=VN), "Trong Kỳ")
    receive(world, marriage, dt.datetime(2025, 6, 2, 9, 0, tzinfo=VN), "Ngoài Kỳ")
    login(client, world.counter_a)
    response = client.get(
        "/staff/dossiers/book/",
        {"agency": world.one_stop_a.pk, "start": "2025-04-01", "end": "2025-04-30"},
    )
    sheet = load_workbook(io.BytesIO(response.content)).active
    first_data_row = int(sheet.freeze_panes[1:])
    values = [row for row in sheet.iter_rows(min_row=first_data_row, values_only=True)]
    assert len(values) == 1 and values[0][4] == "Trong Kỳ" and "091*****78" in values[0][5]


def test_outsiders_get_no_tracking_book(client, world):
    login(client, world.outsider)
    response = client.get(
        "/staff/dossiers/book/",
        {"agency": world.one_stop_a.pk, "start": "2025-04-01", "end": "2025-04-30"},
    )
    assert response.status_code == 403


def test_bad_steps_are_refused_and_nothing_is_planned(client, world, received_dossier):
    land = AgencyFactory(unit=world.commune_a, kind="specialised", name="Địa chính xã A")
    login(client, world.counter_a)
    url = f"/staff/dossiers/{received_dossier.code}/steps/"
    client.post(url, {"agency_1": land.pk, "task_1": "Thẩm định", "days_1": "hai"})
    client.post(url, {"agency_1": land.pk, "task_1": "", "days_1": 1})  # no task
    client.post(url, {"agency_1": 999999, "task_1": "Thẩm định", "days_1": 1})  # no agency
    assert not received_dossier.steps.exists()
    page = client.get(f"/staff/dossiers/{received_dossier.code}/").content.decode()
    assert page.count("Kiểm tra lại các bước") == 2  # the unreadable days and agency
    assert "Mỗi bước cần nội dung công việc" in page  # the missing task


def test_the_tracking_book_explains_bad_dates(client, world):
    login(client, world.counter_a)
    response = client.get(
        "/staff/dossiers/book/",
        {"agency": world.one_stop_a.pk, "start": "2025-04-30", "end": "2025-04-01"},
    )
    assert response["Content-Type"].startswith("text/html")
    assert 'role="alert"' in response.content.decode()
    malformed = client.get(
        "/staff/dossiers/book/", {"agency": world.one_stop_a.pk, "start": "30/2/2025", "end": ""}
    )
    assert 'role="alert"' in malformed.content.decode()
