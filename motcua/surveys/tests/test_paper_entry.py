"""Typing paper questionnaires: checked against the questionnaire, once or twice, never twice
for the same sheet, and only for units the typist may change."""

import datetime as dt

import pytest

from motcua.orgs.tests.factories import PASSWORD, UserFactory
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    PaperSheet,
    Questionnaire,
    Response,
    ResponseChannel,
)
from motcua.surveys.services import questionnaire_install_builtin


@pytest.fixture
def campaign(world):
    questionnaire_install_builtin(slugs=["exit"])
    campaign = Campaign.objects.create(
        slug="exit-2025",
        title="Lấy ý kiến 2025",
        version=Questionnaire.objects.get(slug="exit").versions.get(),
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        status=CampaignStatus.OPEN,
    )
    campaign.units.add(world.province)
    return campaign


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def sheet(world, number="001", **answers):
    return {
        "unit": world.commune_a.pk,
        "batch": "L1",
        "sheet": number,
        "a_overall": "4",
        "a_officials": "5",
        "a_time": "3",
        "a_extra_visits": "0",
        "a_comment": "",
        **{f"a_{k}": v for k, v in answers.items()},
    }


def test_a_sheet_is_recorded_as_an_anonymous_paper_response(client, world, campaign):
    login(client, world.counter_a)
    url = f"/staff/surveys/{campaign.slug}/paper/"
    page = client.get(url).content.decode()
    assert 'name="a_overall"' in page and "1 đến 5" in page
    response = client.post(url, sheet(world))
    assert response.status_code == 302 and "sheet=002" in response["Location"]
    stored = Response.objects.get()
    assert stored.channel == ResponseChannel.PAPER and stored.batch == "L1"
    assert stored.answers == {"overall": "4", "officials": "5", "time": "3", "extra_visits": 0}
    assert stored.unit == world.commune_a
    again = client.post(url, sheet(world))
    assert again.status_code == 200 and Response.objects.count() == 1


def test_answers_the_questionnaire_does_not_accept_are_shown_by_question(client, world, campaign):
    login(client, world.counter_a)
    page = client.post(
        f"/staff/surveys/{campaign.slug}/paper/", sheet(world, overall="7", extra_visits="hai")
    ).content.decode()
    assert page.count('role="alert"') >= 2 and not Response.objects.exists()


def test_double_entry_counts_a_sheet_when_two_people_agree(client, world, campaign):
    campaign.double_entry = True
    campaign.save()
    url = f"/staff/surveys/{campaign.slug}/paper/"
    second = UserFactory(username="typist2")
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import MembershipFactory

    MembershipFactory(user=second, role=Role.COUNTER_OFFICER, agency=world.one_stop_a)
    login(client, world.counter_a)
    client.post(url, sheet(world))
    assert not Response.objects.exists() and PaperSheet.objects.count() == 1
    refused = client.post(url, sheet(world)).content.decode()  # the same typist again
    assert "errors" in refused and PaperSheet.objects.count() == 1
    client.logout()
    login(client, second)
    client.post(url, sheet(world, time="2"))  # a typing error: a mismatch to decide
    assert not Response.objects.exists()
    mismatches = client.get(f"{url}mismatches/").content.decode()
    # The question as numbered on the sheet, never its short name.
    assert "3. Thời gian giải quyết: 3 / 2" in mismatches and "time:" not in mismatches
    client.logout()
    login(client, world.head_b)  # commune B's head may not type commune A's sheets
    assert client.post(url, sheet(world)).status_code in (200, 403)
    assert not Response.objects.exists()
    client.logout()
    third = UserFactory(username="typist3")
    MembershipFactory(user=third, role=Role.COUNTER_OFFICER, agency=world.one_stop_a)
    login(client, third)
    client.post(url, sheet(world))
    assert Response.objects.get().answers["time"] == "3" and not PaperSheet.objects.exists()


@pytest.mark.parametrize("persona", ["outsider", "supervisor"])
def test_outsiders_and_readers_cannot_type_sheets(client, world, campaign, persona):
    login(client, getattr(world, persona))
    response = client.get(f"/staff/surveys/{campaign.slug}/paper/")
    assert response.status_code in (403, 404)
