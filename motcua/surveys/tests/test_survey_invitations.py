"""Handing out invitations: response rates, printable cards with QR codes, SMS lists."""

import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.models import AuditEvent
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import PASSWORD
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Questionnaire
from motcua.surveys.sampling import campaign_draw_sample
from motcua.surveys.services import questionnaire_install_builtin

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def campaign(world):
    questionnaire_install_builtin(slugs=["exit"])
    procedure = procedure_make("1.001193", "Đăng ký khai sinh")
    for number in range(12):
        dossier = dossier_receive(
            procedure=procedure,
            agency=world.one_stop_a,
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
    Invitation.objects.filter(pk=Invitation.objects.order_by("pk").first().pk).update(used=True)
    return campaign


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_response_rates_per_stratum(client, world, campaign):
    login(client, world.counter_a)
    page = client.get(f"/staff/surveys/{campaign.slug}/invitations/").content.decode()
    invited = Invitation.objects.count()
    rate = f"{100 / invited:.1f}".replace(".", ",")  # one decimal, with the Vietnamese comma
    assert f"<td>{invited}</td><td>1</td><td>{rate} %</td>" in page
    assert world.commune_a.name in page


def test_cards_carry_the_code_the_link_and_a_qr_code(client, world, campaign):
    login(client, world.counter_a)
    stratum = campaign.strata.get()
    page = client.get(
        f"/staff/surveys/{campaign.slug}/cards/", {"stratum": stratum.pk}
    ).content.decode()
    pending = Invitation.objects.filter(used=False)
    assert page.count("<svg") == pending.count()
    assert all(i.token in page for i in pending)
    assert Invitation.objects.get(used=True).token not in page


def test_the_sms_list_is_audited_and_changes_nothing(client, world, campaign):
    login(client, world.counter_a)
    stratum = campaign.strata.get()
    url = f"/staff/surveys/{campaign.slug}/sms.xlsx"
    sheet = load_workbook(io.BytesIO(client.get(url, {"stratum": stratum.pk}).content)).active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) == Invitation.objects.filter(used=False).count()
    phone, text = rows[0]
    assert phone.startswith("090512340") and "/surveys/exit-q4/?t=" in text
    assert AuditEvent.objects.filter(action="survey.sms_export").count() == 1
    # A download is not a sending: only the send button (a POST) marks invitations.
    client.get(url, {"stratum": stratum.pk, "reminder": "1"})
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()
    assert not Invitation.objects.filter(reminded_at__isnull=False).exists()


@pytest.mark.parametrize(
    ("persona", "statuses"), [("head_b", {403, 404}), ("outsider", {403, 404})]
)
def test_other_units_see_no_invitations(client, world, campaign, persona, statuses):
    login(client, getattr(world, persona))
    stratum = campaign.strata.get()
    cards = client.get(f"/staff/surveys/{campaign.slug}/cards/", {"stratum": stratum.pk})
    sms = client.get(f"/staff/surveys/{campaign.slug}/sms.xlsx", {"stratum": stratum.pk})
    assert cards.status_code in statuses and sms.status_code in statuses
    assert not AuditEvent.objects.filter(action="survey.sms_export").exists()
