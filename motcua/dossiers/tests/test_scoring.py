"""Circular 01/2018 Art. 12-15 scoring, indicator by indicator and at the boundaries."""

from decimal import Decimal

import pytest

from motcua.dossiers.scoring import (
    AgencyClass,
    DossierPoints,
    OfficialClass,
    agency_points,
    agency_result,
    attitude_points,
    contact_points,
    feedback_points,
    mean_scores,
    official_result,
    publicity_points,
    time_points,
)
from motcua.dossiers.timeliness import Timeliness as T


def test_time_contacts_agencies_publicity_attitude_points():
    assert [time_points(t) for t in (T.EARLY, T.ON_TIME, T.LATE)] == [2, 1, 0]
    assert time_points(T.PENDING) is None
    assert [contact_points(c) for c in ("none", "once", "more")] == [2, 1, 0]
    assert contact_points("more", citizens_fault=True) == 2
    assert [agency_points(a) for a in ("none", "one_stop", "more")] == [2, 1, 0]
    assert publicity_points(posted=True, online=True, accurate_and_complete=True) == 2
    assert publicity_points(posted=True, online=False, accurate_and_complete=True) == 1
    assert publicity_points(posted=True, online=True, accurate_and_complete=False) == 0
    assert attitude_points(timeliness=T.EARLY, substantiated_complaint=False) == 2
    assert attitude_points(timeliness=T.ON_TIME, substantiated_complaint=False) == 1
    assert attitude_points(timeliness=T.EARLY, substantiated_complaint=True) == 0


def test_means_are_rounded_half_up_to_one_decimal():
    dossiers = [
        DossierPoints({1: 2, 3: 1}),
        DossierPoints({1: 1, 3: 1}),
        DossierPoints({1: 2, 3: 2}),
        DossierPoints({1: 2}),
    ]
    assert mean_scores(dossiers) == {1: Decimal("1.8"), 3: Decimal("1.3")}
    with pytest.raises(ValueError, match="not 0, 1 or 2"):
        mean_scores([DossierPoints({1: 3})])


@pytest.mark.parametrize(
    ("each", "total", "label"),
    [
        ("1.0", "5.0", OfficialClass.FULL),
        ("0.7", "3.5", OfficialClass.PARTIAL),
        ("0.6", "3.0", OfficialClass.LOW),
    ],
)
def test_officials_are_classified_on_indicators_1_2_3_4_7(each, total, label):
    scores = {i: Decimal(each) for i in (1, 2, 3, 4, 7)} | {6: Decimal("2.0")}
    assert official_result(scores) == (Decimal(total), label)


@pytest.mark.parametrize(
    ("unit_points", "label"),
    [
        ({5: 2, 8: 2, 9: 2}, AgencyClass.EXCELLENT),
        ({5: 1, 8: 1, 9: 1}, AgencyClass.GOOD),
        ({}, AgencyClass.FAIR),
    ],
)
def test_agencies_are_classified_out_of_18(unit_points, label):
    scores = {i: Decimal("1.5") for i in (1, 2, 3, 4, 6, 7)}  # 9 points from dossiers
    assert agency_result(scores, unit_points)[1] == label


def test_the_agency_bands_at_their_edges():
    def band(total: str) -> AgencyClass:
        return agency_result({1: Decimal(total)}, {})[1]

    assert [band(t) for t in ("15", "14.9", "12", "9", "6", "5.9")] == [
        AgencyClass.EXCELLENT,
        AgencyClass.GOOD,
        AgencyClass.GOOD,
        AgencyClass.FAIR,
        AgencyClass.AVERAGE,
        AgencyClass.WEAK,
    ]


def test_feedback_indicator_8():
    assert feedback_points(total=0, on_time=0) == 2
    assert feedback_points(total=10, on_time=10) == 2
    assert feedback_points(total=10, on_time=9) == 1
    assert feedback_points(total=10, on_time=8) == 0
