"""The import command for other programs and officers: progress, JSON, clear failures."""

import json
import subprocess
import sys

import pytest
from django.core.management import CommandError, call_command

from motcua.catalogue.models import Procedure
from motcua.catalogue.services import PROCEDURE_COLUMNS
from motcua.catalogue.tests.test_import_procedures import as_csv, row

pytestmark = pytest.mark.django_db


def test_a_good_file_imports_and_reports_json(tmp_path, capsys):
    path = tmp_path / "p.csv"
    path.write_bytes(as_csv([PROCEDURE_COLUMNS, row()]))
    call_command("import-procedures", str(path), "--json", verbosity=0)
    assert json.loads(capsys.readouterr().out)["created"] == 1
    assert Procedure.objects.count() == 1


def test_a_bad_file_fails_with_row_and_column_on_stderr(tmp_path, capsys):
    path = tmp_path / "p.csv"
    path.write_bytes(as_csv([PROCEDURE_COLUMNS, row(level="hamlet")]))
    with pytest.raises(CommandError, match="nothing imported"):
        call_command("import-procedures", str(path), verbosity=0)
    assert "p.csv: Dòng 2, cột D (level)" in capsys.readouterr().err
    assert Procedure.objects.count() == 0


def test_a_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("import-procedures", str(tmp_path / "none.csv"), verbosity=0)


def test_python_dash_m_motcua_is_manage_py():
    out = subprocess.run(
        [sys.executable, "-m", "motcua", "help", "check-publication"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "usage: motcua check-publication" in out.stdout


def test_a_dry_run_checks_and_counts_but_writes_nothing(tmp_path, capsys):
    path = tmp_path / "p.csv"
    path.write_bytes(as_csv([PROCEDURE_COLUMNS, row()]))
    call_command("import-procedures", str(path), "--dry-run", verbosity=0)
    assert "1 would be created" in capsys.readouterr().out
    assert Procedure.objects.count() == 0


def test_reindexing_repairs_stale_search_keys():
    from motcua.catalogue.selectors import procedure_search
    from motcua.catalogue.tests.factories import procedure_make

    procedure_make("1.000894", "Đăng ký kết hôn")
    Procedure.objects.update(search_text=" stale ")
    assert not procedure_search(query="ket hon").exists()
    call_command("reindex-procedures", verbosity=0)
    assert procedure_search(query="ket hon").exists()
