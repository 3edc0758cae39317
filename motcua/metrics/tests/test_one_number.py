"""One number per figure: the pages that compute a figure their own way (the evaluation's
GROUP BY over raw dossiers) give the registry's value from the roll-ups, for every agency
and period."""

import datetime as dt

import pytest

from motcua.dossiers.evaluation import on_time_rates
from motcua.metrics.rollups import ratios, rollups_refresh

PERIODS = [
    (dt.date(2025, 10, 1), dt.date(2025, 10, 31)),
    (dt.date(2025, 11, 1), dt.date(2025, 11, 30)),  # still running: judged as of today
    (dt.date(2025, 9, 1), dt.date(2025, 11, 30)),
    (dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
]


@pytest.mark.parametrize(("start", "end"), PERIODS)
def test_the_evaluation_and_the_board_give_one_on_time_share_per_agency(data, start, end):
    """Given the metrics' hand-counted communes, when the roll-ups are built, every
    agency's Circular 01 on-time share on the evaluation page (finished dossiers and those
    open past due at the period's end) equals the registry's `on_time` figure."""
    rollups_refresh()
    page = {
        row.key: (row.early + row.on_time, row.judged)
        for row in on_time_rates(start=start, end=end, by="agency")
    }
    board = {
        key: (ratio.numerator, ratio.denominator)
        for key, ratio in ratios(indicator="on_time", start=start, end=end, by="agency").items()
        if ratio.denominator
    }
    assert page == board
    assert page  # the period holds judged dossiers: the comparison is not vacuous
