"""Escalation: feedback past its handling deadline is e-mailed once to the heads of the unit
that answers for it, one e-mail per head listing their items, and marked escalated."""

import datetime as dt
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.core.mail.backends.base import BaseEmailBackend
from django.core.management import CommandError, call_command

from motcua.core.messaging import outbox as sms_outbox
from motcua.core.models import AuditEvent
from motcua.feedback import services
from motcua.feedback.escalation import escalate
from motcua.feedback.models import Category, Event, Feedback, RoutingRule
from motcua.feedback.services import Submission
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
# Received Thursday 28 August 2025, handled by Monday 22 September (1-2 September off).
AUGUST_28 = dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN)
DUE = dt.date(2025, 9, 22)
LATE = dt.date(2025, 9, 23)


class BrokenBackend(BaseEmailBackend):
    """A mail server that refuses everything."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


@pytest.fixture(autouse=True)
def quiet(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sms_outbox.clear()


@pytest.fixture
def people(world):
    """Roads in commune A go to the commune's roads office; water goes to nobody. Commune A
    has two heads with an e-mail address and one without; commune B's head has one too."""
    world.roads = Category.objects.get(code="duong-giao-thong")
    world.water = Category.objects.get(code="nuoc-sach")
    world.roads_office = AgencyFactory(unit=world.commune_a, name="Ban Giao thông xã A")
    RoutingRule.objects.create(
        category=world.roads, unit=world.commune_a, agency=world.roads_office
    )
    world.head_a = UserFactory(username="head_a", email="head.a@xa-a.gov.vn")
    world.deputy_a = UserFactory(username="deputy_a", email="deputy.a@xa-a.gov.vn")
    world.clerk_a = UserFactory(username="clerk_a", email="")
    for user in (world.head_a, world.deputy_a, world.clerk_a):
        MembershipFactory(user=user, unit=world.commune_a, role=Role.UNIT_HEAD)
    # An officer of the roads office is no head: not told.
    officer = UserFactory(username="officer_a", email="officer@xa-a.gov.vn")
    MembershipFactory(user=officer, agency=world.roads_office, role=Role.PROCESSING_OFFICER)
    world.head_b.email = "head.b@xa-b.gov.vn"
    world.head_b.save()
    return world


def register(world, text, **extra):
    values = {
        "category": world.roads,
        "unit": world.commune_a,
        "title": "Ổ gà",
        "text": text,
        "contact_name": "Nguyễn Văn Nam",
        "consent": True,
        "contact_phone": "0905123456",
    }
    values.update(extra)
    with time_machine.travel(AUGUST_28, tick=False):
        return services.feedback_register(submission=Submission(**values), channel="web")


def test_each_head_gets_one_e_mail_listing_their_overdue_items(people, mailoutbox):
    roads = register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    bridge = register(people, "Cầu tràn thôn 5 sạt lở một bên.")
    in_b = register(people, "Đường xã B ngập sau mưa.", unit=people.commune_b)

    result = escalate(LATE)

    assert (result.items, result.sent, result.escalated, result.no_email) == (3, 3, 3, 1)
    by_person = {m.to[0]: m for m in mailoutbox}
    assert set(by_person) == {"head.a@xa-a.gov.vn", "deputy.a@xa-a.gov.vn", "head.b@xa-b.gov.vn"}
    to_head_a = by_person["head.a@xa-a.gov.vn"].body
    assert roads.number in to_head_a and bridge.number in to_head_a
    assert in_b.number not in to_head_a and in_b.number in by_person["head.b@xa-b.gov.vn"].body
    # The citizen's words and contact stay on the staff pages.
    assert "Nguyễn Văn Nam" not in to_head_a and "0905123456" not in to_head_a
    assert "ổ gà lớn" not in to_head_a
    event = Event.objects.get(feedback=roads, action="escalated")
    assert not event.public and "22/09/2025" in event.text
    assert Feedback.objects.filter(escalated_at__isnull=False).count() == 3
    assert AuditEvent.objects.filter(action="feedback.escalate").exists()


def test_nothing_is_escalated_twice_or_before_the_deadline(people, mailoutbox):
    register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    assert escalate(DUE).items == 0
    escalate(LATE)
    sent = len(mailoutbox)

    again = escalate(dt.date(2025, 9, 24))

    assert sent == 2 and again.items == 0 and len(mailoutbox) == sent
    assert Event.objects.filter(action="escalated").count() == 1


def test_an_item_without_an_agency_goes_to_the_heads_of_its_commune(people, mailoutbox):
    water = register(people, "Khu phố 2 mất nước ba ngày liền.", category=people.water)
    assert water.agency is None
    escalate(LATE)
    assert {m.to[0] for m in mailoutbox} == {"head.a@xa-a.gov.vn", "deputy.a@xa-a.gov.vn"}


def test_an_item_with_no_head_to_tell_stays_due(people, mailoutbox):
    province_roads = AgencyFactory(unit=people.province, name="Sở Xây dựng")
    item = register(people, "Quốc lộ qua xã B hỏng nặng.", unit=people.commune_b)
    services.feedback_transfer(item=item, actor=None, to=province_roads, reason="Quốc lộ")

    result = escalate(LATE)

    assert result.nobody == 1 and result.escalated == 0 and mailoutbox == []
    assert Feedback.objects.get(pk=item.pk).escalated_at is None


def test_answered_and_closed_items_are_not_escalated(people, mailoutbox):
    item = register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    services.feedback_answer(item=item, actor=None, text="Đã vá xong đoạn đường.")
    assert escalate(LATE).items == 0 and mailoutbox == []


def test_nothing_is_sent_on_a_day_off(people, mailoutbox):
    register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    result = escalate(dt.date(2025, 9, 27))  # a Saturday
    assert result.day_off and mailoutbox == []


def test_a_dry_run_counts_and_writes_nothing(people, mailoutbox):
    register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    result = escalate(LATE, dry_run=True)
    assert result.sent == 2 and mailoutbox == []
    assert not Feedback.objects.filter(escalated_at__isnull=False).exists()


def test_the_command_escalates_and_says_how_many(people, mailoutbox, capsys):
    register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")

    call_command("feedback", "escalate", "--today=2025-09-23", "--json")

    output = json.loads(capsys.readouterr().out)
    assert output["today"] == "2025-09-23" and output["sent"] == 2 and output["escalated"] == 1
    assert len(mailoutbox) == 2


def test_the_command_dry_run_sends_nothing(people, mailoutbox, capsys):
    register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    call_command("feedback", "escalate", "--today=2025-09-23", "--dry-run")
    assert "23/09/2025" in capsys.readouterr().out and mailoutbox == []


def test_the_command_refuses_a_bad_date(people):
    with pytest.raises(CommandError) as caught:
        call_command("feedback", "escalate", "--today=23/9/2025")
    assert caught.value.returncode == 2


def test_the_command_fails_when_the_mail_server_refuses(people, settings):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenBackend"
    register(people, "Đường thôn 3 nhiều ổ gà lớn, rất nguy hiểm.")
    with pytest.raises(CommandError) as caught:
        call_command("feedback", "escalate", "--today=2025-09-23")
    assert caught.value.returncode == 1
    assert not Feedback.objects.filter(escalated_at__isnull=False).exists()
