"""The lists of a directive in Vietnamese dictionary order: the issuing units, the communes
and agencies of a task's pickers, and the units of the consolidation's filter and table, Đ
right after D and before E."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.directives import selectors
from motcua.directives.forms import DirectiveForm, TaskForm
from motcua.directives.selectors import Filters
from motcua.directives.tests.factories import AssignmentFactory, TaskFactory
from motcua.orgs.access import Access
from motcua.orgs.models import AdministrativeUnit
from motcua.orgs.tests.factories import AgencyFactory, UnitFactory

pytestmark = pytest.mark.django_db

NAMES = ["Yên Bình", "Điện Biên", "Ea Súp", "Dân Chủ", "Đất Đai"]
ORDERED = ["Dân Chủ", "Đất Đai", "Điện Biên", "Ea Súp", "Yên Bình"]
TODAY = dt.date(2025, 9, 1)


@pytest.fixture
def province():
    province = UnitFactory(kind="province", code="51", name="Tỉnh Thử")
    for number, name in enumerate(NAMES):
        commune = UnitFactory(kind="commune", code=f"2300{number}", name=f"Xã {name}")
        commune.parent = province
        commune.save()
        AgencyFactory(unit=province, name=f"Sở {name}")
    return province


def test_the_pickers_of_a_task_list_communes_and_agencies_in_vietnamese_order(province):
    form = TaskForm(issuer=province)
    ((_kind, communes),) = form.fields["units"].widget.choices
    assert [label for _pk, label in communes] == [f"Xã {name}" for name in ORDERED]
    ((_unit, agencies),) = form.fields["agencies"].widget.choices
    assert [label for _pk, label in agencies] == [f"Sở {name}" for name in ORDERED]


def test_a_narrowed_picker_keeps_the_order(province):
    form = TaskForm({"find": "xa d"}, issuer=province)
    ((_kind, communes),) = form.fields["units"].widget.choices
    assert [label for _pk, label in communes] == ["Xã Dân Chủ", "Xã Đất Đai", "Xã Điện Biên"]


def test_the_issuing_units_come_in_vietnamese_order(province):
    issuers = AdministrativeUnit.objects.exclude(pk=province.pk).order_by("code")
    form = DirectiveForm(issuers=issuers)
    labels = [label.rsplit(" (", 1)[0] for value, label in form.fields["issuer"].choices]
    assert labels == [f"Xã {name}" for name in ORDERED]


def test_the_consolidation_lists_units_in_vietnamese_order(province):
    task = TaskFactory(directive__issuer=province)
    for commune in AdministrativeUnit.objects.filter(kind="commune", parent=province):
        AssignmentFactory(task=task, unit=commune, due_on=TODAY - dt.timedelta(days=3))
    consolidation = selectors.directive_consolidation(
        Access(is_superuser=True), task.directive, filters=Filters(), today=TODAY, soon=TODAY
    )
    expected = [f"Xã {name}" for name in ORDERED]
    assert [choice.label for choice in consolidation.unit_choices] == expected
    assert [line.organisation for line in consolidation.tasks[0].lines] == expected
    # Every unit is as late as the others: ties in the overdue count go by name.
    assert [row.name for row in consolidation.overdue] == expected
