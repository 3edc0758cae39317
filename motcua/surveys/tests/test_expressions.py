"""The XLSForm expression subset used for skip logic and constraints: pure, no database."""

import pytest

from motcua.surveys.expressions import ExpressionError, evaluate, parse


@pytest.mark.parametrize(
    ("expression", "answers", "current", "expected"),
    [
        ("", {}, None, True),
        ("${q1} = 'yes'", {"q1": "yes"}, None, True),
        ("${q1} = 'yes'", {"q1": "no"}, None, False),
        ("${q1} = “yes”", {"q1": "yes"}, None, True),  # typographic quotes from Word
        ("${q1} != 'yes'", {}, None, True),
        ("${age} >= 18", {"age": 20}, None, True),
        ("${age} >= 18", {"age": "17"}, None, False),
        ("${age} >= 18", {}, None, False),
        (". >= 0 and . <= 50", {}, 7, True),
        (". >= 0 and . <= 50", {}, 51, False),
        ("selected(${why}, 'attitude')", {"why": ["faster", "attitude"]}, None, True),
        ("selected(${why}, 'attitude')", {"why": "faster online"}, None, False),
        ("count-selected(${why}) <= 2", {"why": ["a", "b", "c"]}, None, False),
        ("not(${q1} = 'yes') or ${q2} = 1", {"q1": "yes", "q2": "1"}, None, True),
        ("(${a} = 1 or ${b} = 1) and ${c} = 1", {"a": 1, "c": 1}, None, True),
        ("string-length(.) <= 5", {}, "abcdef", False),
        ("${overall} <= 2", {"overall": "2"}, None, True),
        ("true()", {}, None, True),
    ],
)
def test_expressions(expression, answers, current, expected):
    assert evaluate(expression, answers, current) is expected


@pytest.mark.parametrize("expression", ["${a} = ", "pulldata('x', 'y')", "${a} ~ 1", "(${a} = 1"])
def test_expressions_outside_the_subset_are_reported(expression):
    with pytest.raises(ExpressionError):
        parse(expression)
