"""The survey pages list units, questionnaires and their versions in Vietnamese dictionary
order, Đ right after D and before E; dates of a campaign are typed as dd/mm/yyyy."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from django.utils import translation

from motcua.orgs.models import AdministrativeUnit
from motcua.orgs.tests.factories import UnitFactory
from motcua.surveys.forms import CampaignForm, PaperForm, iso_date
from motcua.surveys.models import Questionnaire, QuestionnaireVersion, VersionStatus
from motcua.surveys.selectors import questionnaire_rows

pytestmark = pytest.mark.django_db

NAMES = ["Yên Bình", "Điện Biên", "Ea Súp", "Dân Chủ", "Đất Đai"]
ORDERED = ["Dân Chủ", "Đất Đai", "Điện Biên", "Ea Súp", "Yên Bình"]
TODAY = dt.date(2026, 5, 4)


def mine(labels, prefix):
    return [str(label) for label in labels if str(label).startswith(prefix)]


@pytest.fixture
def questionnaires():
    for number, name in enumerate(NAMES):
        questionnaire = Questionnaire.objects.create(slug=f"q-{number}", title=f"Phiếu {name}")
        for version in (1, 2):
            QuestionnaireVersion.objects.create(
                questionnaire=questionnaire, number=version, status=VersionStatus.PUBLISHED
            )


def test_the_campaign_form_lists_units_and_questionnaires_in_vietnamese_order(questionnaires):
    for name in NAMES:
        UnitFactory(name=f"Xã {name}")
    units = AdministrativeUnit.objects.order_by("code")
    form = CampaignForm(units=units, today=TODAY)
    assert mine((label for _v, label in form.fields["units"].choices), "Xã ") == [
        f"Xã {name}" for name in ORDERED
    ]
    with translation.override("en"):
        versions = mine((label for _v, label in form.fields["version"].choices), "Phiếu ")
    # Each questionnaire's newest version first.
    assert versions == [f"Phiếu {name}, version {n}" for name in ORDERED for n in (2, 1)]


def test_the_questionnaires_page_lists_them_in_vietnamese_order(questionnaires):
    titles = mine((row.title for row in questionnaire_rows()), "Phiếu ")
    assert titles == [f"Phiếu {name}" for name in ORDERED]


def test_the_campaign_dates_are_day_month_year():
    form = CampaignForm(units=AdministrativeUnit.objects.none(), today=TODAY)
    html = str(form["starts_on"])
    assert 'value="01/04/2026"' in html and 'type="text"' in html
    assert iso_date("7.5.2026") == "2026-05-07" and iso_date("31/02/2026") == "31/02/2026"


def test_the_typist_picks_the_unit_in_vietnamese_order():
    for name in NAMES:
        UnitFactory(name=f"Xã {name}")
    field = copy.deepcopy(PaperForm.base_fields["unit"])
    field.queryset = AdministrativeUnit.objects.order_by("code")
    assert mine((label for _v, label in field.choices), "Xã ") == [f"Xã {name}" for name in ORDERED]
