"""Design-based estimates of a mean, a proportion or a total, with Taylor-linearised standard
errors, for one-stage designs: weights, strata, clusters (PSUs, optionally nested in strata),
a finite population correction, and domains; and of a linear combination of several means
(`estimate_combination`, the SIPAS element and overall indices).

The results follow R's `survey` package (Lumley), which the tests check against:

- `svymean` / `svytotal` with `na.rm=TRUE`: a row with a missing value leaves the estimate
  (its weight becomes zero) but stays in the design, so the number of PSUs per stratum and the
  degrees of freedom do not change.
- `svyby(..., svymean)`: a domain is the rows with that `by` value; the variance is computed
  on the whole design, the other rows contributing zero.
- Variance: for each stratum h with n_h PSUs and sampling fraction f_h,
  (1 - f_h) · n_h / (n_h - 1) · Σ_j (z_hj - z̄_h)², where z_hj is the PSU total of the
  linearised value (w·(y - ȳ)/Σw for a mean, w·y for a total).
- Degrees of freedom as `degf()`: PSUs minus strata, counted over rows with a non-zero
  weight (each row is a PSU when there are no clusters); intervals as
  `confint(..., df=degf(design))`: estimate ± t(df) · SE.
- `fpc` as `svydesign` accepts it: the population size of the row's stratum (of PSUs when there
  are clusters), or the sampling fraction when every value is at most 1. Without weights, the
  weights are N_h / n_h from it, or 1 when there is no `fpc`.
- A stratum with a single PSU is an error, as with `options(survey.lonely.psu="fail")`,
  R's default; a single PSU that is the whole stratum population (f_h = 1) is certain and adds
  no variance. PSU codes reused across strata are an error unless `nest=True`.

Two engines compute the estimates and the SEs; the degrees of freedom and intervals are always
computed here. `svy` reproduces R's point estimates and standard errors, including domains
and missing values, but on 1,000,000 rows with 100 domains it takes about as long as R (some
8 s per item), and its domain degrees of freedom (PSUs holding domain members) and its logit
intervals for proportions differ from R's. The default engine is therefore a vectorised numpy
path (group sums with `bincount`, a few passes over the rows per item), and the tests hold it
equal to the `svy` engine and to R's published values.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import polars as pl
from django.utils.translation import gettext as _
from scipy import stats as scipy_stats

Engine = Literal["numpy", "svy"]

__all__ = [
    "Design",
    "DesignError",
    "Estimate",
    "estimate",
    "estimate_combination",
    "estimate_items",
]


class DesignError(ValueError):
    """The data cannot be analysed with the design as given (a bad column, a lonely PSU...)."""


@dataclass(frozen=True)
class Estimate:
    domain: Any
    estimate: float
    se: float
    ci_low: float
    ci_high: float
    n: int
    df: int


@dataclass(frozen=True, eq=False)
class Design:
    """A one-stage sampling design, as columns of equal length (lists, numpy arrays or polars
    Series). Every part is optional: with none, the rows are a simple random sample drawn
    with replacement, each with weight 1."""

    weights: Any = None
    strata: Any = None
    psu: Any = None
    nest: bool = False
    fpc: Any = None


@dataclass(frozen=True)
class _Layout:
    """The design resolved to integer codes, shared by every item estimated with it."""

    weights: np.ndarray  # per row
    stratum: np.ndarray  # per row, 0..H-1
    psu: np.ndarray  # per row, 0..P-1, numbered across the whole design
    psu_stratum: np.ndarray  # per PSU
    psu_count: np.ndarray  # n_h per stratum
    scale: np.ndarray  # (1 - f_h) n_h / (n_h - 1) per stratum; 0 for a certain PSU
    population: np.ndarray | None  # N_h per stratum, from fpc
    df: int
    has_psu: bool


@dataclass(frozen=True)
class _Domains:
    codes: np.ndarray  # per row, -1 outside every domain
    labels: list[Any]  # [None] when there is no `by`


def estimate(
    values: Any,
    design: Design,
    *,
    proportion: Collection[Any] | None = None,
    by: Any = None,
    conf: float = 0.95,
    total: bool = False,
    engine: Engine = "numpy",
) -> list[Estimate]:
    """The design-based mean of `values` (or, with `proportion`, the share of answers among
    those values; with `total`, the population total), one `Estimate` per value of `by`
    in sorted order, or a single one with domain None. Missing values (None, NaN, empty)
    leave the estimate but not the design."""
    return estimate_items(
        {"": values},
        design,
        proportion=proportion,
        by=by,
        conf=conf,
        total=total,
        engine=engine,
    )[""]


def estimate_items(
    items: Mapping[str, Any],
    design: Design,
    *,
    proportion: Collection[Any] | None = None,
    by: Any = None,
    conf: float = 0.95,
    total: bool = False,
    engine: Engine = "numpy",
) -> dict[str, list[Estimate]]:
    """`estimate` for several columns on the same design and domains, which are resolved
    once."""
    if not 0 < conf < 1:
        raise DesignError(
            _("the confidence level must be between 0 and 1, not %(conf)s") % {"conf": conf}
        )
    rows = _row_count(items, design, by)
    layout = _layout(design, rows)
    domains = _domains(by, rows)
    quantile = float(scipy_stats.t.ppf(0.5 + conf / 2, layout.df)) if layout.df > 0 else np.nan
    cells = _cells(layout, domains) if engine == "numpy" else None
    results = {}
    for name, values in items.items():
        y, present = _answers(values, proportion, name)
        if cells is None:
            est, se, n = _svy_sums(y, present, layout, domains, total=total)
        else:
            est, se, n = _numpy_sums(y, present, layout, cells, len(domains.labels), total=total)
        results[name] = [
            Estimate(
                domain=label,
                estimate=float(est[k]),
                se=float(se[k]),
                ci_low=float(est[k] - quantile * se[k]),
                ci_high=float(est[k] + quantile * se[k]),
                n=int(n[k]),
                df=layout.df,
            )
            for k, label in enumerate(domains.labels)
        ]
    return results


def estimate_combination(
    items: Mapping[str, Any],
    coefficients: Mapping[Any, Mapping[str, float]],
    design: Design,
    *,
    proportion: Collection[Any] | None = None,
    by: Any = None,
    conf: float = 0.95,
) -> list[Estimate]:
    """The design-based estimate of a linear combination Σ c_i·ȳ_i of the means of several
    columns (with `proportion`, of their shares), each mean over the rows where its column
    has a value, one `Estimate` per domain as `estimate` gives them.

    `coefficients` maps each domain label (None without `by`) to the coefficient c_i of each
    column; a column left out counts 0, so a domain may combine its own columns (a SIPAS
    index leaves out an item with too few answers in that domain). The standard error is
    Taylor-linearised over all the columns at once, z = Σ c_i·w·(y_i - ȳ_i)/Σw_i, so the
    covariances between the columns count: with no missing value it is `estimate` of the
    row score Σ c_i·y_i, as R's `svycontrast` of a `svymean` gives it. A domain where a
    column with a coefficient has no value gets NaN. `n` counts the rows with a value in at
    least one column that counts in the domain. Numpy engine only."""
    if not 0 < conf < 1:
        raise DesignError(
            _("the confidence level must be between 0 and 1, not %(conf)s") % {"conf": conf}
        )
    rows = _row_count(items, design, by)
    layout = _layout(design, rows)
    domains = _domains(by, rows)
    cells = _cells(layout, domains)
    k = len(domains.labels)
    dom = cells.domain
    est = np.zeros(k)
    z = np.zeros(rows)
    counted = np.zeros(rows, dtype=bool)
    for name, values in items.items():
        c = np.array(
            [float(coefficients.get(label, {}).get(name, 0.0)) for label in domains.labels]
        )
        if not c.any():
            continue
        y, present = _answers(values, proportion, name)
        inside = present & cells.in_domain
        w = layout.weights * inside
        weight_sum = np.bincount(dom, w, minlength=k)
        with np.errstate(divide="ignore", invalid="ignore"):
            mean = np.bincount(dom, w * y, minlength=k) / weight_sum
        est += np.where(c != 0, c * mean, 0.0)
        inverse = np.divide(c, weight_sum, where=weight_sum > 0, out=np.zeros(k))
        z += (w * y - w * np.nan_to_num(mean)[dom]) * inverse[dom]
        counted |= inside & (c[dom] != 0)
    se = np.where(np.isfinite(est), np.sqrt(_variance(z, layout, cells, k)), np.nan)
    n = np.bincount(dom, counted, minlength=k).astype(np.int64)
    quantile = float(scipy_stats.t.ppf(0.5 + conf / 2, layout.df)) if layout.df > 0 else np.nan
    return [
        Estimate(
            domain=label,
            estimate=float(est[d]),
            se=float(se[d]),
            ci_low=float(est[d] - quantile * se[d]),
            ci_high=float(est[d] + quantile * se[d]),
            n=int(n[d]),
            df=layout.df,
        )
        for d, label in enumerate(domains.labels)
    ]


# --- inputs ------------------------------------------------------------------------------


def _series(column: Any, what: str) -> pl.Series:
    series = (
        column if isinstance(column, pl.Series) else pl.Series(what, _as_list(column), strict=False)
    )
    if series.dtype in (pl.Float32, pl.Float64):
        series = series.fill_nan(None)
    if series.dtype == pl.String:
        stripped = series.str.strip_chars()
        series = stripped.set(stripped == "", None)
    return series


def _as_list(column: Any) -> Any:
    if isinstance(column, np.ndarray) and column.dtype != object:
        return column
    return list(column)


def _numbers(column: Any, what: str) -> np.ndarray:
    """A numeric column as float64, NaN where missing."""
    series = _series(column, what)
    if series.dtype == pl.String:
        converted = series.cast(pl.Float64, strict=False)
        bad = converted.is_null() & series.is_not_null()
        if bad.any():
            first = series.filter(bad)[0]
            raise DesignError(
                _("%(what)s: %(value)r is not a number") % {"what": what, "value": first}
            )
        series = converted
    elif not series.dtype.is_numeric() and series.dtype != pl.Null:
        raise DesignError(_("%(what)s: the values are not numbers") % {"what": what})
    return series.cast(pl.Float64).fill_null(np.nan).to_numpy()


def _codes(column: Any, what: str, *, missing_ok: bool = False) -> tuple[np.ndarray, list[Any]]:
    """Integer codes 0..k-1 in sorted order of the values, -1 where missing, and the values."""
    series = _series(column, what)
    if series.null_count() and not missing_ok:
        raise DesignError(_("%(what)s: a value is missing") % {"what": what})
    if series.dtype.is_integer():
        data = series.fill_null(0).to_numpy().astype(np.int64)
        low, high = (int(data.min()), int(data.max())) if len(data) else (0, 0)
        if high - low <= 4 * len(data) + 1024:
            # Counting sort: much faster than a general sort on a million rows.
            seen = np.zeros(high - low + 1, dtype=bool)
            keep = series.is_not_null().to_numpy()
            seen[data[keep] - low] = True
            values = np.flatnonzero(seen)
            lookup = np.cumsum(seen) - 1
            codes = np.where(keep, lookup[data - low], -1)
            return codes, [int(v) + low for v in values]
    ranks = series.rank("dense")
    codes = (ranks.fill_null(0).to_numpy().astype(np.int64)) - 1
    labels = series.drop_nulls().unique().sort().to_list()
    return codes, labels


def _row_count(items: Mapping[str, Any], design: Design, by: Any) -> int:
    lengths = {name: len(values) for name, values in items.items()}
    for name, column in (
        ("weights", design.weights),
        ("strata", design.strata),
        ("psu", design.psu),
        ("fpc", design.fpc),
        ("by", by),
    ):
        if column is not None:
            lengths[name] = len(column)
    if len(set(lengths.values())) > 1:
        raise DesignError(_("the columns differ in length: %(lengths)s") % {"lengths": lengths})
    rows = next(iter(lengths.values()), 0)
    if rows == 0:
        raise DesignError(_("there are no rows"))
    return rows


def _layout(design: Design, rows: int) -> _Layout:
    strata_labels: list[Any] = [None]
    if design.strata is not None:
        stratum, strata_labels = _codes(design.strata, "strata")
    else:
        stratum = np.zeros(rows, dtype=np.int64)
    strata_count = int(stratum.max()) + 1

    if design.psu is not None:
        raw, _labels = _codes(design.psu, "psu")
        if design.nest:
            pair = stratum * (int(raw.max()) + 1) + raw
            psu, _labels = _codes(pair, "psu")
        else:
            psu = raw
            per_psu = np.full(int(raw.max()) + 1, -1)
            per_psu[psu] = stratum
            if np.any(per_psu[psu] != stratum):
                raise DesignError(
                    _(
                        "the same PSU appears in more than one stratum; "
                        "if PSU codes are numbered within strata, say so with nest (--nest)"
                    )
                )
    else:
        psu = np.arange(rows)
    psu_total = int(psu.max()) + 1
    psu_stratum = np.zeros(psu_total, dtype=np.int64)
    psu_stratum[psu] = stratum
    psu_count = np.bincount(psu_stratum, minlength=strata_count)

    fraction = np.zeros(strata_count)
    population = None
    if design.fpc is not None:
        fpc = _numbers(design.fpc, "fpc")
        if np.isnan(fpc).any():
            raise DesignError(_("fpc: a value is missing"))
        low = np.full(strata_count, np.inf)
        high = np.full(strata_count, -np.inf)
        np.minimum.at(low, stratum, fpc)
        np.maximum.at(high, stratum, fpc)
        if np.any(low != high):
            raise DesignError(_("fpc: the value differs within a stratum"))
        if np.any(low < 0):
            raise DesignError(_("fpc: a value is negative"))
        if np.all(low <= 1):
            fraction = low
            population = np.divide(psu_count, fraction, where=fraction > 0, out=np.zeros(len(low)))
        else:
            if np.any(low < psu_count):
                raise DesignError(
                    _("fpc: a stratum has more sampled units than its population size")
                )
            population = low
            fraction = psu_count / low

    if design.weights is not None:
        weights = _numbers(design.weights, "weights")
        if np.isnan(weights).any():
            raise DesignError(_("weights: a value is missing"))
        if np.any(weights < 0):
            raise DesignError(_("weights: a value is negative"))
    elif population is not None:
        weights = (population / psu_count)[stratum]
    else:
        weights = np.ones(rows)

    certain = fraction >= 1
    lonely = (psu_count == 1) & ~certain
    if lonely.any():
        names = ", ".join(str(strata_labels[h]) for h in np.flatnonzero(lonely))
        raise DesignError(
            _("a stratum has only one PSU, so its variance is unknown: %(names)s")
            % {"names": names}
        )
    with np.errstate(divide="ignore", invalid="ignore"):
        scale = np.where(
            certain | (psu_count < 2), 0.0, (1 - fraction) * psu_count / (psu_count - 1)
        )

    sampled = weights != 0
    df = int(
        np.count_nonzero(np.bincount(psu[sampled], minlength=psu_total))
        - np.count_nonzero(np.bincount(stratum[sampled], minlength=strata_count))
    )
    return _Layout(
        weights=weights,
        stratum=stratum,
        psu=psu,
        psu_stratum=psu_stratum,
        psu_count=psu_count,
        scale=scale,
        population=population,
        df=df,
        has_psu=design.psu is not None,
    )


def _domains(by: Any, rows: int) -> _Domains:
    if by is None:
        return _Domains(codes=np.zeros(rows, dtype=np.int64), labels=[None])
    codes, labels = _codes(by, "by", missing_ok=True)
    return _Domains(codes=codes, labels=labels)


def _answers(
    values: Any, proportion: Collection[Any] | None, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """The analysed value per row (0/1 for a proportion) and whether it is present."""
    what = name or "values"
    if proportion is None:
        y = _numbers(values, what)
        present = ~np.isnan(y)
        return np.where(present, y, 0.0), present
    series = _series(values, what)
    present = series.is_not_null().to_numpy()
    if series.dtype.is_numeric():
        wanted = [float(p) for p in _numeric_choices(proportion, what)]
        yes = series.cast(pl.Float64).is_in(wanted)
    else:
        yes = series.cast(pl.String).is_in([str(p) for p in proportion])
    return yes.fill_null(False).to_numpy().astype(np.float64), present


def _numeric_choices(proportion: Collection[Any], what: str) -> list[float]:
    try:
        return [float(p) for p in proportion]
    except (TypeError, ValueError):
        raise DesignError(
            _("%(what)s: the answers counted are not numbers, but the column is numeric")
            % {"what": what}
        ) from None


# --- the numpy engine --------------------------------------------------------------------


@dataclass(frozen=True)
class _Cells:
    """How rows add up into (PSU, domain) cells, and cells into (domain, stratum) groups: the
    same for every item, so it is worked out once."""

    domain: np.ndarray  # per row; 0 for rows outside every domain, which carry no weight
    in_domain: np.ndarray  # per row
    cell: np.ndarray | None  # per row; None when every row is its own cell (no clusters)
    cell_count: int
    group: np.ndarray  # per cell: domain · strata + stratum
    groups: int


def _cells(layout: _Layout, domains: _Domains) -> _Cells:
    k = len(domains.labels)
    strata = len(layout.psu_count)
    in_domain = domains.codes >= 0
    dom = np.maximum(domains.codes, 0)
    if not layout.has_psu:
        return _Cells(dom, in_domain, None, 0, dom * strata + layout.stratum, k * strata)
    # A PSU may hold rows of several domains, so a cell is a (PSU, domain) pair.
    key = layout.psu * k + dom
    grid = len(layout.psu_stratum) * k
    if grid <= max(4 * len(key), 1 << 22):
        cell, cells = key, np.arange(grid)
    else:
        found = np.unique(key, return_inverse=True)
        cell, cells = found[1], found[0]
    cell_psu, cell_dom = np.divmod(cells, k)
    group = cell_dom * strata + layout.psu_stratum[cell_psu]
    return _Cells(dom, in_domain, cell, len(cells), group, k * strata)


def _numpy_sums(
    y: np.ndarray, present: np.ndarray, layout: _Layout, cells: _Cells, k: int, *, total: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    inside = present & cells.in_domain
    dom = cells.domain
    w = layout.weights * inside
    wy = w * y
    weight_sum = np.bincount(dom, w, minlength=k)
    value_sum = np.bincount(dom, wy, minlength=k)
    n = np.bincount(dom, inside, minlength=k).astype(np.int64)
    est: np.ndarray
    if total:
        est = value_sum
        z = wy
    else:
        with np.errstate(divide="ignore", invalid="ignore"):
            est = value_sum / weight_sum
        inverse = np.divide(1.0, weight_sum, where=weight_sum > 0, out=np.zeros(k))
        z = (wy - w * np.nan_to_num(est)[dom]) * inverse[dom]

    se = np.sqrt(_variance(z, layout, cells, k))
    if not total:
        se = np.where(weight_sum > 0, se, np.nan)
    return est, se, n


def _variance(z: np.ndarray, layout: _Layout, cells: _Cells, k: int) -> np.ndarray:
    """The variance, per domain, of the total of the linearised values `z` (one per row)."""
    z_cell = z if cells.cell is None else np.bincount(cells.cell, z, minlength=cells.cell_count)
    strata = len(layout.psu_count)
    first = np.bincount(cells.group, z_cell, minlength=cells.groups).reshape(k, strata)
    second = np.bincount(cells.group, z_cell * z_cell, minlength=cells.groups).reshape(k, strata)
    # Σ_j (z_hj - z̄_h)² over all n_h PSUs of the stratum, those outside the domain being 0.
    spread = second - first * first / layout.psu_count
    result: np.ndarray = (np.clip(spread, 0.0, None) * layout.scale).sum(axis=1)
    return result


# --- the svy engine ----------------------------------------------------------------------


def _svy_sums(
    y: np.ndarray, present: np.ndarray, layout: _Layout, domains: _Domains, *, total: bool
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    import svy

    inside = present & (domains.codes >= 0)
    k = len(domains.labels)
    est, se, n = np.full(k, np.nan), np.full(k, np.nan), np.zeros(k, dtype=np.int64)
    if not inside.any():
        return (np.zeros(k) if total else est), (np.zeros(k) if total else se), n
    frame = pl.DataFrame(
        {
            "y": pl.Series(np.where(inside, y, np.nan)).fill_nan(None),
            "domain": np.where(inside, domains.codes, 0),
            "w": layout.weights,
            "stratum": layout.stratum,
            "psu": layout.psu,
        }
    )
    options: dict[str, Any] = {"wgt": "w", "stratum": "stratum", "psu": "psu"}
    if layout.population is not None:
        frame = frame.with_columns(pl.Series("population", layout.population[layout.stratum]))
        options["pop_size"] = "population"
    sample = svy.Sample(frame, svy.Design(**options))
    method = sample.estimation.total if total else sample.estimation.mean
    by = "domain" if domains.labels != [None] else None
    result = method("y", by=by, drop_nulls=True)
    assert not isinstance(result, list)  # one column in, one result out
    table = result.to_polars()
    where = table["domain"].to_numpy() if by else np.zeros(len(table), dtype=np.int64)
    est[where] = table["est"].to_numpy()
    se[where] = table["se"].to_numpy()
    n[where] = table["n"].to_numpy()
    return est, se, n
