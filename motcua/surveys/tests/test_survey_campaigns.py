"""Organising a campaign from the staff pages: create, draw the sample, open, close."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import PASSWORD
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Questionnaire
from motcua.surveys.services import questionnaire_install_builtin

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def finished(world):
    procedure = procedure_make("1.001193", "Đăng ký khai sinh")
    for number in range(15):
        dossier = dossier_receive(
            procedure=procedure,
            agency=world.one_stop_a,
            actor=world.counter_a,
            applicant_name=f"Người {number}",
            submitted=list(procedure.components.all()),
            received_at=dt.datetime(2025, 9, 8, 9, 0, tzinfo=VN),
        )
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
        dossier_transition(
            dossier=dossier,
            actor=world.counter_a,
            to=State.RESOLVED,
            at=dt.datetime(2025, 9, 10, 9, 0, tzinfo=VN),
        )
    questionnaire_install_builtin(slugs=["exit"])
    return Questionnaire.objects.get(slug="exit").versions.get()


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def form(world, version, **overrides):
    return {
        "title": "Khảo sát quý III",
        "slug": "q3-2025",
        "version": version.pk,
        "starts_on": "2025-09-01",
        "ends_on": "2025-09-30",
        "units": [world.province.pk],
        "strata_by": ["unit"],
        "target": "90",
        "margin_of_error": "0.05",
        "seed": "7",
        **overrides,
    }


def test_the_coordinator_creates_draws_opens_and_closes_a_campaign(client, world, finished):
    login(client, world.coordinator)
    response = client.post("/staff/surveys/new/", form(world, finished))
    assert response.status_code == 302
    campaign = Campaign.objects.get()
    assert campaign.status == CampaignStatus.DRAFT and campaign.units.get() == world.province
    manage = f"/staff/surveys/{campaign.slug}/manage/"
    client.post(manage, {"action": "open"})  # no sample yet: refused
    campaign.refresh_from_db()
    assert campaign.status == CampaignStatus.DRAFT
    client.post(manage, {"action": "draw"})
    # n = ceil(15 / (1 + 15 x 0.05²)) = ceil(14.46): every one of the 15 dossiers.
    assert Invitation.objects.filter(campaign=campaign).count() == 15
    client.post(manage, {"action": "open"})
    campaign.refresh_from_db()
    assert campaign.status == CampaignStatus.OPEN
    client.post(manage, {"action": "closed"})
    campaign.refresh_from_db()
    assert campaign.status == CampaignStatus.CLOSED


def test_bad_campaigns_are_refused_with_reasons(client, world, finished):
    login(client, world.coordinator)
    page = client.post(
        "/staff/surveys/new/", form(world, finished, ends_on="2025-08-01")
    ).content.decode()
    assert 'role="alert"' in page and not Campaign.objects.exists()


@pytest.mark.parametrize("persona", ["counter_a", "supervisor", "outsider"])
def test_only_organisers_create_and_manage_campaigns(client, world, finished, persona):
    login(client, getattr(world, persona))
    assert client.get("/staff/surveys/new/").status_code == 403
    assert client.post("/staff/surveys/new/", form(world, finished)).status_code == 403
    assert not Campaign.objects.exists()
