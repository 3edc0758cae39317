"""Who may see and change what, read as sentences about named people."""

import datetime as dt

from motcua.orgs.access import access_for
from motcua.orgs.models import Agency, Membership
from motcua.orgs.tests.factories import AgencyFactory, UnitFactory


def test_an_outsider_sees_nothing(world):
    access = access_for(world.outsider)
    assert access.is_outsider
    assert not access.can_view(world.commune_a)
    assert not access.can_view(world.province)


def test_an_anonymous_visitor_sees_nothing(world):
    from django.contrib.auth.models import AnonymousUser

    assert access_for(AnonymousUser()).is_outsider


def test_a_counter_officer_sees_only_the_commune_of_the_one_stop_unit(world):
    access = access_for(world.counter_a)
    assert access.can_view(world.commune_a)
    assert access.can_change(world.commune_a)
    assert not access.can_view(world.commune_b)
    assert not access.can_view(world.province)
    assert access.agency_ids == frozenset({world.one_stop_a.pk})


def test_a_unit_head_of_commune_b_cannot_see_commune_a(world):
    access = access_for(world.head_b)
    assert access.can_change(world.commune_b)
    assert not access.can_view(world.commune_a)


def test_a_province_coordinator_reaches_every_commune(world):
    access = access_for(world.coordinator)
    assert access.can_change(world.commune_a) and access.can_change(world.commune_b)
    assert access.has_role(world.commune_b, "coordinator")


def test_a_supervisor_reads_everything_below_and_changes_nothing(world):
    access = access_for(world.supervisor)
    assert access.can_view(world.commune_a)
    assert not access.can_change(world.commune_a)
    assert not access.can_change(world.province)


def test_an_expired_membership_gives_nothing(world):
    Membership.objects.filter(user=world.counter_a).update(valid_to=dt.date(2020, 1, 1))
    assert access_for(world.counter_a).is_outsider


def test_staff_of_a_new_commune_see_its_historic_communes(world):
    old = UnitFactory(code="29999", valid_to=dt.date(2025, 6, 30))
    old.successions.create(successor=world.commune_a, effective_on=dt.date(2025, 7, 1))
    assert access_for(world.counter_a).can_view(old)
    assert not access_for(world.head_b).can_view(old)


def test_querysets_narrow_to_what_the_user_may_see(world):
    AgencyFactory(unit=world.commune_b)
    visible = access_for(world.counter_a).visible(Agency.objects.all())
    assert {a.unit_id for a in visible} == {world.commune_a.pk}
    assert access_for(world.outsider).visible(Agency.objects.all()).count() == 0


def test_nobody_changes_a_historic_unit_even_its_successors_staff(world):
    old = UnitFactory(code="29998", valid_to=dt.date(2025, 6, 30))
    for successor in (world.commune_a, world.commune_b):
        old.successions.create(successor=successor, effective_on=dt.date(2025, 7, 1))
    for user in (world.counter_a, world.head_b, world.coordinator):
        access = access_for(user)
        assert access.can_view(old)
        assert not access.can_change(old)


def test_a_successor_link_from_a_unit_still_in_force_gives_no_access(world):
    neighbour = UnitFactory(code="29997")  # still in force: a partial transfer, say
    neighbour.successions.create(successor=world.commune_a, effective_on=dt.date(2025, 7, 1))
    assert not access_for(world.counter_a).can_view(neighbour)


def test_staff_of_a_closed_agency_reach_nothing_through_it(world):
    world.one_stop_a.valid_to = dt.date(2025, 12, 31)
    world.one_stop_a.save()
    assert access_for(world.counter_a, on=dt.date(2026, 1, 1)).is_outsider
    assert not access_for(world.counter_a, on=dt.date(2025, 12, 31)).is_outsider


def test_a_department_head_answers_for_the_department_not_every_commune(world):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import UserFactory

    department = AgencyFactory(unit=world.province, name="Sở Tư pháp")
    head = UserFactory(username="so_head")
    Membership.objects.create(user=head, agency=department, role=Role.UNIT_HEAD)
    access = access_for(head)
    assert access.can_change(world.province)
    assert not access.can_view(world.commune_a)


def test_the_home_affairs_office_coordinator_reaches_every_commune(world):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import UserFactory

    office = AgencyFactory(unit=world.province, name="Sở Nội vụ", is_home_affairs_office=True)
    officer = UserFactory(username="noi_vu")
    Membership.objects.create(user=officer, agency=office, role=Role.COORDINATOR)
    assert access_for(officer).can_view(world.commune_b)


def test_province_wide_roles_are_told_apart_from_commune_roles(world):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import UserFactory

    commune_admin = UserFactory(username="commune_admin")
    Membership.objects.create(user=commune_admin, unit=world.commune_a, role=Role.ADMINISTRATOR)
    assert not access_for(commune_admin).has_top_role(Role.ADMINISTRATOR)
    assert access_for(world.administrator).has_top_role(Role.ADMINISTRATOR)


def test_a_department_administrator_gets_no_province_wide_power(world):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import UserFactory

    department = AgencyFactory(unit=world.province, name="Sở Tư pháp")
    user = UserFactory(username="so_admin")
    Membership.objects.create(user=user, agency=department, role=Role.ADMINISTRATOR)
    access = access_for(user)
    assert not access.has_top_role(Role.ADMINISTRATOR)
    assert not access.can_view(world.commune_a)


def test_a_membership_in_an_ended_province_gives_nothing(world):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import UserFactory

    old = UnitFactory(kind="province", code="52", valid_to=dt.date(2025, 6, 30))
    user = UserFactory(username="old_coordinator")
    Membership.objects.create(user=user, unit=old, role=Role.COORDINATOR)
    access = access_for(user, on=dt.date(2026, 1, 1))
    assert access.is_outsider and not access.has_top_role(Role.COORDINATOR)


def test_a_parentless_commune_is_not_a_province(world):
    from motcua.orgs.models import Role
    from motcua.orgs.tests.factories import UserFactory

    orphan = UnitFactory(kind="commune", code="39999")
    user = UserFactory(username="orphan_admin")
    Membership.objects.create(user=user, unit=orphan, role=Role.ADMINISTRATOR)
    assert not access_for(user).has_top_role(Role.ADMINISTRATOR)
