"""The official data in the database, the load command and the command line."""

import csv
import datetime as dt
import json

import pytest
from django.core.management import CommandError, call_command

from motcua.workdays.models import DayOff
from motcua.workdays.selectors import calendar
from motcua.workdays.services import days_off_load
from motcua.workdays.tests.test_engine import CSV

pytestmark = pytest.mark.django_db


def test_the_data_migration_holds_exactly_the_official_csv():
    with CSV.open(encoding="utf-8") as handle:
        official = {(r["date"], r["kind"], r["name"], r["source"]) for r in csv.DictReader(handle)}
    stored = {(d.date.isoformat(), d.kind, d.name, d.source) for d in DayOff.objects.all()}
    assert stored == official


def test_the_due_command_prints_the_documented_json(capsys):
    call_command("workdays", "due", "--received", "2025-04-25T10:00", "--days", "3", "--json")
    assert json.loads(capsys.readouterr().out) == {
        "received": "2025-04-25T10:00:00+07:00",
        "days": 3,
        "cutoff": None,
        "due": "2025-04-29",
        "transfer": "2025-04-25",
        "unconfirmed_years": [],
    }


def test_the_due_command_gives_the_laws_answer_for_a_friday_evening_before_tet(capsys):
    """Received Friday 24 Jan 2025 at 16:30 with 5 working days: day 1 is Monday 3 Feb (after
    Tết Ất Tỵ), so the due date is Friday 7 Feb; the 15:00 rule only moves the transfer."""
    call_command("workdays", "due", "--received", "2025-01-24T16:30", "--days", "5", "--json")
    payload = json.loads(capsys.readouterr().out)
    assert (payload["due"], payload["transfer"]) == ("2025-02-07", "2025-02-03")


def test_the_due_command_applies_a_cutoff_only_when_asked(capsys):
    arguments = ["due", "--received", "2025-04-28T15:30", "--days", "0", "--json"]
    call_command("workdays", *arguments)
    assert json.loads(capsys.readouterr().out)["due"] == "2025-04-28"
    call_command("workdays", *arguments, "--cutoff", "15:00")
    payload = json.loads(capsys.readouterr().out)
    assert (payload["due"], payload["cutoff"]) == ("2025-04-29", "15:00")


def test_a_year_without_data_is_computed_with_the_fallback_and_flagged(capsys):
    call_command("workdays", "due", "--received", "2027-02-03T10:00", "--days", "3", "--json")
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert payload["unconfirmed_years"] == [2027]
    assert payload["due"] == "2027-02-15"  # Tết Đinh Mùi, from the holidays package
    assert "2027" in captured.err and "unconfirmed" in captured.err


def test_the_list_command_gives_weekdays_off_and_working_saturdays(capsys):
    call_command("workdays", "list", "--year", "2026", "--json")
    payload = json.loads(capsys.readouterr().out)
    listed = {d["date"]: (d["kind"], d["working"]) for d in payload["days"]}
    assert listed["2026-01-10"] == ("swapped_work", True)
    assert listed["2026-08-31"] == ("swapped_off", False)
    assert payload["unconfirmed"] is False


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["due", "--received", "25/04/2025", "--days", "3"], "not a date"),
        (["due", "--received", "2025-04-25T10:00", "--days", "-1"], "negative"),
        (["list", "--year", "99999"], "between"),
        (["due", "--received", "2025-04-25T10:00", "--days", "0", "--cutoff", "3pm"], "time"),
    ],
)
def test_bad_arguments_are_refused_clearly(arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("workdays", *arguments)


NOTICE_2027 = (
    "date,kind,name,source\n"
    "2027-02-04,holiday,Tết Đinh Mùi,Quyết định của Thủ tướng\n"
    "2027-02-06,swapped_work,Làm bù,Quyết định của Thủ tướng\n"
)


def test_loading_next_years_notice_confirms_the_year_and_is_repeatable():
    result = days_off_load(data=NOTICE_2027.encode(), filename="2027.csv")
    assert result.ok and result.created == 2
    again = days_off_load(data=NOTICE_2027.encode(), filename="2027.csv")
    assert (again.created, again.updated) == (0, 2)
    cal = calendar()
    assert cal.is_working_day(dt.date(2027, 2, 6)) and not cal.unconfirmed_years


def test_a_bad_notice_names_rows_and_loads_nothing():
    bad = (
        "date,kind,name,source\n"
        "2027-02-31,holiday,Sai ngày,x\n"
        "2027-02-08,swapped_work,Thứ Hai không thể là ngày làm bù,x\n"
        "2027-02-06,holiday,Thứ Bảy không thể là ngày nghỉ,x\n"
        "2027-02-09,vacation,,x\n"
    )
    result = days_off_load(data=bad.encode(), filename="bad.csv")
    assert {(p.row, p.column) for p in result.problems} == {
        (2, "date"),
        (3, "kind"),
        (4, "kind"),
        (5, "kind"),
        (5, "name"),
    }
    assert not DayOff.objects.filter(date__year=2027).exists()


def test_the_load_command_reports_problems_on_stderr(tmp_path, capsys):
    path = tmp_path / "bad.csv"
    path.write_text("date,kind,name\n2027-13-01,holiday,x\n", encoding="utf-8")
    with pytest.raises(CommandError, match="nothing loaded"):
        call_command("workdays", "load", str(path))
    assert "bad.csv" in capsys.readouterr().err


def test_the_admin_warns_when_next_year_is_not_loaded(client, time_machine):
    from django.contrib.auth import get_user_model

    time_machine.move_to(dt.datetime(2026, 11, 25, 9, 0, tzinfo=dt.UTC))
    client.force_login(get_user_model().objects.create_superuser("root", "r@example.org", "pw"))
    page = client.get("/admin/workdays/dayoff/").content.decode()
    assert "2027" in page and "workdays load" in page
