"""The env-driven settings fail loudly on bad values and treat empty values as unset."""

import os
import subprocess
import sys


def settings_value(expression: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DATABASE_URL", "SECRET_KEY", "ID_HASH_KEY"}
    }
    return subprocess.run(
        [sys.executable, "-c", f"import motcua.settings as s; print({expression})"],
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_empty_variables_take_the_default(tmp_path):
    out = settings_value(
        "s.MEDIA_ROOT, s.TASKS['default']['BACKEND']",
        MOTCUA_VAR_DIR=str(tmp_path),
        MEDIA_ROOT="",
        TASKS_BACKEND="",
    )
    assert out.returncode == 0, out.stderr
    assert str(tmp_path / "media") in out.stdout
    assert "django_tasks_db.DatabaseBackend" in out.stdout


def test_a_database_url_without_keys_is_refused(tmp_path):
    out = settings_value("1", DATABASE_URL="postgres://x@localhost/x", MOTCUA_VAR_DIR=str(tmp_path))
    assert out.returncode != 0 and "SECRET_KEY must be set" in out.stderr
    out = settings_value(
        "1", DATABASE_URL="postgres://x@localhost/x", SECRET_KEY="k", MOTCUA_VAR_DIR=str(tmp_path)
    )
    assert out.returncode != 0 and "ID_HASH_KEY must be set" in out.stderr


def test_a_malformed_boolean_names_the_variable(tmp_path):
    out = settings_value("s.DEBUG", DEBUG="maybe", MOTCUA_VAR_DIR=str(tmp_path))
    assert out.returncode != 0 and "DEBUG must be a boolean" in out.stderr


def test_the_embedded_default_generates_distinct_keys_once(tmp_path):
    first = settings_value("s.SECRET_KEY != s.ID_HASH_KEY", MOTCUA_VAR_DIR=str(tmp_path))
    assert first.stdout.strip() == "True"
    keys = (tmp_path / "secret_key").read_text(), (tmp_path / "id_hash_key").read_text()
    settings_value("1", MOTCUA_VAR_DIR=str(tmp_path))
    assert keys == ((tmp_path / "secret_key").read_text(), (tmp_path / "id_hash_key").read_text())
