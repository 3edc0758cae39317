"""One number per figure: the pages that compute a figure their own way (the evaluation's
GROUP BY over raw dossiers) give the registry's value from the roll-ups, for every agency
and period."""

import datetime as dt
import itertools
import uuid

import pytest

from motcua.dossiers.evaluation import on_time_rates
from motcua.metrics.backend import live
from motcua.metrics.indicators import dossiers_overdue, feedback_overdue
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


TODAY = dt.date(2025, 11, 20)


def _ids(expression):
    return set(live().to_pyarrow(expression).to_pydict()["id"])


def test_overdue_dossiers_are_one_rule_in_the_queryset_the_model_and_ibis(world, procedure):
    """Dossiers in every state, due before, on and after today, with and without an
    apology's later appointment: the queryset, the model and the Ibis expression agree."""
    from motcua.dossiers.models import Dossier
    from motcua.dossiers.states import State
    from motcua.metrics.tests.fixtures import make

    for n, (state, due, new_due) in enumerate(
        itertools.product(
            State,
            (None, TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=2)),
            (None, TODAY + dt.timedelta(days=5)),
        )
    ):
        dossier = make(world.commune_a, f"X{n}", finished=None, timeliness="")
        Dossier.objects.filter(pk=dossier.pk).update(
            state=state, due_date=due, new_due_date=new_due
        )
    stored = list(Dossier.objects.all())
    by_model = {d.pk for d in stored if d.is_overdue(TODAY)}
    assert by_model == set(Dossier.objects.overdue(TODAY).values_list("pk", flat=True))
    assert by_model == _ids(dossiers_overdue(TODAY))
    assert by_model


def test_overdue_feedback_is_one_rule_in_the_queryset_the_model_and_ibis(world):
    from motcua.feedback.models import Category, Feedback, State
    from motcua.feedback.services import Submission, feedback_register

    item = feedback_register(
        submission=Submission(
            category=Category.objects.get(code="nuoc-sach"),
            unit=world.commune_a,
            title="Mất nước",
            text="Khu dân cư thôn 3 bị mất nước nhiều ngày.",
            anonymous=True,
        ),
        channel="web",
    )
    dates = (None, TODAY - dt.timedelta(days=1), TODAY, TODAY + dt.timedelta(days=2))
    for n, (state, due, publish_due, waiting) in enumerate(
        itertools.product(State, dates, dates[:2], (None, TODAY))
    ):
        item.pk, item.number, item.tracking_token = None, f"PA-X-{n}", f"token-x-{n}"
        item.public_id, item.client_key = uuid.uuid4(), ""
        item.state, item.due_on, item.publish_due_on, item.waiting_since = (
            state,
            due,
            publish_due,
            waiting,
        )
        item.save()
    stored = list(Feedback.objects.all())
    by_model = {i.pk for i in stored if i.is_overdue(TODAY)}
    assert by_model == set(Feedback.objects.overdue(TODAY).values_list("pk", flat=True))
    assert by_model == _ids(feedback_overdue(TODAY))
    assert by_model
