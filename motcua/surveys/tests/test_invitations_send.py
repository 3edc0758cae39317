"""Sending survey invitations and reminders by SMS: who gets one, what is marked, what a
gateway failure leaves behind, and `motcua survey send-invitations` / `remind` for cron."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from motcua.catalogue.tests.factories import procedure_make
from motcua.core import messaging
from motcua.core.models import AuditEvent
from motcua.core.tests.test_messaging import Gateway
from motcua.dossiers.models import Dossier
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import AgencyFactory
from motcua.surveys.invitations import (
    InvitationError,
    invitation_text,
    invitations_send,
)
from motcua.surveys.models import Campaign, CampaignStatus, Invitation, Questionnaire
from motcua.surveys.sampling import campaign_draw_sample
from motcua.surveys.services import questionnaire_install_builtin

VN = ZoneInfo("Asia/Ho_Chi_Minh")
MONDAY = dt.datetime(2026, 1, 5, 9, 0, tzinfo=VN)


def link(token: str) -> str:
    return f"https://motcua.test/surveys/exit-q4/?t={token}"


@pytest.fixture
def outbox(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    messaging.outbox.clear()
    yield messaging.outbox
    messaging.outbox.clear()


@pytest.fixture
def gateway(settings):
    gateway = Gateway()
    gateway.thread.start()
    settings.SMS_BACKEND = "motcua.core.messaging.HttpGatewayBackend"
    settings.SMS_GATEWAY_URL = gateway.url
    settings.SMS_GATEWAY_TOKEN = ""
    settings.SMS_GATEWAY_FORMAT = "json"
    yield gateway
    gateway.server.shutdown()
    gateway.server.server_close()


@pytest.fixture
def campaign(world):
    """An open exit survey of the province: six finished dossiers in commune A (one without a
    phone number) and four in commune B, all sampled; one invitation of A already answered."""
    questionnaire_install_builtin(slugs=["exit"])
    procedure = procedure_make("1.001193", "Đăng ký khai sinh")
    one_stop_b = AgencyFactory(unit=world.commune_b, kind="one_stop")
    for agency, numbers in [(world.one_stop_a, range(6)), (one_stop_b, range(10, 14))]:
        for number in numbers:
            dossier = dossier_receive(
                procedure=procedure,
                agency=agency,
                actor=world.counter_a,
                applicant_name=f"Người {number}",
                submitted=list(procedure.components.all()),
                received_at=dt.datetime(2025, 9, 8, 9, 0, tzinfo=VN),
                applicant_phone="" if number == 5 else f"0905 1234 {number:02d}",
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
    assert Invitation.objects.count() == 10
    answered = Invitation.objects.filter(stratum__unit=world.commune_a).order_by("pk").first()
    Invitation.objects.filter(pk=answered.pk).update(used=True)
    return campaign


def phone_of(invitation: Invitation) -> str:
    return Dossier.objects.get(pk=invitation.dossier_id).applicant_phone


def send(campaign, **kwargs):
    kwargs.setdefault("reminder", False)
    return invitations_send(campaign=campaign, actor=None, link_for=link, **kwargs)


def test_the_first_sending_reaches_every_unanswered_invitation_with_a_phone(
    campaign, outbox, world
):
    with time_machine.travel(MONDAY, tick=False):
        result = send(campaign)
    pending = Invitation.objects.filter(used=False).order_by("pk")
    with_phone = [i for i in pending if phone_of(i)]
    assert (result.due, result.sent, result.no_phone, result.failed) == (9, 8, 1, 0)
    assert [(m.to, m.text) for m in outbox] == [
        (phone_of(i), invitation_text(reminder=False, link=link(i.token), token=i.token))
        for i in with_phone
    ]
    assert all(i.sent_at == MONDAY for i in with_phone)
    assert Invitation.objects.get(used=True).sent_at is None
    # The invitation without a phone number stays to be handed out some other way.
    assert [i.sent_at for i in pending if not phone_of(i)] == [None]


def test_the_text_is_in_the_default_language_whoever_sends(campaign, outbox):
    with translation.override("en"):
        send(campaign)
    assert outbox and all(m.text.startswith("Xin ông/bà đánh giá sự phục vụ") for m in outbox)


def test_a_second_sending_sends_nothing_again(campaign, outbox):
    send(campaign)
    outbox.clear()
    result = send(campaign)
    assert (result.due, result.sent, result.no_phone) == (1, 0, 1) and outbox == []


def test_only_the_chosen_strata_are_sent(campaign, outbox, world):
    stratum_b = campaign.strata.get(unit=world.commune_b)
    result = send(campaign, strata=[stratum_b])
    assert result.sent == 4
    assert {m.to for m in outbox} == {f"09051234{n}" for n in range(10, 14)}
    assert not Invitation.objects.filter(stratum__unit=world.commune_a, sent_at__isnull=False)


def test_one_audit_record_with_counts_and_no_phone_number(campaign, outbox, world):
    stratum_a = campaign.strata.get(unit=world.commune_a)
    invitations_send(
        campaign=campaign, strata=[stratum_a], reminder=False, actor=world.counter_a, link_for=link
    )
    event = AuditEvent.objects.get(action="survey.sms_send")
    assert event.actor == world.counter_a
    assert event.object_id == str(campaign.pk)
    assert event.detail == {
        "campaign": "exit-q4",
        "strata": [stratum_a.pk],
        "reminder": False,
        "dry_run": False,
        "due": 5,
        "sent": 4,
        "failed": 0,
        "no_phone": 1,
        "reasons": {},
    }
    assert "0905" not in json.dumps(event.detail)


def test_reminders_go_only_to_sent_invitations_once_per_interval(campaign, outbox, world):
    stratum_b = campaign.strata.get(unit=world.commune_b)
    with time_machine.travel(MONDAY, tick=False):
        send(campaign, strata=[stratum_b])
    answered = Invitation.objects.filter(stratum=stratum_b).order_by("pk").first()
    Invitation.objects.filter(pk=answered.pk).update(used=True)
    outbox.clear()

    def remind(day: int) -> int:
        with time_machine.travel(MONDAY + dt.timedelta(days=day), tick=False):
            return send(campaign, reminder=True, after_days=3).sent

    # Too soon after the invitation; then the three unanswered of B (A was never sent).
    assert remind(2) == 0
    assert remind(3) == 3
    reminded = Invitation.objects.filter(reminded_at__isnull=False)
    assert {i.pk for i in reminded} == {
        i.pk for i in Invitation.objects.filter(stratum=stratum_b, used=False)
    }
    assert all(i.reminded_at == MONDAY + dt.timedelta(days=3) for i in reminded)
    assert all(
        m.text == invitation_text(reminder=True, link=link(i.token), token=i.token)
        for m, i in zip(outbox, reminded.order_by("pk"), strict=True)
    )
    # Not reminded again within the interval, and again once it has passed.
    assert remind(5) == 0
    assert remind(6) == 3


def test_a_gateway_failure_leaves_the_invitations_due(campaign, gateway, world):
    gateway.status = 500
    with translation.override("en"):
        result = send(campaign)
    assert (result.sent, result.failed, result.no_phone) == (0, 8, 1)
    assert result.reasons == {"The SMS gateway answered HTTP 500.": 8}
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()
    assert len(gateway.requests) == 1  # the batch stopped at the first server error
    gateway.status = 200
    result = send(campaign)
    assert result.sent == 8 and len(gateway.sent) == 9
    assert Invitation.objects.filter(sent_at__isnull=False).count() == 8


def test_a_refused_number_stays_due_while_the_others_are_sent(campaign, gateway):
    gateway.refuse["0905123410"] = 400
    result = send(campaign)
    assert (result.sent, result.failed) == (7, 1)
    dossier = Dossier.objects.get(applicant_phone="0905123410")
    assert Invitation.objects.get(dossier_id=dossier.pk).sent_at is None
    assert Invitation.objects.filter(sent_at__isnull=False).count() == 7


def test_a_dry_run_counts_and_changes_nothing(campaign, outbox):
    result = send(campaign, dry_run=True)
    assert (result.due, result.to_send, result.no_phone, result.sent) == (9, 8, 1, 0)
    assert outbox == []
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="survey.sms_send").exists()


@pytest.mark.parametrize("status", [CampaignStatus.DRAFT, CampaignStatus.CLOSED])
def test_a_campaign_not_collecting_answers_sends_nothing(campaign, outbox, status):
    Campaign.objects.filter(pk=campaign.pk).update(status=status)
    campaign.refresh_from_db()
    with pytest.raises(InvitationError):
        send(campaign)
    with pytest.raises(InvitationError):
        send(campaign, reminder=True)
    assert outbox == []
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()


def test_without_a_gateway_nothing_is_marked(campaign, settings):
    settings.SMS_BACKEND = ""
    with pytest.raises(messaging.SmsError):
        send(campaign)
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()
    assert not AuditEvent.objects.filter(action="survey.sms_send").exists()


# The command, for cron.


@pytest.fixture
def english(settings):
    settings.LANGUAGE_CODE = "en"
    settings.PUBLIC_URL = "https://motcua.test"
    with translation.override("en"):
        yield


def survey(*arguments: str) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command("survey", *arguments, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_the_command_dry_run_counts_and_sends_nothing(campaign, outbox, english):
    out, _ = survey("send-invitations", "exit-q4", "--dry-run")
    assert "exit-q4, dry run: 9 due, 8 would be sent, 1 without a phone number." in out
    assert outbox == [] and not Invitation.objects.filter(sent_at__isnull=False).exists()


def test_the_command_sends_and_then_reminds(campaign, outbox, english):
    with time_machine.travel(MONDAY, tick=False):
        out, _ = survey("send-invitations", "exit-q4")
    assert "exit-q4: 9 due, 8 sent, 0 failed, 1 without a phone number." in out
    token = Invitation.objects.filter(sent_at__isnull=False).first().token
    assert f"https://motcua.test/surveys/exit-q4/?t={token} (code {token}). Thank you." in {
        m.text.split(": ", 1)[1] for m in outbox
    }
    outbox.clear()
    with time_machine.travel(MONDAY + dt.timedelta(days=2), tick=False):
        out, _ = survey("remind", "exit-q4", "--after-days", "2", "--json")
    assert json.loads(out) == {
        "campaign": "exit-q4",
        "reminder": True,
        "dry_run": False,
        "due": 8,
        "sent": 8,
        "failed": 0,
        "no_phone": 0,
        "reasons": {},
    }
    assert len(outbox) == 8 and all(m.text.startswith("Reminder:") for m in outbox)


def test_the_command_exits_with_1_when_the_gateway_fails(campaign, gateway, english):
    gateway.status = 503
    with pytest.raises(CommandError) as error:
        survey("send-invitations", "exit-q4")
    assert error.value.returncode == 1
    assert "8 messages not sent" in str(error.value)
    assert not Invitation.objects.filter(sent_at__isnull=False).exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["send-invitations", "no-such"], "no campaign no-such"),
        (["send-invitations", "exit-q4", "--stratum", "nope"], "no stratum nope"),
        (["remind", "exit-q4", "--after-days", "-1"], "cannot be negative"),
    ],
)
def test_the_command_exits_with_2_on_bad_input(campaign, outbox, english, arguments, message):
    with pytest.raises(CommandError, match=message) as error:
        survey(*arguments)
    assert error.value.returncode == 2


def test_the_command_refuses_a_closed_campaign(campaign, outbox, english):
    Campaign.objects.filter(pk=campaign.pk).update(status=CampaignStatus.CLOSED)
    with pytest.raises(CommandError, match="Only a campaign collecting answers") as error:
        survey("remind", "exit-q4")
    assert error.value.returncode == 2 and outbox == []


def test_the_command_needs_the_public_address(campaign, outbox, english, settings):
    settings.PUBLIC_URL = ""
    with pytest.raises(CommandError, match="MOTCUA_PUBLIC_URL") as error:
        survey("send-invitations", "exit-q4")
    assert error.value.returncode == 2 and outbox == []
