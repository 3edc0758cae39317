"""Reporting periods and their due dates on the working-day calendar."""

import datetime as dt

import pytest

from motcua.directives.periods import periods, report_due
from motcua.workdays.engine import Calendar, Kind

D = dt.date


@pytest.mark.parametrize(
    ("recurrence", "start", "until", "expected"),
    [
        (
            "monthly",
            D(2025, 3, 20),
            D(2025, 5, 31),
            [
                (D(2025, 3, 1), D(2025, 3, 31)),
                (D(2025, 4, 1), D(2025, 4, 30)),
                (D(2025, 5, 1), D(2025, 5, 31)),
            ],
        ),
        (
            "quarterly",
            D(2025, 2, 10),
            D(2025, 12, 31),
            [
                (D(2025, 1, 1), D(2025, 3, 31)),
                (D(2025, 4, 1), D(2025, 6, 30)),
                (D(2025, 7, 1), D(2025, 9, 30)),
                (D(2025, 10, 1), D(2025, 12, 31)),
            ],
        ),
        # 6-month and 9-month reports run from January, as in Vietnamese administration.
        (
            "half_year",
            D(2025, 4, 1),
            D(2026, 6, 30),
            [
                (D(2025, 1, 1), D(2025, 6, 30)),
                (D(2025, 1, 1), D(2025, 12, 31)),
                (D(2026, 1, 1), D(2026, 6, 30)),
            ],
        ),
        ("nine_months", D(2025, 10, 1), D(2026, 12, 31), [(D(2026, 1, 1), D(2026, 9, 30))]),
        ("yearly", D(2025, 5, 5), D(2025, 12, 31), [(D(2025, 1, 1), D(2025, 12, 31))]),
        ("quarterly", D(2025, 2, 10), D(2025, 5, 31), [(D(2025, 1, 1), D(2025, 3, 31))]),
    ],
)
def test_periods(recurrence, start, until, expected):
    assert list(periods(recurrence, start, until)) == expected


def test_a_report_due_on_a_day_off_moves_to_the_next_working_day():
    days = Calendar(
        days={D(2025, 9, 1): Kind.HOLIDAY, D(2025, 9, 2): Kind.HOLIDAY},
        loaded_years=frozenset({2025}),
    )
    # Q2 2025 ends 30 June; due on the 5th of July, a Saturday: Monday 7 July.
    assert report_due(D(2025, 6, 30), 5, days) == D(2025, 7, 7)
    # National Day holiday 1-2 September 2025: due on the 1st becomes Wednesday the 3rd.
    assert report_due(D(2025, 8, 31), 1, days) == D(2025, 9, 3)
    # Day 31 in a 30-day month is the month's last day: Monday 30 June 2025.
    assert report_due(D(2025, 5, 31), 31, days) == D(2025, 6, 30)
