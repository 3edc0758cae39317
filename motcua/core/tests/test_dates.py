"""Dates typed and shown as dd/mm/yyyy: the parser, the form fields, and a walk over every
form and template of the project so that no box falls back to the browser's own date
picker (month first in an English browser) or to Django's ISO default."""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django import forms
from django.utils import translation

import motcua
from motcua.core import dates

VN = ZoneInfo("Asia/Ho_Chi_Minh")


class DayForm(forms.Form):
    day = dates.DateField()
    at = dates.DateTimeField(required=False)


@pytest.mark.parametrize(
    "typed",
    [
        "07/12/2026",
        "7/12/2026",
        "07-12-2026",
        "07.12.2026",
        "2026-12-07",
        " 07/12/2026 ",
        "07122026",
    ],
)
def test_every_accepted_spelling_gives_the_same_day(typed):
    assert dates.parse_date(typed) == dt.date(2026, 12, 7)
    form = DayForm({"day": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == dt.date(2026, 12, 7)


@pytest.mark.parametrize(
    "typed",
    [
        "31/02/2026",
        "2026/31/12",
        "2026/12/31",
        "12/31/2026",
        "hôm qua",
        "07/12/26",
        "07/12-2026",
        "",
    ],
)
def test_what_is_not_a_day_is_refused(typed):
    assert dates.parse_date(typed) is None


def test_the_error_shows_the_expected_form_in_vietnamese():
    with translation.override("vi"):
        form = DayForm({"day": "31/02/2026"})
        assert not form.is_valid()
        assert form.errors["day"] == [
            "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, ví dụ 07/12/2026."
        ]


def test_the_box_is_text_with_a_numeric_pad_and_shows_dd_mm_yyyy():
    html = str(DayForm(initial={"day": dt.date(2026, 12, 7)})["day"])
    assert 'type="text"' in html and 'value="07/12/2026"' in html
    assert 'inputmode="numeric"' in html and 'autocomplete="off"' in html
    with translation.override("en"):
        assert 'placeholder="dd/mm/yyyy"' in str(DayForm()["day"])


def test_an_iso_date_from_an_old_link_is_shown_back_as_dd_mm_yyyy():
    form = DayForm({"day": "2026-12-07"})
    assert 'value="07/12/2026"' in str(form["day"])


def test_a_mistyped_date_is_shown_back_as_typed():
    form = DayForm({"day": "31/02/2026"})
    assert 'value="31/02/2026"' in str(form["day"])


@pytest.mark.parametrize(
    "typed",
    [
        "07/12/2026 14:30",
        "7/12/2026 14h30",
        "07-12-2026 14.30",
        "2026-12-07T14:30",
        "2026-12-07 14:30:00",
        "07/12/2026, 14:30",
    ],
)
def test_a_moment_is_day_month_year_then_hour_minute(typed):
    naive = dt.datetime(2026, 12, 7, 14, 30, tzinfo=VN).replace(tzinfo=None)
    assert dates.parse_datetime(typed) == naive
    form = DayForm({"day": "07/12/2026", "at": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["at"] == dt.datetime(2026, 12, 7, 14, 30, tzinfo=VN)


@pytest.mark.parametrize("typed", ["07/12/2026", "07/12/2026 25:00", "31/02/2026 08:00", "14:30"])
def test_a_moment_without_a_valid_day_and_time_is_refused(typed):
    assert dates.parse_datetime(typed) is None
    with translation.override("en"):
        form = DayForm({"day": "07/12/2026", "at": typed})
        assert not form.is_valid()
        assert "for example 07/12/2026 14:30" in form.errors["at"][0]


def test_a_moment_is_shown_in_local_time_as_dd_mm_yyyy_hh_mm():
    moment = dt.datetime(2026, 12, 7, 7, 30, tzinfo=dt.UTC)  # 14:30 in Viet Nam
    html = str(DayForm(initial={"at": moment})["at"])
    assert 'type="text"' in html and 'value="07/12/2026 14:30"' in html


def test_format_date():
    assert dates.format_date(dt.date(2026, 1, 5)) == "05/01/2026"
    assert dates.format_date(None) == ""


# --- every form and template of the project ----------------------------------------------

_SKIPPED = ("motcua.__main__", "motcua.wsgi", "motcua.asgi", "motcua.settings")


def _project_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(motcua.__path__, "motcua."):
        name = info.name
        parts = name.split(".")
        if name in _SKIPPED or {"tests", "migrations", "management"} & set(parts):
            continue
        names.append(name)
    return names


def _project_forms() -> list[type[forms.BaseForm]]:
    for name in _project_modules():
        importlib.import_module(name)
    found, stack = set(), [forms.BaseForm]
    while stack:
        for sub in stack.pop().__subclasses__():
            stack.append(sub)
            module = sub.__module__
            # Django's admin keeps its own date widgets.
            if module.startswith("motcua.") and not module.endswith(".admin"):
                found.add(sub)
    return sorted(found, key=lambda cls: f"{cls.__module__}.{cls.__qualname__}")


def _date_problems(where: str, fields: dict[str, forms.Field]) -> list[str]:
    problems = []
    for name, field in fields.items():
        widget = field.widget
        if getattr(widget, "input_type", "") in ("date", "datetime-local", "month", "week"):
            problems.append(f"{where}.{name}: the browser's own date picker")
        if isinstance(field, forms.DateTimeField):
            expected: tuple[type, str] = (dates.DateTimeField, dates.DATETIME_FORMAT)
        elif isinstance(field, forms.DateField):
            expected = (dates.DateField, dates.DATE_FORMAT)
        else:
            continue
        if not isinstance(field, expected[0]) or getattr(widget, "format", None) != expected[1]:
            problems.append(f"{where}.{name}: not a dd/mm/yyyy box of motcua.core.dates")
    return problems


@pytest.mark.django_db
def test_no_form_of_the_project_has_a_date_box_other_than_dd_mm_yyyy():
    found = _project_forms()
    # The walk sees the forms of every app (a sample of them, to know it walked at all).
    names = {cls.__name__ for cls in found}
    assert {"BookForm", "ActionForm", "TaskForm", "CampaignForm", "EntryForm"} <= names
    problems = []
    instantiated = 0
    for cls in found:
        where = f"{cls.__module__}.{cls.__qualname__}"
        problems += _date_problems(where, dict(cls.base_fields))
        # Fields added in __init__ are seen where the form can be made without arguments.
        if not any(
            p.default is p.empty and p.kind is p.KEYWORD_ONLY
            for p in inspect.signature(cls.__init__).parameters.values()
        ):
            try:
                form = cls()
            except TypeError:
                continue
            instantiated += 1
            problems += _date_problems(where, form.fields)
    assert instantiated > 0
    assert problems == []


def test_the_walk_catches_a_date_box_of_the_browser_or_of_django():
    class Regressed(forms.Form):
        picker = forms.DateField(widget=forms.DateInput(attrs={"type": "date"}))
        iso = forms.DateField()
        moment = forms.DateTimeField()

    problems = _date_problems("Regressed", dict(Regressed.base_fields))
    assert len([p for p in problems if p.startswith("Regressed.picker")]) == 2
    assert any(p.startswith("Regressed.iso") for p in problems)
    assert any(p.startswith("Regressed.moment") for p in problems)
    assert _date_problems("DayForm", dict(DayForm.base_fields)) == []


_BROWSER_DATE = re.compile(r"""type\s*=\s*["']?(date|datetime-local|month|week)\b""")


def test_no_template_has_a_date_box_of_the_browser():
    root = Path(motcua.__file__).parent
    found = {
        str(path.relative_to(root))
        for path in root.rglob("templates/**/*.html")
        if _BROWSER_DATE.search(path.read_text(encoding="utf-8"))
    }
    assert found == set()
