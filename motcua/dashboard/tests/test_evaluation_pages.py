"""The evaluation and postings pages: scoped to the user's units, downloadable, and a fixed
number of queries however many dossiers there are."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from openpyxl import load_workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.services import dossier_receive, dossier_transition, rating_submit
from motcua.dossiers.states import State
from motcua.orgs.models import Posting
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory, UserFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")
Q4 = "/staff/evaluation/?year=2025&quarter=4"
# The same for 5 dossiers and for 50 (three come from feedback: the dossiers and the
# officials with a substantiated complaint about conduct, the agencies' feedback on time;
# one lists the agencies, which all get indicator 8).
PAGE_QUERIES = 22


@pytest.fixture(autouse=True)
def _in_january_2026():
    with time_machine.travel(dt.datetime(2026, 1, 20, 9, 0, tzinfo=VN), tick=False):
        yield


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


@pytest.fixture
def one_stop_b(world):
    return AgencyFactory(unit=world.commune_b, kind="one_stop", name="Bộ phận một cửa xã B")


@pytest.fixture
def procedure(db):
    return procedure_make("1.000001", "Chứng thực bản sao", field="Chứng thực", time_limit_value=1)


def make_dossiers(world, procedure, agency, count: int, *, rated: bool = True) -> None:
    """`count` dossiers received on Monday 6 Oct 2025 (due the 7th): alternately early (and
    rated) and still open past the due date."""
    for n in range(count):
        dossier = dossier_receive(
            procedure=procedure,
            agency=agency,
            actor=world.counter_a,
            applicant_name="Nguyễn Văn An",
            submitted=list(procedure.components.all()),
            received_at=dt.datetime(2025, 10, 6, 9, 0, tzinfo=VN),
        )
        if n % 2:
            continue
        done = dt.datetime(2025, 10, 6, 15, 0, tzinfo=VN)
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING, at=done)
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED, at=done)
        if rated:
            rating_submit(
                dossier=dossier,
                satisfaction=5,
                contacts="none",
                agencies="none",
                attitude="courteous",
                now=done,
            )


@pytest.fixture
def dossiers(world, procedure, one_stop_b):
    make_dossiers(world, procedure, world.one_stop_a, 4)
    make_dossiers(world, procedure, one_stop_b, 1)


def test_the_coordinator_sees_every_commune_with_rates_scores_and_the_chart(
    client, world, dossiers, one_stop_b
):
    login(client, world.coordinator)
    response = client.get(Q4)
    assert response.status_code == 200
    page = response.content.decode()
    assert world.one_stop_a.name in page and one_stop_b.name in page
    assert "<svg" in page and "stroke-dasharray" in page  # the bars and the 90 % line
    assert "50,0" in page  # commune A: 2 early of 4 judged (Vietnamese decimal comma)
    assert "counter_a" in page  # the officers' table
    assert 'name="year"' in page and 'name="quarter"' in page


@pytest.mark.parametrize("tab", ["agency", "procedure", "field", "official"])
def test_every_tab_renders(client, world, dossiers, tab):
    login(client, world.coordinator)
    page = client.get(f"{Q4}&by={tab}").content.decode()
    assert 'aria-current="page"' in page
    if tab == "procedure":
        assert "1.000001 · Chứng thực bản sao" in page


def test_a_commune_head_sees_only_the_commune(client, world, dossiers, one_stop_b):
    login(client, world.head_b)
    page = client.get(Q4).content.decode()
    assert one_stop_b.name in page
    assert world.one_stop_a.name not in page


def test_outsiders_are_refused_and_visitors_sent_to_log_in(client, world):
    for url in ["/staff/evaluation/", "/staff/postings/"]:
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    login(client, world.outsider)
    assert client.get("/staff/evaluation/").status_code == 403
    assert client.get("/staff/postings/").status_code == 403


def test_a_bad_period_falls_back_to_the_current_year(client, world, dossiers):
    login(client, world.coordinator)
    response = client.get("/staff/evaluation/?year=abc&quarter=9")
    assert response.status_code == 200
    assert "2026" in response.content.decode()


def _sheet(response):
    assert response.status_code == 200
    return list(load_workbook(io.BytesIO(response.content)).active.iter_rows(values_only=True))


def test_every_table_downloads(client, world, dossiers, one_stop_b):
    login(client, world.coordinator)
    rates = _sheet(client.get(f"{Q4}&by=agency&format=xlsx"))
    by_name = {row[0]: row for row in rates[1:]}
    # agency: finished, early, on time, late, still open, rate
    assert by_name[world.one_stop_a.name][1:] == (2, 2, 0, 2, 2, 50)
    assert by_name[one_stop_b.name][1:] == (1, 1, 0, 0, 0, 100)
    assert len(rates) == 1 + 2 + 1  # header, two agencies, total
    officials = _sheet(client.get(f"{Q4}&table=officials&format=xlsx"))
    # counter_a received all 5: 1 and 2 are (2+2+2+0+0)/5 = 1.2; 3, 4, 7 from the 3 ratings
    assert officials[1][:7] == ("counter_a", 5, 1.2, 1.2, 2, 2, 2)
    agencies = _sheet(client.get(f"{Q4}&table=agencies&format=xlsx"))
    assert {row[0] for row in agencies[1:]} == {world.one_stop_a.name, one_stop_b.name}
    csv = client.get(f"{Q4}&table=agencies&format=csv")
    assert csv.status_code == 200 and one_stop_b.name in csv.content.decode("utf-8-sig")


def test_downloads_are_scoped_too(client, world, dossiers, one_stop_b):
    login(client, world.head_b)
    rates = _sheet(client.get(f"{Q4}&by=agency&format=xlsx"))
    assert [row[0] for row in rates[1:-1]] == [one_stop_b.name]
    agencies = _sheet(client.get(f"{Q4}&table=agencies&format=xlsx"))
    assert [row[0] for row in agencies[1:]] == [one_stop_b.name]


def test_unrated_scores_read_no_data(client, world, procedure):
    make_dossiers(world, procedure, world.one_stop_a, 2, rated=False)
    login(client, world.coordinator)
    officials = _sheet(client.get(f"{Q4}&table=officials&format=xlsx"))
    assert officials[1][4] not in (0, None) and isinstance(officials[1][4], str)


@pytest.mark.parametrize("count", [5, 50])
def test_the_page_needs_the_same_queries_for_5_or_50_dossiers(
    client, world, procedure, one_stop_b, count, django_assert_max_num_queries
):
    make_dossiers(world, procedure, world.one_stop_a, count)
    make_dossiers(world, procedure, one_stop_b, count)
    login(client, world.coordinator)
    with django_assert_max_num_queries(PAGE_QUERIES):
        assert client.get(Q4).status_code == 200
    with django_assert_max_num_queries(PAGE_QUERIES):
        assert client.get(f"{Q4}&by=official").status_code == 200


@pytest.fixture
def postings(world, one_stop_b):
    officer_a = UserFactory(username="officer_a", first_name="An", last_name="Nguyễn")
    officer_b = UserFactory(username="officer_b")
    return [
        Posting.objects.create(
            user=officer_a, agency=world.one_stop_a, started_on=dt.date(2024, 1, 10)
        ),
        Posting.objects.create(user=officer_b, agency=one_stop_b, started_on=dt.date(2025, 3, 1)),
    ]


def test_postings_show_the_24_month_warning_as_text(client, world, postings, one_stop_b):
    login(client, world.coordinator)
    page = client.get("/staff/postings/").content.decode()
    assert "officer_b" in page and "An Nguyễn" in page
    assert "09/01/2026" in page  # the 24 months of officer_a ended on 9 January
    assert 'class="badge"' in page
    sheet = _sheet(client.get("/staff/postings/?format=xlsx"))
    warned = {row[1]: row[6] for row in sheet[1:]}
    assert warned[world.one_stop_a.name] and not warned[one_stop_b.name]


def test_a_commune_head_sees_only_the_commune_postings(client, world, postings, one_stop_b):
    login(client, world.head_b)
    page = client.get("/staff/postings/").content.decode()
    assert "officer_b" in page and "An Nguyễn" not in page
    sheet = _sheet(client.get("/staff/postings/?format=xlsx"))
    assert [row[1] for row in sheet[1:]] == [one_stop_b.name]


def test_a_counter_officer_does_not_see_colleagues_scores(client, world):
    assert client.login(username=world.counter_a.username, password=PASSWORD)
    page = client.get("/staff/evaluation/", {"year": 2025}).content.decode()
    assert 'id="officials"' not in page and "by=official" not in page
    response = client.get(
        "/staff/evaluation/", {"year": 2025, "table": "officials", "format": "csv"}
    )
    assert response.status_code == 403


def test_officers_scores_show_their_substantiated_complaints_about_conduct(
    client, world, procedure
):
    from motcua.feedback.models import Category
    from motcua.feedback.services import Submission, feedback_answer, feedback_register

    make_dossiers(world, procedure, world.one_stop_a, 2)
    item = feedback_register(
        submission=Submission(
            category=Category.objects.get(code="can-bo"),
            unit=world.commune_a,
            title="Thái độ",
            text="Cán bộ tiếp nhận có thái độ thiếu tôn trọng.",
            anonymous=True,
        ),
        channel="web",
        received_at=dt.datetime(2025, 11, 3, 9, tzinfo=VN),
    )
    item.official = world.counter_a
    item.save(update_fields=["official"])
    with time_machine.travel(dt.datetime(2025, 11, 10, 9, tzinfo=VN), tick=False):
        feedback_answer(
            item=item, actor=None, text="Đã kiểm tra, phản ánh đúng.", substantiated=True
        )
    login(client, world.coordinator)
    sheet = load_workbook(
        io.BytesIO(client.get(f"{Q4}&table=officials&format=xlsx").content)
    ).active
    rows = list(sheet.iter_rows(values_only=True))
    counter = next(r for r in rows[1:] if "counter_a" in str(r[0]))
    assert counter[-1] == 1


def test_indicator_8_comes_from_the_agencys_feedback(client, world, procedure, one_stop_b):
    """Two feedback items of commune A's one-stop unit due in the quarter, one answered
    late: 50 % on time, 0 points; commune B's unit had none to handle: 2 points."""
    from motcua.feedback.models import Category, RoutingRule
    from motcua.feedback.services import Submission, feedback_answer, feedback_register

    make_dossiers(world, procedure, world.one_stop_a, 2)
    make_dossiers(world, procedure, one_stop_b, 2)
    roads = Category.objects.get(code="duong-giao-thong")
    RoutingRule.objects.create(category=roads, unit=world.commune_a, agency=world.one_stop_a)
    items = [
        feedback_register(
            submission=Submission(
                category=roads, unit=world.commune_a, title="Đường", text=text, anonymous=True
            ),
            channel="web",
            received_at=dt.datetime(2025, 10, 1, 9, tzinfo=VN),
        )
        for text in ("Đường thôn 1 có ổ gà lớn.", "Cống thôn 2 bị tắc nghẽn.")
    ]
    with time_machine.travel(dt.datetime(2025, 10, 10, 9, tzinfo=VN), tick=False):
        feedback_answer(item=items[0], actor=None, text="Đã vá xong ổ gà.")
    with time_machine.travel(dt.datetime(2025, 11, 28, 9, tzinfo=VN), tick=False):
        feedback_answer(item=items[1], actor=None, text="Đã thông cống thôn 2.")
    login(client, world.coordinator)
    sheet = load_workbook(io.BytesIO(client.get(f"{Q4}&table=agencies&format=xlsx").content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    column = header.index("8. Xử lý phản ánh, kiến nghị")
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name[world.one_stop_a.name][column : column + 3] == (0, 1, 2)
    assert by_name[one_stop_b.name][column : column + 3] == (2, 0, 0)
    page = client.get(Q4).content.decode()
    assert "1/2 đúng hạn" in page
