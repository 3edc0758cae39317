"""Survey estimates: the share answering 4 or 5 ("satisfied" or "very satisfied") for each of
30 items, by unit, on 1,000,000 responses from 100 units (a stratified sample with weights and a
finite population correction, about 5 % of answers missing), with `motcua.surveys.stats`
against R's `survey` package (svyby + svymean, na.rm=TRUE) in the same run. Installs R and
r-cran-survey from Debian's packages when Rscript is missing (needs root), and checks that
the numbers agree.

    .venv/bin/python benchmarks/survey_estimates.py [--rows 1000000] [--items 30]
        [--units 100] [--r-items 30]

With --r-items smaller than --items, R runs on that many items and its time is scaled to all
of them (the output says so).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import polars as pl
from tqdm import tqdm

R_SCRIPT = r"""
suppressMessages(library(survey))
args <- commandArgs(trailingOnly = TRUE)
data <- read.csv(args[1])
items <- strsplit(args[2], ",")[[1]]
for (item in items) {
  yes <- as.numeric(data[[item]] %in% c(4, 5))
  yes[is.na(data[[item]])] <- NA
  data[[paste0(item, "_yes")]] <- yes
}
design <- svydesign(id = ~1, strata = ~unit, weights = ~w, fpc = ~fpc, data = data)
out <- list()
seconds <- 0
for (item in items) {
  formula <- as.formula(paste0("~", item, "_yes"))
  start <- proc.time()[["elapsed"]]
  result <- svyby(formula, ~unit, design, svymean, na.rm = TRUE, keep.var = TRUE)
  seconds <- seconds + proc.time()[["elapsed"]] - start
  out[[item]] <- data.frame(unit = result$unit, est = coef(result), se = SE(result))
}
cat(sprintf("seconds %.6f\n", seconds))
for (item in items) {
  r <- out[[item]]
  for (i in seq_len(nrow(r))) {
    cat(sprintf("%s %d %.17g %.17g\n", item, r$unit[i], r$est[i], r$se[i]))
  }
}
"""


def generate(rows: int, items: int, units: int, seed: int = 2025) -> pl.DataFrame:
    """Answers 1–5 leaning towards satisfied, with about 5 % missing; each unit a stratum
    whose population is 20,000–80,000 transactions, sampled without replacement."""
    rng = np.random.default_rng(seed)
    unit = np.sort(rng.integers(1, units + 1, rows))
    counts = np.bincount(unit, minlength=units + 1)
    population = rng.integers(20_000, 80_000, units + 1).astype(np.float64)
    population = np.maximum(population, counts * 2.0)
    columns: dict[str, object] = {
        "unit": unit,
        "w": (population / np.maximum(counts, 1))[unit],
        "fpc": population[unit],
    }
    leaning = rng.uniform(0.5, 0.95, units + 1)
    for item in tqdm(range(1, items + 1), desc="generate", unit="item", file=sys.stderr):
        satisfied = rng.random(rows) < leaning[unit]
        answers = np.where(satisfied, rng.integers(4, 6, rows), rng.integers(1, 4, rows))
        answers = answers.astype(np.float64)
        answers[rng.random(rows) < 0.05] = np.nan
        columns[f"q{item:02d}"] = pl.Series(answers).fill_nan(None).cast(pl.Int8)
    return pl.DataFrame(columns)


def ours(frame: pl.DataFrame, names: list[str]) -> tuple[float, dict]:
    from motcua.surveys.stats import Design, estimate_items

    start = time.perf_counter()
    design = Design(weights=frame["w"], strata=frame["unit"], fpc=frame["fpc"])
    # One call: the design and the domains are resolved once for every item.
    items = {name: frame[name] for name in names}
    results = estimate_items(items, design, proportion=[4, 5], by=frame["unit"])
    return time.perf_counter() - start, results


def ensure_rscript() -> str | None:
    found = shutil.which("Rscript")
    if found:
        return found
    print("Rscript is missing: installing r-base-core and r-cran-survey with apt-get ...")
    try:
        subprocess.run(
            [  # noqa: S607
                "apt-get",
                "install",
                "-y",
                "--no-install-recommends",
                "r-base-core",
                "r-cran-survey",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    except (OSError, subprocess.CalledProcessError) as error:
        print(f"R could not be installed ({error}); skipping the comparison with R.")
        return None
    return shutil.which("Rscript")


def with_r(rscript: str, frame: pl.DataFrame, names: list[str]) -> tuple[float, dict]:
    """R's own time for svyby + svymean (reading the CSV is not counted)."""
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch) / "responses.csv"
        script = Path(scratch) / "estimates.R"
        frame.select(["unit", "w", "fpc", *names]).write_csv(data, null_value="NA")
        script.write_text(R_SCRIPT, encoding="utf-8")
        print(f"R: svyby + svymean on {len(names)} item(s) ...", file=sys.stderr)
        out = subprocess.run(  # noqa: S603
            [rscript, str(script), str(data), ",".join(names)],
            check=True,
            stdout=subprocess.PIPE,
            text=True,
        ).stdout.splitlines()
    seconds = float(out[0].split()[1])
    results: dict[str, dict[int, tuple[float, float]]] = {}
    for line in out[1:]:
        item, unit, est, se = line.split()
        results.setdefault(item, {})[int(unit)] = (float(est), float(se))
    return seconds, results


def largest_difference(mine: dict, r: dict) -> float:
    worst = 0.0
    for item, by_unit in r.items():
        for e in mine[item]:
            est, se = by_unit[e.domain]
            for a, b in ((e.estimate, est), (e.se, se)):
                worst = max(worst, abs(a - b) / max(abs(b), 1e-300))
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--items", type=int, default=30)
    parser.add_argument("--units", type=int, default=100)
    parser.add_argument("--r-items", type=int, default=None, help="items R runs (default all)")
    args = parser.parse_args()
    r_items = min(args.r_items or args.items, args.items)

    frame = generate(args.rows, args.items, args.units)
    names = [f"q{i:02d}" for i in range(1, args.items + 1)]
    print(
        f"Proportion answering 4 or 5, by unit: {args.rows:,} responses × {args.items} items, "
        f"{args.units} units (strata with weights and fpc)\n"
    )
    seconds, mine = ours(frame, names)
    print(f"  motcua.surveys.stats  {seconds:8.2f} s  ({seconds / args.items * 1000:.0f} ms/item)")

    rscript = ensure_rscript()
    if rscript is None:
        return 0
    r_seconds, r_results = with_r(rscript, frame, names[:r_items])
    scaled = r_seconds * args.items / r_items
    note = f" (measured on {r_items} items, scaled to {args.items})" if r_items < args.items else ""
    print(f"  R survey (svyby)      {scaled:8.2f} s  ({scaled / args.items:.1f} s/item){note}")
    print(f"  speed ratio           {scaled / seconds:8.1f} × faster than R")
    worst = largest_difference(mine, r_results)
    verdict = "agree" if worst <= 1e-9 else "DIFFER"
    print(
        f"  estimates and SEs {verdict} with R: largest relative difference {worst:.1e} "
        f"over {sum(len(v) for v in r_results.values())} domain estimates × 2"
    )
    print(json.dumps({"ours_s": seconds, "r_s": scaled, "ratio": scaled / seconds}))
    return 0 if worst <= 1e-9 else 1


if __name__ == "__main__":
    raise SystemExit(main())
