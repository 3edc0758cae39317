"""Indicators on small hand-computed cases: on the live database (SQLite or PostgreSQL,
through Django's own connection and transaction), through the roll-ups, and on DuckDB over
the Parquet export, which must all agree."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.dossiers.models import Dossier
from motcua.metrics.backend import live
from motcua.metrics.exports import duckdb_over, export_parquet
from motcua.metrics.indicators import (
    INDICATORS,
    drill_expression,
    monthly_expression,
    monthly_open_expression,
)
from motcua.metrics.models import Rollup
from motcua.metrics.rollups import Ratio, ratios, rollups_refresh

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = dt.date(2025, 11, 20)


EXPECTED = {
    # indicator: {(unit, month): (numerator, denominator)}
    "on_time": {("A", 10): (2, 3), ("A", 11): (0, 1), ("B", 10): (1, 1)},
    # The finished part of the 766 share is the same; the open part is in EXPECTED_OPEN.
    "on_time_766": {("A", 10): (2, 3), ("A", 11): (0, 1), ("B", 10): (1, 1)},
    "rated_satisfied": {("A", 10): (1, 2), ("A", 11): (1, 1)},
    # Satisfied (766): neither rated 1-2 nor late: A1 only in October; B1.
    "satisfaction_766": {("A", 10): (1, 3), ("A", 11): (0, 1), ("B", 10): (1, 1)},
    # By the month received (a day before finishing; the open B2 came in on 30 September).
    # A2 came in online but, its procedure's result being a paper, issued no e-result.
    "online_share": {("A", 10): (0, 4), ("B", 9): (0, 1), ("B", 10): (0, 1)},
    "paid_online": {("A", 10): (1, 4), ("B", 9): (0, 1), ("B", 10): (0, 1)},
    # B1 is digitised but has no electronic result.
    "digitised": {("A", 10): (0, 4), ("B", 9): (0, 1), ("B", 10): (0, 1)},
    "electronic_result": {("A", 10): (1, 3), ("A", 11): (0, 1), ("B", 10): (0, 1)},
    "synced_portal": {("A", 10): (0, 4), ("B", 9): (0, 1), ("B", 10): (0, 1)},
    # Due 10 November: A reported done on the 7th; B never did.
    "tasks_on_time": {("A", 11): (1, 1), ("B", 11): (0, 1)},
    # Feedback (commune A): F1 and F2 due in October, only F1 answered in time; both first
    # received in October, F1 satisfying the citizen, F2 answered late; three items
    # received, the complaint included.
    "feedback_on_time": {("A", 10): (1, 2)},
    "feedback_satisfaction": {("A", 10): (1, 2)},
    "feedback_received": {("A", 10): (3, 3)},
}
# Dossiers open at the end of each month (now, for November): B2 (received 30 September,
# due 31 October) within its limit at the end of September, late after; A4 (received 31
# October, due that day, finished 1 November) open and late at the end of October.
EXPECTED_OPEN = {
    # Circular 01 judges only the open dossiers past their due date, each late.
    "on_time": {("A", 10): (0, 1), ("B", 10): (0, 1), ("B", 11): (0, 1)},
    "on_time_766": {("A", 10): (0, 1), ("B", 9): (1, 1), ("B", 10): (0, 1), ("B", 11): (0, 1)},
    "satisfaction_766": {
        ("A", 10): (0, 1),
        ("B", 9): (1, 1),
        ("B", 10): (0, 1),
        ("B", 11): (0, 1),
    },
}


def rows_of(backend, world, indicator, expression=monthly_expression):
    names = {world.commune_a.pk: "A", world.commune_b.pk: "B"}
    table = backend.to_pyarrow(
        expression(indicator, dt.date(2025, 9, 1), dt.date(2025, 11, 30), TODAY)
    ).to_pydict()
    # Feedback rows come one per category: a unit's month adds them up.
    counts: dict = {}
    for unit, month, numerator, denominator in zip(
        table["unit_id"], table["month"], table["numerator"], table["denominator"], strict=True
    ):
        n, d = counts.get((names[unit], month.month), (0, 0))
        counts[(names[unit], month.month)] = (n + numerator, d + denominator)
    return counts


def test_every_indicator_matches_the_hand_count_on_the_live_database(data):
    backend = live()
    for indicator in INDICATORS:
        assert rows_of(backend, data, indicator) == EXPECTED[indicator.code], indicator.code
    opened = {
        i.code: rows_of(backend, data, i, monthly_open_expression)
        for i in INDICATORS
        if i.open_rows
    }
    assert opened == EXPECTED_OPEN


def test_the_same_definitions_on_duckdb_over_the_parquet_export_agree(data, tmp_path):
    counts = export_parquet(tmp_path)
    assert counts["dossiers_dossier"] == 6 and counts["dossiers_rating"] == 3
    duck = duckdb_over(tmp_path)
    live_backend = live()
    for indicator in INDICATORS:
        assert rows_of(duck, data, indicator) == rows_of(live_backend, data, indicator), (
            indicator.code
        )
        if indicator.open_rows:
            opened = [
                rows_of(backend, data, indicator, monthly_open_expression)
                for backend in (duck, live_backend)
            ]
            assert opened[0] == opened[1] == EXPECTED_OPEN[indicator.code], indicator.code


def test_the_export_holds_no_personal_data(data, tmp_path):
    import pyarrow.parquet as pq

    export_parquet(tmp_path)
    columns = pq.read_schema(tmp_path / "dossiers_dossier.parquet").names
    assert not {
        "applicant_name",
        "applicant_phone",
        "applicant_address",
        "applicant_id_hash",
    } & set(columns)


def test_rollups_add_up_across_months_and_units_and_refresh_only_what_changed(data):
    full = rollups_refresh()
    october = ratios(indicator="on_time", start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31))
    # 3 of the 4 finished, and A4 and B2 open past their due date at the end of October.
    assert october[None].numerator == 3 and october[None].denominator == 6
    by_unit = ratios(
        indicator="on_time", start=dt.date(2025, 10, 1), end=dt.date(2025, 11, 30), by="unit"
    )
    assert by_unit[data.commune_a.pk].value == 2 / 4
    by_agency = ratios(
        indicator="on_time", start=dt.date(2025, 10, 1), end=dt.date(2025, 11, 30), by="agency"
    )
    agency_a = Dossier.objects.get(code="A1").agency_id
    assert by_agency[agency_a] == by_unit[data.commune_a.pk]
    # A dossier changes: the next refresh rebuilds its months only, and sees the change.
    Dossier.objects.filter(code="A3").update(
        timeliness="on_time", updated_at=dt.datetime(2025, 11, 20, 10, tzinfo=VN)
    )
    with time_machine.travel(dt.datetime(2025, 11, 20, 11, tzinfo=VN), tick=False):
        result = rollups_refresh()
    october = ratios(indicator="on_time", start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31))
    assert october[None].numerator == 4
    assert result.months < full.months  # not every month of every indicator again
    assert not Rollup.objects.filter(denominator=0).exists()


def test_the_766_share_counts_each_dossier_of_a_period_once_finished_or_open(data):
    """A1, A2 and B1 finished in time, A3 late in October; A4 (due 31 October) and B2 (due
    the same day, received 30 September) still open at its end: 3 of 6. Over September
    to November A4 counts once, finished late in November, and B2 once, open and late
    now; in September B2 was open and within its limit."""
    rollups_refresh()

    def share(start, end, **extra):
        return ratios(indicator="on_time_766", start=start, end=end, today=TODAY, **extra)

    assert share(dt.date(2025, 10, 1), dt.date(2025, 10, 31))[None] == Ratio(3, 6)
    assert share(dt.date(2025, 9, 1), dt.date(2025, 11, 30))[None] == Ratio(3, 6)
    # A period running past today ends today: November's open dossiers are today's.
    assert share(dt.date(2025, 9, 1), dt.date(2025, 12, 31))[None] == Ratio(3, 6)
    by_month = share(dt.date(2025, 9, 1), dt.date(2025, 11, 30), by="month")
    assert by_month == {
        dt.date(2025, 9, 1): Ratio(1, 1),
        dt.date(2025, 10, 1): Ratio(3, 6),
        dt.date(2025, 11, 1): Ratio(0, 2),
    }
    by_quarter = share(dt.date(2025, 9, 1), dt.date(2025, 11, 30), by="quarter")
    assert by_quarter == {dt.date(2025, 7, 1): Ratio(1, 1), dt.date(2025, 10, 1): Ratio(3, 6)}
    by_unit = share(dt.date(2025, 10, 1), dt.date(2025, 10, 31), by="unit")
    assert by_unit == {data.commune_a.pk: Ratio(2, 4), data.commune_b.pk: Ratio(1, 2)}
    # Circular 01's share is another figure: the same 6 in October, but B2, open within its
    # limit at the end of September, is not judged in a period ending then.
    assert ratios(indicator="on_time", start=dt.date(2025, 10, 1), end=dt.date(2025, 10, 31))[
        None
    ] == Ratio(3, 6)
    september = ratios(indicator="on_time", start=dt.date(2025, 9, 1), end=dt.date(2025, 9, 30))
    assert september.get(None, Ratio(0, 0)).denominator == 0


def test_live_queries_see_the_tests_uncommitted_rows_and_leave_the_orm_working(data):
    live().to_pyarrow(
        monthly_expression(INDICATORS[0], dt.date(2025, 10, 1), dt.date(2025, 10, 31), TODAY)
    )
    # Django's case-insensitive lookups still work after ibis touched the connection.
    assert Dossier.objects.filter(applicant_name__icontains="trần thị b").count() == 6


def test_the_drill_down_lists_the_rows_behind_a_figure(data):
    backend = live()
    october = (dt.date(2025, 10, 1), dt.date(2025, 10, 31))
    by_code = {i.code: i for i in INDICATORS}
    codes = dict(Dossier.objects.values_list("pk", "code"))

    def drill(code, **extra):
        table = backend.to_pyarrow(
            drill_expression(by_code[code], *october, TODAY, [data.commune_a.pk], **extra)
        ).to_pydict()
        return {codes[pk]: hit for pk, hit in zip(table["id"], table["hit"], strict=True)}

    # A4, still open and late at the end of October, is judged late by both methods.
    assert drill("on_time") == {"A1": True, "A2": True, "A3": False, "A4": False}
    assert drill("on_time", only=False) == {"A3": False, "A4": False}
    assert drill("rated_satisfied") == {"A1": True, "A2": False}
    # The 766 figures add A4, still open (and late) at the end of October.
    assert drill("on_time_766") == {"A1": True, "A2": True, "A3": False, "A4": False}
    assert drill("satisfaction_766") == {"A1": True, "A2": False, "A3": False, "A4": False}
    assert len(drill("on_time", limit=2)) == 2


def test_feedback_whose_clock_is_stopped_is_not_yet_judged_on_time(data):
    """Two items received 26 September, due 17 October, never answered: the one asked for
    information in time waits for the citizen and is left out of October's figure; the one
    asked too late counts as not answered in time."""
    from motcua.feedback.models import Category
    from motcua.feedback.services import Submission, feedback_ask_more, feedback_register

    roads = Category.objects.get(code="duong-giao-thong")
    items = []
    for text in ("Cống thôn 4 bị tắc.", "Cầu tràn thôn 5 bị sạt."):
        with time_machine.travel(dt.datetime(2025, 9, 26, 9, tzinfo=VN), tick=False):
            sub = Submission(
                category=roads, unit=data.commune_a, title="Đường", text=text, anonymous=True
            )
            items.append(feedback_register(submission=sub, channel="web"))
    paused, late = items
    with time_machine.travel(dt.datetime(2025, 9, 29, 9, tzinfo=VN), tick=False):
        feedback_ask_more(item=paused, actor=None, question="Cống ở đâu?")
    with time_machine.travel(dt.datetime(2025, 10, 10, 9, tzinfo=VN), tick=False):
        feedback_ask_more(item=late, actor=None, question="Cầu nào?")
    assert paused.due_on == late.due_on == dt.date(2025, 10, 17)
    by_code = {i.code: i for i in INDICATORS}
    assert rows_of(live(), data, by_code["feedback_on_time"]) == {("A", 10): (1, 3)}
