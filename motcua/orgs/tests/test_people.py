"""People are named by their full name, family name first, and the title of their main post;
never by their login name."""

import datetime as dt

import pytest
from django.utils import translation

from motcua.orgs.models import Role
from motcua.orgs.people import full_name, name_of, people, people_of, person
from motcua.orgs.tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_the_family_name_comes_first():
    user = UserFactory(username="hoa.nt", first_name="Thị Hoa", last_name="Nguyễn")

    assert full_name(user) == "Nguyễn Thị Hoa"
    assert name_of(" Văn  An ", "Trần") == "Trần Văn An"


def test_someone_without_a_name_is_never_shown_by_login():
    user = UserFactory(username="officer17")

    with translation.override("vi"):
        shown = person(user)

    assert shown is not None
    assert "officer17" not in shown.label
    assert shown.name == "Cán bộ chưa có họ tên"


def test_the_title_is_the_main_post_in_force(world):
    world.head_b.first_name, world.head_b.last_name = "Văn Bình", "Lê"
    world.head_b.save()
    # The same person also counts as a counter officer of commune A, and held a post that ended.
    MembershipFactory(user=world.head_b, role=Role.COUNTER_OFFICER, agency=world.one_stop_a)
    MembershipFactory(
        user=world.head_b,
        role=Role.COORDINATOR,
        unit=world.province,
        valid_to=dt.date(2025, 7, 2),
    )

    with translation.override("vi"):
        shown = people([world.head_b.pk])[world.head_b.pk]

    assert shown.name == "Lê Văn Bình"
    assert shown.title == "Thủ trưởng đơn vị, Xã B"
    assert shown.label == "Lê Văn Bình (Thủ trưởng đơn vị, Xã B)"


def test_any_number_of_people_cost_two_queries(world, django_assert_num_queries):
    ids = [world.counter_a.pk, world.head_b.pk, world.coordinator.pk, world.outsider.pk, None]

    with django_assert_num_queries(2):
        found = people(ids)

    assert set(found) == set(ids) - {None}
    assert found[world.outsider.pk].title == ""
    with django_assert_num_queries(0):
        assert people([None]) == {}


def test_people_already_read_cost_one_query(world, django_assert_num_queries):
    users = [world.counter_a, world.head_b, None]

    with django_assert_num_queries(1):
        found = people_of(users)

    assert set(found) == {world.counter_a.pk, world.head_b.pk}
