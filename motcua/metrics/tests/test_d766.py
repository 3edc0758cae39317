"""The Decision 766 index on hand-computed cases: threshold scaling, groups without data,
bands."""

import pytest

from motcua.metrics.d766 import index_766, indicator_points


@pytest.mark.parametrize(
    ("rate", "maximum", "full_at", "points"),
    [
        (0.30, 11, 0.5, 6.6),  # online share 30 %: full points from 50 %, so 11 x 0.3 / 0.5
        (0.60, 11, 0.5, 11),  # above the threshold: full points, never more
        (0.81, 6, 0.9, 5.4),  # dossier satisfaction: rate x max / 90 %
        (0.95, 20, 1.0, 19),
        (0.0, 20, 1.0, 0),  # zero is a measured zero ...
        (None, 20, 1.0, None),  # ... no data is not
    ],
)
def test_an_indicator_earns_its_share_of_points_up_to_the_threshold(rate, maximum, full_at, points):
    earned = indicator_points(rate, maximum, full_at)
    if points is None:
        assert earned is None
    else:
        assert earned == pytest.approx(points)


def test_the_index_rests_only_on_the_indicators_with_data():
    index = index_766(
        {
            "on_time": 0.95,  # progress: 19 of 20
            "online_share": 0.30,  # 6.6 of 11
            "paid_online": 0.90,  # 11 of 11 -> online 17.6 of 22
            "satisfaction_766": 0.81,  # 5.4 of 6, the only satisfaction indicator with data
            "synced_portal": 0.5,  # 3 of 6, the only publicity indicator with data
        }
    )
    groups = {g.code: g for g in index.groups}
    assert groups["progress"].score == pytest.approx(19)
    assert groups["online"].score == pytest.approx(17.6)
    # Scaled to the group: 5.4 of the 6 measured points is 16.2 of 18.
    assert groups["satisfaction"].score == pytest.approx(16.2)
    assert groups["publicity"].score == pytest.approx(9)
    assert groups["digitisation"].score is None  # no data, not zero
    # (9 + 19 + 17.6 + 16.2) of the 78 points of the groups with data, out of 100.
    assert index.score == pytest.approx(61.8 / 78 * 100)
    assert index.band() == "fair"
    assert index.measured == pytest.approx(6 + 20 + 22 + 6)


def test_no_data_at_all_is_no_index_and_full_marks_are_excellent():
    assert index_766({}).score is None and index_766({}).band() is None
    full = {
        code: 1.0
        for code in (
            "procedures_published",
            "synced_portal",
            "on_time",
            "online_share",
            "paid_online",
            "electronic_result",
            "digitised",
            "feedback_on_time",
            "feedback_satisfaction",
            "satisfaction_766",
        )
    }
    index = index_766(full)
    assert index.score == pytest.approx(100) and index.band() == "excellent"
    assert index.measured == pytest.approx(100)
    weaker = index_766({**full, "on_time": 0.2})  # progress earns 4 of 20: 84 points
    assert weaker.score == pytest.approx(84) and weaker.band() == "good"
    # 100 - 20 - 11 = 69 points: below the 70 of "fair".
    assert index_766({**full, "on_time": 0.0, "online_share": 0.0}).band() == "average"
