"""`motcua survey estimate` on the R reference CSVs and on bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation


@pytest.fixture(autouse=True)
def _messages_in_english(settings):
    """The assertions read the English messages (the catalogue test checks the Vietnamese)."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


REFERENCE = Path(__file__).parent / "reference"
APICLUS1 = str(REFERENCE / "apiclus1.csv")


def estimate_json(*arguments: str) -> dict:
    out = StringIO()
    call_command("survey", "estimate", *arguments, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_it_estimates_means_by_domain_as_r_does():
    # svyby(~ell, ~stype, design=dclus1, svymean): E 29.69444 (1.411617), H 15.0 (5.347065),
    # M 22.68 (2.952862)
    report = estimate_json(
        *("--csv", APICLUS1, "--value", "ell", "--psu", "dnum", "--weight", "pw"),
        *("--fpc", "fpc", "--by", "stype"),
    )
    rows = {row["domain"]: row for row in report["estimates"]}
    assert list(rows) == ["E", "H", "M"]
    assert rows["E"]["estimate"] == pytest.approx(29.69444, abs=5e-6)
    assert rows["E"]["se"] == pytest.approx(1.411617, abs=5e-7)
    assert rows["H"]["se"] == pytest.approx(5.347065, abs=5e-7)
    assert rows["M"]["estimate"] == pytest.approx(22.68, abs=5e-3)
    assert [row["n"] for row in rows.values()] == [144, 14, 25]
    assert report["design"]["df"] == 14
    assert report["design"]["statistic"] == "mean"


def test_it_estimates_a_proportion_with_nested_strata_and_missing_answers():
    # svymean(~HI_CHOL, dn, na.rm=TRUE) with dn nested: 0.1121429563497, SE 0.00544583969895456
    report = estimate_json(
        *("--csv", str(REFERENCE / "nhanes.csv"), "--value", "HI_CHOL", "--proportion", "1"),
        *("--weight", "WTMEC2YR", "--strata", "SDMVSTRA", "--psu", "SDMVPSU", "--nest"),
    )
    [row] = report["estimates"]
    assert row["domain"] is None
    assert row["estimate"] == pytest.approx(0.1121429563497, rel=1e-9)
    assert row["se"] == pytest.approx(0.00544583969895456, rel=1e-9)
    assert row["ci_low"] == pytest.approx(0.100598291913169, rel=1e-9)
    assert report["design"]["df"] == 16


def test_weights_come_from_the_fpc_without_weight(tmp_path):
    # svymean(~api00, svydesign(id=~1, strata=~stype, fpc=~fpc, data=apistrat))
    report = estimate_json(
        *("--csv", str(REFERENCE / "apistrat.csv"), "--value", "api00"),
        *("--strata", "stype", "--fpc", "fpc"),
    )
    assert report["estimates"][0]["estimate"] == pytest.approx(662.2873635777, rel=1e-12)
    assert report["estimates"][0]["se"] == pytest.approx(9.40894, abs=5e-6)


def test_it_reads_a_byte_order_mark_and_counts_listed_answers(tmp_path):
    survey = tmp_path / "answers.csv"
    survey.write_text("\ufeffq1,unit\n5,A\n4.0,A\n2,A\n,A\n1,B\n5,B\n", encoding="utf-8")
    report = estimate_json("--csv", str(survey), "--value", "q1", "--proportion", "4,5")
    [row] = report["estimates"]
    assert row["estimate"] == pytest.approx(3 / 5)
    assert row["n"] == 5
    by_unit = estimate_json(
        "--csv", str(survey), "--value", "q1", "--proportion", "4,5", "--by", "unit"
    )
    assert [(r["domain"], r["estimate"], r["n"]) for r in by_unit["estimates"]] == [
        ("A", pytest.approx(2 / 3), 3),
        ("B", pytest.approx(1 / 2), 2),
    ]


def test_without_json_it_prints_a_table():
    out = StringIO()
    call_command(
        "survey",
        "estimate",
        *("--csv", APICLUS1, "--value", "api00", "--psu", "dnum", "--weight", "pw"),
        *("--fpc", "fpc"),
        stdout=out,
    )
    text = out.getvalue()
    assert "644.169" in text
    assert "23.5422" in text


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (("--value", "nope"), "nope"),
        (("--value", "api00", "--weight", "name"), "not a number"),
        (("--value", "api00", "--strata", "dnum", "--psu", "snum"), "only one PSU"),
        (("--value", "api00", "--proportion", ","), "--proportion"),
        (("--value", "api00", "--conf", "95"), "--conf"),
        (("--value", "api00", "--nest"), "--psu"),
    ],
)
def test_bad_input_is_a_clear_error_with_exit_code_2(arguments, message):
    with pytest.raises(CommandError, match=message) as raised:
        call_command("survey", "estimate", "--csv", APICLUS1, *arguments, "--json")
    assert raised.value.returncode == 2


def test_a_missing_file_is_an_error_with_exit_code_2(tmp_path):
    with pytest.raises(CommandError) as raised:
        call_command("survey", "estimate", "--csv", str(tmp_path / "none.csv"), "--value", "q1")
    assert raised.value.returncode == 2
    assert "none.csv" in str(raised.value)


def test_the_console_script_exits_with_2_and_writes_stderr_only():
    script = Path(sys.executable).with_name("motcua")
    command = [str(script)] if script.exists() else [shutil.which("motcua") or "motcua"]
    arguments = ["--csv", APICLUS1, "--value", "api00", "--weight", "name", "--json"]
    done = subprocess.run(
        [*command, "survey", "estimate", *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert "weights" in done.stderr
