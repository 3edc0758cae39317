"""Units that survive mergers: the tree as of a date, successors, historic units."""

import datetime as dt

import pytest

from motcua.orgs.models import AdministrativeUnit, UnitSuccession
from motcua.orgs.selectors import (
    unit_current_successors,
    unit_historic_units,
    unit_scope_ids,
    unit_tree,
)
from motcua.orgs.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db

OLD_END = dt.date(2025, 6, 30)
NEW_START = dt.date(2025, 7, 1)


@pytest.fixture
def reorganisation():
    """Old province P62 with district D and communes c1, c2, c3; on 1 July 2025 province
    P51 replaces it, c1+c2 merge into X (which re-uses c1's code), c3 is split into X and Y."""
    old_p = UnitFactory(kind="province", code="62", valid_to=OLD_END)
    district = UnitFactory(kind="district", code="613", parent=old_p, valid_to=OLD_END)
    c1 = UnitFactory(code="23416", parent=district, valid_to=OLD_END, name="Thị trấn cũ")
    c2 = UnitFactory(code="23419", parent=district, valid_to=OLD_END)
    c3 = UnitFactory(code="23425", parent=district, valid_to=OLD_END)
    new_p = UnitFactory(kind="province", code="51", valid_from=NEW_START)
    x = UnitFactory(code="23416", parent=new_p, valid_from=NEW_START, name="Xã mới")
    y = UnitFactory(code="23440", parent=new_p, valid_from=NEW_START)
    for old, new in [(old_p, new_p), (c1, x), (c2, x), (c3, x), (c3, y), (district, x)]:
        UnitSuccession.objects.create(predecessor=old, successor=new, effective_on=NEW_START)
    return locals()


def test_the_tree_as_of_a_date_before_the_reorganisation(reorganisation):
    roots = unit_tree(on=dt.date(2025, 1, 1))
    assert [r.unit.code for r in roots] == ["62"]
    district = roots[0].children[0]
    assert [c.unit.code for c in district.children] == ["23416", "23419", "23425"]


def test_the_tree_as_of_a_date_after_the_reorganisation(reorganisation):
    roots = unit_tree(on=dt.date(2025, 7, 1))
    assert [r.unit.code for r in roots] == ["51"]
    assert [c.unit.name for c in roots[0].children] == ["Xã mới", roots[0].children[1].unit.name]


def test_the_same_code_names_different_units_at_different_times(reorganisation):
    assert AdministrativeUnit.objects.valid_on(OLD_END).get(code="23416").name == "Thị trấn cũ"
    assert AdministrativeUnit.objects.valid_on(NEW_START).get(code="23416").name == "Xã mới"


def test_a_merged_commune_has_one_current_successor(reorganisation):
    r = reorganisation
    assert unit_current_successors(r["c2"], on=dt.date(2026, 1, 1)) == [r["x"]]


def test_a_split_commune_has_several_current_successors(reorganisation):
    r = reorganisation
    assert unit_current_successors(r["c3"], on=dt.date(2026, 1, 1)) == [r["x"], r["y"]]


def test_successors_follow_chains_of_reorganisations(reorganisation):
    r = reorganisation
    r["x"].valid_to = dt.date(2026, 12, 31)
    r["x"].save()
    z = UnitFactory(code="99999", valid_from=dt.date(2027, 1, 1))
    UnitSuccession.objects.create(predecessor=r["x"], successor=z, effective_on=z.valid_from)
    assert unit_current_successors(r["c1"], on=dt.date(2027, 3, 1)) == [z]


def test_a_unit_in_force_is_its_own_successor(reorganisation):
    assert unit_current_successors(reorganisation["x"], on=NEW_START) == [reorganisation["x"]]


def test_historic_units_of_a_new_commune(reorganisation):
    r = reorganisation
    codes = {(u.code, u.valid_to) for u in unit_historic_units(r["x"], on=NEW_START)}
    assert codes == {("23416", OLD_END), ("23419", OLD_END), ("23425", OLD_END), ("613", OLD_END)}


def test_historic_units_of_the_new_province_include_every_old_commune(reorganisation):
    r = reorganisation
    historic = set(unit_historic_units(r["new_p"], on=NEW_START))
    assert {r["old_p"], r["district"], r["c1"], r["c2"], r["c3"]} == historic


def test_figures_scope_adds_old_communes_under_the_new_one(reorganisation):
    r = reorganisation
    assert unit_scope_ids(r["y"], on=NEW_START) == {r["y"].pk, r["c3"].pk}
