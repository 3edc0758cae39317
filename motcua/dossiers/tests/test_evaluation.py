"""Circular 01/2018 evaluation over stored dossiers: on-time rates, scores, and postings.

Every expected figure is worked out by hand in the test, from dossiers made through the
services on an October 2025 calendar with no holiday (a 1-working-day procedure received on a
weekday morning is due the next working day). Dossiers received from 1 July 2025 are scored
under the local method (rule set Decree 118/2025); a few tests receive some in June."""

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
import time_machine

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.evaluation import (
    AGENCY_CLASS_LABELS,
    OFFICIAL_CLASS_LABELS,
    evaluation_period,
    on_time_rates,
    rates_total,
)
from motcua.dossiers.models import Dossier
from motcua.dossiers.scores import (
    agency_scores,
    evaluation_scores,
    field_scores,
    official_scores,
    procedure_publicity,
)
from motcua.dossiers.scoring import (
    AgencyClass,
    DossierPoints,
    FeedbackHandling,
    OfficialClass,
    mean_scores,
)
from motcua.dossiers.services import (
    dossier_hand_over,
    dossier_receive,
    dossier_return,
    dossier_steps_plan,
    dossier_transition,
    rating_submit,
)
from motcua.dossiers.states import RuleSet, State
from motcua.orgs.models import Posting
from motcua.orgs.selectors import months_after, posting_limit, posting_warnings
from motcua.orgs.tests.factories import AgencyFactory, UserFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")
Q3 = evaluation_period(2025, 3)
Q4 = evaluation_period(2025, 4)
AFTER_Q4 = dt.datetime(2026, 1, 20, 9, 0, tzinfo=VN)


def at(month: int, day: int, hour: int = 9, minute: int = 0, year: int = 2025) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=VN)


@pytest.fixture(autouse=True)
def _after_the_quarter():
    with time_machine.travel(AFTER_Q4, tick=False):
        yield


@pytest.fixture
def one_day(db):
    return procedure_make("1.000001", "Chứng thực bản sao", field="Chứng thực", time_limit_value=1)


def receive(world, procedure, when: dt.datetime, officer=None, agency=None) -> Dossier:
    return dossier_receive(
        procedure=procedure,
        agency=agency or world.one_stop_a,
        actor=officer or world.counter_a,
        applicant_name="Nguyễn Văn An",
        submitted=list(procedure.components.all()),
        received_at=when,
    )


def finish(dossier: Dossier, actor, when: dt.datetime) -> Dossier:
    if dossier.state == State.RECEIVED:
        dossier_transition(dossier=dossier, actor=actor, to=State.PROCESSING, at=when)
    return dossier_transition(dossier=dossier, actor=actor, to=State.RESOLVED, at=when)


def rate(
    dossier: Dossier, contacts: str, agencies: str, attitude: str, satisfaction: int = 4
) -> None:
    rating_submit(
        dossier=dossier,
        satisfaction=satisfaction,
        contacts=contacts,
        agencies=agencies,
        attitude=attitude,
        now=dossier.finished_at,
    )


def test_periods_are_whole_quarters_and_years():
    assert evaluation_period(2025) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert evaluation_period(2025, 1) == (dt.date(2025, 1, 1), dt.date(2025, 3, 31))
    assert evaluation_period(2025, 3) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert evaluation_period(2025, 4) == (dt.date(2025, 10, 1), dt.date(2025, 12, 31))
    with pytest.raises(ValueError):
        evaluation_period(2025, 5)


def test_rates_follow_the_period_boundary_in_local_time(world, one_day):
    # Given a dossier due 30 Sep and finished on 2 Oct: open and overdue when Q3 ended
    overdue = receive(world, one_day, at(9, 29))
    assert overdue.due_date == dt.date(2025, 9, 30)
    finish(overdue, world.counter_a, at(10, 2))
    # a dossier due 1 Oct finished at 23:30 on 30 Sep (16:30 UTC): early, in Q3
    early = receive(world, one_day, at(9, 30))
    assert early.due_date == dt.date(2025, 10, 1)
    finish(early, world.counter_a, at(9, 30, 23, 30))
    # a dossier due 1 Oct finished at 00:30 on 1 Oct (still 30 Sep in UTC): on time, in Q4
    on_time = receive(world, one_day, at(9, 30, 10))
    finish(on_time, world.counter_a, at(10, 1, 0, 30))
    # When the rates of both quarters are computed per agency
    (q3,) = on_time_rates(start=Q3[0], end=Q3[1], by="agency")
    (q4,) = on_time_rates(start=Q4[0], end=Q4[1], by="agency")
    # Then Q3 judged the early one and the open overdue one (late); Q4 the two finished in it
    assert (q3.finished, q3.early, q3.on_time, q3.late, q3.unfinished_late) == (1, 1, 0, 1, 1)
    assert q3.rate == Decimal("50.0")
    assert (q4.finished, q4.early, q4.on_time, q4.late, q4.unfinished_late) == (2, 0, 1, 1, 0)
    assert q4.rate == Decimal("50.0")
    assert q4.key == world.one_stop_a.pk and q4.label == world.one_stop_a.name


def test_open_overdue_dossiers_are_late_and_withdrawn_or_unlimited_ones_are_not_judged(
    world, one_day
):
    # Given, in Q4: one finished early, one still open past its due date of 7 Oct,
    finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    receive(world, one_day, at(10, 6))
    # one withdrawn after its due date, one without a time limit, and one received on
    # 31 Dec and due only in January
    withdrawn = receive(world, one_day, at(10, 6))
    dossier_transition(
        dossier=withdrawn, actor=world.counter_a, to=State.WITHDRAWN, note="Rút", at=at(10, 20)
    )
    unlimited = procedure_make("1.000002", "Cấp bản sao", time_limit_value=None, time_limit_unit="")
    finish(receive(world, unlimited, at(10, 6)), world.counter_a, at(11, 3))
    late_december = receive(world, one_day, at(12, 31))
    assert late_december.due_date is not None and late_december.due_date.year == 2026
    # When Q4 is judged
    rows = on_time_rates(start=Q4[0], end=Q4[1], by="procedure")
    # Then only the early one and the open overdue one count, one of two on time
    (row,) = rows
    assert row.label == "1.000001 · Chứng thực bản sao"
    assert (row.judged, row.early, row.late, row.unfinished_late) == (2, 1, 1, 1)
    assert row.rate == Decimal("50.0")
    assert rates_total(rows).judged == 2


def test_while_a_period_runs_only_dossiers_already_past_due_are_late(world, one_day):
    receive(world, one_day, at(10, 6))  # due 7 Oct
    receive(world, one_day, at(10, 8))  # due 9 Oct
    with time_machine.travel(at(10, 9, 10), tick=False):
        (row,) = on_time_rates(start=Q4[0], end=Q4[1], by="field")
    assert (row.judged, row.late) == (1, 1) and row.label == "Chứng thực"
    assert row.rate == Decimal("0.0")


def test_rates_by_official_are_by_the_receiving_officer(world, one_day):
    other = UserFactory(username="counter_c", first_name="Bình", last_name="Lê Thị")
    finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    finish(receive(world, one_day, at(10, 6), officer=other), world.counter_a, at(10, 8))
    rows = {r.key: r for r in on_time_rates(start=Q4[0], end=Q4[1], by="official")}
    assert rows[world.counter_a.pk].rate == Decimal("100.0")
    assert rows[other.pk].rate == Decimal("0.0")
    assert rows[other.pk].label == "Lê Thị Bình"  # never the login name


def test_a_period_with_nothing_judged_has_no_rate(world, one_day):
    assert on_time_rates(start=Q4[0], end=Q4[1], by="unit") == []
    assert rates_total([]).rate is None


def test_official_scores_and_classes(world, one_day):
    full, low, unrated = (UserFactory(username=name) for name in ("full", "low", "unrated"))
    # counter_a: A early (contacts none 2, one-stop only 1, courteous 2),
    a = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    rate(a, "none", "one_stop", "courteous")
    # B on time (once 1, no agency 2, acceptable and on time 1),
    b = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 7))
    rate(b, "once", "none", "acceptable")
    # C late (more 0, more 0, harassing 0), and D still open past its due date (no rating)
    c = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 9))
    rate(c, "more", "more", "harassing")
    receive(world, one_day, at(10, 6))
    # "full": one early dossier rated best; "low": one late dossier rated acceptable;
    # "unrated": one early dossier nobody rated
    f = finish(receive(world, one_day, at(10, 6), officer=full), full, at(10, 6, 15))
    rate(f, "none", "none", "courteous")
    g = finish(receive(world, one_day, at(10, 6), officer=low), low, at(10, 10))
    rate(g, "none", "none", "acceptable")
    finish(receive(world, one_day, at(10, 6), officer=unrated), unrated, at(10, 6, 15))

    scores = {s.user_id: s for s in official_scores(start=Q4[0], end=Q4[1])}

    counter = scores[world.counter_a.pk]
    # 1 and 2: (2+1+0+0)/4 = 0.75 -> 0.8; 3: (2+1+0)/3 = 1.0; 4: (1+2+0)/3 = 1.0; 7: 1.0
    assert counter.dossiers == 4
    assert counter.cells == [Decimal(v) for v in ("0.8", "0.8", "1.0", "1.0", "1.0")]
    assert counter.total == Decimal("4.6")
    assert counter.classification == OfficialClass.PARTIAL
    assert scores[full.pk].total == Decimal("10.0")
    assert scores[full.pk].classification == OfficialClass.FULL
    # late: 0 + 0 + contacts 2 + agencies 2 + attitude 0 (late)
    assert scores[low.pk].total == Decimal("4.0")
    assert scores[low.pk].classification == OfficialClass.PARTIAL
    # No rating: indicators 3, 4, 7 have no data and are left out; the total of the other
    # two (4 of 4) is still classified, as the same share of the maximum as 10 of 10
    blank = scores[unrated.pk]
    assert blank.cells == [Decimal("2.0"), Decimal("2.0"), None, None, None]
    assert (blank.total, blank.maximum, blank.left_out) == (Decimal("4.0"), 4, "3, 4, 7")
    assert blank.classification == OfficialClass.FULL
    assert blank.classification_label == str(OFFICIAL_CLASS_LABELS[OfficialClass.FULL])


def test_a_late_dossier_rated_harshly_makes_a_low_class(world, one_day):
    late = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 9))
    rate(late, "more", "more", "harassing")
    (score,) = official_scores(start=Q4[0], end=Q4[1])
    assert score.total == Decimal("0.0") and score.classification == OfficialClass.LOW


@pytest.fixture
def land_office(world):
    return AgencyFactory(unit=world.commune_a, kind="specialised", name="Công chức địa chính")


def test_agency_scores_with_steps_publicity_and_indicators_left_out(world, one_day, land_office):
    # Given E: a 3-day procedure also published on the national database, received Monday
    # 6 Oct (due Thursday 9 Oct), handed to the land office (due 7 Oct, hands over late on
    # 8 Oct), back at the one-stop unit (due 9 Oct, done early on 8 Oct), resolved early
    three_days = procedure_make(
        "1.000003", "Cấp giấy phép", time_limit_value=3, published_on=dt.date(2025, 1, 2)
    )
    e = receive(world, three_days, at(10, 6))
    assert e.due_date == dt.date(2025, 10, 9)
    dossier_steps_plan(
        dossier=e,
        actor=world.counter_a,
        steps=[(land_office, "Thẩm định", 1), (world.one_stop_a, "Trả kết quả", 1)],
    )
    dossier_hand_over(dossier=e, actor=world.counter_a, at=at(10, 6, 10))
    dossier_hand_over(dossier=e, actor=world.counter_a, at=at(10, 8, 9))
    dossier_hand_over(dossier=e, actor=world.counter_a, at=at(10, 8, 14))
    finish(e, world.counter_a, at(10, 8, 15))
    rate(e, "none", "one_stop", "courteous")
    # and F: the 1-day procedure (posted, not on the national database), on time, alone
    f = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 7))
    rate(f, "once", "none", "acceptable")
    assert procedure_publicity(procedure_ids=[three_days.pk, one_day.pk], on=Q4[1]) == {
        three_days.pk: 2,
        one_day.pk: 1,
    }

    # When the agencies are scored
    scores = {s.agency_id: s for s in agency_scores(start=Q4[0], end=Q4[1])}

    # Then the one-stop unit: 1 (2+1)/2; 2 its own step 2 and F alone 1; 3 (2+1)/2;
    # 4 (1+2)/2; 6 (2+1)/2; 7 (2+1)/2 -> 1.5 each, 9.0 of 12
    one_stop = scores[world.one_stop_a.pk]
    assert one_stop.dossiers == 2
    assert one_stop.cells == [Decimal("1.5")] * 6
    assert one_stop.dossier_total == Decimal("9.0")
    # 5, 8 and 9 not given are left out: 9 of 12 (75 %) is good, as 13.5 of 18 would be
    assert (one_stop.total, one_stop.maximum) == (Decimal("9.0"), 12)
    assert one_stop.left_out == "5, 8, 9"
    assert one_stop.classification == AgencyClass.GOOD
    # The land office is judged only on its step, late: indicator 2 = 0, the rest left out
    land = scores[land_office.pk]
    assert land.dossiers == 0 and land.scores[2] == Decimal("0.0")
    assert land.scores[1] is None and land.dossier_total == Decimal("0.0")
    assert (land.total, land.maximum, land.classification) == (Decimal("0.0"), 2, AgencyClass.WEAK)
    # For the officer, E's indicator 2 is its worst step (0) and F's its own time (1)
    (officer,) = official_scores(start=Q4[0], end=Q4[1])
    assert officer.scores[2] == Decimal("0.5")

    # And once indicators 5, 8, 9 are assessed (2 + 2 + 1): 14 of 18 is good
    (assessed,) = [
        s
        for s in agency_scores(
            start=Q4[0], end=Q4[1], unit_points={world.one_stop_a.pk: {5: 2, 8: 2, 9: 1}}
        )
        if s.agency_id == world.one_stop_a.pk
    ]
    assert (assessed.total, assessed.maximum, assessed.left_out) == (Decimal("14.0"), 18, "")
    assert assessed.class_label == str(AGENCY_CLASS_LABELS[AgencyClass.GOOD])
    # With indicator 8 from feedback (0 points) and 5, 9 not recorded: 9 of 14 is under
    # the 12 of 18 (66.7 %) of good, above the 9 of 18 of fair; no range, one class.
    (partial,) = [
        s
        for s in agency_scores(
            start=Q4[0],
            end=Q4[1],
            feedback={world.one_stop_a.pk: FeedbackHandling(due=10, on_time=8, prolonged=0)},
        )
        if s.agency_id == world.one_stop_a.pk
    ]
    assert partial.unit_points == {8: 0}
    assert (partial.total, partial.maximum, partial.left_out) == (Decimal("9.0"), 14, "5, 9")
    assert partial.class_label == str(AGENCY_CLASS_LABELS[AgencyClass.FAIR])


def test_agencies_without_ratings_leave_those_indicators_out_and_are_still_classified(
    world, one_day
):
    # Given one early dossier nobody rated, of a procedure posted but not online
    finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    # When the agencies are scored
    (score,) = agency_scores(start=Q4[0], end=Q4[1])
    # Then 3, 4 and 7 have no data: not zeros, but left out of the total
    assert score.scores[1] == Decimal("2.0") and score.scores[6] == Decimal("1.0")
    assert score.scores[3] is None and score.scores[4] is None and score.scores[7] is None
    # and 1 + 2 + 6 = 5 of 6 is classified like 15 of 18: excellent
    assert (score.total, score.maximum) == (Decimal("5.0"), 6)
    assert score.left_out == "3, 4, 5, 7, 8, 9"
    assert score.classification == AgencyClass.EXCELLENT


def test_scores_are_limited_to_the_queryset_given(world, one_day):
    agency_b = AgencyFactory(unit=world.commune_b, kind="one_stop")
    finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    finish(receive(world, one_day, at(10, 6), agency=agency_b), world.head_b, at(10, 6, 15))
    only_b = Dossier.objects.filter(unit=world.commune_b)
    assert [s.agency_id for s in agency_scores(start=Q4[0], end=Q4[1], queryset=only_b)] == [
        agency_b.pk
    ]
    assert [r.key for r in on_time_rates(start=Q4[0], end=Q4[1], by="unit", queryset=only_b)] == [
        world.commune_b.pk
    ]


@pytest.mark.parametrize(
    "points",
    [[2, 1], [2, 1, 0, 0], [1, 1, 0], [2, 2, 2, 1, 0, 0, 0, 1], [0], [1, 2, 2, 2, 2, 2, 2, 2]],
)
def test_the_sql_means_round_like_the_scoring_module(world, one_day, points):
    # Each point of indicator 1 is one dossier: 2 early, 1 on time, 0 late
    finish_on = {2: at(10, 6, 15), 1: at(10, 7), 0: at(10, 9)}
    for p in points:
        finish(receive(world, one_day, at(10, 6)), world.counter_a, finish_on[p])
    (score,) = official_scores(start=Q4[0], end=Q4[1])
    expected = mean_scores([DossierPoints({1: p}) for p in points])[1]
    assert score.scores[1] == expected


# Postings (Decree 61/2018 Art. 10: 6 to 24 months) -----------------------------------


def test_months_are_added_with_the_day_clamped_to_the_month():
    assert months_after(dt.date(2024, 1, 31), 1) == dt.date(2024, 2, 29)
    assert months_after(dt.date(2023, 11, 15), 24) == dt.date(2025, 11, 15)
    assert posting_limit(dt.date(2024, 1, 1)) == dt.date(2025, 12, 31)


def test_postings_near_or_past_24_months_are_warned_and_short_ones_noted(world):
    on = dt.date(2026, 1, 20)

    def post(start: dt.date, end: dt.date | None = None) -> Posting:
        return Posting.objects.create(
            user=UserFactory(), agency=world.one_stop_a, started_on=start, ended_on=end
        )

    overdue = post(dt.date(2024, 1, 10))  # 24 months ended on 9 Jan 2026
    soon = post(dt.date(2024, 3, 15))  # ends on 14 Mar 2026, within 60 days
    post(dt.date(2024, 4, 1))  # ends on 31 Mar 2026, 70 days away
    post(dt.date(2023, 1, 1), dt.date(2024, 12, 31))  # ended long ago after 24 months
    short = post(dt.date(2025, 6, 1), dt.date(2025, 10, 31))  # 5 months
    post(dt.date(2025, 1, 1), dt.date(2025, 6, 30))  # exactly 6 months
    post(dt.date(2024, 1, 1), dt.date(2024, 3, 1))  # short, but over a year ago

    warnings = posting_warnings(on=on)

    assert [(w.posting, w.kind) for w in warnings] == [
        (overdue, "overdue"),
        (soon, "ends_soon"),
        (short, "short"),
    ]
    assert warnings[0].limit_on == dt.date(2026, 1, 9)
    assert warnings[1].limit_on == dt.date(2026, 3, 14)
    assert [w.posting for w in posting_warnings(on=on, within_days=80)][:3] == [
        overdue,
        soon,
        Posting.objects.get(started_on=dt.date(2024, 4, 1)),
    ]


def test_a_substantiated_complaint_about_conduct_takes_indicator_7_to_zero(world, one_day):
    # An early dossier rated courteous: 2 points for attitude ...
    early = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    rate(early, "none", "none", "courteous")
    [before] = official_scores(start=Q4[0], end=Q4[1])
    assert before.scores[7] == Decimal("2.0")
    # ... but a substantiated complaint about the officials (from feedback) makes it 0.
    [after] = official_scores(start=Q4[0], end=Q4[1], complained=[early.code])
    assert after.scores[7] == Decimal("0.0")
    [agency] = agency_scores(start=Q4[0], end=Q4[1], complained=[early.code])
    assert agency.scores[7] == Decimal("0.0")


def test_a_rating_reporting_harassment_is_not_a_substantiated_complaint(world, one_day):
    # Given an early dossier whose applicant reports harassment in the rating, and no
    # complaint about it found true after checking
    early = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    rate(early, "none", "none", "harassing")
    # When the officials and agencies are scored
    (official,) = official_scores(start=Q4[0], end=Q4[1])
    (agency,) = agency_scores(start=Q4[0], end=Q4[1])
    # Then indicator 7 follows the timeliness (early: 2), and the report is shown apart
    assert official.scores[7] == Decimal("2.0") and agency.scores[7] == Decimal("2.0")
    assert official.harassment_reported == 1
    # Once a complaint about the dossier is substantiated, it takes 0 points
    (checked,) = official_scores(start=Q4[0], end=Q4[1], complained=[early.code])
    assert checked.scores[7] == Decimal("0.0")


@pytest.fixture
def land_officer(world, land_office):
    return UserFactory(username="dia_chinh", first_name="Cường", last_name="Phạm Văn")


def test_officials_who_process_and_return_dossiers_are_scored_too(
    world, one_day, land_office, land_officer
):
    specialist = UserFactory(username="chuyen_vien")
    returner = UserFactory(username="tra_ket_qua")
    # Given X, received by counter_a, processed and resolved early by a specialist,
    # returned by another officer, and rated best
    x = receive(world, one_day, at(10, 6))
    dossier_transition(dossier=x, actor=specialist, to=State.PROCESSING, at=at(10, 6, 10))
    dossier_transition(dossier=x, actor=specialist, to=State.RESOLVED, at=at(10, 6, 15))
    rate(x, "none", "none", "courteous", satisfaction=5)
    dossier_return(dossier=x, actor=returner, at=at(10, 7, 9))
    # and Y, received by counter_a and passed to the land office, whose officer receives it
    # (due 7 Oct) and hands it back late on 8 Oct; resolved early on 8 Oct, not rated
    three_days = procedure_make("1.000003", "Cấp giấy phép", time_limit_value=3)
    y = receive(world, three_days, at(10, 6))
    dossier_steps_plan(
        dossier=y,
        actor=world.counter_a,
        steps=[(land_office, "Thẩm định", 1), (world.one_stop_a, "Trả kết quả", 1)],
    )
    dossier_hand_over(dossier=y, actor=world.counter_a, receiver=land_officer, at=at(10, 6, 10))
    dossier_hand_over(dossier=y, actor=land_officer, at=at(10, 8, 9))
    dossier_hand_over(dossier=y, actor=world.counter_a, at=at(10, 8, 14))
    finish(y, world.counter_a, at(10, 8, 15))

    # When the officials are scored
    scores = {s.user_id: s for s in official_scores(start=Q4[0], end=Q4[1])}

    # Then everyone who received, processed or returned a dossier has a score
    assert set(scores) == {world.counter_a.pk, specialist.pk, returner.pk, land_officer.pk}
    counter = scores[world.counter_a.pk]
    # counter_a received both and processed Y (planned and handed it over): each dossier
    # counts once. 1: (2+2)/2; 2: X alone 2, Y's worst step 0; 3, 4, 7 from X's rating
    assert (counter.dossiers, counter.received, counter.processed, counter.returned) == (
        2,
        2,
        1,
        0,
    )
    assert counter.cells == [Decimal(v) for v in ("2.0", "1.0", "2.0", "2.0", "2.0")]
    assert (counter.total, counter.maximum) == (Decimal("9.0"), 10)
    assert counter.classification == OfficialClass.FULL
    assert scores[specialist.pk].processed == 1 and scores[specialist.pk].received == 0
    assert scores[specialist.pk].total == Decimal("10.0")
    assert (scores[returner.pk].dossiers, scores[returner.pk].returned) == (1, 1)
    # The land officer received the step and handed it over: one dossier, one part
    land = scores[land_officer.pk]
    assert (land.dossiers, land.processed, land.label) == (1, 1, "Phạm Văn Cường")
    assert land.cells == [Decimal("2.0"), Decimal("0.0"), None, None, None]
    assert (land.total, land.maximum, land.left_out) == (Decimal("2.0"), 4, "3, 4, 7")
    # The staff measures: both of counter_a's dossiers early, one rating of 5
    assert counter.on_time_rate == Decimal("100.0")
    assert (counter.rated, counter.satisfaction_rate) == (1, Decimal("100.0"))
    assert land.satisfaction_rate is None


def test_fields_are_scored_with_every_agency_step_of_their_dossiers(world, one_day, land_office):
    # Given a certification dossier (field "Chứng thực") finished early and rated, alone
    x = finish(receive(world, one_day, at(10, 6)), world.counter_a, at(10, 6, 15))
    rate(x, "once", "one_stop", "acceptable")
    # and a land dossier (field "Đất đai", posted and online) through the land office (late)
    # and back to the one-stop unit (early), resolved early and not rated
    land_procedure = procedure_make(
        "1.000004",
        "Đăng ký biến động đất đai",
        field="Đất đai",
        time_limit_value=3,
        published_on=dt.date(2025, 1, 2),
    )
    y = receive(world, land_procedure, at(10, 6))
    dossier_steps_plan(
        dossier=y,
        actor=world.counter_a,
        steps=[(land_office, "Thẩm định", 1), (world.one_stop_a, "Trả kết quả", 1)],
    )
    dossier_hand_over(dossier=y, actor=world.counter_a, at=at(10, 6, 10))
    dossier_hand_over(dossier=y, actor=world.counter_a, at=at(10, 8, 9))
    dossier_hand_over(dossier=y, actor=world.counter_a, at=at(10, 8, 14))
    finish(y, world.counter_a, at(10, 8, 15))

    # When the fields are scored
    fields = {s.label: s for s in field_scores(start=Q4[0], end=Q4[1])}

    # Then each field has its own row
    assert set(fields) == {"Chứng thực", "Đất đai"}
    certification = fields["Chứng thực"]
    # 1 early 2; 2 alone 2; 3 once 1; 4 one-stop only 1; 6 posted, not online 1; 7 early 2
    assert certification.cells == [Decimal(v) for v in ("2.0", "2.0", "1.0", "1.0", "1.0", "2.0")]
    assert (certification.total, certification.maximum) == (Decimal("9.0"), 12)
    assert certification.classification == AgencyClass.GOOD
    land = fields["Đất đai"]
    # 2 counts both agencies' steps, the late one (0) and the early one (2)
    assert land.dossiers == 1 and land.scores[2] == Decimal("1.0")
    assert land.cells == [Decimal("2.0"), Decimal("1.0"), None, None, Decimal("2.0"), None]
    # 5 of 6 is excellent, as 15 of 18; indicators 3, 4, 7 are left out
    assert (land.total, land.maximum, land.left_out) == (Decimal("5.0"), 6, "3, 4, 7")
    assert land.classification == AgencyClass.EXCELLENT
    # The page's all-at-once computation gives the same
    assert evaluation_scores(start=Q4[0], end=Q4[1]).fields == field_scores(start=Q4[0], end=Q4[1])


Q3 = evaluation_period(2025, 3)


def test_dossiers_received_before_and_after_1_july_2025_are_scored_apart(world, one_day):
    # Given, in Q3 2025, a dossier received on Monday 30 June (Circular 01) and finished on
    # its due date, 1 July
    june = receive(world, one_day, at(6, 30))
    assert june.rule_set == RuleSet.D61_2018 and june.due_date == dt.date(2025, 7, 1)
    finish(june, world.counter_a, at(7, 1, 10))
    # and two received on Tuesday 1 July (Circular 03): one early rated 5, one late rated 2
    early = finish(receive(world, one_day, at(7, 1)), world.counter_a, at(7, 1, 15))
    rate(early, "none", "none", "courteous", satisfaction=5)
    late = finish(receive(world, one_day, at(7, 1)), world.counter_a, at(7, 4))
    rate(late, "more", "more", "acceptable", satisfaction=2)
    assert late.rule_set == RuleSet.D118_2025

    # When the quarter is scored
    scores = evaluation_scores(start=Q3[0], end=Q3[1])

    # Then the officer has one row per rule set, Circular 01's first
    before, after = scores.officials or []
    assert (before.rule_set, before.in_force, before.dossiers) == (RuleSet.D61_2018, True, 1)
    assert (after.rule_set, after.in_force, after.dossiers) == (RuleSet.D118_2025, False, 2)
    assert before.scores[1] == Decimal("1.0") and after.scores[1] == Decimal("1.0")
    # the staff measures of the later dossiers: 1 of 2 on time, 1 of 2 ratings satisfied
    assert after.on_time_rate == Decimal("50.0") and after.satisfaction_rate == Decimal("50.0")
    # the agency and the field are split the same way
    assert [(s.rule_set, s.dossiers) for s in scores.agencies] == [
        (RuleSet.D61_2018, 1),
        (RuleSet.D118_2025, 2),
    ]
    assert [s.rule_set for s in scores.fields] == [RuleSet.D61_2018, RuleSet.D118_2025]
    # and the parts shown on the page say which rules they follow
    parts = scores.by_rule_set()
    assert [(p.rule_set, p.in_force) for p in parts] == [
        (RuleSet.D61_2018, True),
        (RuleSet.D118_2025, False),
    ]
    assert parts[1].officials == [after] and parts[0].agencies == [scores.agencies[0]]
    assert before.rules != after.rules
