"""`motcua clean-text`: the text stored before the input boundary is cleaned with the
boundary's own rule, counted per model and field, and recorded in the audit log."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import translation

from motcua.core.models import ApiToken, AuditEvent, ImportJob

pytestmark = pytest.mark.django_db
# PostgreSQL refuses NUL in text, so the old data here holds the other controls.
DIRTY = "\x01\x02Nguye\u0302\u0303n \u202ebáo cáo.xlsx"
CLEAN = "Nguyễn báo cáo.xlsx"


def run(*args: str) -> str:
    out = io.StringIO()
    with translation.override("en"):
        call_command("clean-text", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def user():
    return get_user_model().objects.create(username="officer")


def new_job(user, filename: str) -> ImportJob:
    return ImportJob(kind="units", filename=filename, data=b"", created_by=user)


@pytest.fixture
def old_job(user):
    job = new_job(user, "x")
    job.save()
    ImportJob.objects.filter(pk=job.pk).update(filename=DIRTY)
    job.refresh_from_db()
    return job


def test_a_dry_run_counts_and_changes_nothing(old_job):
    said = run("--dry-run")

    assert "core.ImportJob.filename: 1" in said
    assert "1 values would be cleaned." in said
    old_job.refresh_from_db()
    assert old_job.filename == DIRTY
    assert not AuditEvent.objects.filter(action="text.clean").exists()


def test_a_run_cleans_keeps_the_update_time_and_is_audited(old_job):
    updated_at = old_job.updated_at

    said = run()

    old_job.refresh_from_db()
    assert old_job.filename == CLEAN
    assert old_job.updated_at == updated_at
    assert "1 values cleaned." in said
    event = AuditEvent.objects.get(action="text.clean")
    assert event.detail == {"changed": {"core.ImportJob.filename": 1}, "conflicts": []}
    assert "0 values would be cleaned." in run("--dry-run")


def test_a_clean_database_is_left_alone(user):
    new_job(user, "Đơn vị.xlsx").save()

    assert "0 values cleaned." in run()
    assert not AuditEvent.objects.exists()


def test_a_value_that_would_collide_under_a_unique_key_is_left_and_named(user):
    kept = ApiToken.objects.create(user=user, name="a", key_hash="abc", prefix="mct_1")
    old = ApiToken.objects.create(user=user, name="b", key_hash="x", prefix="mct_2")
    ApiToken.objects.filter(pk=old.pk).update(key_hash="ab\x01c")

    said = run()

    old.refresh_from_db()
    kept.refresh_from_db()
    assert (kept.key_hash, old.key_hash) == ("abc", "ab\x01c")
    assert f"core.ApiToken {old.pk}" in said
    assert AuditEvent.objects.get(action="text.clean").detail["conflicts"] == [
        f"core.ApiToken {old.pk}"
    ]


def test_many_rows_are_read_in_batches(user):
    jobs = ImportJob.objects.bulk_create(new_job(user, f"tep-{n}.xlsx") for n in range(2500))
    ImportJob.objects.filter(pk__in=[jobs[0].pk, jobs[-1].pk]).update(filename="\x7ftep.xlsx")

    assert "core.ImportJob.filename: 2" in run()
    assert ImportJob.objects.filter(filename="tep.xlsx").count() == 2
