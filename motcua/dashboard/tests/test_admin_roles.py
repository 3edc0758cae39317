"""The admin opens to the people whose role is to manage units and the catalogue."""

import pytest

from motcua.catalogue.tests.factories import form_make, procedure_make
from motcua.orgs.models import Membership, Role
from motcua.orgs.tests.factories import PASSWORD, UserFactory


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_a_province_coordinator_edits_the_catalogue_and_only_reads_units(client, world):
    procedure = procedure_make()
    login(client, world.coordinator)
    assert client.get("/admin/").status_code == 200
    assert client.get(f"/admin/catalogue/procedure/{procedure.pk}/change/").status_code == 200
    assert client.get("/admin/orgs/administrativeunit/").status_code == 200
    assert client.get("/admin/orgs/administrativeunit/add/").status_code == 403
    assert client.get("/admin/auth/user/").status_code == 403


def test_a_province_administrator_manages_units_and_the_catalogue(client, world):
    login(client, world.administrator)
    assert client.get("/admin/orgs/administrativeunit/add/").status_code == 200
    assert client.get("/admin/catalogue/procedure/add/").status_code == 200


@pytest.mark.parametrize("persona", ["counter_a", "head_b", "supervisor", "outsider"])
def test_other_staff_and_outsiders_do_not_get_into_the_admin(client, world, persona):
    login(client, getattr(world, persona))
    response = client.get("/admin/catalogue/procedure/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_commune_administrator_does_not_get_the_province_admin(client, world):
    commune_admin = UserFactory(username="commune_admin")
    Membership.objects.create(user=commune_admin, unit=world.commune_a, role=Role.ADMINISTRATOR)
    login(client, commune_admin)
    assert client.get("/admin/").status_code == 302


def test_the_publication_check_links_editors_to_the_fix(client, world):
    import datetime as dt

    procedure = procedure_make()
    form_make(procedure, valid_to=dt.date(2024, 1, 1))
    login(client, world.coordinator)
    page = client.get("/staff/publication/").content.decode()
    assert f"/admin/catalogue/procedure/{procedure.pk}/change/" in page
    login(client, world.supervisor)
    page = client.get("/staff/publication/").content.decode()
    assert "/admin/catalogue/procedure/" not in page


def test_the_admin_speaks_vietnamese_and_hides_raw_task_results(client, world):
    login(client, world.administrator)
    page = client.get("/admin/").content.decode()
    assert "Quản trị motcua" in page
    assert "django_tasks_db" not in page and "Task Results" not in page


def test_a_province_administrator_picks_users_for_memberships_but_cannot_edit_them(client, world):
    login(client, world.administrator)
    assert client.get("/admin/auth/user/").status_code == 200
    assert client.get(f"/admin/auth/user/{world.counter_a.pk}/change/").status_code == 200
    response = client.post(
        f"/admin/auth/user/{world.counter_a.pk}/change/",
        {"username": "counter_a", "is_superuser": "on"},
    )
    assert response.status_code == 403
    world.counter_a.refresh_from_db()
    assert not world.counter_a.is_superuser


def test_a_coordinator_does_not_read_other_peoples_imports_or_the_audit_log(client, world):
    login(client, world.coordinator)
    assert client.get("/admin/core/importjob/").status_code == 403
    assert client.get("/admin/core/auditevent/").status_code == 403


def test_a_province_coordinator_sets_the_targets_of_the_indicators(client, world):
    from motcua.metrics.models import Target

    login(client, world.coordinator)
    response = client.post(
        "/admin/metrics/target/add/",
        {
            "indicator": "rated_satisfied",
            "unit": world.province.pk,
            "include_descendants": "on",
            "starts_on": "2025-01-01",
            "ends_on": "2025-12-31",
            "value": "90",
            "note": "Chỉ thị",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Target.objects.get().value == 90
    login(client, world.head_b)
    assert client.get("/admin/metrics/target/").status_code == 302
