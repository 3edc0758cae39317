"""Sending survey invitations by SMS from the staff page: who may, what it marks, and the
SMS list download that no longer changes anything."""

from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from django.contrib.messages import get_messages
from openpyxl import load_workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.core import messaging
from motcua.core.models import AuditEvent
from motcua.core.tests.test_messaging import Gateway
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory
from motcua.surveys.invitations import invitation_text
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Questionnaire
from motcua.surveys.sampling import campaign_draw_sample
from motcua.surveys.services import questionnaire_install_builtin

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def outbox(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    messaging.outbox.clear()
    yield messaging.outbox
    messaging.outbox.clear()


@pytest.fixture
def campaign(world):
    """An open exit survey of the province: four finished dossiers in commune A and three in
    commune B, all sampled; one invitation of A already answered."""
    questionnaire_install_builtin(slugs=["exit"])
    procedure = procedure_make("1.001193", "Đăng ký khai sinh")
    one_stop_b = AgencyFactory(unit=world.commune_b, kind="one_stop")
    for agency, numbers in [(world.one_stop_a, range(4)), (one_stop_b, range(10, 13))]:
        for number in numbers:
            dossier = dossier_receive(
                procedure=procedure,
                agency=agency,
                actor=world.counter_a,
                applicant_name=f"Người {number}",
                submitted=list(procedure.components.all()),
                received_at=dt.datetime(2025, 9, 8, 9, 0, tzinfo=VN),
                applicant_phone=f"09051234{number:02d}",
            )
            dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
            dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED)
    campaign = Campaign.objects.create(
        slug="exit-q4",
        title="Lấy ý kiến quý IV",
        version=Questionnaire.objects.get(slug="exit").versions.get(),
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2026, 12, 31),
        strata_by=["unit"],
        status=CampaignStatus.OPEN,
    )
    campaign.units.add(world.province)
    campaign_draw_sample(campaign=campaign)
    first = Invitation.objects.filter(stratum__unit=world.commune_a).order_by("pk").first()
    Invitation.objects.filter(pk=first.pk).update(used=True)
    return campaign


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def send_url(campaign) -> str:
    return f"/staff/surveys/{campaign.slug}/send/"


def notes(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_a_counter_officer_sends_the_invitations_of_the_unit(client, world, campaign, outbox):
    login(client, world.counter_a)
    client.cookies["django_language"] = "en"  # the staff's language, not the citizens'
    stratum_a = campaign.strata.get(unit=world.commune_a)
    response = client.post(send_url(campaign), {"stratum": stratum_a.pk})
    assert response.status_code == 302
    assert response["Location"] == f"/staff/surveys/{campaign.slug}/invitations/"
    sent = Invitation.objects.filter(sent_at__isnull=False).order_by("pk")
    assert {i.stratum_id for i in sent} == {stratum_a.pk} and sent.count() == 3
    link = "http://testserver/surveys/exit-q4/?t={}"
    assert sorted(m.text for m in outbox) == sorted(
        invitation_text(reminder=False, link=link.format(i.token), token=i.token) for i in sent
    )
    assert {m.to for m in outbox} == {"0905123401", "0905123402", "0905123403"}
    assert notes(response) == ["3 invitations sent by SMS."]
    assert all(m.text.startswith("Xin ông/bà đánh giá sự phục vụ") for m in outbox)
    assert AuditEvent.objects.get(action="survey.sms_send").actor == world.counter_a


def test_reminders_from_the_page_go_to_the_invitations_sent(client, world, campaign, outbox):
    login(client, world.counter_a)
    stratum_a = campaign.strata.get(unit=world.commune_a)
    client.post(send_url(campaign), {"stratum": stratum_a.pk})
    Invitation.objects.update(sent_at=dt.datetime(2025, 10, 1, tzinfo=VN))
    outbox.clear()
    client.post(send_url(campaign), {"stratum": stratum_a.pk, "reminder": "1"})
    assert len(outbox) == 3
    reminded = Invitation.objects.filter(reminded_at__isnull=False)
    assert {i.stratum_id for i in reminded} == {stratum_a.pk} and reminded.count() == 3


def test_the_coordinator_sends_every_stratum_at_once(client, world, campaign, outbox):
    login(client, world.coordinator)
    client.post(send_url(campaign), {"stratum": "all"})
    assert len(outbox) == 6
    assert Invitation.objects.filter(used=False, sent_at__isnull=True).count() == 0


def test_all_strata_means_those_the_user_may_send(client, world, campaign, outbox):
    login(client, world.counter_a)
    client.post(send_url(campaign), {"stratum": "all"})
    assert {m.to for m in outbox} == {"0905123401", "0905123402", "0905123403"}


@pytest.mark.parametrize("persona", ["head_b", "supervisor", "outsider"])
def test_others_may_not_send_a_units_invitations(client, world, campaign, outbox, persona):
    login(client, getattr(world, persona))
    stratum_a = campaign.strata.get(unit=world.commune_a)
    response = client.post(send_url(campaign), {"stratum": stratum_a.pk})
    assert response.status_code == 403
    assert outbox == []
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="survey.sms_send").exists()


def test_all_strata_of_another_units_head_are_only_its_own(client, world, campaign, outbox):
    login(client, world.head_b)
    response = client.post(send_url(campaign), {"stratum": "all"})
    assert response.status_code == 302
    assert {m.to for m in outbox} == {"0905123410", "0905123411", "0905123412"}


def test_an_unknown_stratum_is_not_found(client, world, campaign, outbox):
    login(client, world.counter_a)
    assert client.post(send_url(campaign), {"stratum": "999999"}).status_code == 404
    assert client.post("/staff/surveys/no-such/send/", {"stratum": "all"}).status_code == 404


def test_a_supervisor_is_forbidden_every_stratum(client, world, campaign, outbox):
    login(client, world.supervisor)
    assert client.post(send_url(campaign), {"stratum": "all"}).status_code == 403
    assert outbox == []


def test_sending_needs_a_post(client, world, campaign, outbox):
    login(client, world.counter_a)
    stratum_a = campaign.strata.get(unit=world.commune_a)
    assert client.get(send_url(campaign), {"stratum": stratum_a.pk}).status_code == 405
    assert outbox == []


def test_a_closed_campaign_sends_nothing(client, world, campaign, outbox):
    Campaign.objects.filter(pk=campaign.pk).update(status=CampaignStatus.CLOSED)
    login(client, world.counter_a)
    client.cookies["django_language"] = "en"
    response = client.post(send_url(campaign), {"stratum": "all"})
    assert response.status_code == 302
    assert notes(response) == ["Only a campaign collecting answers sends invitations."]
    assert outbox == [] and not Invitation.objects.filter(sent_at__isnull=False).exists()


def test_a_gateway_failure_is_reported_and_leaves_the_invitations_due(
    client, world, campaign, settings
):
    gateway = Gateway()
    gateway.thread.start()
    try:
        gateway.status = 500
        settings.SMS_BACKEND = "motcua.core.messaging.HttpGatewayBackend"
        settings.SMS_GATEWAY_URL = gateway.url
        login(client, world.counter_a)
        client.cookies["django_language"] = "en"
        response = client.post(send_url(campaign), {"stratum": "all"})
    finally:
        gateway.server.shutdown()
        gateway.server.server_close()
    assert notes(response) == [
        "0 invitations sent by SMS.",
        "3 messages were not sent and stay due for the next try: "
        "The SMS gateway answered HTTP 500. (3)",
    ]
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()


def test_without_a_gateway_the_page_says_so(client, world, campaign, settings):
    settings.SMS_BACKEND = ""
    login(client, world.counter_a)
    client.cookies["django_language"] = "en"
    response = client.post(send_url(campaign), {"stratum": "all"})
    assert notes(response) == ["No SMS gateway is configured (SMS_BACKEND)."]
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()


def test_the_sms_list_download_changes_nothing(client, world, campaign, outbox):
    login(client, world.counter_a)
    stratum_a = campaign.strata.get(unit=world.commune_a)
    url = f"/staff/surveys/{campaign.slug}/sms.xlsx"
    for reminder in ["0", "1"]:
        response = client.get(url, {"stratum": stratum_a.pk, "reminder": reminder})
        rows = list(
            load_workbook(io.BytesIO(response.content)).active.iter_rows(
                min_row=2, values_only=True
            )
        )
        assert len(rows) == 3
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()
    assert not Invitation.objects.filter(reminded_at__isnull=False).exists()
    assert AuditEvent.objects.filter(action="survey.sms_export").count() == 2
    assert outbox == []


def test_the_page_offers_sending_only_to_those_who_may(client, world, campaign):
    login(client, world.counter_a)
    page = client.get(f"/staff/surveys/{campaign.slug}/invitations/").content.decode()
    assert page.count(f'action="{send_url(campaign)}"') == 2  # all strata, and stratum A
    login(client, world.supervisor)
    page = client.get(f"/staff/surveys/{campaign.slug}/invitations/").content.decode()
    assert send_url(campaign) not in page
    Campaign.objects.filter(pk=campaign.pk).update(status=CampaignStatus.CLOSED)
    login(client, world.coordinator)
    page = client.get(f"/staff/surveys/{campaign.slug}/invitations/").content.decode()
    assert send_url(campaign) not in page


def test_the_page_counts_the_invitations_sent(client, world, campaign, outbox):
    login(client, world.coordinator)
    client.post(send_url(campaign), {"stratum": "all"})
    page = client.get(f"/staff/surveys/{campaign.slug}/invitations/").content.decode()
    # Commune A: 1 of 4 answered, 3 sent; commune B: none of 3 answered, 3 sent.
    assert "<td>25,0 %</td><td>3</td>" in page and "<td>0,0 %</td><td>3</td>" in page
