"""Design-based estimates against R's `survey` package, on the data in
surveys/tests/reference/. No database."""

from __future__ import annotations

import csv
import json
import math
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from motcua.surveys.stats import Design, DesignError, estimate, estimate_combination


@pytest.fixture(autouse=True)
def _messages_in_english(settings):
    """The assertions read the English messages (the catalogue test checks the Vietnamese)."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


REFERENCE = Path(__file__).parent / "reference"
ENGINES = ["numpy", "svy"]


@cache
def table(name: str) -> dict[str, list[str]]:
    """A reference CSV as text columns, exactly as the command line reads it."""
    with (REFERENCE / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {column: [row[column] for row in rows] for column in rows[0]}


def dstrat() -> Design:
    api = table("apistrat")
    return Design(weights=api["pw"], strata=api["stype"], fpc=api["fpc"])


def dclus1() -> Design:
    api = table("apiclus1")
    return Design(weights=api["pw"], psu=api["dnum"], fpc=api["fpc"])


def dnhanes() -> Design:
    nh = table("nhanes")
    return Design(weights=nh["WTMEC2YR"], strata=nh["SDMVSTRA"], psu=nh["SDMVPSU"], nest=True)


def one(values: Any, design: Design, **options: Any) -> tuple[float, float]:
    [result] = estimate(values, design, **options)
    return result.estimate, result.se


# --- R's published output (reference.json) ----------------------------------------------


def _merge_by_domain(engine: str) -> dict[str, dict[str, tuple[float, float]]]:
    merged: dict[str, dict[str, tuple[float, float]]] = {}
    for variable in ("ell", "meals"):
        api = table("apiclus1")
        for e in estimate(api[variable], dclus1(), by=api["stype"], engine=engine):
            merged.setdefault(e.domain, {})[variable] = (e.estimate, e.se)
    return merged


# Each call of reference.json, computed here; the shape follows the file's: one (estimate,
# SE) pair, or a dict of them by level, or by domain and then by variable.
CALLS = {
    "svymean(~api00, dstrat)": lambda engine: one(
        table("apistrat")["api00"], dstrat(), engine=engine
    ),
    "svytotal(~enroll, dstrat, na.rm=TRUE)": lambda engine: one(
        table("apistrat")["enroll"], dstrat(), total=True, engine=engine
    ),
    "svymean(~api00, dclus1)": lambda engine: one(
        table("apiclus1")["api00"], dclus1(), engine=engine
    ),
    "svytotal(~enroll, dclus1, na.rm=TRUE)": lambda engine: one(
        table("apiclus1")["enroll"], dclus1(), total=True, engine=engine
    ),
    "svymean(~stype, dclus1)  [proportions]": lambda engine: {
        level: one(table("apiclus1")["stype"], dclus1(), proportion=[level], engine=engine)
        for level in ("E", "H", "M")
    },
    "svyby(~ell+meals, ~stype, design=dclus1, svymean)": _merge_by_domain,
}


def reference_results() -> list[dict[str, Any]]:
    # Decimal keeps the digits R printed, which say how closely to match.
    text = (REFERENCE / "reference.json").read_text(encoding="utf-8")
    return json.loads(text, parse_float=Decimal, parse_int=Decimal)["results"]


def pairs(estimates: Any, ses: Any, ours: Any, where: str = "") -> list[tuple]:
    """(where, R's estimate, our estimate, R's SE, our SE), flattened."""
    if isinstance(estimates, dict):
        return [
            row
            for key in estimates
            for row in pairs(estimates[key], ses[key], ours[key], f"{where}[{key}]")
        ]
    return [(where, estimates, ours[0], ses, ours[1])]


def matches_printed(printed: Decimal, value: float) -> bool:
    """`value` rounds to what R printed: within half a unit of its last digit."""
    exponent = printed.as_tuple().exponent
    assert isinstance(exponent, int)
    half_unit = 0.5 * 10.0**exponent
    return abs(value - float(printed)) <= half_unit * (1 + 1e-9)


def test_every_reference_call_is_covered():
    assert {r["call"] for r in reference_results()} == set(CALLS)


@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("case", reference_results(), ids=lambda r: r["call"])
def test_it_matches_r_to_its_printed_precision(case, engine):
    ours = CALLS[case["call"]](engine)
    for where, r_estimate, estimate_, r_se, se in pairs(case["estimate"], case["se"], ours):
        assert matches_printed(r_estimate, estimate_), (where, r_estimate, estimate_)
        assert matches_printed(r_se, se), (where, r_se, se)


# --- further R output, computed with R 4.2 and survey 4.1-1 on the same CSVs -------------
# dn <- svydesign(id=~SDMVPSU, strata=~SDMVSTRA, weights=~WTMEC2YR, nest=TRUE, data=nhanes)
# options(digits=15)


def close(value: float, r_value: float) -> bool:
    return math.isclose(value, r_value, rel_tol=1e-9)


@pytest.mark.parametrize("engine", ENGINES)
def test_nested_clusters_with_missing_answers_match_r(engine):
    # svymean(~HI_CHOL, dn, na.rm=TRUE); degf(dn); confint(m, df=degf(dn))
    nh = table("nhanes")
    [result] = estimate(nh["HI_CHOL"], dnhanes(), engine=engine)
    assert close(result.estimate, 0.1121429563497)
    assert close(result.se, 0.00544583969895456)
    assert result.df == 16
    assert close(result.ci_low, 0.100598291913169)
    assert close(result.ci_high, 0.123687620786215)
    assert result.n == sum(1 for v in nh["HI_CHOL"] if v != "")


@pytest.mark.parametrize("engine", ENGINES)
def test_a_proportion_by_domain_with_missing_answers_matches_r(engine):
    # b <- svyby(~HI_CHOL, ~race, dn, svymean, na.rm=TRUE); confint(b, df=degf(dn))
    expected = {
        "1": (0.1014916654539721, 0.00624584330874960, 0.0882510691256482, 0.114732261782296),
        "2": (0.1216492053559333, 0.00660413362353298, 0.1076490674906405, 0.135649343221226),
        "3": (0.0786400603990841, 0.01038464500054887, 0.0566255964318890, 0.100654524366279),
        "4": (0.0996786094771204, 0.02466622687185127, 0.0473885444196891, 0.151968674534552),
    }
    nh = table("nhanes")
    results = estimate(nh["HI_CHOL"], dnhanes(), proportion=[1], by=nh["race"], engine=engine)
    assert [e.domain for e in results] == list(expected)
    for e in results:
        assert all(
            close(ours, r)
            for ours, r in zip(
                (e.estimate, e.se, e.ci_low, e.ci_high), expected[e.domain], strict=True
            )
        ), e
        assert e.df == 16  # the whole design's, not the domain's


def test_weights_come_from_the_fpc_when_there_are_none():
    # svymean(~api00, svydesign(id=~dnum, fpc=~fpc, data=apiclus1)): 644.1693989071, 23.54224
    api = table("apiclus1")
    [result] = estimate(api["api00"], Design(psu=api["dnum"], fpc=api["fpc"]))
    assert close(result.estimate, 644.1693989071)
    assert abs(result.se - 23.54224) < 5e-6
    assert result.df == 14
    # svymean(~api00, svydesign(id=~1, strata=~stype, fpc=~fpc, data=apistrat))
    api = table("apistrat")
    estimate_, se = one(api["api00"], Design(strata=api["stype"], fpc=api["fpc"]))
    assert close(estimate_, 662.2873635777)
    assert abs(se - 9.40894) < 5e-6


def test_a_mean_by_domain_with_missing_values_matches_r():
    # svyby(~enroll, ~awards, dstrat_without_pw, svymean, na.rm=TRUE)
    api = table("apistrat")
    design = Design(strata=api["stype"], fpc=api["fpc"])
    no, yes = estimate(api["enroll"], design, by=api["awards"])
    assert (no.domain, yes.domain) == ("No", "Yes")
    assert close(no.estimate, 727.595815652625) and close(no.se, 49.6008305493786)
    assert close(yes.estimate, 520.511427466855) and close(yes.se, 22.7729779692559)


def test_a_proportion_of_text_answers_matches_r():
    # svymean(~I(sch.wide=="Yes"), svydesign(id=~1, strata=~stype, fpc=~fpc, data=apistrat))
    api = table("apistrat")
    estimate_, se = one(
        api["sch.wide"], Design(strata=api["stype"], fpc=api["fpc"]), proportion=["Yes"]
    )
    assert close(estimate_, 0.8279480142073)
    assert abs(se - 0.02434) < 5e-6


def test_sampling_fractions_are_accepted_as_r_does():
    api = table("apistrat")
    sizes = [float(v) for v in api["fpc"]]
    counts = {s: api["stype"].count(s) for s in set(api["stype"])}
    fractions = [counts[s] / n for s, n in zip(api["stype"], sizes, strict=True)]
    by_size = one(api["api00"], Design(strata=api["stype"], fpc=sizes))
    by_fraction = one(api["api00"], Design(strata=api["stype"], fpc=fractions))
    assert np.allclose(by_size, by_fraction, rtol=1e-12)


def test_the_interval_uses_the_t_quantile_on_the_design_df():
    api = table("apiclus1")
    [result] = estimate(api["api00"], dclus1(), conf=0.9)
    # qt(0.95, 14) = 1.76131013577489
    assert close(result.ci_high - result.estimate, 1.76131013577489 * result.se)
    assert close(result.estimate - result.ci_low, 1.76131013577489 * result.se)


# --- errors --------------------------------------------------------------------------------


def test_a_stratum_with_a_single_psu_is_an_error():
    with pytest.raises(DesignError, match=r"only one PSU.*: B"):
        estimate([1, 2, 3, 4], Design(strata=["A", "A", "B", "B"], psu=[1, 2, 3, 3]))


def test_a_single_psu_that_is_its_whole_stratum_adds_no_variance():
    design = Design(strata=["A", "A", "B"], fpc=[10, 10, 1])
    [result] = estimate([1.0, 2.0, 3.0], design, by=None)
    assert result.df == 1
    assert result.se > 0


def test_psu_codes_reused_across_strata_need_nest():
    design = Design(strata=["A", "A", "B", "B"], psu=[1, 2, 1, 2])
    with pytest.raises(DesignError, match="nest"):
        estimate([1, 2, 3, 4], design)
    nested = Design(strata=["A", "A", "B", "B"], psu=[1, 2, 1, 2], nest=True)
    [result] = estimate([1, 2, 3, 4], nested)
    assert result.df == 2


@pytest.mark.parametrize(
    ("design", "message"),
    [
        (Design(weights=["1", "x", "1", "1"]), "weights: 'x' is not a number"),
        (Design(weights=[1, None, 1, 1]), "weights: a value is missing"),
        (Design(weights=[1, -1, 1, 1]), "weights: a value is negative"),
        (Design(strata=["A", "A", "B", None]), "strata: a value is missing"),
        (Design(strata=["A", "A", "B", "B"], fpc=[10, 10, 10, 11]), "differs within"),
        (Design(strata=["A", "A", "B", "B"], fpc=[10, 10, 10, 1.5]), "differs within"),
        (Design(fpc=[3, 3, 3, 3]), "more sampled units than its population"),
        (Design(weights=[1, 1, 1]), "differ in length"),
    ],
)
def test_bad_designs_are_errors(design, message):
    with pytest.raises(DesignError, match=message):
        estimate([1, 2, 3, 4], design)


def test_text_values_for_a_mean_are_an_error():
    with pytest.raises(DesignError, match="'many' is not a number"):
        estimate(["1", "many", "3"], Design())


def test_an_out_of_range_confidence_level_is_an_error():
    with pytest.raises(DesignError, match="between 0 and 1"):
        estimate([1, 2, 3], Design(), conf=95)


# --- properties ------------------------------------------------------------------------------


@st.composite
def surveys(draw):
    """A stratified cluster sample: 1–4 strata of 2–5 PSUs of 1–4 rows, answers 1–5 with
    some missing, weights and two or three domains that cut across PSUs."""
    rows: dict[str, list] = {"stratum": [], "psu": [], "w": [], "answer": [], "domain": []}
    for stratum in range(draw(st.integers(1, 4))):
        for psu in range(draw(st.integers(2, 5))):
            weight = draw(st.floats(0.5, 50))
            for _row in range(draw(st.integers(1, 4))):
                rows["stratum"].append(stratum)
                rows["psu"].append(psu)
                rows["w"].append(weight)
                rows["answer"].append(draw(st.one_of(st.none(), st.integers(1, 5))))
                rows["domain"].append(draw(st.sampled_from("abc")))
    return rows


def nested(rows: dict[str, list]) -> Design:
    return Design(weights=rows["w"], strata=rows["stratum"], psu=rows["psu"], nest=True)


@settings(max_examples=30, deadline=None)
@given(surveys())
def test_the_numpy_engine_equals_svy(rows):
    options = {"proportion": [4, 5], "by": rows["domain"]}
    fast = estimate(rows["answer"], nested(rows), **options)
    reference = estimate(rows["answer"], nested(rows), engine="svy", **options)
    assert [e.domain for e in fast] == [e.domain for e in reference]
    for ours, theirs in zip(fast, reference, strict=True):
        assert ours.n == theirs.n
        assert np.allclose(
            [ours.estimate, ours.se],
            [theirs.estimate, theirs.se],
            rtol=1e-9,
            atol=1e-12,
            equal_nan=True,
        ), (ours, theirs)


@settings(max_examples=50, deadline=None)
@given(surveys(), st.floats(0.01, 100))
def test_scaling_the_weights_changes_neither_estimate_nor_se(rows, factor):
    scaled = {**rows, "w": [w * factor for w in rows["w"]]}
    before = estimate(rows["answer"], nested(rows), by=rows["domain"])
    after = estimate(scaled["answer"], nested(scaled), by=scaled["domain"])
    for a, b in zip(before, after, strict=True):
        assert np.allclose([a.estimate, a.se], [b.estimate, b.se], rtol=1e-9, equal_nan=True)


@settings(max_examples=50, deadline=None)
@given(surveys())
def test_a_proportion_is_a_share_and_missing_answers_leave_it(rows):
    results = estimate(rows["answer"], nested(rows), proportion=[4, 5], by=rows["domain"])
    answered = [a for a in rows["answer"] if a is not None]
    assert sum(e.n for e in results) == len(answered)
    for e in results:
        assert e.n == 0 or 0 <= e.estimate <= 1
        assert e.n == 0 or e.ci_low <= e.estimate <= e.ci_high
        assert e.df == len(set(zip(rows["stratum"], rows["psu"], strict=True))) - len(
            set(rows["stratum"])
        )


# --- linear combinations of means (the SIPAS indices) -------------------------------------


def satisfied(values: list) -> list:
    return [None if v is None else float(v >= 4) for v in values]


@settings(max_examples=30, deadline=None)
@given(surveys(), st.floats(0.1, 1))
def test_with_no_missing_answer_a_combination_is_the_mean_of_the_row_scores(rows, share):
    first = [3 if a is None else a for a in rows["answer"]]
    second = [
        (a + s + p) % 5 + 1 for a, s, p in zip(first, rows["stratum"], rows["psu"], strict=True)
    ]
    weights = {"a": share, "b": 1 - share}
    by = rows["domain"]
    combined = estimate_combination(
        {"a": first, "b": second},
        {label: weights for label in set(by)},
        nested(rows),
        proportion=[4, 5],
        by=by,
    )
    scores = [
        share * x + (1 - share) * y
        for x, y in zip(satisfied(first), satisfied(second), strict=True)
    ]
    expected = estimate(scores, nested(rows), by=by)
    assert [e.domain for e in combined] == [e.domain for e in expected]
    for ours, theirs in zip(combined, expected, strict=True):
        assert ours.n == theirs.n
        assert np.allclose(
            [ours.estimate, ours.se, ours.ci_low, ours.ci_high],
            [theirs.estimate, theirs.se, theirs.ci_low, theirs.ci_high],
            rtol=1e-9,
            atol=1e-12,
            equal_nan=True,
        ), (ours, theirs)


@settings(max_examples=30, deadline=None)
@given(surveys())
def test_a_single_column_with_coefficient_one_is_its_own_estimate(rows):
    by = rows["domain"]
    combined = estimate_combination(
        {"a": rows["answer"]}, {label: {"a": 1.0} for label in set(by)}, nested(rows), by=by
    )
    alone = estimate(rows["answer"], nested(rows), by=by)
    for ours, theirs in zip(combined, alone, strict=True):
        assert ours.n == theirs.n
        assert np.allclose(
            [ours.estimate, ours.se], [theirs.estimate, theirs.se], rtol=1e-9, equal_nan=True
        )


def test_with_missing_answers_the_se_agrees_with_a_jackknife():
    """Each column's mean has its own denominator; the linearised SE must then agree with a
    stratified delete-one jackknife (JKn), which knows nothing of the formula."""
    rng = np.random.default_rng(2640)
    rows = 600
    strata = rng.integers(0, 3, rows)
    weights = np.array([40.0, 10.0, 25.0])[strata]
    satisfied_a = rng.random(rows) < np.array([0.9, 0.6, 0.75])[strata]
    # The second answer leans on the first, so the covariance matters.
    satisfied_b = np.where(rng.random(rows) < 0.7, satisfied_a, rng.random(rows) < 0.5)
    a = [None if m else float(x) for x, m in zip(satisfied_a, rng.random(rows) < 0.2, strict=True)]
    b = [None if m else float(x) for x, m in zip(satisfied_b, rng.random(rows) < 0.3, strict=True)]
    c = {"a": 0.5, "b": 0.5}

    def combination(w: np.ndarray) -> float:
        total = 0.0
        for coefficient, column in ((c["a"], a), (c["b"], b)):
            present = np.array([v is not None for v in column])
            values = np.array([v or 0.0 for v in column])
            total += coefficient * (w * values * present).sum() / (w * present).sum()
        return total

    [found] = estimate_combination(
        {"a": a, "b": b}, {None: c}, Design(weights=weights, strata=strata)
    )
    assert found.estimate == pytest.approx(combination(weights))
    variance = 0.0
    for h in range(3):
        members = np.flatnonzero(strata == h)
        n_h = len(members)
        replicates = []
        for left_out in members:
            w = weights.copy()
            w[members] *= n_h / (n_h - 1)
            w[left_out] = 0.0
            replicates.append(combination(w))
        spread = np.array(replicates) - np.mean(replicates)
        variance += (n_h - 1) / n_h * float((spread**2).sum())
    assert found.se == pytest.approx(np.sqrt(variance), rel=0.03)
    assert found.n == sum(1 for x, y in zip(a, b, strict=True) if x is not None or y is not None)


def test_a_combination_needing_a_column_without_answers_is_unknown():
    [found] = estimate_combination(
        {"a": [4, 5, 2, 4], "b": [None] * 4},
        {None: {"a": 0.5, "b": 0.5}},
        Design(),
        proportion=[4, 5],
    )
    assert math.isnan(found.estimate) and math.isnan(found.se)
    [only_a] = estimate_combination(
        {"a": [4, 5, 2, 4], "b": [None] * 4}, {None: {"a": 1.0}}, Design(), proportion=[4, 5]
    )
    assert only_a.estimate == 0.75 and only_a.n == 4
