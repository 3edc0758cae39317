"""One campaign figure everywhere: the design-based estimate, the stored results that follow
the answers, and what the indicator board reads from them."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.surveys.collection import response_submit
from motcua.surveys.models import (
    Campaign,
    CampaignResult,
    CampaignStatus,
    Invitation,
    Response,
)
from motcua.surveys.paper import paper_sheet_enter
from motcua.surveys.results import METHOD, campaign_estimate, campaign_results
from motcua.surveys.selectors import survey_index_for, survey_indices_for
from motcua.surveys.services import campaign_results_refresh, campaign_set_status
from motcua.surveys.stats import Design, estimate
from motcua.surveys.tests.factories import exit_campaign

pytestmark = pytest.mark.django_db

YEAR = {"start": dt.date(2025, 1, 1), "end": dt.date(2025, 12, 31)}


@pytest.fixture
def campaign(world):
    return exit_campaign(world)


def stored(campaign, unit=None):
    return CampaignResult.objects.get(campaign=campaign, unit=unit)


# --- the estimate ---------------------------------------------------------------------------


def test_the_index_weighs_each_commune_by_the_dossiers_it_stands_for(campaign):
    found = campaign_estimate(campaign)
    assert found.responses == 50
    assert found.overall == pytest.approx((1 + 0.5 + (200 * 20 / 30 + 200 * 13 / 20) / 400) / 3)
    assert round(found.overall * 100, 1) == 71.9  # counting sheets would give 75.3
    assert found.index is not None
    assert found.index.ci_low < found.overall < found.index.ci_high
    shares = {i.name: i.share.estimate for i in found.items if i.share}
    assert shares["officials"] == pytest.approx(0.5)
    assert [e.name for e in found.elements] == ["exit"]


def test_with_every_item_answered_the_index_is_the_weighted_mean_of_each_sheets_score(campaign):
    rows = list(campaign.responses.order_by("pk").select_related("stratum"))
    scores = [
        sum(r.answers[n] in ("4", "5") for n in ("overall", "officials", "time")) / 3 for r in rows
    ]
    design = Design(strata=[r.stratum_id for r in rows], fpc=[r.stratum.population for r in rows])
    [expected] = estimate(scores, design)
    found = campaign_estimate(campaign).index
    assert found is not None
    assert found.estimate == pytest.approx(expected.estimate)
    assert found.se == pytest.approx(expected.se)
    assert (found.ci_low, found.ci_high) == pytest.approx((expected.ci_low, expected.ci_high))


def test_a_units_figure_is_a_domain_of_the_campaigns_design(world, campaign):
    a = campaign_estimate(campaign, unit_ids=[world.commune_a.pk])
    b = campaign_estimate(campaign, unit_ids=[world.commune_b.pk])
    assert (a.responses, b.responses) == (30, 20)
    assert a.overall == pytest.approx((1 + 1 + 20 / 30) / 3)
    assert b.overall == pytest.approx((1 + 0 + 13 / 20) / 3)
    # The same number on the page's ranking of units.
    ranked = {g.key: g.overall for g in campaign_results(campaign).by_unit}
    assert ranked == {world.commune_a.pk: a.overall, world.commune_b.pk: b.overall}


def test_an_item_with_too_few_answers_leaves_the_index(world, campaign):
    Response.objects.filter(unit=world.commune_b).delete()
    for response in campaign.responses.order_by("pk")[5:]:
        del response.answers["officials"]
        response.save(update_fields=["answers"])
    found = campaign_estimate(campaign)
    officials = next(i for i in found.items if i.name == "officials")
    assert officials.share is None and officials.answers == 5
    assert found.overall == pytest.approx((1 + 20 / 30) / 2)


# --- the stored results ---------------------------------------------------------------------


def test_refreshing_stores_the_campaign_and_each_unit_with_answers(world, campaign):
    rows = campaign_results_refresh(campaign=campaign)
    assert {row.unit_id for row in rows} == {
        None,
        world.province.pk,
        world.commune_a.pk,
        world.commune_b.pk,
    }
    found = campaign_estimate(campaign)
    assert found.index is not None
    whole = stored(campaign)
    assert (whole.index, whole.ci_low, whole.ci_high, whole.n_answers) == (
        pytest.approx(found.index.estimate),
        pytest.approx(found.index.ci_low),
        pytest.approx(found.index.ci_high),
        50,
    )
    assert stored(campaign, world.province).index == pytest.approx(whole.index)
    assert stored(campaign, world.commune_b).index == pytest.approx(0.55)
    assert stored(campaign, world.commune_b).n_answers == 20
    officials = next(i for i in whole.items if i["code"] == "officials")
    assert officials["rate"] == pytest.approx(0.5) and officials["n"] == 50
    # Every commune answered officials one way only: no sampling error is left.
    assert officials["ci"] == pytest.approx([0.5, 0.5])
    time = next(i for i in whole.items if i["code"] == "time")
    assert time["ci"][0] < time["rate"] < time["ci"][1]
    assert whole.method == METHOD and whole.answers_seen == 50


def test_refreshing_current_results_costs_two_queries(campaign, django_assert_num_queries):
    campaign_results_refresh(campaign=campaign)
    with django_assert_num_queries(2):
        campaign_results_refresh(campaign=campaign)


def test_an_answer_submitted_from_a_phone_updates_the_stored_result(
    world, campaign, django_capture_on_commit_callbacks
):
    campaign_results_refresh(campaign=campaign)
    before = stored(campaign).index
    invitation = Invitation.objects.create(
        campaign=campaign, stratum=campaign.strata.get(unit=world.commune_b), token="ABCDE23456"
    )
    # Nothing is computed while the sheet's transaction is open: the refresh runs once it
    # commits (here at once, in tests; a `db_worker` in production).
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response_submit(
            invitation=invitation,
            answers={"overall": "1", "officials": "1", "time": "1"},
            language="vi",
            client_key="phone-1",
        )
        assert stored(campaign).n_answers == 50
    assert len(callbacks) == 1
    after = stored(campaign)
    assert after.n_answers == 51 and after.answers_seen == 51
    assert after.index < before
    assert after.index == pytest.approx(campaign_estimate(campaign).overall)
    assert stored(campaign, world.commune_b).n_answers == 21


def test_a_paper_sheet_updates_the_stored_result(
    world, campaign, django_capture_on_commit_callbacks
):
    campaign_results_refresh(campaign=campaign)
    with django_capture_on_commit_callbacks(execute=True):
        paper_sheet_enter(
            campaign=campaign,
            unit=world.commune_a,
            batch="L01",
            sheet="001",
            answers={"overall": "5", "officials": "5", "time": "5"},
            actor=world.counter_a,
        )
    assert stored(campaign).n_answers == 51
    assert stored(campaign, world.commune_a).n_answers == 31


def test_closing_a_campaign_stores_its_final_results_at_once(campaign):
    assert not CampaignResult.objects.exists()
    campaign_set_status(campaign=campaign, status=CampaignStatus.CLOSED)
    assert stored(campaign).n_answers == 50


def test_a_campaign_without_answers_keeps_no_result(campaign):
    campaign_results_refresh(campaign=campaign)
    Response.objects.filter(campaign=campaign).delete()
    assert campaign_results_refresh(campaign=campaign) == []
    assert not CampaignResult.objects.filter(campaign=campaign).exists()


def test_results_of_another_method_are_computed_again(campaign, django_assert_num_queries):
    campaign_results_refresh(campaign=campaign)
    CampaignResult.objects.update(method="older", index=0.1, ci_low=0.0, ci_high=0.2)
    campaign_results_refresh(campaign=campaign)
    assert stored(campaign).index == pytest.approx(campaign_estimate(campaign).overall)


# --- what the indicator board reads ---------------------------------------------------------


def test_a_commune_has_its_figure_from_a_campaign_set_up_for_the_province(world, campaign):
    campaign_results_refresh(campaign=campaign)
    found = survey_indices_for([world.province.pk, world.commune_a.pk, world.commune_b.pk], **YEAR)
    assert found[world.province.pk].index == pytest.approx(stored(campaign).index)
    assert found[world.commune_a.pk].index == pytest.approx((1 + 1 + 20 / 30) / 3)
    assert found[world.commune_b.pk].n == 20
    assert found[world.commune_a.pk].campaign == campaign
    assert not found[world.commune_a.pk].stale and not found[world.commune_a.pk].final


def test_the_board_reads_two_queries_whatever_the_number_of_units(
    world, campaign, django_assert_num_queries
):
    campaign_results_refresh(campaign=campaign)
    with django_assert_num_queries(2):
        survey_indices_for([world.province.pk, world.commune_a.pk, world.commune_b.pk], **YEAR)


def test_a_closed_campaign_comes_before_an_open_one_then_the_latest(world, campaign):
    campaign_results_refresh(campaign=campaign)
    later = exit_campaign(
        world,
        slug="exit-2025-h2",
        starts_on=dt.date(2025, 7, 1),
        ends_on=dt.date(2026, 3, 31),
        status=CampaignStatus.CLOSED,
    )
    campaign_results_refresh(campaign=later)

    def status(which, value):
        Campaign.objects.filter(pk=which.pk).update(status=value)
        return survey_index_for(world.province.pk, **YEAR).campaign

    assert survey_index_for(world.province.pk, **YEAR).campaign == later
    status(later, CampaignStatus.OPEN)
    assert status(campaign, CampaignStatus.CLOSED) == campaign  # closed, though it ends first
    assert status(campaign, CampaignStatus.OPEN) == later  # both open: the one ending last


def test_drafts_and_other_periods_give_no_figure(world, campaign):
    campaign_results_refresh(campaign=campaign)
    assert (
        survey_index_for(world.commune_a.pk, start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 31))
        is None
    )
    campaign.status = CampaignStatus.DRAFT
    campaign.save(update_fields=["status"])
    assert survey_index_for(world.commune_a.pk, **YEAR) is None
    assert survey_indices_for([], **YEAR) == {}


def test_a_figure_older_than_the_answers_says_so(world, campaign):
    campaign_results_refresh(campaign=campaign)
    Response.objects.create(
        campaign=campaign,
        version=campaign.version,
        unit=world.commune_a,
        channel="paper",
        submitted_on=dt.date(2025, 6, 1),
        client_key="late",
        answers={"overall": "1"},
    )
    found = survey_index_for(world.commune_a.pk, **YEAR)
    assert found is not None and found.stale and found.n == 30
