"""The staff home starts an officer's day from their trays."""

import pytest

from motcua.orgs.tests.factories import PASSWORD

pytestmark = pytest.mark.django_db


def test_a_counter_officer_starts_from_the_trays_with_their_counts(client, received_dossier, world):
    assert client.login(username=world.counter_a.username, password=PASSWORD)

    page = client.get("/staff/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert "Việc của tôi" in page
    assert 'href="/staff/dossiers/inbox/?tab=process"><strong>1</strong>' in page
    assert 'href="/staff/dossiers/inbox/?tab=return"' in page


def test_a_coordinator_who_handles_no_dossier_has_no_trays(client, world):
    assert client.login(username=world.coordinator.username, password=PASSWORD)

    page = client.get("/staff/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()

    assert "Việc của tôi" not in page
    assert "/staff/dossiers/inbox/" not in page
