"""Units and agencies in Vietnamese dictionary order wherever people pick or read them: Đ
right after D and before E, as on SQLite's and PostgreSQL's code-point order it is not."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from motcua.core.forms import CollatedModelChoiceField, CollatedModelMultipleChoiceField
from motcua.orgs.models import AdministrativeUnit, Posting
from motcua.orgs.selectors import posting_rows
from motcua.orgs.tests.factories import AgencyFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

# Given in an order that is neither the expected one nor code-point order.
NAMES = ["Yên Bình", "Điện Biên", "Ea Súp", "Dân Chủ", "Đất Đai"]
ORDERED = ["Dân Chủ", "Đất Đai", "Điện Biên", "Ea Súp", "Yên Bình"]


def name_of(label: str) -> str:
    """ "Xã Dân Chủ" of a unit's label "Xã Dân Chủ (23001)"."""
    return str(label).rsplit(" (", 1)[0]


def test_a_collated_picker_of_units_lists_them_in_vietnamese_order():
    for name in NAMES:
        UnitFactory(name=name)
    field = CollatedModelChoiceField(queryset=AdministrativeUnit.objects.order_by("name"))
    assert [name_of(label) for value, label in field.choices] == ["---------", *ORDERED]
    several = CollatedModelMultipleChoiceField(queryset=AdministrativeUnit.objects.all())
    assert [name_of(label) for _value, label in several.choices] == ORDERED


def test_the_picker_still_accepts_only_rows_of_its_queryset():
    kept, other = UnitFactory(name="Đất Đai"), UnitFactory(name="Dân Chủ")
    field = CollatedModelChoiceField(queryset=AdministrativeUnit.objects.filter(pk=kept.pk))
    assert field.clean(str(kept.pk)) == kept
    with pytest.raises(ValidationError):
        field.clean(str(other.pk))


def test_postings_are_listed_by_unit_and_agency_in_vietnamese_order():
    province = UnitFactory(kind="province", name="Tỉnh Thử")
    officer = UserFactory()
    for name in NAMES:
        agency = AgencyFactory(unit=province, name=f"Bộ phận Một cửa {name}", kind="one_stop")
        Posting.objects.create(user=officer, agency=agency, started_on=dt.date(2025, 7, 1))
    rows = posting_rows(on=dt.date(2026, 1, 5), queryset=Posting.objects.all())
    assert [row.posting.agency.name for row in rows] == [
        f"Bộ phận Một cửa {name}" for name in ORDERED
    ]
