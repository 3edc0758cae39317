"""The evaluation and postings pages: scoped to the user's units, downloadable, and a fixed
number of queries however many dossiers there are.

The pages are in Vietnamese; the expected labels are looked up through the same
translations, so the tests hold before and after a string is translated."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext
from openpyxl import load_workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.evaluation import DEFINITIONS, RULE_SET_NAMES, RULE_SET_TITLES
from motcua.dossiers.services import (
    dossier_receive,
    dossier_return,
    dossier_transition,
    rating_submit,
)
from motcua.dossiers.states import RuleSet, State
from motcua.orgs.models import Posting
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory, UserFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")
Q4 = "/staff/evaluation/?year=2025&quarter=4"
# The same for 5 dossiers and for 50 (three come from feedback: the dossiers and the
# officials with a substantiated complaint about conduct, the agencies' prolonged feedback;
# one lists the agencies, which all get indicator 8; one names the officials; two score the
# fields; three find the coordinator's on-time target for the chart's line).
PAGE_QUERIES = 28


@pytest.fixture(autouse=True)
def _in_january_2026():
    with time_machine.travel(dt.datetime(2026, 1, 20, 9, 0, tzinfo=VN), tick=False):
        yield


@pytest.fixture(autouse=True)
def _named_officers(request):
    """Officers appear by their full names, never by their logins."""
    if "world" in request.fixturenames:
        world = request.getfixturevalue("world")
        for user, (family, given) in (
            (world.counter_a, ("Phạm", "Thị An")),
            (world.coordinator, ("Đỗ", "Văn Chính")),
        ):
            user.last_name, user.first_name = family, given
            user.save(update_fields=["last_name", "first_name"])


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def vi(message: str) -> str:
    """A message as the page shows it."""
    with translation.override("vi"):
        return gettext(message)


def by_header(sheet: list[tuple], row: tuple) -> dict[str, object]:
    return dict(zip(sheet[0], row, strict=True))


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
    assert "Phạm Thị An" in page  # the officers' table
    assert 'name="year"' in page and 'name="quarter"' in page


def test_the_charts_line_is_the_boards_target_for_the_province(client, world, dossiers):
    """The evaluation draws the on-time target the indicator board shows: the coordinator's
    95 % for the province rather than the default 90 %."""
    from motcua.metrics.models import Target

    Target.objects.create(
        indicator="on_time",
        unit=world.province,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        value=95,
    )
    login(client, world.coordinator)
    page = client.get(Q4).content.decode()
    assert "95,0" in page[page.index("<svg") :] and "90,0" not in page[page.index("<svg") :]


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
    counter = by_header(officials, officials[1])
    assert officials[1][0] == "Phạm Thị An" and officials[1][2:6] == (5, 5, 3, 0)
    assert officials[1][6:11] == (1.2, 1.2, 2, 2, 2)
    assert counter[vi("Rules")] == vi("Local method, no longer in force")
    assert (counter[vi("Total")], counter[vi("Out of")]) == (8.4, 10)
    # the staff measures: 3 of 5 on time, 3 of 3 ratings of 5
    assert counter[vi("Early or on time (%)")] == 60
    assert counter[vi("Satisfied, 4 or 5 (%)")] == 100
    agencies = _sheet(client.get(f"{Q4}&table=agencies&format=xlsx"))
    assert {row[0] for row in agencies[1:]} == {world.one_stop_a.name, one_stop_b.name}
    csv = client.get(f"{Q4}&table=agencies&format=csv")
    assert csv.status_code == 200 and one_stop_b.name in csv.content.decode("utf-8-sig")
    fields = _sheet(client.get(f"{Q4}&table=fields&format=xlsx"))
    (certification,) = fields[1:]
    assert certification[:3] == ("Chứng thực", vi("Local method, no longer in force"), 5)


def test_downloads_are_scoped_too(client, world, dossiers, one_stop_b):
    login(client, world.head_b)
    rates = _sheet(client.get(f"{Q4}&by=agency&format=xlsx"))
    assert [row[0] for row in rates[1:-1]] == [one_stop_b.name]
    agencies = _sheet(client.get(f"{Q4}&table=agencies&format=xlsx"))
    assert [row[0] for row in agencies[1:]] == [one_stop_b.name]


def test_unrated_indicators_read_no_data_and_are_left_out_of_a_classified_total(
    client, world, procedure
):
    make_dossiers(world, procedure, world.one_stop_a, 2, rated=False)
    login(client, world.coordinator)
    officials = _sheet(client.get(f"{Q4}&table=officials&format=xlsx"))
    counter = by_header(officials, officials[1])
    assert counter[str(vi("3. Contacts needed"))] == vi("no data")
    # 1 and 2: (2+0)/2 = 1.0 each, 2 of 4 is 5 of 10: all duties
    assert (counter[vi("Total")], counter[vi("Out of")], counter[vi("Left out")]) == (
        2,
        4,
        "3, 4, 7",
    )
    assert counter[vi("Class")] == vi("Completed all duties")


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
    assert 'id="officials-' not in page and 'id="staff-' not in page and "by=official" not in page
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
    counter = next(r for r in rows[1:] if "Phạm Thị An" in str(r[0]))
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
    # points, answered on time, due, prolonged (both are answered by the end of the period)
    assert by_name[world.one_stop_a.name][column : column + 4] == (0, 1, 2, 0)
    assert by_name[one_stop_b.name][column : column + 4] == (2, 0, 0, 0)
    page = client.get(Q4).content.decode()
    counts = vi("%(n)s of %(d)s on time, %(p)s prolonged") % {"n": 1, "d": 2, "p": 0}
    assert counts in page


def _roads_item(world, unit, received: dt.datetime, text: str):
    from motcua.feedback.models import Category
    from motcua.feedback.services import Submission, feedback_register

    return feedback_register(
        submission=Submission(
            category=Category.objects.get(code="duong-giao-thong"),
            unit=unit,
            title="Đường",
            text=text,
            anonymous=True,
        ),
        channel="web",
        received_at=received,
    )


def test_prolonged_feedback_keeps_indicator_8_from_2_points(client, world, procedure, one_stop_b):
    """Neither unit had feedback due in Q4. Commune A's unit still had, at the end of Q4, an
    item received in August and never answered: prolonged, so 1 point. Commune B's unit
    answered its August item late, but within Q3: nothing prolonged in Q4, 2 points."""
    from motcua.feedback.models import Category, RoutingRule
    from motcua.feedback.services import feedback_answer, feedback_ask_more

    make_dossiers(world, procedure, world.one_stop_a, 2)
    make_dossiers(world, procedure, one_stop_b, 2)
    roads = Category.objects.get(code="duong-giao-thong")
    RoutingRule.objects.create(category=roads, unit=world.commune_a, agency=world.one_stop_a)
    RoutingRule.objects.create(category=roads, unit=world.commune_b, agency=one_stop_b)
    august = dt.datetime(2025, 8, 1, 9, tzinfo=VN)
    forgotten = _roads_item(world, world.commune_a, august, "Đường thôn 1 có ổ gà lớn.")
    assert forgotten.due_on is not None and forgotten.due_on < dt.date(2025, 10, 1)
    # An item whose clock is stopped while the citizen is asked is not prolonged
    waiting = _roads_item(world, world.commune_a, august, "Cống thôn 2 bị tắc nghẽn.")
    with time_machine.travel(dt.datetime(2025, 8, 4, 9, tzinfo=VN), tick=False):
        feedback_ask_more(item=waiting, actor=None, question="Cống ở vị trí nào?")
    late = _roads_item(world, world.commune_b, august, "Đèn đường thôn 3 bị hỏng.")
    with time_machine.travel(dt.datetime(2025, 9, 25, 9, tzinfo=VN), tick=False):
        feedback_answer(item=late, actor=None, text="Đã thay bóng đèn đường thôn 3.")

    login(client, world.coordinator)
    rows = _sheet(client.get(f"{Q4}&table=agencies&format=xlsx"))
    column = rows[0].index(vi("8. Handling of feedback"))
    by_name = {row[0]: row for row in rows[1:]}
    # points, answered on time, due, prolonged
    assert by_name[world.one_stop_a.name][column : column + 4] == (1, 0, 0, 1)
    assert by_name[one_stop_b.name][column : column + 4] == (2, 0, 0, 0)
    # In Q3 the forgotten item was due and unanswered: 0 of 1 on time, and prolonged
    q3 = _sheet(client.get("/staff/evaluation/?year=2025&quarter=3&table=agencies&format=xlsx"))
    assert q3[1:] == []  # no dossier was judged in Q3, so no agency is scored
    page = client.get(Q4).content.decode()
    assert vi("%(n)s of %(d)s on time, %(p)s prolonged") % {"n": 0, "d": 0, "p": 1} in page


def test_the_page_defines_its_figures_and_labels_the_local_method(client, world, procedure):
    # Given Q4 2025 dossiers, all received under Circular 03/2025, one processed and
    # returned by officers other than the one who received it
    make_dossiers(world, procedure, world.one_stop_a, 2)
    specialist = UserFactory(username="chuyen_vien", last_name="Lý", first_name="Văn Viên")
    dossier = dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Lê Văn Cường",
        submitted=list(procedure.components.all()),
        received_at=dt.datetime(2025, 10, 6, 9, 0, tzinfo=VN),
    )
    done = dt.datetime(2025, 10, 6, 15, 0, tzinfo=VN)
    dossier_transition(dossier=dossier, actor=specialist, to=State.PROCESSING, at=done)
    dossier_transition(dossier=dossier, actor=specialist, to=State.RESOLVED, at=done)
    dossier_return(dossier=dossier, actor=world.coordinator, at=done)
    login(client, world.coordinator)
    # When the quarter's page is shown
    page = client.get(Q4).content.decode()
    # Then it says what each figure means
    for term, definition in DEFINITIONS:
        assert escape(vi(str(term))) in page and escape(vi(str(definition))) in page
    # the scores are labelled a local method no longer in force, with the staff measures
    with translation.override("vi"):
        assert str(RULE_SET_TITLES[RuleSet.D118_2025]) in page
        assert str(RULE_SET_TITLES[RuleSet.D61_2018]) not in page
    assert 'id="staff-d118_2025"' in page and 'id="rules-d61_2018"' not in page
    # and the officers who processed and returned dossiers are scored with the receiver
    staff = page[page.index('id="staff-d118_2025"') : page.index('id="officials-d118_2025"')]
    assert "Phạm Thị An" in staff and "Lý Văn Viên" in staff and "Đỗ Văn Chính" in staff
    assert "66,7" in staff  # counter_a: 2 of 3 on time (the one open past its due date late)
    officials = _sheet(client.get(f"{Q4}&table=officials&format=xlsx"))
    parts = {row[0]: by_header(officials, row) for row in officials[1:]}
    assert (parts["Lý Văn Viên"][vi("Processed")], parts["Lý Văn Viên"][vi("Received")]) == (1, 0)
    assert parts["Đỗ Văn Chính"][vi("Returned")] == 1


def test_dossiers_received_before_july_2025_are_scored_by_circular_01(client, world, procedure):
    # Given a dossier received on Monday 30 June 2025 and finished early that afternoon
    dossier = dossier_receive(
        procedure=procedure,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Nguyễn Văn An",
        submitted=list(procedure.components.all()),
        received_at=dt.datetime(2025, 6, 30, 9, 0, tzinfo=VN),
    )
    done = dt.datetime(2025, 6, 30, 15, 0, tzinfo=VN)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING, at=done)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED, at=done)
    login(client, world.coordinator)
    # When the second quarter of 2025 is shown
    page = client.get("/staff/evaluation/?year=2025&quarter=2").content.decode()
    # Then its scores follow Circular 01, with no local-method label and no staff measures
    with translation.override("vi"):
        assert str(RULE_SET_TITLES[RuleSet.D61_2018]) in page
        assert str(RULE_SET_TITLES[RuleSet.D118_2025]) not in page
    assert 'id="officials-d61_2018"' in page and 'id="staff-' not in page
    officials = _sheet(
        client.get("/staff/evaluation/?year=2025&quarter=2&table=officials&format=xlsx")
    )
    assert by_header(officials, officials[1])[vi("Rules")] == vi(
        str(RULE_SET_NAMES[RuleSet.D61_2018])
    )
