"""The publication check finds expired forms and legal bases and missing components."""

import datetime as dt
import json

import pytest
from django.core.management import call_command

from motcua.catalogue.publication import Defect, publication_problems
from motcua.catalogue.tests.factories import form_make, procedure_make

pytestmark = pytest.mark.django_db
TODAY = dt.date(2026, 1, 15)


def defects(on=TODAY):
    return {(p.procedure_code, p.defect) for p in publication_problems(on=on)}


def test_a_complete_current_procedure_has_no_problem():
    form_make(procedure_make(), valid_to=dt.date(2030, 1, 1))
    assert defects() == set()


def test_an_expired_form_still_published_is_found():
    form_make(procedure_make(), valid_to=dt.date(2025, 6, 30))
    assert defects() == {("1.001193", Defect.EXPIRED_FORM)}


def test_an_expired_form_that_is_no_longer_shown_is_not_a_problem():
    form_make(procedure_make(), valid_to=dt.date(2025, 6, 30), is_published=False)
    assert defects() == set()


def test_a_form_published_after_its_expiry_is_found():
    form_make(
        procedure_make(),
        valid_to=dt.date(2025, 6, 30),
        published_on=dt.date(2025, 8, 1),
        is_published=False,
    )
    assert defects() == {("1.001193", Defect.FORM_PUBLISHED_AFTER_EXPIRY)}


def test_an_expired_legal_basis_is_found():
    procedure_make(legal_expires=dt.date(2025, 12, 31))
    assert defects() == {("1.001193", Defect.EXPIRED_LEGAL_BASIS)}
    assert defects(on=dt.date(2025, 12, 31)) == set()


def test_missing_mandatory_components_are_listed_one_by_one():
    procedure_make(
        target_group="", result="  ", components=0, time_limit_value=None, time_limit_unit=""
    )
    problems = [p for p in publication_problems(on=TODAY) if p.defect == Defect.MISSING_COMPONENT]
    assert len(problems) == 4


def test_drafts_are_not_checked():
    procedure_make(status="draft", target_group="")
    assert defects() == set()


def test_the_check_reads_a_bounded_number_of_queries(django_assert_max_num_queries):
    for n in range(5):
        form_make(procedure_make(code=f"1.00000{n}"))
    with django_assert_max_num_queries(5):
        publication_problems(on=TODAY)


def test_the_command_prints_json_and_exits_1_when_something_needs_fixing(capsys):
    form_make(procedure_make(), valid_to=dt.date(2025, 6, 30))
    with pytest.raises(SystemExit) as exit_:
        call_command("check-publication", "--json", "--on", "2026-01-15")
    assert exit_.value.code == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["count"] == 1
    assert payload["problems"][0]["defect"] == "expired_form"
    assert payload["problems"][0]["since"] == "2025-06-30"


def test_the_command_says_all_is_well_in_human_output(capsys):
    procedure_make()
    call_command("check-publication", "--on", "2026-01-15")
    assert "no publication problem" in capsys.readouterr().out


def test_the_command_refuses_a_malformed_date():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="not a date"):
        call_command("check-publication", "--on", "15/01/2026")


def test_a_paper_to_fill_in_on_a_form_that_is_not_attached_is_found():
    procedure = procedure_make()
    procedure.components.filter(position=1).update(name="Tờ khai đăng ký khai sinh theo mẫu")
    procedure.components.filter(position=2).update(name="Bản sao giấy tờ khai sinh (nếu có)")
    assert defects() == {("1.001193", Defect.FORM_NOT_ATTACHED)}
    form = form_make(procedure, "TK")
    procedure.components.filter(position=1).update(form=form)
    assert defects() == set()
    form.is_published = False
    form.save()
    assert defects() == {("1.001193", Defect.FORM_NOT_ATTACHED)}
