"""The dossier pages type dates as dd/mm/yyyy and list agencies in Vietnamese order: the new
appointment of an apology, the register's period and the pickers of receiving units."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.conf import settings

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.forms import BookForm, StepsForm
from motcua.dossiers.models import DossierEvent
from motcua.dossiers.services import dossier_receive
from motcua.orgs.models import Agency
from motcua.orgs.tests.factories import PASSWORD, AgencyFactory

VN = ZoneInfo("Asia/Ho_Chi_Minh")
# The dossier of `september` is due Thursday 25 September 2025: an apology is in time today.
SEPTEMBER_24 = dt.datetime(2025, 9, 24, 9, 0, tzinfo=VN)
NAMES = ["Yên Bình", "Điện Biên", "Ea Súp", "Dân Chủ", "Đất Đai"]
ORDERED = ["Dân Chủ", "Đất Đai", "Điện Biên", "Ea Súp", "Yên Bình"]


@pytest.fixture
def september(world):
    """A marriage registration received on Monday 22 September 2025 at 09:00, due Thursday 25."""
    marriage = procedure_make("1.000894", "Đăng ký kết hôn", components=3, time_limit_value=3)
    return dossier_receive(
        procedure=marriage,
        agency=world.one_stop_a,
        actor=world.counter_a,
        applicant_name="Đinh Văn Lực",
        submitted=list(marriage.components.all()),
        received_at=dt.datetime(2025, 9, 22, 9, 0, tzinfo=VN),
    )


def login(client, user, language="en"):
    assert client.login(username=user.username, password=PASSWORD)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language


def apologise(client, dossier, new_due_date):
    return client.post(
        f"/staff/dossiers/{dossier.code}/act/",
        {"action": "apologise", "note": "Chờ xác minh", "new_due_date": new_due_date},
        follow=True,
    )


@time_machine.travel(SEPTEMBER_24, tick=False)
def test_the_new_appointment_is_typed_as_day_month_year(client, world, september):
    login(client, world.counter_a)
    page = client.get(f"/staff/dossiers/{september.code}/").content.decode()
    assert 'name="new_due_date"' in page and 'type="date"' not in page
    assert 'placeholder="dd/mm/yyyy"' in page and 'inputmode="numeric"' in page

    apologise(client, september, "15/12/2026")

    september.refresh_from_db()
    assert september.new_due_date == dt.date(2026, 12, 15)
    event = DossierEvent.objects.get(dossier=september, action="apologise")
    assert not event.refused and "15/12/2026" in event.note


@time_machine.travel(SEPTEMBER_24, tick=False)
def test_a_date_that_is_not_a_day_says_how_to_write_it(client, world, september):
    login(client, world.counter_a)
    page = apologise(client, september, "31/02/2026").content.decode()
    assert "Not a valid date: write it as day/month/year, for example 07/12/2026." in page
    september.refresh_from_db()
    assert september.new_due_date is None


def test_the_register_reads_its_period_as_day_month_year(world):
    agencies = Agency.objects.filter(pk=world.one_stop_a.pk)
    form = BookForm(
        {"agency": world.one_stop_a.pk, "start": "1/4/2025", "end": "30.04.2025"},
        agencies=agencies,
    )
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["start"], form.cleaned_data["end"]) == (
        dt.date(2025, 4, 1),
        dt.date(2025, 4, 30),
    )
    # An old bookmark with ISO dates still works, and shows them the Vietnamese way.
    old = BookForm({"agency": world.one_stop_a.pk, "start": "2025-04-01"}, agencies=agencies)
    assert 'value="01/04/2025"' in str(old["start"])


def test_the_pickers_of_agencies_come_in_vietnamese_order(world):
    for name in NAMES:
        AgencyFactory(unit=world.commune_a, name=f"Bộ phận {name}")
    agencies = Agency.objects.filter(name__startswith="Bộ phận").order_by("name")
    expected = [f"Bộ phận {name}" for name in ORDERED]
    for field in (
        BookForm(agencies=agencies).fields["agency"],
        StepsForm(agencies=agencies).fields["agency_1"],
    ):
        labels = [str(label) for value, label in field.choices if value]
        assert [label for label in labels if label.startswith("Bộ phận")] == expected
