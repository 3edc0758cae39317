"""The survey staff pages read as an officer expects (names, not keys; dd/mm/yyyy; the sample
and its response rate) and each list costs the same few queries however long it is."""

from __future__ import annotations

import datetime as dt
import io

import pytest
import time_machine

from motcua.orgs.access import access_for
from motcua.orgs.models import UnitSuccession
from motcua.orgs.tests.factories import PASSWORD, UnitFactory
from motcua.surveys.models import Campaign, PaperSheet
from motcua.surveys.sampling import campaign_unit_ids
from motcua.surveys.selectors import (
    campaign_invitations_overview,
    campaign_list_for,
    campaign_reaches,
    campaign_results_page,
    campaign_sample_facts,
    paper_mismatch_rows,
    questionnaire_rows,
)
from motcua.surveys.tests.factories import exit_campaign, invitations_make


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


@pytest.fixture
def campaigns(world):
    """Three quarterly campaigns over the province, with answers and four invitations per
    commune (one answered, one sent by SMS)."""
    quarters = [
        ("q3-2025", dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
        ("q4-2025", dt.date(2025, 10, 1), dt.date(2025, 12, 31)),
        ("q1-2026", dt.date(2026, 1, 1), dt.date(2026, 3, 31)),
    ]
    made = [
        exit_campaign(world, slug=slug, starts_on=start, ends_on=end)
        for slug, start, end in quarters
    ]
    for campaign in made:
        invitations_make(campaign)
    return made


# Query counts -----------------------------------------------------------------------------


def test_the_campaign_list_selector_costs_five_queries_for_any_number(
    world, campaigns, django_assert_num_queries
):
    access = access_for(world.counter_a)
    with django_assert_num_queries(5):
        rows = campaign_list_for(access)
    assert [r.campaign.slug for r in rows] == ["q1-2026", "q4-2025", "q3-2025"]
    # Commune A's counter officer counts commune A's invitations and sheets only.
    assert {(r.invited, r.answered, r.responses) for r in rows} == {(4, 1, 30)}
    assert rows[0].response_rate == 25.0


def test_the_campaign_list_page_does_not_grow_with_the_campaigns(
    client, world, campaigns, django_assert_num_queries
):
    login(client, world.coordinator)
    with django_assert_num_queries(13):
        page = client.get("/staff/surveys/").content.decode()
    assert page.count("/results/") == 3


def test_the_questionnaire_list_costs_two_queries(world, campaigns, django_assert_num_queries):
    with django_assert_num_queries(2):
        rows = questionnaire_rows()
    assert [(r.title, [v.number for v in r.versions]) for r in rows] == [
        ("Phiếu lấy ý kiến khi nhận kết quả", [1])
    ]


def test_the_questionnaire_list_page(client, world, campaigns, django_assert_num_queries):
    login(client, world.coordinator)
    with django_assert_num_queries(10):
        page = client.get("/staff/questionnaires/").content.decode()
    assert "Phiếu lấy ý kiến khi nhận kết quả" in page and ">v1<" not in page


def test_the_invitations_overview_costs_two_queries(world, campaigns, django_assert_num_queries):
    campaign = Campaign.objects.prefetch_related("units").get(slug="q1-2026")
    access = access_for(world.coordinator)
    with django_assert_num_queries(2):  # the campaign's units are prefetched
        overview = campaign_invitations_overview(access, campaign, may_manage=True, reminder_days=7)
    assert [(s.label, s.invited, s.answered, s.sms_sent) for s in overview.strata] == [
        ("Xã A", 4, 1, 1),
        ("Xã B", 4, 1, 1),
    ]
    assert (overview.sample_size, overview.invited, overview.response_rate) == (50, 8, 25.0)


def test_the_invitations_page(client, world, campaigns, django_assert_num_queries):
    login(client, world.coordinator)
    with django_assert_num_queries(12):
        page = client.get("/staff/surveys/q1-2026/invitations/").content.decode()
    # Strata are named by their unit, never by their key.
    assert "<tr><td>Xã A</td>" in page and "<tr><td>Xã B</td>" in page


def test_the_results_page_reads_each_figure_once(
    client, world, campaigns, django_assert_num_queries
):
    login(client, world.coordinator)
    with django_assert_num_queries(29):  # the trend reads each earlier campaign (at most 7)
        response = client.get("/staff/surveys/q1-2026/results/")
    # The sample behind the figures: 50 dossiers sampled of 400, 8 invitations handed out.
    sample = response.context["page"].sample
    assert (sample.population, sample.sample_size, sample.invited) == (400, 50, 8)
    page = response.content.decode()
    assert "400" in page and "None" not in page and "exit v1" not in page


def test_the_sample_facts_cost_three_queries(world, campaigns, django_assert_num_queries):
    campaign = Campaign.objects.get(slug="q1-2026")
    with django_assert_num_queries(3):
        facts = campaign_sample_facts(campaign, unit_ids={world.commune_a.pk})
    assert (facts.population, facts.sample_size, facts.invited) == (200, 30, 4)
    assert (facts.answered_online, facts.responses, facts.response_rate) == (1, 30, 100.0)


def test_the_results_page_selector_names_every_row(world, campaigns):
    page = campaign_results_page(Campaign.objects.get(slug="q1-2026"), unit_ids=None)
    assert [r.label for r in page.trend] == [c.title for c in campaigns]
    assert all(i.element == "Ý kiến về hồ sơ vừa giải quyết" for i in page.items)
    assert page.overall is not None and page.overall.value == 71.9


def test_the_mismatch_list_costs_three_queries(world, campaigns, django_assert_num_queries):
    campaign = Campaign.objects.get(slug="q1-2026")
    for typing, time in [(1, "4"), (2, "2")]:
        PaperSheet.objects.create(
            campaign=campaign,
            unit=world.commune_a,
            batch="L1",
            sheet="007",
            typing=typing,
            entered_by=world.counter_a,
            answers={"overall": "4", "time": time},
        )
    access = access_for(world.coordinator)
    with django_assert_num_queries(3):
        rows = paper_mismatch_rows(access, campaign)
    assert [(d.question, d.first, d.second) for d in rows[0].differences] == [
        ("3. Thời gian giải quyết", "4", "2")
    ]
    assert rows[0].unit == "Xã A"


# The reach of a campaign -------------------------------------------------------------------


def test_the_reach_of_many_campaigns_is_that_of_each(world, campaigns, django_assert_num_queries):
    """The bulk rule agrees with `campaign_unit_ids`, history and closed units included."""
    old = UnitFactory(
        kind="commune",
        code="23999",
        name="Xã Cũ",
        parent=world.province,
        valid_to=dt.date(2025, 6, 30),
    )
    UnitSuccession.objects.create(
        predecessor=old, successor=world.commune_a, effective_on=dt.date(2025, 7, 1)
    )
    chosen = list(Campaign.objects.prefetch_related("units"))
    with django_assert_num_queries(2):
        reaches = campaign_reaches(chosen)
    for campaign in chosen:
        assert reaches[campaign.pk] == campaign_unit_ids(campaign)
    assert old.pk in reaches[campaigns[2].pk]


# Wording -----------------------------------------------------------------------------------


def test_the_campaign_list_names_the_questionnaire_not_its_key(client, world, campaigns):
    login(client, world.coordinator)
    page = client.get("/staff/surveys/").content.decode()
    assert "exit v1" not in page and "Phiếu lấy ý kiến khi nhận kết quả" in page
    assert "01/01/2026 – 31/03/2026" in page and "None" not in page


def test_the_raw_answers_are_headed_by_the_questions(client, world, campaigns):
    login(client, world.coordinator)
    raw = client.get("/staff/surveys/q1-2026/answers.csv").content.decode("utf-8-sig")
    header = raw.splitlines()[0]
    assert "1. Mức độ hài lòng chung" in header and "overall" not in header
    assert "submitted_on" not in header and "web" not in raw


@time_machine.travel(dt.datetime(2025, 8, 20, 9, 0, tzinfo=dt.UTC))
def test_a_new_campaign_starts_from_the_organisers_unit_and_the_quarter(client, world, campaigns):
    login(client, world.head_b)
    form = client.get("/staff/surveys/new/").context["form"]
    assert form.initial["units"] == [world.commune_b.pk]
    assert (form.initial["starts_on"], form.initial["ends_on"]) == (
        dt.date(2025, 7, 1),
        dt.date(2025, 8, 20),
    )
    assert "III/2025" in form.initial["title"] and "Xã B" in form.initial["title"]
    assert form.initial["slug"] == "khao-sat-2025-q3-23002"
    assert form.initial["version"] == campaigns[0].version.pk
    page = client.get("/staff/surveys/new/").content.decode()
    assert 'value="01/07/2025"' in page and "exit v1" not in page


def test_the_coordinator_starts_from_the_province(client, world, campaigns):
    login(client, world.coordinator)
    form = client.get("/staff/surveys/new/").context["form"]
    assert form.initial["units"] == [world.province.pk]


# The report --------------------------------------------------------------------------------


def test_the_report_gives_the_sample_and_draws_its_charts_as_pictures(client, world, campaigns):
    import docx

    login(client, world.coordinator)
    content = client.get("/staff/surveys/q1-2026/report.docx").content
    document = docx.Document(io.BytesIO(content))
    text = "\n".join(p.text for p in document.paragraphs)
    # 50 dossiers sampled of 400, 8 invitations, 50 sheets of which 2 on line: 100 per cent.
    assert "50" in text and "400" in text and "100,0 %" in text
    sample = next(t for t in document.tables if len(t.rows) == 2 and len(t.columns) == 4)
    assert [c.text for c in sample.rows[1].cells] == ["50", "8", "50", "100,0 %"]
    # Trend, elements, items and units: four PNG pictures, and no bar of text characters.
    pictures = [
        part
        for part in document.part.package.parts
        if part.content_type == "image/png" and part.blob.startswith(b"\x89PNG")
    ]
    assert len(document.inline_shapes) == 4 and len(pictures) == 4
    assert "█" not in text and not any(
        "█" in c.text for t in document.tables for r in t.rows for c in r.cells
    )


def test_the_questionnaire_page_names_its_version_and_languages(client, world, campaigns):
    login(client, world.coordinator)
    page = client.get("/staff/questionnaires/exit/v1/").content.decode()
    assert "Phiếu lấy ý kiến khi nhận kết quả" in page and "exit v1" not in page
    assert "(vi)</th>" in page and "English (en)</th>" in page
