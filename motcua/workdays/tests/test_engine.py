"""The pure working-day engine, against the official data in ../shared/data/."""

import csv
import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.workdays.engine import Calendar, Kind


def shared_data() -> Path:
    """The project's reference data: `../shared/data` beside the repository (CI lays it
    there), or wherever MOTCUA_SHARED_DATA points."""
    if os.environ.get("MOTCUA_SHARED_DATA"):
        return Path(os.environ["MOTCUA_SHARED_DATA"])
    for parent in Path(__file__).resolve().parents:
        candidate = parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    raise RuntimeError("../shared/data not found beside the repository; set MOTCUA_SHARED_DATA")


CSV = shared_data() / "vn_public_sector_days_off.csv"


def official() -> Calendar:
    with CSV.open(encoding="utf-8") as handle:
        days = {dt.date.fromisoformat(r["date"]): Kind(r["kind"]) for r in csv.DictReader(handle)}
    return Calendar(days=days, loaded_years=frozenset({2023, 2024, 2025, 2026}))


CAL = official()
VN = ZoneInfo("Asia/Ho_Chi_Minh")
D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2025-04-26", True),  # Saturday worked in exchange for 2 May 2025
        ("2025-05-02", False),  # swapped off
        ("2026-01-10", True),  # Saturday worked for 2 Jan 2026 (the holidays package misses it)
        ("2026-01-02", False),
        ("2026-04-27", False),  # compensatory: Hùng Kings fell on Sunday
        ("2026-02-16", False),  # Tết Bính Ngọ
        ("2026-02-23", True),
        ("2025-01-25", False),  # an ordinary Saturday
        ("2024-05-04", True),
    ],
)
def test_official_days(day, working):
    assert CAL.is_working_day(D(day)) is working


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        ("2025-04-25T10:00", 3, "2025-04-29"),  # the CLI example: Sat 26 Apr is worked
        ("2025-04-25T16:00", 3, "2025-05-05"),  # after 15:00: counts from Sat 26 Apr
        ("2025-04-29T09:00", 1, "2025-05-05"),  # 30 Apr, 1 May holidays, 2 May swapped off
        ("2026-02-13T09:00", 1, "2026-02-23"),  # across Tết Bính Ngọ
        ("2025-01-24T09:00", 2, "2025-02-04"),  # across Tết Ất Tỵ
        ("2025-12-31T09:00", 1, "2026-01-05"),  # year boundary with the 2 Jan 2026 swap
        ("2026-01-09T09:00", 1, "2026-01-10"),  # the working Saturday is day 1
        ("2023-01-19T09:00", 1, "2023-01-27"),  # Tết Quý Mão with compensatory days
        ("2024-12-31T09:00", 1, "2025-01-02"),
        ("2025-04-25T10:00", 0, "2025-04-25"),  # within the day
        ("2025-04-27T10:00", 0, "2025-04-28"),  # received on a Sunday: next working day
    ],
)
def test_due_dates_across_every_tet_swap_and_year_boundary(received, days, due):
    assert CAL.due_date(dt.datetime.fromisoformat(received).replace(tzinfo=VN), days) == D(due)


def test_every_official_rest_weekday_and_working_saturday_is_honoured():
    for day, kind in CAL.days.items():
        assert CAL.is_working_day(day) is (kind == Kind.SWAPPED_WORK), day


def test_working_days_between_counts_after_the_start():
    assert CAL.working_days_between(D("2025-04-25"), D("2025-04-29")) == 3
    assert CAL.working_days_between(D("2025-04-29"), D("2025-04-25")) == 0


def test_working_hours_skip_lunch_nights_and_rest_days():
    start = dt.datetime(2025, 4, 29, 16, 0, tzinfo=VN)  # Tuesday, one office hour left
    assert CAL.add_working_hours(start, 1) == dt.datetime(2025, 4, 29, 17, 0, tzinfo=VN)
    assert CAL.add_working_hours(start, 2) == dt.datetime(
        2025, 5, 5, 8, 30, tzinfo=VN
    )  # after 3 days off
    morning = dt.datetime(2025, 4, 28, 11, 0, tzinfo=VN)
    assert CAL.add_working_hours(morning, 1) == dt.datetime(2025, 4, 28, 13, 30, tzinfo=VN)


def test_unloaded_years_use_the_fallback_and_are_reported():
    calendar = Calendar(
        days=CAL.days, loaded_years=CAL.loaded_years, fallback=lambda y: {dt.date(y, 1, 1)}
    )
    assert not calendar.is_working_day(D("2027-01-01"))
    assert calendar.unconfirmed_years == {2027}


def test_listing_a_year_gives_rest_weekdays_and_working_saturdays():
    listed = dict(CAL.rest_days(2026))
    assert listed[D("2026-01-10")] == "swapped_work"
    assert listed[D("2026-02-16")] == "holiday"
    assert D("2026-01-03") not in listed  # an ordinary Saturday is not news


days_st = st.dates(min_value=dt.date(2023, 1, 1), max_value=dt.date(2026, 10, 31))


@settings(max_examples=300, deadline=None)
@given(days_st, st.integers(min_value=1, max_value=40))
def test_a_due_date_is_a_working_day_after_the_receipt(start, n):
    due = CAL.add_working_days(start, n)
    assert CAL.is_working_day(due)
    assert due > start
    assert CAL.working_days_between(start, due) == n


@settings(max_examples=300, deadline=None)
@given(days_st, st.integers(min_value=0, max_value=40))
def test_due_dates_grow_with_n(start, n):
    assert CAL.add_working_days(start, n + 1) > CAL.add_working_days(start, n)
    assert CAL.add_working_days(start, n) >= start


@settings(max_examples=200, deadline=None)
@given(
    st.datetimes(
        min_value=dt.datetime(2023, 1, 1),  # noqa: DTZ001 - hypothesis wants naive bounds
        max_value=dt.datetime(2026, 10, 31),  # noqa: DTZ001
        timezones=st.just(VN),
    ),
    st.integers(min_value=0, max_value=30),
)
def test_the_due_date_never_precedes_the_receipt(received, n):
    assert CAL.due_date(received, n) >= received.date()
