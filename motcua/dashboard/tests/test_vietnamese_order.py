"""The board's and the findings' pickers list units in Vietnamese dictionary order, Đ right
after D and before E, and read their periods as dd/mm/yyyy."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.dashboard.forms import BoardForm, FindingsForm
from motcua.orgs.models import AdministrativeUnit
from motcua.orgs.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db

NAMES = ["Yên Bình", "Điện Biên", "Ea Súp", "Dân Chủ", "Đất Đai"]
ORDERED = ["Dân Chủ", "Đất Đai", "Điện Biên", "Ea Súp", "Yên Bình"]


def names(field):
    return [str(label).rsplit(" (", 1)[0] for value, label in field.choices if value]


@pytest.fixture
def units():
    for name in NAMES:
        UnitFactory(name=f"Xã {name}")
    return AdministrativeUnit.objects.order_by("code")


def test_the_board_and_the_findings_pick_units_in_vietnamese_order(units):
    expected = [f"Xã {name}" for name in ORDERED]
    assert names(BoardForm(units=units).fields["unit"]) == expected
    assert names(FindingsForm(units=units).fields["issuer"]) == expected


def test_the_board_reads_its_period_as_day_month_year(units):
    form = BoardForm({"start": "01/01/2026", "end": "31-03-2026"}, units=units)
    assert form.is_valid(), form.errors
    assert (form.cleaned_data["start"], form.cleaned_data["end"]) == (
        dt.date(2026, 1, 1),
        dt.date(2026, 3, 31),
    )
    findings = FindingsForm(
        {"issuer": units[0].pk, "start": "2026-01-01", "end": "2/1/2026"}, units=units
    )
    assert findings.is_valid(), findings.errors
    assert 'value="01/01/2026"' in str(findings["start"])
