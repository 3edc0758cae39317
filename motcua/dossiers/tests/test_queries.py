"""Every list and selector of the workspace reads a fixed number of queries, however many
dossiers there are (factories build the many)."""

import datetime as dt

import pytest

from motcua.dossiers.book import tracking_book_workbook
from motcua.dossiers.inbox import dossier_queue_page, officer_inbox, unit_workload
from motcua.dossiers.selectors import dossier_for_staff
from motcua.dossiers.tests.factories import DossierFactory
from motcua.dossiers.workspace import dossier_page
from motcua.orgs.access import access_for
from motcua.orgs.models import Role
from motcua.orgs.tests.factories import AgencyFactory, MembershipFactory, UserFactory


@pytest.fixture
def justice(world):
    agency = AgencyFactory(unit=world.commune_a, kind="specialised", name="Tư pháp xã A")
    officer = UserFactory(username="lan", first_name="Lan", last_name="Trần")
    MembershipFactory(user=officer, role=Role.PROCESSING_OFFICER, agency=agency)
    head = UserFactory(username="head_a", first_name="Hùng", last_name="Phạm")
    MembershipFactory(user=head, role=Role.UNIT_HEAD, unit=world.commune_a)
    return agency, officer, head


def many(world, justice, how_many):
    agency, officer, _head = justice
    for _ in range(how_many):
        DossierFactory(
            agency=world.one_stop_a, received_by=world.counter_a, steps=[(agency, officer)]
        )
        DossierFactory(agency=world.one_stop_a, received_by=world.counter_a)


@pytest.mark.parametrize("how_many", [1, 15])
def test_the_queue_page_reads_a_fixed_number_of_queries(
    world, justice, django_assert_num_queries, how_many
):
    many(world, justice, how_many)
    access = access_for(world.counter_a)
    with django_assert_num_queries(2):  # the count and the page
        listing = dossier_queue_page(access=access, user=world.counter_a, queue="all")
    assert len(listing.groups[0].rows) == 2 * how_many


@pytest.mark.parametrize("how_many", [1, 15])
def test_the_inbox_reads_a_fixed_number_of_queries(
    world, justice, django_assert_num_queries, how_many
):
    many(world, justice, how_many)
    _agency, officer, _head = justice
    access = access_for(officer)
    # The tray's count and rows; an officer who neither heads nor receives has no other tray.
    with django_assert_num_queries(2):
        trays = officer_inbox(access=access, user=officer, tab="process")
    assert len(trays.rows) == how_many
    _agency, _officer, head = justice
    head_access = access_for(head)
    with django_assert_num_queries(4):  # the head: three counts and the tray
        officer_inbox(access=head_access, user=head, tab="sign")


@pytest.mark.parametrize("how_many", [1, 15])
def test_the_heads_workload_reads_a_fixed_number_of_queries(
    world, justice, django_assert_num_queries, how_many
):
    many(world, justice, how_many)
    _agency, _officer, head = justice
    access = access_for(head)
    with django_assert_num_queries(4):  # steps, counter dossiers, memberships, users
        workload = unit_workload(access=access, today=dt.date(2025, 4, 22))
    assert workload.total == 2 * how_many


@pytest.mark.parametrize("how_many", [1, 15])
def test_the_tracking_book_reads_a_fixed_number_of_queries(
    world, justice, django_assert_num_queries, how_many
):
    many(world, justice, how_many)
    with django_assert_num_queries(4):  # dossiers, steps, memberships, users
        tracking_book_workbook(
            agency=world.one_stop_a, start=dt.date(2025, 4, 1), end=dt.date(2025, 4, 30)
        )


def test_the_dossier_page_reads_the_same_queries_for_two_steps_or_five(
    world, justice, django_assert_num_queries
):
    agency, officer, _head = justice
    access = access_for(world.counter_a)
    counts = []
    for steps in (2, 5):
        dossier = DossierFactory(
            agency=world.one_stop_a, received_by=world.counter_a, steps=[(agency, officer)] * steps
        )
        found = dossier_for_staff(code=dossier.code, access=access)
        assert found is not None
        dossier_page(access=access, dossier=found)  # warm the calendar and the caches
        with django_assert_num_queries(PAGE_QUERIES) as counted:
            page = dossier_page(access=access, dossier=found)
        counts.append(len(counted.captured_queries))
        assert len(page.steps) == steps
    assert counts[0] == counts[1]


# Beyond the prefetched dossier: the names (2), whether anyone in the agency holding the
# step can take it over (1), the officers of the step in hand and of the next one (2), the
# papers for a supplement request (1), whether one was made (2).
PAGE_QUERIES = 8
