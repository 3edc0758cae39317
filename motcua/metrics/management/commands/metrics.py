"""`motcua metrics SUBCOMMAND`: the indicators from the command line.

    motcua metrics refresh [--full]          rebuild the monthly roll-ups (cron, nightly)
    motcua metrics show --from DATE --to DATE [--unit CODE] [--json]

`show` prints every indicator per unit (the unit and each unit directly below it) with its
target, and the local estimate of the Decision 766 index group by group (with `--json`:
`index_766` = {label, score, band, measured_points, groups: [{code, label, max, points,
measured_points}]}, points null where no data stands behind them); errors go to stderr
with exit code 2."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from tqdm import tqdm

from motcua.core.cli import BAD_INPUT, Arguments, Run, SubcommandsCommand, date_option
from motcua.metrics.d766 import Index766
from motcua.metrics.figures import INDEX_766, Figure, UnitFigures, unit_figures
from motcua.metrics.indicators import INDICATORS
from motcua.metrics.registry import REGISTRY, SPECS
from motcua.metrics.rollups import rollups_refresh
from motcua.orgs.models import AdministrativeUnit


def _as_dict(row: UnitFigures) -> dict[str, Any]:
    """Every figure of the registry for one unit: its value and target, and what it is
    (name, kind, direction, unit, definition); the 766 index adds its groups."""
    indicators = {code: _figure_dict(figure) for code, figure in row.figures.items()}
    if INDEX_766 in indicators:
        indicators[INDEX_766] |= {"groups": _index_dict(row.index)["groups"]}
    return {
        "unit": row.unit.code,
        "name": row.unit.name,
        "indicators": indicators,
        "index_766": _index_dict(row.index),
    }


def _figure_dict(figure: Figure) -> dict[str, Any]:
    return {
        **figure.spec.as_dict(),
        "value": figure.shown,
        "numerator": figure.numerator,
        "denominator": figure.denominator,
        "interval": list(figure.interval) if figure.interval else None,
        "target": float(figure.target) if figure.target is not None else None,
        "gap": figure.gap,
        "meets_target": figure.meets,
    }


def _index_dict(index: Index766 | None) -> dict[str, Any]:
    """The local estimate of the Decision 766 index, group by group; points are null where
    no data stands behind them."""
    groups = index.groups if index else []
    return {
        "label": str(REGISTRY[INDEX_766].name),
        "score": _rounded(index.score if index else None),
        "band": index.band() if index else None,
        "measured_points": round(index.measured, 1) if index else 0,
        "groups": [
            {
                "code": group.code,
                "label": str(group.label),
                "max": group.maximum,
                "points": _rounded(group.score),
                "measured_points": round(group.measured_points, 1),
            }
            for group in groups
        ],
    }


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def refresh_arguments(parser: CommandParser) -> None:
    parser.add_argument(
        "--full", action="store_true", help=_("every month, not only those changed")
    )


def refresh_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Rebuild the monthly roll-ups (cron, nightly)."""
    with tqdm(total=len(INDICATORS), unit=" indicators", disable=None, file=command.stderr) as bar:
        result = rollups_refresh(full=options["full"], progress=bar.update)
    command.stdout.write(
        _("%(months)s months rebuilt, %(rows)s rows.")
        % {"months": result.months, "rows": result.rows}
    )


def show_arguments(parser: CommandParser) -> None:
    parser.add_argument("--from", dest="start", required=True, metavar="DATE")
    parser.add_argument("--to", dest="end", required=True, metavar="DATE")
    parser.add_argument("--unit", metavar="CODE", help=_("this unit and the units below it"))
    parser.add_argument("--json", action="store_true", help=_("print JSON"))


def show_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Every indicator per unit (the unit and each unit directly below it), with its target."""
    start, end = date_option("--from", options["start"]), date_option("--to", options["end"])
    if end < start:
        raise CommandError(_("--to is before --from."), returncode=BAD_INPUT)
    today = timezone.localdate()
    units = AdministrativeUnit.objects.valid_on(min(end, today))
    if options["unit"]:
        top = units.filter(code=options["unit"]).first()
        if top is None:
            raise CommandError(
                _("No unit has the code %s.") % options["unit"], returncode=BAD_INPUT
            )
    else:
        top = units.filter(parent__isnull=True).order_by("code").first()
        if top is None:
            raise CommandError(_("No unit is in force."), returncode=BAD_INPUT)
    chosen = [top, *units.filter(parent=top).order_by("code")]
    rows = unit_figures(chosen, start=start, end=end, today=today)
    if options["json"]:
        payload = {
            "from": start.isoformat(),
            "to": end.isoformat(),
            "figures": [spec.as_dict() for spec in SPECS],
            "units": [_as_dict(r) for r in rows],
        }
        command.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
        return
    for row in rows:
        command.stdout.write(f"{row.unit.code} {row.unit.name}")
        for figure in row.figures.values():
            value = "—" if figure.shown is None else f"{figure.shown}"
            target = "" if figure.target is None else f" / {figure.target}"
            command.stdout.write(f"  {figure.label}: {value}{target}")
        for group in row.index.groups if row.index else []:
            points = "—" if group.score is None else f"{group.score:.1f}"
            command.stdout.write(f"    {group.label}: {points} / {group.maximum}")


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "refresh": (refresh_arguments, refresh_run),
    "show": (show_arguments, show_run),
}


class Command(SubcommandsCommand):
    help = "Indicators: refresh the monthly roll-ups (cron), show every indicator per unit."
    subcommands = SUBCOMMANDS
    subcommand_help: dict[str, str | Promise] = {
        "refresh": gettext_lazy("rebuild the monthly roll-ups"),
        "show": gettext_lazy("every indicator per unit, with its target"),
    }
