"""The leaders' dashboard: figures from the roll-ups against targets, scoped to what the
user may see, with trend, ranking, drill-down and XLSX."""

import datetime as dt
import io
from decimal import Decimal

import pytest
from django.utils import translation
from openpyxl import load_workbook

from motcua.metrics.models import Target
from motcua.metrics.registry import REGISTRY
from motcua.metrics.rollups import rollups_refresh
from motcua.orgs.tests.factories import PASSWORD

# `data`: the metrics tests' communes A and B with hand-counted dossiers, in November 2025
# (motcua/metrics/tests/fixtures.py).
OCTOBER = {"start": "2025-10-01", "end": "2025-10-31"}


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


@pytest.fixture
def board(data):
    rollups_refresh()
    Target.objects.create(
        indicator="on_time",
        unit=data.province,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        value=Decimal(90),
    )
    return data


def test_the_coordinator_sees_the_province_against_its_targets(client, board):
    login(client, board.coordinator)
    response = client.get("/staff/indicators/", OCTOBER)
    page = response.content.decode()
    assert response.status_code == 200
    # On time 3 of 6 judged in October (2 open past due): 50 % against the target.
    assert "<strong>50,0</strong> %" in page
    assert "/staff/indicators/on_time/?" in page
    assert page.count("<svg") == 4  # the trend, the units, the agencies, feedback by topic
    assert "Xã A" in page and "Xã B" in page
    # Agencies ranked too: each commune has one receiving agency here (A 2 of 4, B 1 of 2,
    # each with one dossier open past due): equal, so by name.
    chart = page.index('id="agencies-title"')
    table = page[page.index("</svg>", chart) :]
    assert table.index("<td>Xã A</td>") < table.index("<td>Xã B</td>")
    # Nothing about feedback yet: "no data", never 0.
    assert "chưa có dữ liệu" in page


def test_a_commune_head_sees_only_the_commune(client, board):
    login(client, board.head_b)
    page = client.get("/staff/indicators/", OCTOBER).content.decode()
    assert "Xã B" in page and "Xã A" not in page and "Tỉnh Thử" not in page
    other = client.get("/staff/indicators/", {**OCTOBER, "unit": board.commune_a.pk})
    assert other.status_code == 400  # not a choice for this user
    rows = client.get("/staff/indicators/on_time/", {**OCTOBER, "unit": board.commune_a.pk})
    assert rows.status_code == 404


def test_outsiders_see_nothing(client, board):
    login(client, board.outsider)
    assert client.get("/staff/indicators/", OCTOBER).status_code in (403, 302)
    assert client.get("/staff/indicators/on_time/", OCTOBER).status_code in (403, 302)


def test_the_drill_down_lists_the_dossiers_behind_the_figure(client, board):
    login(client, board.coordinator)
    page = client.get("/staff/indicators/on_time/", {**OCTOBER, "only": "no"}).content.decode()
    assert "A3" in page and "A1" not in page and "B1" not in page
    everything = client.get("/staff/indicators/on_time/", OCTOBER).content.decode()
    assert all(code in everything for code in ("A1", "A2", "A3", "B1"))
    assert client.get("/staff/indicators/nonsense/", OCTOBER).status_code == 404


def test_the_same_figures_as_xlsx(client, board):
    login(client, board.coordinator)
    response = client.get("/staff/indicators/", {**OCTOBER, "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    header, province = rows[0], rows[1]
    assert province[0] == "Tỉnh Thử" and len(rows) == 4
    with translation.override("vi"):
        on_time = header.index(str(REGISTRY["on_time"].name))
        on_time_766 = header.index(str(REGISTRY["on_time_766"].name))
    assert province[on_time] == 50.0
    # Decision 766 counts the dossiers still open at the end of October too: 3 of 6.
    assert province[on_time_766] == 50.0


def test_a_reversed_period_is_refused_with_a_reason(client, board):
    login(client, board.coordinator)
    response = client.get("/staff/indicators/", {"start": "2025-10-31", "end": "2025-10-01"})
    assert response.status_code == 400 and 'class="errorlist' in response.content.decode()


def test_the_feedback_figures_drill_down_to_the_items(client, board):
    login(client, board.coordinator)
    page = client.get("/staff/indicators/feedback_on_time/", {**OCTOBER, "only": "no"})
    assert page.status_code == 200
    assert "PA-2025-000002" in page.content.decode()
    assert "PA-2025-000001" not in page.content.decode()


def test_the_board_costs_the_same_queries_for_2_or_12_communes(client, board):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from motcua.orgs.tests.factories import UnitFactory

    login(client, board.coordinator)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/staff/indicators/", OCTOBER).status_code == 200
    for n in range(10):
        UnitFactory(
            kind="commune",
            code=f"239{n:02d}",
            parent=board.province,
            valid_from=dt.date(2025, 7, 1),
        )
    with CaptureQueriesContext(connection) as many:
        assert client.get("/staff/indicators/", OCTOBER).status_code == 200
    assert len(many) == len(few)


def test_feedback_is_counted_by_topic(client, board):
    """Commune A in October: three roads items (a complaint among them), one of the two
    due answered in time, the one published satisfying; and one water item."""
    from motcua.feedback.models import Category
    from motcua.feedback.services import Submission, feedback_register

    water = Category.objects.get(code="nuoc-sach")
    sub = Submission(
        category=water,
        unit=board.commune_a,
        title="Nước",
        text="Nước máy đục nhiều ngày.",
        anonymous=True,
    )
    feedback_register(
        submission=sub, channel="web", received_at=dt.datetime(2025, 10, 20, 9, tzinfo=dt.UTC)
    )
    rollups_refresh()  # topics are read from the nightly roll-ups, like every figure
    login(client, board.coordinator)
    page = client.get("/staff/indicators/", OCTOBER).content.decode()
    section = page[page.index("Phản ánh theo lĩnh vực") :]
    rows = section[section.index("<tbody>") : section.index("</tbody>")].split("</tr>")
    # Roads: both items first received in October count for satisfaction, the one
    # answered late does not satisfy.
    assert "Đường giao thông" in rows[0] and "<td>3</td>" in rows[0]
    assert rows[0].count("50,0 %") == 2 and rows[0].count("1/2") == 2
    # The water item is not due yet in October: counted as received, no share.
    assert "Nước sạch" in rows[1] and "<td>1</td>" in rows[1] and "<td>—</td>" in rows[1]
