"""`motcua backup` and `motcua restore` on the database the tests run on (SQLite or
PostgreSQL): a round trip gives back every table's row count and the media tree's checksum, and
a backup that is incomplete, damaged or made by newer code is refused before anything is
touched.

The round trip is a transactional test: pg_dump and pg_restore run in processes of their own
and must see committed rows. The rows come from the shared fixtures built with the apps'
factories (`data`, `received_dossier` in motcua/conftest.py)."""

from __future__ import annotations

import io
import json
from contextlib import nullcontext
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import connection

from motcua.core.backup import (
    MANIFEST,
    MEDIA_DIR,
    BackupError,
    backup_create,
    database_counts,
    media_tree_checksum,
    postgres_environ,
    postgres_tool,
)

PDF = b"%PDF-1.4\n" + bytes(range(256)) * 40
PHOTO = b"\xff\xd8\xff\xe0" + bytes(reversed(range(256))) * 400


def run(name: str, *args: str) -> str:
    out = io.StringIO()
    call_command(name, *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def refusal(name: str, *args: str) -> CommandError:
    with pytest.raises(CommandError) as caught:
        run(name, *args)
    return caught.value


@pytest.fixture
def media_files(settings):
    default_storage.save("forms/2025/to-khai.pdf", ContentFile(PDF))
    default_storage.save("feedback/2025/anh-hien-truong.jpg", ContentFile(PHOTO))
    default_storage.save("directives/2025/chi-thi.pdf", ContentFile(PDF[::-1]))
    return Path(settings.MEDIA_ROOT)


@pytest.mark.django_db(transaction=True)
def test_a_restore_gives_back_every_row_and_media_file_as_backed_up(
    data, received_dossier, media_files, tmp_path
):
    # Given a database with dossiers, ratings, a directive and feedback, and media files
    counts = database_counts()
    checksum = media_tree_checksum()
    assert sum(counts.values()) > 500 and counts["dossiers_dossier"] == 7
    backup = tmp_path / "backup"
    summary = json.loads(run("backup", str(backup), "--json"))
    assert summary["rows"] == sum(counts.values())
    assert summary["media_checksum"] == checksum and summary["media_files"] == 3

    # When rows are added, changed and deleted and media files changed, added and deleted
    Dossier = type(received_dossier)
    Dossier.objects.filter(pk=received_dossier.pk).update(applicant_name="Đã sửa")
    data.outsider.delete()
    get_user_model().objects.create(username="after-the-backup")
    get_user_model().objects.create(username="after-the-backup-too")
    (media_files / "forms/2025/to-khai.pdf").write_bytes(b"%PDF-1.4 changed")
    (media_files / "directives/2025/chi-thi.pdf").unlink()
    default_storage.save("feedback/2025/moi.jpg", ContentFile(PHOTO[:100]))
    assert database_counts() != counts and media_tree_checksum() != checksum
    # the database now holds data: refused without --force, nothing touched
    assert refusal("restore", str(backup)).returncode == 2
    assert get_user_model().objects.filter(username="after-the-backup").exists()

    output = run("restore", str(backup), "--force")

    # Then every table holds the rows it held, and the media tree is the one backed up
    assert database_counts() == counts
    assert media_tree_checksum() == checksum
    assert Dossier.objects.get(pk=received_dossier.pk).applicant_name == "Trần Thị Bình"
    assert not get_user_model().objects.filter(username="after-the-backup").exists()
    assert not (media_files / "feedback/2025/moi.jpg").exists()
    assert "dossiers_dossier" in output and "MISMATCH" not in output
    # and the restored database takes writes through Django's reopened connection
    get_user_model().objects.create(username="after-the-restore")


@pytest.mark.django_db(transaction=True)
def test_an_interrupted_backup_leaves_nothing_that_looks_like_a_backup(media_files, tmp_path):
    def interrupted(description, total):
        def advance(_n):
            raise KeyboardInterrupt

        return nullcontext(advance)

    with pytest.raises(KeyboardInterrupt):
        backup_create(tmp_path / "backup", progress=interrupted)

    assert list(tmp_path.iterdir()) == [media_files]
    assert refusal("restore", str(tmp_path / "backup")).returncode == 2


@pytest.mark.django_db(transaction=True)
def test_a_restore_that_does_not_give_back_the_counts_fails(media_files, tmp_path):
    backup = tmp_path / "backup"
    run("backup", str(backup))
    manifest = json.loads((backup / MANIFEST).read_text())
    # The manifest says one more user than the database holds.
    manifest["database"]["tables"]["auth_user"] += 1
    (backup / MANIFEST).write_text(json.dumps(manifest))

    with pytest.raises(CommandError) as caught:
        call_command("restore", str(backup), "--force", stdout=(out := io.StringIO()))

    assert caught.value.returncode == 1
    expected = manifest["database"]["tables"]["auth_user"]
    assert f"auth_user {expected}/{expected - 1}" in str(caught.value)
    assert "MISMATCH" in out.getvalue()


@pytest.fixture
def backup(db, media_files, tmp_path) -> Path:
    """A backup of the (empty) test database and three media files."""
    directory = tmp_path / "backup"
    run("backup", str(directory))
    return directory


@pytest.mark.django_db
def test_it_refuses_a_directory_that_exists(backup):
    error = refusal("backup", str(backup))

    assert error.returncode == 2 and "already exists" in str(error)


@pytest.mark.django_db
def test_it_refuses_a_missing_or_incomplete_backup(backup, tmp_path):
    assert "is not a directory" in str(refusal("restore", str(tmp_path / "nowhere")))
    dump = backup / json.loads((backup / MANIFEST).read_text())["database"]["file"]
    dump.write_bytes(dump.read_bytes()[:1000])
    assert "does not match its checksum" in str(refusal("restore", str(backup), "--force"))
    dump.unlink()
    assert "is missing" in str(refusal("restore", str(backup), "--force"))
    (backup / MANIFEST).unlink()

    error = refusal("restore", str(backup), "--force")

    assert error.returncode == 2 and "not a complete backup" in str(error)


@pytest.mark.django_db
def test_it_refuses_a_damaged_media_file_and_touches_nothing(backup, media_files):
    photo = backup / MEDIA_DIR / "feedback/2025/anh-hien-truong.jpg"
    photo.write_bytes(b"\x00" + photo.read_bytes()[1:])
    (media_files / "forms/2025/to-khai.pdf").unlink()
    before = media_tree_checksum()

    error = refusal("restore", str(backup), "--force")

    assert error.returncode == 2
    assert "damaged (checksum differs): feedback/2025/anh-hien-truong.jpg" in str(error)
    assert media_tree_checksum() == before


@pytest.mark.django_db
def test_it_refuses_a_backup_made_by_newer_code(backup, world):
    manifest = json.loads((backup / MANIFEST).read_text())
    manifest["database"]["migrations"]["dossiers"] = "9999_from_a_later_version"
    (backup / MANIFEST).write_text(json.dumps(manifest))
    counts = database_counts()

    error = refusal("restore", str(backup), "--force")

    assert error.returncode == 2
    assert "newer code" in str(error) and "dossiers 9999_from_a_later_version" in str(error)
    assert database_counts() == counts


def test_the_connection_goes_to_pg_tools_through_the_environment_only():
    settings_dict = {
        "NAME": "motcua",
        "USER": "motcua",
        "PASSWORD": "s3cret",
        "HOST": "db.internal",
        "PORT": 5433,
        "OPTIONS": {"sslmode": "verify-full"},
    }

    assert postgres_environ(settings_dict) == {
        "PGDATABASE": "motcua",
        "PGUSER": "motcua",
        "PGPASSWORD": "s3cret",
        "PGHOST": "db.internal",
        "PGPORT": "5433",
        "PGSSLMODE": "verify-full",
    }


def test_it_says_which_pg_tools_to_install_when_none_matches_the_server():
    with pytest.raises(BackupError) as caught:
        postgres_tool("pg_dump", 99)

    assert "pg_dump of PostgreSQL 99" in str(caught.value)
    assert "apt install postgresql-client-99" in str(caught.value)


@pytest.mark.django_db
def test_the_manifest_describes_the_backup(backup):
    manifest = json.loads((backup / MANIFEST).read_text())

    assert manifest["database"]["engine"] == connection.vendor
    assert manifest["database"]["migrations"]["dossiers"].startswith("00")
    assert manifest["database"]["tables"]["django_migrations"] > 0
    assert {f["path"] for f in manifest["media"]["files"]} == {
        "forms/2025/to-khai.pdf",
        "feedback/2025/anh-hien-truong.jpg",
        "directives/2025/chi-thi.pdf",
    }
    assert manifest["media"]["checksum"] == media_tree_checksum()
