"""The pure working-day engine, against the official days off in workdays/data/."""

import csv
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.workdays.engine import Calendar, Kind

CSV = Path(__file__).resolve().parents[1] / "data" / "vn_public_sector_days_off.csv"


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
        ("2025-04-25T16:00", 3, "2025-04-29"),  # the hour does not move the start
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


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=VN)


@pytest.mark.parametrize(
    ("received", "days", "due"),
    [
        # Friday 24 Jan 2025 at 16:30, 5 working days, Tết Ất Tỵ from 27 Jan to 31 Jan: day 1
        # is Monday 3 Feb, day 5 Friday 7 Feb. Excluding the 15:00 hour again gave 10 Feb.
        ("2025-01-24T16:30", 5, "2025-02-07"),
        ("2025-01-24T09:00", 5, "2025-02-07"),  # morning or evening: the same day counts
        ("2025-01-25T10:00", 5, "2025-02-07"),  # online on a Saturday: day 1 is 3 Feb
        ("2025-09-01T08:00", 1, "2025-09-03"),  # received on a day off (1-2 Sep 2025)
        ("2025-06-30T16:59", 10, "2025-07-14"),  # the day before the new rules
        ("2025-07-01T07:01", 10, "2025-07-15"),
    ],
)
def test_the_limit_counts_from_the_day_after_receipt_whatever_the_hour(received, days, due):
    """Civil Code Art. 147: day 1 is the first working day after receipt; the 15:00 rule of
    Decree 61/2018 Art. 18(2) only moves the transfer to the competent agency."""
    assert CAL.due_date(at(received), days) == D(due)


@pytest.mark.parametrize(
    ("received", "due"),
    [
        ("2025-04-25T14:59", "2025-04-25"),  # within the day
        ("2025-04-25T15:00", "2025-04-25"),  # at 15:00 exactly: still within the day
        ("2025-04-25T15:01", "2025-04-26"),  # after 15:00: the next working day, Sat 26 Apr
        ("2025-04-28T15:30", "2025-04-29"),
        ("2025-04-29T16:00", "2025-05-05"),  # before 30 Apr, 1 May and the 2 May swap
        ("2025-04-26T16:00", "2025-04-28"),  # on the working Saturday 26 Apr, after 15:00
    ],
)
def test_a_civil_status_cutoff_moves_a_within_the_day_result(received, due):
    """Civil Status Law Art. 5(3), Decree 23/2015 Art. 7: received after 15:00, the result
    is given on the next working day."""
    assert CAL.due_date(at(received), 0, cutoff=dt.time(15, 0)) == D(due)


def test_a_cutoff_with_a_limit_in_days_moves_the_start_by_one_working_day():
    assert CAL.due_date(at("2025-01-24T16:30"), 5, cutoff=dt.time(15, 0)) == D("2025-02-10")
    assert CAL.due_date(at("2025-01-24T14:30"), 5, cutoff=dt.time(15, 0)) == D("2025-02-07")


@pytest.mark.parametrize(
    ("received", "transfer"),
    [
        ("2025-01-24T14:00", "2025-01-24"),
        ("2025-01-24T16:30", "2025-02-03"),  # after 15:00 before Tết: the next working day
        ("2025-04-26T10:00", "2025-04-26"),  # the working Saturday
        ("2025-04-27T10:00", "2025-04-28"),  # Sunday, online
    ],
)
def test_the_15_00_rule_sets_the_transfer_day(received, transfer):
    assert CAL.transfer_day(at(received)) == D(transfer)


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
