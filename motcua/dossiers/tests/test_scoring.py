"""Circular 01/2018 Art. 12-15 scoring, indicator by indicator and at the boundaries."""

from decimal import Decimal

import pytest

from motcua.dossiers.scoring import (
    AgencyClass,
    DossierPoints,
    FeedbackHandling,
    OfficialClass,
    agency_points,
    agency_result,
    attitude_points,
    contact_points,
    feedback_points,
    mean_scores,
    official_result,
    percentage,
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


def test_percentages_have_one_decimal_and_none_without_a_whole():
    assert percentage(2, 3) == Decimal("66.7")
    assert percentage(1, 8) == Decimal("12.5")
    assert percentage(0, 0) is None


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
    result = official_result(scores)
    assert result is not None
    assert (result.total, result.maximum, result.classification) == (Decimal(total), 10, label)
    assert result.left_out == ()


@pytest.mark.parametrize(
    ("scores", "total", "maximum", "label"),
    [
        # Indicators 3, 4 and 7 without a rating: 4 of 4 is all duties, not "low"
        ({1: "2.0", 2: "2.0"}, "4.0", 4, OfficialClass.FULL),
        # 2 of 4 is the same share as 5 of 10: all duties, at the edge
        ({1: "1.0", 2: "1.0"}, "2.0", 4, OfficialClass.FULL),
        ({1: "0.9", 2: "1.0"}, "1.9", 4, OfficialClass.PARTIAL),
        # 1.4 of 4 is 3.5 of 10; 1.3 is below
        ({1: "0.7", 2: "0.7"}, "1.4", 4, OfficialClass.PARTIAL),
        ({1: "0.6", 2: "0.7"}, "1.3", 4, OfficialClass.LOW),
        # One indicator missing: 4 of 8 is 5 of 10
        ({1: "1.0", 2: "1.0", 3: "1.0", 4: "1.0"}, "4.0", 8, OfficialClass.FULL),
    ],
)
def test_an_indicator_without_data_is_left_out_and_the_total_still_classified(
    scores, total, maximum, label
):
    given = {i: Decimal(v) for i, v in scores.items()} | {7: None}
    result = official_result(given)
    assert result is not None
    assert (result.total, result.maximum, result.classification) == (
        Decimal(total),
        maximum,
        label,
    )
    assert 7 in result.left_out


def test_with_no_indicator_at_all_there_is_nothing_to_classify():
    assert official_result({1: None, 2: None}) is None
    assert agency_result({}) is None


@pytest.mark.parametrize(
    ("unit_points", "label"),
    [
        ({5: 2, 8: 2, 9: 2}, AgencyClass.EXCELLENT),  # 15 of 18
        ({5: 1, 8: 1, 9: 1}, AgencyClass.GOOD),  # 12 of 18
        ({5: 0, 8: 0, 9: 0}, AgencyClass.FAIR),  # 9 of 18
        # 5, 8, 9 left out: 9 of 12 is 75 %, above the 12 of 18 (66.7 %) of "good"
        ({}, AgencyClass.GOOD),
    ],
)
def test_agencies_are_classified_out_of_18(unit_points, label):
    scores = {i: Decimal("1.5") for i in (1, 2, 3, 4, 6, 7)}  # 9 points from dossiers
    given = {i: Decimal(p) for i, p in unit_points.items()}
    result = agency_result(scores | given)
    assert result is not None and result.classification == label
    assert result.maximum == 12 + 2 * len(unit_points)


def test_the_agency_bands_at_their_edges():
    def band(total: str) -> AgencyClass:
        scores = {i: Decimal(0) for i in range(1, 10)} | {1: Decimal(total)}
        result = agency_result(scores)
        assert result is not None and result.maximum == 18
        return result.classification

    assert [band(t) for t in ("15", "14.9", "12", "9", "6", "5.9")] == [
        AgencyClass.EXCELLENT,
        AgencyClass.GOOD,
        AgencyClass.GOOD,
        AgencyClass.FAIR,
        AgencyClass.AVERAGE,
        AgencyClass.WEAK,
    ]


def test_an_agency_without_indicators_5_and_9_can_still_be_excellent():
    # Given indicators 1-4, 6, 7 and 8 (out of 14), 5 and 9 not recorded
    def band(total: str) -> AgencyClass:
        scores = {i: Decimal(0) for i in (2, 3, 4, 6, 7, 8)} | {1: Decimal(total)}
        result = agency_result(scores | {5: None, 9: None})
        assert result is not None
        assert result.maximum == 14 and result.left_out == (5, 9)
        return result.classification

    # Then 15 of 18 becomes 11.67 of 14: 11.7 is excellent, 11.6 good
    assert band("11.7") == AgencyClass.EXCELLENT
    assert band("11.6") == AgencyClass.GOOD
    # and 6 of 18 becomes 4.67 of 14
    assert band("4.7") == AgencyClass.AVERAGE
    assert band("4.6") == AgencyClass.WEAK


def test_feedback_indicator_8():
    assert feedback_points(total=0, on_time=0, prolonged=0) == 2
    assert feedback_points(total=10, on_time=10, prolonged=0) == 2
    assert feedback_points(total=10, on_time=9, prolonged=0) == 1
    assert feedback_points(total=10, on_time=8, prolonged=0) == 0


def test_a_prolonged_item_takes_away_the_2_points_of_indicator_8():
    # All due items answered on time, but one item left unanswered past its deadline
    assert feedback_points(total=10, on_time=10, prolonged=1) == 1
    # Nothing due in the period, but an older item still open: not 2 either
    assert feedback_points(total=0, on_time=0, prolonged=1) == 1
    # The 1 and 0 of the on-time share stand
    assert feedback_points(total=10, on_time=9, prolonged=3) == 1
    assert feedback_points(total=10, on_time=8, prolonged=3) == 0
    assert FeedbackHandling(due=4, on_time=4, prolonged=1).points == 1
    assert FeedbackHandling(due=4, on_time=4, prolonged=0).points == 2
