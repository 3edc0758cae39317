"""The pickers of feedback in Vietnamese dictionary order: topics, communes, agencies and the
officials an item may name, Đ right after D and before E."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.feedback import selectors
from motcua.feedback.forms import ClassifyForm
from motcua.feedback.models import Category
from motcua.feedback.tests.factories import CategoryFactory, FeedbackFactory
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UnitFactory, UserFactory

pytestmark = pytest.mark.django_db

NAMES = ["Yên Bình", "Điện Biên", "Ea Súp", "Dân Chủ", "Đất Đai"]
ORDERED = ["Dân Chủ", "Đất Đai", "Điện Biên", "Ea Súp", "Yên Bình"]
DAY = dt.date(2026, 1, 5)


def labels(choices, group=None):
    """The labels of a picker's choices, or of one of its groups."""
    for value, label in choices:
        if isinstance(label, list) and value == group:
            return [text for _key, text in label]
    return [label for value, label in choices if value and not isinstance(label, list)]


def test_topics_come_by_position_then_in_vietnamese_order():
    Category.objects.all().delete()
    for name in NAMES:
        CategoryFactory(name=name, position=1)
    CategoryFactory(name="Ưu tiên", position=0)  # staff put it first
    assert labels(selectors.category_picker().choices) == ["Ưu tiên", *ORDERED]


def test_communes_come_in_vietnamese_order_under_each_province():
    first = UnitFactory(kind="province", code="01", name="Tỉnh Đắk Lắk")
    second = UnitFactory(kind="province", code="02", name="Tỉnh Điện Biên")
    third = UnitFactory(kind="province", code="03", name="Tỉnh Cao Bằng")
    for name in NAMES:
        for province in (first, second, third):
            UnitFactory(kind="commune", name=f"Xã {name}", parent=province)
    choices = selectors.commune_picker(on=DAY).choices
    assert [group for group, _options in choices] == [
        "Tỉnh Cao Bằng",
        "Tỉnh Đắk Lắk",
        "Tỉnh Điện Biên",
    ]
    assert labels(choices, "Tỉnh Đắk Lắk") == [f"Xã {name}" for name in ORDERED]


def test_agencies_come_in_vietnamese_order_within_their_committee():
    unit = UnitFactory(kind="commune", name="Xã A")
    for name in NAMES:
        AgencyFactory(unit=unit, name=f"Phòng {name}")
    choices = selectors.agency_picker(on=DAY).choices
    assert labels(choices, "Xã A") == [f"Phòng {name}" for name in ORDERED]


def test_the_officials_an_item_may_name_come_in_vietnamese_order(world):
    for family in ["Yên", "Điện", "Ea", "Dân", "Đất"]:
        user = UserFactory(username=f"officer-{len(family)}-{ord(family[0])}")
        user.last_name, user.first_name = family, "Văn An"
        user.save()
        MembershipFactory(user=user, unit=world.commune_a, role=Role.PROCESSING_OFFICER)
    item = FeedbackFactory(unit=world.commune_a)
    form = ClassifyForm(item=item)
    names = [label.split(" (")[0] for value, label in form.fields["official"].choices if value]
    expected = [f"{family} Văn An" for family in ["Dân", "Đất", "Điện", "Ea", "Yên"]]
    assert [name for name in names if name in expected] == expected
