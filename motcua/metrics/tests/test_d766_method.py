"""The Decision 766 formulas (DOMAIN.md §4) on small hand-built cases, one dossier or one
feedback item at a time: who is in each share's denominator and who counts. Then a period
of several dossiers through the roll-ups, the refresh of what procedures, ratings and
feedback change, and DuckDB over the Parquet export giving the live numbers."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.catalogue.models import Procedure
from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.models import Dossier, Rating
from motcua.feedback import services as feedback_services
from motcua.feedback.models import Category, Feedback
from motcua.feedback.services import Submission
from motcua.metrics.backend import live
from motcua.metrics.exports import duckdb_over, export_parquet
from motcua.metrics.indicators import (
    BY_CODE,
    INDICATORS,
    drill_expression,
    monthly_expression,
    monthly_open_expression,
)
from motcua.metrics.rollups import Ratio, ratios, rollups_refresh

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
TODAY = dt.date(2025, 11, 20)
OCTOBER = (dt.date(2025, 10, 1), dt.date(2025, 10, 31))


def at(month, day, hour=9):
    return dt.datetime(2025, month, day, hour, tzinfo=VN)


@pytest.fixture
def procedures(world):
    """A fee-bearing procedure with a paper result, a free one with a paper result, and a
    free one whose result is only a record."""
    return {
        "fee_paper": procedure_make(
            "1.000101", "Cấp giấy phép", fee_bearing=True, fees="100.000 đồng"
        ),
        "free_paper": procedure_make("1.000102", "Chứng thực chữ ký"),
        "free_record": procedure_make("1.000103", "Thông báo lưu trú", paper_result=False),
    }


@pytest.fixture
def make(world, procedures):
    """A dossier of commune A: finished (with the verdict it was given) or still open."""

    def make(
        code,
        *,
        procedure="free_paper",
        received=None,
        finished=None,
        state=None,
        timeliness="",
        due=dt.date(2025, 10, 24),
        channel="counter",
        **flags,
    ):
        return Dossier.objects.create(
            code=code,
            procedure=procedures[procedure],
            agency=world.one_stop_a,
            unit=world.commune_a,
            state=state or ("returned" if finished else "processing"),
            channel=channel,
            received_at=received or at(10, 6),
            due_date=due,
            finished_at=finished,
            timeliness=timeliness,
            applicant_name="Lê Văn C",
            **flags,
        )

    return make


def drill(world, code, start=OCTOBER[0], end=OCTOBER[1], today=TODAY):
    """{dossier or item code: counts} for the figure of commune A in the period."""
    table = (
        live()
        .to_pyarrow(drill_expression(BY_CODE[code], start, end, today, [world.commune_a.pk]))
        .to_pydict()
    )
    model = Feedback if BY_CODE[code].subject == "feedback" else Dossier
    field = "number" if model is Feedback else "code"
    names = dict(model.objects.values_list("pk", field))
    return {names[pk]: hit for pk, hit in zip(table["id"], table["hit"], strict=True)}


def rate(dossier, satisfaction):
    Rating.objects.create(
        dossier=dossier,
        satisfaction=satisfaction,
        contacts="none",
        agencies="one_stop",
        attitude="courteous",
    )


def feedback(world, text, *, received=None, kind="feedback", dossier_code="", **fields):
    """A feedback item of commune A, registered through the service, then put in the state
    a case needs."""
    sub = Submission(
        category=Category.objects.get(code="duong-giao-thong"),
        unit=world.commune_a,
        title="Hồ sơ",
        text=text,
        anonymous=True,
        kind=kind,
        dossier_code=dossier_code,
    )
    with time_machine.travel(received or at(10, 6), tick=False):
        item = feedback_services.feedback_register(submission=sub, channel="web")
    if fields:
        Feedback.objects.filter(pk=item.pk).update(**fields)
        item.refresh_from_db()
    return item


# On time (Decision 766): finished early or on time + open within the limit ----------------


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ({"finished": at(10, 10), "timeliness": "early"}, True),
        ({"finished": at(10, 24), "timeliness": "on_time"}, True),
        ({"finished": at(10, 28), "timeliness": "late"}, False),
        # Stopping and refusing end processing: judged when they happen.
        ({"finished": at(10, 28), "state": "stopped", "timeliness": "late"}, False),
        ({"finished": at(10, 14), "state": "refused", "timeliness": "early"}, True),
        # Withdrawn, or refused at intake before any due date: never judged.
        ({"finished": at(10, 14), "state": "withdrawn"}, None),
        ({"finished": at(10, 6), "state": "refused", "due": None}, None),
        # Open at the end of October: within the limit counts, past it is a miss.
        ({"due": dt.date(2025, 11, 5)}, True),
        ({"due": dt.date(2025, 10, 31)}, False),  # due the last day, still open at its end
        ({"due": dt.date(2025, 10, 30)}, False),
        # Received in September, open in October: handled in the period.
        ({"received": at(9, 25), "due": dt.date(2025, 11, 28)}, True),
        # Finished in November, open at the end of October within its limit.
        ({"finished": at(11, 4), "timeliness": "early", "due": dt.date(2025, 11, 5)}, True),
        # ... or past it (the November verdict does not reach back).
        ({"finished": at(11, 4), "timeliness": "late", "due": dt.date(2025, 10, 30)}, False),
        # Waiting for the citizen's supplement: the clock is stopped, not judged.
        ({"state": "supplement_requested", "due": dt.date(2025, 10, 20)}, None),
        # Waiting for online reception: no due date yet.
        ({"state": "waiting_online", "due": None}, None),
        # Finished in September, or received in November: not of October.
        ({"received": at(9, 2), "finished": at(9, 20), "timeliness": "on_time"}, None),
        ({"received": at(11, 3), "due": dt.date(2025, 11, 28)}, None),
    ],
)
def test_the_766_on_time_share_judges_finished_and_open_dossiers(world, make, case, expected):
    make("D", **case)
    assert drill(world, "on_time_766") == ({} if expected is None else {"D": expected})


def test_circular_01_on_time_judges_open_dossiers_only_once_past_due(world, make):
    """Circular 01: an open dossier past its due date at the period's end is late; one
    within its limit is not judged yet (Decision 766 counts it as on time)."""
    make("FIN", finished=at(10, 10), timeliness="early")
    make("LATE", finished=at(10, 28), timeliness="late")
    make("OPEN", due=dt.date(2025, 10, 30))
    make("WITHIN", due=dt.date(2025, 11, 20))
    assert drill(world, "on_time") == {"FIN": True, "LATE": False, "OPEN": False}
    assert drill(world, "on_time_766") == {
        "FIN": True,
        "LATE": False,
        "OPEN": False,
        "WITHIN": True,
    }


def test_an_open_dossier_is_judged_today_while_the_period_runs(world, make):
    make("D", received=at(11, 3), due=dt.date(2025, 11, 19))
    november = (dt.date(2025, 11, 1), dt.date(2025, 11, 30))
    assert drill(world, "on_time_766", *november, today=dt.date(2025, 11, 19)) == {"D": True}
    assert drill(world, "on_time_766", *november, today=dt.date(2025, 11, 20)) == {"D": False}


# Dossier satisfaction (766): 100 % - (overdue rate + rate with feedback or a dislike) ------


@pytest.mark.parametrize(
    ("case", "rating", "named_by", "expected"),
    [
        ({"finished": at(10, 10), "timeliness": "early"}, None, None, True),
        ({"finished": at(10, 10), "timeliness": "early"}, 3, None, True),
        ({"finished": at(10, 10), "timeliness": "early"}, 2, None, False),  # a dislike
        ({"finished": at(10, 10), "timeliness": "early"}, 1, None, False),
        ({"finished": at(10, 28), "timeliness": "late"}, 5, None, False),  # overdue
        ({"finished": at(10, 10), "timeliness": "early"}, 5, "feedback", False),
        ({"finished": at(10, 10), "timeliness": "early"}, None, "complaint", False),
        # Feedback the agency did not accept does not count against the dossier.
        ({"finished": at(10, 10), "timeliness": "early"}, None, "refused", True),
        # Late and complained about: taken off once.
        ({"finished": at(10, 28), "timeliness": "late"}, 1, "feedback", False),
        # Open at the end of October.
        ({"due": dt.date(2025, 11, 5)}, None, None, True),
        ({"due": dt.date(2025, 11, 5)}, None, "feedback", False),
        ({"due": dt.date(2025, 10, 30)}, None, None, False),
        ({"finished": at(10, 14), "state": "withdrawn"}, 1, None, None),
    ],
)
def test_dossier_satisfaction_takes_off_the_overdue_disliked_and_complained_about(
    world, make, case, rating, named_by, expected
):
    dossier = make("HS-0001", **case)
    if rating:
        rate(dossier, rating)
    if named_by == "refused":
        feedback(world, "Hồ sơ chậm.", dossier_code="hs-0001 ", state="refused")
    elif named_by:
        kind = "complaint" if named_by == "complaint" else "feedback"
        # Typed in lower case with a space, as a citizen may: stored as the code.
        feedback(world, "Hồ sơ chậm.", dossier_code="hs-0001 ", kind=kind)
    counted = drill(world, "satisfaction_766")
    assert counted == ({} if expected is None else {"HS-0001": expected})


# Online share, online payment, electronic results, digitisation ----------------------------


@pytest.mark.parametrize(
    ("procedure", "case", "expected"),
    [
        ("free_paper", {"channel": "counter"}, False),
        ("free_paper", {"channel": "online"}, False),  # no electronic result (yet)
        ("free_paper", {"channel": "online", "electronic_result": True}, True),
        ("free_record", {"channel": "online"}, True),  # no paper result to issue
        ("free_record", {"channel": "postal"}, False),
    ],
)
def test_an_online_dossier_of_a_paper_result_counts_once_its_e_result_is_issued(
    world, make, procedure, case, expected
):
    make("D", procedure=procedure, **case)
    assert drill(world, "online_share") == {"D": expected}


@pytest.mark.parametrize(
    ("procedure", "paid", "expected"),
    [
        ("fee_paper", True, True),
        ("fee_paper", False, False),
        ("free_paper", False, None),  # no fee: not in the denominator
        ("free_record", True, None),
    ],
)
def test_online_payment_counts_dossiers_of_fee_bearing_procedures_only(
    world, make, procedure, paid, expected
):
    make("D", procedure=procedure, paid_online=paid)
    assert drill(world, "paid_online") == ({} if expected is None else {"D": expected})


@pytest.mark.parametrize(
    ("procedure", "e_result", "expected"),
    [
        ("free_paper", True, True),
        ("free_paper", False, False),
        ("free_record", True, None),  # the result is no paper: not in the denominator
        ("free_record", False, None),
    ],
)
def test_electronic_results_count_among_procedures_with_a_paper_result(
    world, make, procedure, e_result, expected
):
    make(
        "D",
        procedure=procedure,
        finished=at(10, 10),
        timeliness="early",
        electronic_result=e_result,
    )
    assert drill(world, "electronic_result") == ({} if expected is None else {"D": expected})


@pytest.mark.parametrize(
    ("procedure", "flags", "expected"),
    [
        ("free_paper", {"digitised": True, "electronic_result": True}, True),
        ("free_paper", {"digitised": True}, False),  # components only
        ("free_paper", {"electronic_result": True}, False),
        ("free_record", {"digitised": True}, True),  # no paper result to issue
        ("free_record", {}, False),
    ],
)
def test_a_dossier_is_digitised_with_its_components_and_an_electronic_result(
    world, make, procedure, flags, expected
):
    make("D", procedure=procedure, **flags)
    assert drill(world, "digitised") == {"D": expected}


# Feedback satisfaction: (all - dissatisfied - repeated - overdue) / all first received ----


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"state": "published", "answered_on_time": True, "resolved": True, "rating": 5}, True),
        ({"state": "published", "answered_on_time": True}, True),  # no word from the citizen
        ({"state": "published", "answered_on_time": True, "resolved": False}, False),
        ({"state": "published", "answered_on_time": True, "rating": 2}, False),
        ({"state": "answered", "answered_on_time": False}, False),  # answered late
        # Unanswered: within the deadline counts, past it today is overdue ...
        ({"state": "in_progress", "due_on": dt.date(2025, 11, 25)}, True),
        ({"state": "in_progress", "due_on": dt.date(2025, 11, 20)}, True),  # due today
        ({"state": "in_progress", "due_on": dt.date(2025, 11, 10)}, False),
        # ... unless the clock is stopped while the citizen is asked for information.
        (
            {
                "state": "more_info",
                "due_on": dt.date(2025, 11, 10),
                "waiting_since": dt.date(2025, 11, 3),
            },
            True,
        ),
        # Not counted: not accepted, or merged into the item it repeats.
        ({"state": "refused"}, None),
        ({"state": "merged"}, None),
    ],
)
def test_feedback_satisfaction_over_the_feedback_first_received_in_the_period(
    world, fields, expected
):
    item = feedback(world, "Đèn đường hỏng.", **fields)
    assert drill(world, "feedback_satisfaction") == (
        {} if expected is None else {item.number: expected}
    )


def test_feedback_counts_in_the_month_first_received_and_a_repeat_counts_against_it(world):
    first = feedback(
        world, "Cống thôn 3 bị tắc.", received=at(9, 29), state="published", answered_on_time=True
    )
    again = feedback(
        world, "Cống thôn 3 vẫn tắc.", received=at(10, 6), due_on=dt.date(2025, 11, 25)
    )
    # Published in October, first received in September: September's.
    Feedback.objects.filter(pk=first.pk).update(published_at=at(10, 2))
    complaint = feedback(world, "Khiếu nại quyết định thu hồi đất.", kind="complaint")
    assert complaint.state == "redirected"
    assert drill(world, "feedback_satisfaction") == {again.number: True}
    september = (dt.date(2025, 9, 1), dt.date(2025, 9, 30))
    assert drill(world, "feedback_satisfaction", *september) == {first.number: True}
    feedback_services.feedback_merge(item=again, into=first, actor=None)
    assert drill(world, "feedback_satisfaction", *september) == {first.number: False}
    assert drill(world, "feedback_satisfaction") == {}


# A period through the roll-ups, and their refresh ----------------------------------------


@pytest.fixture
def period(world, make, in_november):
    """October in commune A. Finished: EARLY, LATE (rated 5), REFUSED (after its due date
    was set, early) and STOPPED (late); WITHDRAWN, not judged. Open at the end of October:
    CARRIED (from September, due 28 November, named in feedback), OVERDUE (due 30
    October), NEXT (finished early on 4 November, due the 5th), RECORD (due 26 November,
    named in feedback that was refused) and WAITING for a supplement."""
    make("EARLY", received=at(10, 2), finished=at(10, 10), timeliness="early")
    late = make("LATE", received=at(10, 3), finished=at(10, 20), timeliness="late")
    make("REFUSED", finished=at(10, 14), state="refused", timeliness="early")
    make("STOPPED", received=at(10, 9), finished=at(10, 28), state="stopped", timeliness="late")
    make("WITHDRAWN", received=at(10, 7), finished=at(10, 9), state="withdrawn")
    make("CARRIED", received=at(9, 25), due=dt.date(2025, 11, 28))
    make("OVERDUE", due=dt.date(2025, 10, 30))
    make(
        "NEXT",
        received=at(10, 20),
        finished=at(11, 4),
        timeliness="early",
        due=dt.date(2025, 11, 5),
    )
    make("RECORD", received=at(10, 25), due=dt.date(2025, 11, 26), procedure="free_record")
    make("WAITING", received=at(10, 10), state="supplement_requested")
    rate(late, 5)
    feedback(world, "Hồ sơ để lâu.", dossier_code="CARRIED")
    feedback(world, "Hồ sơ gì đó.", dossier_code="RECORD", state="refused")
    return world


def test_a_period_counts_each_dossier_once_finished_or_open(period):
    rollups_refresh()

    def share(code, start, end):
        return ratios(indicator=code, start=start, end=end, today=TODAY)[None]

    # Finished: EARLY, REFUSED in time, LATE, STOPPED late (2 of 4); open at the end of
    # October: CARRIED, NEXT, RECORD within the limit, OVERDUE not (3 of 4).
    assert share("on_time_766", *OCTOBER) == Ratio(5, 8)
    # Circular 01 judges OVERDUE too (late) but not the three within their limit.
    assert share("on_time", *OCTOBER) == Ratio(2, 5)
    # October and November: NEXT once, finished early; open now, CARRIED and RECORD
    # within the limit and OVERDUE past it.
    autumn = (dt.date(2025, 10, 1), dt.date(2025, 11, 30))
    assert share("on_time_766", *autumn) == Ratio(5, 8)
    # Satisfaction: late ones and CARRIED (named in feedback) off; RECORD's feedback was
    # refused: EARLY, REFUSED, NEXT and RECORD.
    assert share("satisfaction_766", *OCTOBER) == Ratio(4, 8)
    assert drill(period, "satisfaction_766") == {
        "EARLY": True,
        "LATE": False,
        "REFUSED": True,
        "STOPPED": False,
        "CARRIED": False,
        "OVERDUE": False,
        "NEXT": True,
        "RECORD": True,
    }


def test_a_refresh_sees_what_procedures_ratings_and_feedback_change(period, procedures):
    rollups_refresh()
    october = {"start": OCTOBER[0], "end": OCTOBER[1], "today": TODAY}
    assert ratios(indicator="paid_online", **october)[None] == Ratio(0, 0)
    assert ratios(indicator="satisfaction_766", **october)[None] == Ratio(4, 8)
    later = at(11, 20, 10)
    with time_machine.travel(later, tick=False):
        # The fee is now charged for every dossier of that procedure, an early dossier
        # is disliked, and the citizen complains about NEXT.
        Procedure.objects.filter(pk=procedures["free_paper"].pk).update(
            fee_bearing=True, updated_at=later
        )
        rate(Dossier.objects.get(code="EARLY"), 1)
        feedback(period, "Hồ sơ trả chậm.", received=later, dossier_code="NEXT")
    with time_machine.travel(at(11, 20, 11), tick=False):
        rollups_refresh()
    # Received in October for the now fee-bearing procedure: all but RECORD (and CARRIED,
    # received in September); none paid online.
    assert ratios(indicator="paid_online", **october)[None] == Ratio(0, 8)
    assert ratios(indicator="satisfaction_766", **october)[None] == Ratio(2, 8)


def test_a_month_that_ended_since_the_last_refresh_is_judged_at_its_end(world, make):
    """A dossier due 31 October, still open: within its limit on the 31st's refresh, late
    once October is over, whether or not anything changed."""
    make("D", due=dt.date(2025, 10, 31))
    with time_machine.travel(at(10, 31, 22), tick=False):
        rollups_refresh()
    assert ratios(
        indicator="on_time_766", start=OCTOBER[0], end=OCTOBER[1], today=dt.date(2025, 10, 31)
    )[None] == Ratio(1, 1)
    with time_machine.travel(at(11, 1, 22), tick=False):
        rollups_refresh()
    assert ratios(
        indicator="on_time_766", start=OCTOBER[0], end=OCTOBER[1], today=dt.date(2025, 11, 1)
    )[None] == Ratio(0, 1)


def test_duckdb_over_the_export_gives_the_live_numbers(period, tmp_path):
    counts = export_parquet(tmp_path)
    assert counts["catalogue_procedure"] == 3
    duck, backend = duckdb_over(tmp_path), live()
    autumn = (dt.date(2025, 9, 1), dt.date(2025, 11, 30))

    def rows(engine, expression, indicator):
        table = engine.to_pyarrow(expression(indicator, *autumn, TODAY)).to_pydict()
        return sorted(
            zip(
                table["unit_id"],
                table["month"],
                table["numerator"],
                table["denominator"],
                strict=True,
            )
        )

    for indicator in INDICATORS:
        live_rows = rows(backend, monthly_expression, indicator)
        assert rows(duck, monthly_expression, indicator) == live_rows, indicator.code
        if indicator.open_rows:
            live_open = rows(backend, monthly_open_expression, indicator)
            assert live_open, indicator.code
            assert rows(duck, monthly_open_expression, indicator) == live_open, indicator.code
