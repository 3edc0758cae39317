"""Item rates, element and overall indices from raw answers, with small cells suppressed."""

import pytest

from motcua.surveys.indices import MIN_ANSWERS, indices
from motcua.surveys.models import Questionnaire
from motcua.surveys.services import questionnaire_install_builtin

pytestmark = pytest.mark.django_db


@pytest.fixture
def sipas():
    questionnaire_install_builtin(slugs=["sipas-2640"])
    return Questionnaire.objects.get(slug="sipas-2640").versions.get()


def sheets(n, **answers):
    return [dict(answers) for _ in range(n)]


def test_rates_elements_and_the_overall_index(sipas):
    # 20 answer sheets: 15 satisfied with everything, 5 dissatisfied with the officials.
    everything = {i.name: "5" for i in sipas.items.filter(in_index=True)}
    answers = sheets(15, **everything) + sheets(5, **{**everything, "officials_1": "2"})
    result = indices(sipas, answers)
    officials = next(e for e in result.elements if e.name == "officials")
    assert officials.items[0].value == 0.75
    assert officials.value == pytest.approx((0.75 + 5 * 1.0) / 6)
    assert result.overall == pytest.approx((4 + officials.value) / 5)
    assert result.responses == 20


def test_blank_and_invalid_answers_leave_the_item_not_the_sheet(sipas):
    answers = sheets(12, access_1="4") + sheets(3, access_1="") + sheets(2, access_1="9")
    rate = indices(sipas, answers).elements[0].items[0]
    assert (rate.satisfied, rate.answers) == (12, 12)


def test_fewer_than_ten_answers_are_not_shown_as_a_rate(sipas):
    result = indices(sipas, sheets(MIN_ANSWERS - 1, access_1="5"))
    access = result.elements[0]
    assert access.items[0].value is None and access.value is None
    assert result.overall is None


def test_the_aggregation_formula_is_a_parameter(sipas):
    answers = sheets(10, access_1="5", access_2="1")
    lowest = indices(sipas, answers, aggregate=min)
    assert lowest.elements[0].value == 0.0
    assert indices(sipas, answers).elements[0].value == 0.5
