"""Staff pages: outsiders see nothing; imports run in the background with progress."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from motcua.catalogue.models import Procedure
from motcua.catalogue.services import procedure_template_rows
from motcua.catalogue.tests.factories import form_make, procedure_make
from motcua.core.models import ImportJob
from motcua.orgs.tests.factories import PASSWORD


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def job_make(user, **fields) -> ImportJob:
    return ImportJob.objects.create(created_by=user, **{"data": b"", **fields})


def template_csv() -> bytes:
    import csv
    import io

    out = io.StringIO()
    csv.writer(out).writerows(procedure_template_rows())
    return out.getvalue().encode()


STAFF_URLS = [
    "/staff/",
    "/staff/publication/",
    "/staff/imports/procedures/",
    "/staff/imports/procedures/template.xlsx",
]


@pytest.mark.parametrize("url", STAFF_URLS)
def test_anonymous_visitors_are_sent_to_the_login_page(client, world, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


@pytest.mark.parametrize("url", STAFF_URLS)
def test_an_outsider_with_an_account_sees_nothing(client, world, url):
    login(client, world.outsider)
    assert client.get(url).status_code == 403


def test_a_counter_officer_sees_the_publication_check(client, world):
    import datetime as dt

    form_make(procedure_make(), valid_to=dt.date(2024, 1, 1))
    login(client, world.counter_a)
    page = client.get("/staff/publication/").content.decode()
    assert "1.001193" in page and "TK" in page


def test_a_counter_officer_may_not_import_procedures(client, world):
    login(client, world.counter_a)
    assert client.get("/staff/imports/procedures/").status_code == 403
    upload = SimpleUploadedFile("p.csv", template_csv())
    assert client.post("/staff/imports/procedures/", {"file": upload}).status_code == 403
    assert Procedure.objects.count() == 0


def test_a_unit_head_may_not_import_units(client, world):
    login(client, world.head_b)
    assert client.get("/staff/imports/units/").status_code == 403


def test_an_administrator_checks_a_procedure_list_then_confirms_it(client, world):
    login(client, world.administrator)
    upload = SimpleUploadedFile("p.csv", template_csv())
    response = client.post("/staff/imports/procedures/", {"file": upload})
    job = ImportJob.objects.get()
    assert response["Location"] == f"/staff/imports/job/{job.public_id}/"

    preview = client.get(response["Location"]).content.decode()
    job.refresh_from_db()
    assert job.status == "checked" and job.result["created_keys"] == ["1.001193"]
    assert "1.001193" in preview and "import_confirm" not in preview
    assert f"/staff/imports/job/{job.public_id}/confirm/" in preview
    assert not Procedure.objects.exists()  # nothing written before confirmation

    client.post(f"/staff/imports/job/{job.public_id}/confirm/", {"action": "import"})
    client.post(f"/staff/imports/job/{job.public_id}/confirm/", {"action": "import"})  # twice
    job.refresh_from_db()
    assert job.status == "done" and job.result["created"] == 1 and job.data == b""
    assert Procedure.objects.filter(code="1.001193").count() == 1


def test_a_checked_import_can_be_cancelled(client, world):
    login(client, world.administrator)
    client.post("/staff/imports/procedures/", {"file": SimpleUploadedFile("p.csv", template_csv())})
    job = ImportJob.objects.get()
    client.post(f"/staff/imports/job/{job.public_id}/confirm/", {"action": "cancel"})
    job.refresh_from_db()
    assert job.status == "cancelled" and job.data == b""
    assert not Procedure.objects.exists()


def test_only_the_uploader_confirms_an_import(client, world):
    login(client, world.administrator)
    client.post("/staff/imports/procedures/", {"file": SimpleUploadedFile("p.csv", template_csv())})
    job = ImportJob.objects.get()
    login(client, world.coordinator)
    response = client.post(f"/staff/imports/job/{job.public_id}/confirm/", {"action": "import"})
    assert response.status_code == 404
    assert client.get(f"/staff/imports/job/{job.public_id}/confirm/").status_code == 405
    assert not Procedure.objects.exists()


def test_a_running_import_page_refreshes_itself_without_javascript(client, world):
    login(client, world.administrator)
    job = job_make(
        world.administrator,
        kind="procedures",
        filename="x.csv",
        data=b"",
        status="running",
        done=5,
        total=10,
    )
    page = client.get(f"/staff/imports/job/{job.public_id}/").content.decode()
    assert 'http-equiv="refresh"' in page and "htmx" in page
    assert 'value="50"' in page


def test_a_failed_import_lists_row_and_column(client, world):
    login(client, world.coordinator)
    bad = template_csv().replace(b"commune", b"hamlet")
    client.post("/staff/imports/procedures/", {"file": SimpleUploadedFile("p.csv", bad)})
    job = ImportJob.objects.get()
    page = client.get(f"/staff/imports/job/{job.public_id}/").content.decode()
    assert job.result["ok"] is False
    assert "<td>2</td><td>D (level)</td>" in page
    assert Procedure.objects.count() == 0


def test_another_user_cannot_read_my_import(client, world):
    job = job_make(world.administrator, kind="procedures", filename="x.csv", data=b"")
    login(client, world.coordinator)
    assert client.get(f"/staff/imports/job/{job.public_id}/").status_code == 404


@pytest.mark.parametrize(
    ("name", "data"), [("p.txt", b"code\n1"), ("p.csv", b""), ("p.exe", b"MZ")]
)
def test_uploads_of_the_wrong_kind_are_refused_on_the_form(client, world, name, data):
    login(client, world.administrator)
    response = client.post("/staff/imports/procedures/", {"file": SimpleUploadedFile(name, data)})
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert ImportJob.objects.count() == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_template_downloads_with_labels_a_guide_and_text_cells(client, world, fmt):
    import csv
    import io

    from openpyxl import load_workbook

    from motcua.catalogue.services import PROCEDURE_COLUMNS, procedures_import

    login(client, world.administrator)
    response = client.get(f"/staff/imports/procedures/template.{fmt}")
    assert response.status_code == 200
    if fmt == "xlsx":
        workbook = load_workbook(io.BytesIO(response.content))
        sheet = workbook.worksheets[0]
        assert sheet["A1"].value == "Mã thủ tục (code)"
        assert sheet["A2"].number_format == "@"  # Excel keeps 1.001193 as typed
        assert workbook.worksheets[1].max_row == len(PROCEDURE_COLUMNS) + 1
        sheet.append(["1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã"])
        out = io.BytesIO()
        workbook.save(out)
        data = out.getvalue()
    else:
        header = next(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert header[0] == "Mã thủ tục (code)"
        data = response.content + "1.001193,Đăng ký khai sinh,Hộ tịch,Cấp xã\n".encode()
    result = procedures_import(data=data, filename=f"t.{fmt}")
    assert result.ok, result.problems


def test_the_unit_tree_shows_the_units_of_a_past_date_and_what_they_became(client, world):
    import datetime as dt

    from motcua.orgs.tests.factories import UnitFactory

    old = UnitFactory(code="23419", name="Xã Cũ", valid_to=dt.date(2025, 6, 30))
    old.successions.create(successor=world.commune_a, effective_on=dt.date(2025, 7, 1))
    login(client, world.counter_a)
    before = client.get("/staff/units/", {"on": "2025-06-30"}).content.decode()
    assert "Xã Cũ" in before and "Xã A" in before  # "became Xã A"
    after = client.get("/staff/units/", {"on": "2025-07-01"}).content.decode()
    assert "Xã Cũ" not in after and "Xã B" in after
    assert client.get("/staff/units/", {"on": "30/06/2025"}).status_code == 200


def test_the_import_progress_polls_with_htmx_and_falls_back_without_javascript(client, world):
    login(client, world.administrator)
    job = job_make(world.administrator, kind="units", filename="u.csv", data=b"", status="queued")
    url = f"/staff/imports/job/{job.public_id}/"
    page = client.get(url).content.decode()
    assert 'hx-trigger="every 2s"' in page and 'hx-swap="innerHTML"' in page
    assert "<noscript>" in page and 'aria-live="polite"' in page
    polling = client.get(url, HTTP_HX_REQUEST="true")
    assert polling.status_code == 200 and "<section" not in polling.content.decode()
    job.status = "done"
    job.result = {"ok": True, "created": 3, "updated": 0}
    job.save()
    finished = client.get(url, HTTP_HX_REQUEST="true")
    assert finished.status_code == 286  # htmx stops polling


def test_a_crashing_import_fails_cleanly_and_says_so(client, world, monkeypatch):
    from motcua.core import imports

    def explode(**kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(imports.IMPORTERS, "procedures", explode)
    login(client, world.administrator)
    client.post("/staff/imports/procedures/", {"file": SimpleUploadedFile("p.csv", template_csv())})
    job = ImportJob.objects.get()
    assert job.status == "failed" and job.data == b""
    page = client.get(f"/staff/imports/job/{job.public_id}/").content.decode()
    assert "disk on fire" not in page and 'class="errors"' in page


def test_an_oversized_upload_is_refused_before_it_is_stored(client, world, settings):
    settings.MOTCUA_IMPORT_MAX_BYTES = 100
    login(client, world.administrator)
    upload = SimpleUploadedFile("p.csv", b"code,name\n" + b"x" * 200)
    response = client.post("/staff/imports/procedures/", {"file": upload})
    assert "errorlist" in response.content.decode()
    assert ImportJob.objects.count() == 0


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_the_publication_check_downloads_as_a_table(client, world, fmt):
    import datetime as dt
    import io

    from openpyxl import load_workbook

    form_make(procedure_make(), valid_to=dt.date(2024, 1, 1))
    login(client, world.supervisor)
    response = client.get("/staff/publication/", {"format": fmt})
    assert response.status_code == 200
    if fmt == "csv":
        text = response.content.decode("utf-8-sig")
        assert "1.001193" in text and "2024-01-01" in text
    else:
        sheet = load_workbook(io.BytesIO(response.content)).active
        assert sheet.cell(2, 1).value == "1.001193"


def test_csv_exports_defuse_spreadsheet_formulas():
    from motcua.core.exports import table_response

    response = table_response(name="t", fmt="csv", headers=["a"], rows=[["=HYPERLINK(1)"]])
    assert "'=HYPERLINK(1)" in response.content.decode("utf-8-sig")


def test_the_unit_tree_downloads_as_xlsx(client, world):
    login(client, world.head_b)
    response = client.get("/staff/units/", {"on": "2025-07-01", "format": "xlsx"})
    assert response["Content-Disposition"] == 'attachment; filename="units-2025-07-01.xlsx"'
    assert client.get("/staff/units/", {"format": "pdf"}).status_code == 404


def test_the_admin_lists_link_to_the_imports(client, world):
    from django.contrib.auth import get_user_model

    root = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(root)
    assert "/staff/imports/units/" in client.get("/admin/orgs/administrativeunit/").content.decode()
    procedures = client.get("/admin/catalogue/procedure/").content.decode()
    assert "/staff/imports/procedures/" in procedures and "/staff/publication/" in procedures
    assert client.get("/admin/core/importjob/").status_code == 200


@pytest.mark.django_db(transaction=True)
def test_a_web_import_waits_in_the_queue_until_the_worker_runs_it(client, world, settings):
    from django.core.management import call_command

    def work() -> None:
        call_command("db_worker", "--batch", "--no-startup-delay", "--queue-name", "*", verbosity=0)

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    login(client, world.administrator)
    client.post("/staff/imports/procedures/", {"file": SimpleUploadedFile("p.csv", template_csv())})
    job = ImportJob.objects.get()
    assert job.status == "queued"
    assert "Đang chờ" in client.get(f"/staff/imports/job/{job.public_id}/").content.decode()

    work()
    job.refresh_from_db()
    assert job.status == "checked" and not Procedure.objects.exists()

    client.post(f"/staff/imports/job/{job.public_id}/confirm/", {"action": "import"})
    work()
    job.refresh_from_db()
    assert job.status == "done" and (job.done, job.total) == (1, 1)
    assert Procedure.objects.filter(code="1.001193").exists()


def test_a_commune_administrator_may_not_replace_the_province_catalogue(client, world):
    from motcua.catalogue.services import procedures_import
    from motcua.orgs.models import Membership, Role
    from motcua.orgs.tests.factories import UserFactory

    commune_admin = UserFactory(username="commune_admin")
    Membership.objects.create(user=commune_admin, unit=world.commune_a, role=Role.ADMINISTRATOR)
    login(client, commune_admin)
    assert client.get("/staff/imports/procedures/").status_code == 403
    assert client.get("/staff/imports/units/").status_code == 200
    result = procedures_import(data=template_csv(), filename="p.csv", actor=commune_admin)
    assert not result.ok and Procedure.objects.count() == 0


def test_a_job_nobody_works_on_warns_that_the_worker_may_be_down(client, world, time_machine):
    import datetime as dt

    time_machine.move_to(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
    login(client, world.administrator)
    job = job_make(world.administrator, kind="units", filename="u.csv", data=b"x")
    url = f"/staff/imports/job/{job.public_id}/"
    assert "db_worker" not in client.get(url).content.decode()
    time_machine.move_to(dt.datetime(2026, 1, 5, 9, 11, tzinfo=dt.UTC))
    assert "db_worker" in client.get(url).content.decode()


@pytest.mark.django_db
def test_repeated_wrong_passwords_lock_the_login_for_a_while(client, world, settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    for _attempt in range(3):
        response = client.post("/accounts/login/", {"username": "counter_a", "password": "wrong"})
    assert response.status_code == 429
    assert "Đăng nhập sai quá nhiều lần" in response.content.decode()
    right = client.post("/accounts/login/", {"username": "counter_a", "password": PASSWORD})
    assert right.status_code == 429  # even the right password waits out the pause
    other = client.post("/accounts/login/", {"username": "coordinator", "password": PASSWORD})
    assert other.status_code == 302


@pytest.mark.django_db
def test_behind_a_proxy_the_lockout_follows_the_forwarded_address(world, settings):
    """The login lockout reads the client's address the way the rate limits do."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    settings.PROXY_COUNT = 1
    attacker = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="203.0.113.66")
    for _attempt in range(3):
        response = attacker.post("/accounts/login/", {"username": "counter_a", "password": "x"})
    assert response.status_code == 429
    # The officer logs in from elsewhere through the same proxy.
    officer = Client(REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.20")
    right = officer.post("/accounts/login/", {"username": "counter_a", "password": PASSWORD})
    assert right.status_code == 302


def test_a_stalled_running_import_can_be_cancelled(client, world, time_machine):
    import datetime as dt

    time_machine.move_to(dt.datetime(2026, 1, 5, 9, 0, tzinfo=dt.UTC))
    login(client, world.administrator)
    job = job_make(world.administrator, kind="units", filename="u.csv", data=b"x", status="running")
    url = f"/staff/imports/job/{job.public_id}/confirm/"
    client.post(url, {"action": "cancel"})
    job.refresh_from_db()
    assert job.status == "running"  # a job at work is not cancelled under its feet
    time_machine.move_to(dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC))
    assert "không được lưu" in client.get(f"/staff/imports/job/{job.public_id}/").content.decode()
    client.post(url, {"action": "cancel"})
    job.refresh_from_db()
    assert job.status == "cancelled" and job.data == b""


def test_unconfirmed_imports_are_purged_after_a_week(world, time_machine):
    import datetime as dt

    from django.core.management import call_command

    time_machine.move_to(dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC))
    old = job_make(world.administrator, kind="units", filename="u.csv", data=b"x", status="checked")
    time_machine.move_to(dt.datetime(2026, 1, 7, 9, 0, tzinfo=dt.UTC))
    recent = job_make(
        world.administrator, kind="units", filename="v.csv", data=b"y", status="checked"
    )
    time_machine.move_to(dt.datetime(2026, 1, 9, 9, 0, tzinfo=dt.UTC))
    call_command("purge-imports", verbosity=0)
    old.refresh_from_db()
    recent.refresh_from_db()
    assert (old.status, old.data) == ("cancelled", b"")
    assert (recent.status, bytes(recent.data)) == ("checked", b"y")
