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


def test_the_default_layout_is_the_national_portals_six_groups():
    groups = [(g.code, g.maximum) for g in index_766({}).groups]
    assert groups == [
        ("publicity", 18),
        ("progress", 20),
        ("online", 12),
        ("payment", 10),
        ("digitisation", 22),
        ("satisfaction", 18),
    ]
    assert sum(maximum for _code, maximum in groups) == 100
    progress = next(g for g in index_766({}).groups if g.code == "progress")
    assert [p.code for p in progress.parts] == ["on_time_766"]  # open dossiers included


def test_the_index_rests_only_on_the_indicators_with_data():
    index = index_766(
        {
            "on_time": 0.50,  # Circular 01's finished-dossier share: not in the index
            "on_time_766": 0.95,  # progress: 19 of 20
            "online_share": 0.30,  # 7.2 of 12 (full points from 50 %)
            "paid_online": 0.90,  # 9 of 10 (no threshold)
            "satisfaction_766": 0.81,  # 5.4 of 6, the only satisfaction indicator with data
            "synced_portal": 0.5,  # 3 of 6, the only publicity indicator with data
        }
    )
    groups = {g.code: g for g in index.groups}
    assert groups["progress"].score == pytest.approx(19)
    assert groups["online"].score == pytest.approx(7.2)
    assert groups["payment"].score == pytest.approx(9)
    # Scaled to the group: 5.4 of the 6 measured points is 16.2 of 18.
    assert groups["satisfaction"].score == pytest.approx(16.2)
    assert groups["publicity"].score == pytest.approx(9)
    assert groups["digitisation"].score is None  # no data, not zero
    # (9 + 19 + 7.2 + 9 + 16.2) of the 78 points of the groups with data, out of 100.
    assert index.score == pytest.approx(60.4 / 78 * 100)
    assert index.band() == "fair"
    assert index.measured == pytest.approx(6 + 20 + 12 + 10 + 6)


def test_no_data_at_all_is_no_index_and_full_marks_are_excellent():
    assert index_766({}).score is None and index_766({}).band() is None
    full = {
        code: 1.0
        for code in (
            "procedures_published",
            "synced_portal",
            "on_time_766",
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
    weaker = index_766({**full, "on_time_766": 0.2})  # progress earns 4 of 20: 84 points
    assert weaker.score == pytest.approx(84) and weaker.band() == "good"
    # 100 - 20 - 12 = 68 points: below the 70 of "fair".
    assert index_766({**full, "on_time_766": 0.0, "online_share": 0.0}).band() == "average"


def test_a_configured_layout_replaces_the_default():
    layout = [
        {
            "code": "progress",
            "label": "Progress",
            "max": 100,
            "indicators": [{"code": "on_time", "max": 100, "full_at": 1.0}],
        }
    ]
    index = index_766({"on_time": 0.7, "on_time_766": 0.1}, layout)
    assert [g.code for g in index.groups] == ["progress"]
    assert index.score == pytest.approx(70)
