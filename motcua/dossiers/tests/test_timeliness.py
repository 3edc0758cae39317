import datetime as dt

import pytest

from motcua.dossiers.timeliness import Timeliness, timeliness

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("due", "finished", "as_of", "expected"),
    [
        ("2025-04-29", "2025-04-28", "2025-06-30", Timeliness.EARLY),
        ("2025-04-29", "2025-04-29", "2025-06-30", Timeliness.ON_TIME),
        ("2025-04-29", "2025-04-30", "2025-06-30", Timeliness.LATE),
        ("2025-04-29", None, "2025-04-29", Timeliness.PENDING),
        ("2025-04-29", None, "2025-06-30", Timeliness.LATE),  # judged at the period's end
        (None, "2025-04-30", "2025-06-30", Timeliness.NO_LIMIT),
    ],
)
def test_early_on_time_late(due, finished, as_of, expected):
    result = timeliness(
        due=D(due) if due else None, finished_on=D(finished) if finished else None, as_of=D(as_of)
    )
    assert result == expected
