"""Estimate a mean or a proportion from a survey CSV, with its design (weights, strata, PSUs,
fpc) and domains.

    motcua survey estimate --csv FILE --value COL [--proportion 4,5] [--weight COL]
        [--strata COL] [--psu COL] [--nest] [--fpc COL] [--by COL] [--conf 0.95] [--json]

Standard errors are Taylor-linearised and intervals use the design's degrees of freedom, as
R's `survey` package computes them (see `motcua.surveys.stats`).
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _

from motcua.surveys.stats import Design, DesignError, Estimate, estimate

BAD_INPUT = 2


def arguments(parser: CommandParser) -> None:
    parser.add_argument("--csv", required=True, help=_("the responses, one row per answer sheet"))
    parser.add_argument("--value", required=True, help=_("the column to estimate"))
    parser.add_argument(
        "--proportion",
        help=_(
            "comma-separated values counted as yes (e.g. 4,5); "
            "without it, the mean of the column is estimated"
        ),
    )
    parser.add_argument("--weight", help=_("the sampling weight column"))
    parser.add_argument("--strata", help=_("the stratum column"))
    parser.add_argument("--psu", help=_("the cluster (primary sampling unit) column"))
    parser.add_argument(
        "--nest", action="store_true", help=_("PSU codes are numbered within each stratum")
    )
    parser.add_argument(
        "--fpc",
        help=_(
            "population size of the row's stratum (of PSUs when there are clusters), "
            "or the sampling fraction"
        ),
    )
    parser.add_argument("--by", help=_("estimate for each value of this column"))
    parser.add_argument(
        "--conf", type=float, default=0.95, help=_("confidence level of the intervals")
    )
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def run(command: Any, options: dict[str, Any]) -> None:
    """Estimate a mean or a proportion from a survey CSV, with its sampling design."""
    path = Path(options["csv"])
    names = {
        "value": options["value"],
        "weight": options["weight"],
        "strata": options["strata"],
        "psu": options["psu"],
        "fpc": options["fpc"],
        "by": options["by"],
    }
    if options["nest"] and not options["psu"]:
        raise CommandError(_("--nest needs --psu"), returncode=BAD_INPUT)
    if not 0 < options["conf"] < 1:
        raise CommandError(_("--conf must be between 0 and 1"), returncode=BAD_INPUT)
    proportion = _choices(options["proportion"])
    columns = _read(path, [name for name in names.values() if name])

    def column(option: str) -> list[str] | None:
        name = names[option]
        return columns[name] if name else None

    values: list[Any] = columns[options["value"]]
    if proportion is not None:
        values = _numbers_if_all(values)
    design = Design(
        weights=column("weight"),
        strata=column("strata"),
        psu=column("psu"),
        nest=options["nest"],
        fpc=column("fpc"),
    )
    try:
        estimates = estimate(
            values, design, proportion=proportion, by=column("by"), conf=options["conf"]
        )
    except DesignError as error:
        raise CommandError(str(error), returncode=BAD_INPUT) from error

    rows = len(values)
    if options["json"]:
        report = {
            "estimates": [_as_json(e) for e in estimates],
            "design": {
                "csv": str(path),
                "rows": rows,
                "value": options["value"],
                "statistic": "proportion" if proportion is not None else "mean",
                "proportion": proportion,
                "weight": options["weight"],
                "strata": options["strata"],
                "psu": options["psu"],
                "nest": options["nest"],
                "fpc": options["fpc"],
                "by": options["by"],
                "conf": options["conf"],
                "df": estimates[0].df,
            },
        }
        command.stdout.write(json.dumps(report, ensure_ascii=False, indent=2))
        return
    command.stdout.write(_table(estimates, options))


def _choices(text: str | None) -> list[str] | None:
    if text is None:
        return None
    choices = [part.strip() for part in text.split(",") if part.strip()]
    if not choices:
        raise CommandError(_("--proportion needs at least one value"), returncode=BAD_INPUT)
    return choices


def _read(path: Path, wanted: list[str]) -> dict[str, list[str]]:
    """The wanted columns of the CSV as text; UTF-8, with or without a byte order mark."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.reader(handle)
            header = [name.strip() for name in next(reader, [])]
            missing = [name for name in dict.fromkeys(wanted) if name not in header]
            if missing:
                raise CommandError(
                    _("%(file)s has no column %(columns)s; its columns are: %(header)s")
                    % {
                        "file": path,
                        "columns": ", ".join(missing),
                        "header": ", ".join(header),
                    },
                    returncode=BAD_INPUT,
                )
            positions = {name: header.index(name) for name in wanted}
            columns: dict[str, list[str]] = {name: [] for name in wanted}
            rows = 0
            for line, row in enumerate(reader, start=2):
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) < len(header):
                    raise CommandError(
                        _("%(file)s, line %(line)d: %(found)d cells, the header has %(expected)d")
                        % {"file": path, "line": line, "found": len(row), "expected": len(header)},
                        returncode=BAD_INPUT,
                    )
                for name, position in positions.items():
                    columns[name].append(row[position])
                rows += 1
    except FileNotFoundError:
        raise CommandError(
            _("no such file: %(file)s") % {"file": path}, returncode=BAD_INPUT
        ) from None
    except UnicodeDecodeError:
        raise CommandError(
            _("%(file)s is not UTF-8 text") % {"file": path}, returncode=BAD_INPUT
        ) from None
    if not rows:
        raise CommandError(_("%(file)s has no rows") % {"file": path}, returncode=BAD_INPUT)
    return columns


def _numbers_if_all(cells: list[str]) -> list[Any]:
    """Numbers when every non-empty cell is one, so that "4.0" counts as the answer 4."""
    numbers: list[float | None] = []
    for cell in cells:
        text = cell.strip()
        if not text:
            numbers.append(None)
            continue
        try:
            numbers.append(float(text))
        except ValueError:
            return list(cells)
    return numbers


def _finite(number: float) -> float | None:
    return number if math.isfinite(number) else None


def _as_json(e: Estimate) -> dict[str, Any]:
    return {
        "domain": e.domain,
        "estimate": _finite(e.estimate),
        "se": _finite(e.se),
        "ci_low": _finite(e.ci_low),
        "ci_high": _finite(e.ci_high),
        "n": e.n,
    }


def _table(estimates: list[Estimate], options: dict[str, Any]) -> str:
    percent = round(options["conf"] * 100, 2)
    header = [
        _("domain"),
        _("estimate"),
        _("SE"),
        _("%(level)s%% CI low") % {"level": f"{percent:g}"},
        _("%(level)s%% CI high") % {"level": f"{percent:g}"},
        _("n"),
    ]
    lines = [
        [
            "" if e.domain is None else str(e.domain),
            f"{e.estimate:.6g}",
            f"{e.se:.6g}",
            f"{e.ci_low:.6g}",
            f"{e.ci_high:.6g}",
            str(e.n),
        ]
        for e in estimates
    ]
    widths = [max(len(row[i]) for row in [header, *lines]) for i in range(len(header))]
    text = [
        "  ".join(
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        )
        for row in [header, *lines]
    ]
    text.append(_("degrees of freedom: %(df)d") % {"df": estimates[0].df})
    return "\n".join(text)
