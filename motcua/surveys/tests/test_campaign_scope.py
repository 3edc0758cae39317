"""Who sees a survey campaign when communes came from one historic district: history widens
the answers a commune reads (those of the units it took over), never the campaigns it sees.

Commune A and commune B were both formed on 1 July 2025 out of the district Huyện Cũ, so the
district is a historic unit of each. A campaign over commune B alone concerns commune B only:
commune A's head must not see it, not even through the district both came from."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.orgs.access import access_for
from motcua.orgs.models import Role, UnitSuccession
from motcua.orgs.tests.factories import PASSWORD, MembershipFactory, UnitFactory, UserFactory
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Response, Stratum
from motcua.surveys.sampling import campaign_unit_ids
from motcua.surveys.selectors import (
    campaign_for,
    campaign_list_for,
    campaign_reaches,
    campaign_scopes,
)
from motcua.surveys.tests.factories import exit_campaign, invitations_make

MERGED = dt.date(2025, 7, 1)


@pytest.fixture
def district(world):
    """The district that communes A and B both came from."""
    old = UnitFactory(
        kind="district",
        code="230",
        name="Huyện Cũ",
        parent=world.province,
        valid_to=MERGED - dt.timedelta(days=1),
    )
    for commune in (world.commune_a, world.commune_b):
        UnitSuccession.objects.create(predecessor=old, successor=commune, effective_on=MERGED)
    return old


@pytest.fixture
def head_a(world):
    user = UserFactory(username="head_a")
    MembershipFactory(user=user, role=Role.UNIT_HEAD, unit=world.commune_a)
    return user


def _campaign_of(unit, version, *, slug: str, answers_in=()) -> Campaign:
    """A campaign over `unit` alone, open, with one stratum and three answers in each of
    `answers_in` (the unit itself, or a historic unit it took over)."""
    campaign = Campaign.objects.create(
        slug=slug,
        title=f"Khảo sát riêng {unit.name}",
        version=version,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        status=CampaignStatus.OPEN,
    )
    campaign.units.add(unit)
    for place in answers_in or [unit]:
        stratum = Stratum.objects.create(
            campaign=campaign, key=str(place.pk), unit=place, population=50, sample_size=3
        )
        Response.objects.bulk_create(
            Response(
                campaign=campaign,
                version=version,
                stratum=stratum,
                unit=place,
                channel="web",
                submitted_on=dt.date(2025, 3, 1),
                client_key=f"{slug}-{place.code}-{n}",
                answers={"overall": "4", "officials": "4", "time": "4"},
            )
            for n in range(3)
        )
    invitations_make(campaign)
    return campaign


@pytest.fixture
def campaigns(world, district):
    """The province's campaign; one over commune B alone, with answers of commune B and of
    the district; and one over the district itself, from before the reorganisation."""
    province = exit_campaign(world, slug="province-2025")
    version = province.version
    only_b = _campaign_of(
        world.commune_b, version, slug="only-b", answers_in=[world.commune_b, district]
    )
    old = _campaign_of(district, version, slug="district-2024")
    old.starts_on, old.ends_on = dt.date(2024, 1, 1), dt.date(2024, 12, 31)
    old.save(update_fields=["starts_on", "ends_on"])
    return {"province": province, "only_b": only_b, "district": old}


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_a_campaign_of_another_commune_stays_hidden_through_a_shared_district(
    world, head_a, campaigns
):
    access = access_for(head_a)
    assert campaigns["province"].pk in {r.campaign.pk for r in campaign_list_for(access)}
    assert campaign_for(access, "only-b") is None
    assert "only-b" not in {r.campaign.slug for r in campaign_list_for(access)}
    # Commune B's own head sees it, answers of the district included.
    assert campaign_for(access_for(world.head_b), "only-b") is not None


@pytest.mark.parametrize(
    "page",
    [
        "invitations/",
        "results/",
        "results/?format=csv",
        "report.docx",
        "answers.csv",
        "answers.xlsx",
        "paper/",
        "paper/mismatches/",
    ],
)
def test_commune_a_opens_no_page_of_commune_bs_campaign(client, head_a, campaigns, page):
    login(client, head_a)
    assert client.get(f"/staff/surveys/only-b/{page}").status_code == 404
    assert "only-b" not in client.get("/staff/surveys/").content.decode()


def test_cards_and_sms_of_commune_bs_campaign_stay_closed(client, head_a, campaigns):
    login(client, head_a)
    stratum = campaigns["only_b"].strata.first()
    for page in ("cards/", "sms.xlsx"):
        url = f"/staff/surveys/only-b/{page}"
        assert client.get(url, {"stratum": stratum.pk}).status_code == 404


def test_a_campaign_of_the_historic_district_is_read_by_each_of_its_successors(
    world, head_a, campaigns
):
    """The district's records are history of both communes: each head reads them."""
    for user in (head_a, world.head_b):
        assert campaign_for(access_for(user), "district-2024") is not None


def test_history_widens_the_answers_of_a_province_campaign_not_the_campaigns(
    client, world, head_a, campaigns, district
):
    """In a province-wide campaign commune A's head reads commune A's answers and those of
    the district it took over, never commune B's."""
    province = campaigns["province"]
    Response.objects.create(
        campaign=province,
        version=province.version,
        unit=district,
        channel="paper",
        submitted_on=dt.date(2025, 3, 1),
        client_key="province-district-1",
        answers={"overall": "1", "officials": "1", "time": "1"},
    )
    login(client, head_a)
    rows = client.get("/staff/surveys/province-2025/answers.csv").content.decode().splitlines()
    # Commune A's 30 sheets and the district's one; commune B's 20 are not there.
    assert len(rows) == 1 + 30 + 1


def test_cards_of_a_stratum_without_a_unit_are_for_those_who_send_every_unit(
    client, world, head_a, campaigns
):
    """A province stratum by channel holds commune B's invitations too: commune A's head sees
    its counts but does not print its codes."""
    province = campaigns["province"]
    stratum = Stratum.objects.create(
        campaign=province, key="*|*|web", channel="web", population=10, sample_size=4
    )
    Invitation.objects.create(campaign=province, stratum=stratum, token="WEBB234567")
    login(client, head_a)
    assert client.get("/staff/surveys/province-2025/invitations/").status_code == 200
    cards = client.get("/staff/surveys/province-2025/cards/", {"stratum": stratum.pk})
    assert cards.status_code == 403
    login(client, world.coordinator)
    cards = client.get("/staff/surveys/province-2025/cards/", {"stratum": stratum.pk})
    assert cards.status_code == 200 and "WEBB234567" in cards.content.decode()


def test_the_scope_of_a_campaign_is_its_reach_without_history(world, district, campaigns):
    chosen = list(Campaign.objects.prefetch_related("units"))
    scopes, reaches = campaign_scopes(chosen), campaign_reaches(chosen)
    for campaign in chosen:
        assert reaches[campaign.pk] == campaign_unit_ids(campaign)
        assert scopes[campaign.pk] <= reaches[campaign.pk]
    only_b = campaigns["only_b"].pk
    assert scopes[only_b] == {world.commune_b.pk}
    assert reaches[only_b] == {world.commune_b.pk, district.pk}


def test_a_campaign_with_a_single_answer_shows_its_pages(client, world, head_a, campaigns):
    """One answer gives no rate and no variance: the pages say so instead of failing."""
    version = campaigns["province"].version
    _campaign_of(world.commune_a, version, slug="only-a")
    Response.objects.filter(campaign__slug="only-a").exclude(
        pk=Response.objects.filter(campaign__slug="only-a").order_by("pk").first().pk
    ).delete()
    login(client, head_a)
    for page in ("results/", "results/?format=xlsx", "report.docx", "answers.csv"):
        assert client.get(f"/staff/surveys/only-a/{page}").status_code == 200
