"""`motcua metrics SUBCOMMAND`: the indicators from the command line.

    motcua metrics refresh [--full]          rebuild the monthly roll-ups (cron, nightly)
    motcua metrics show --from DATE --to DATE [--unit CODE] [--json]

`show` prints every indicator per unit (the unit and each unit directly below it) with its
target; errors go to stderr with exit code 2."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from django.utils.translation import gettext as _
from tqdm import tqdm

from motcua.core.cli import BAD_INPUT, date_option
from motcua.metrics.figures import UnitFigures, unit_figures
from motcua.metrics.indicators import INDICATORS
from motcua.metrics.rollups import rollups_refresh
from motcua.orgs.models import AdministrativeUnit


def _as_dict(row: UnitFigures) -> dict[str, Any]:
    return {
        "unit": row.unit.code,
        "name": row.unit.name,
        "indicators": {
            code: {
                "value": figure.shown,
                "kind": figure.kind,
                "numerator": figure.numerator,
                "denominator": figure.denominator,
                "target": float(figure.target) if figure.target is not None else None,
                "gap": figure.gap,
                "meets_target": figure.meets,
            }
            for code, figure in row.figures.items()
        },
        "index_766": {
            "score": round(row.index.score, 1)
            if row.index and row.index.score is not None
            else None,
            "band": row.index.band() if row.index else None,
            "measured_points": round(row.index.measured, 1) if row.index else 0,
        },
    }


class Command(BaseCommand):
    help = "Indicators: refresh the monthly roll-ups (cron), show every indicator per unit."

    def add_arguments(self, parser: CommandParser) -> None:
        subparsers = parser.add_subparsers(dest="subcommand", required=True)
        refresh = subparsers.add_parser("refresh", help=_("rebuild the monthly roll-ups"))
        refresh.add_argument(
            "--full", action="store_true", help=_("every month, not only those changed")
        )
        show = subparsers.add_parser("show", help=_("every indicator per unit, with its target"))
        show.add_argument("--from", dest="start", required=True, metavar="DATE")
        show.add_argument("--to", dest="end", required=True, metavar="DATE")
        show.add_argument("--unit", metavar="CODE", help=_("this unit and the units below it"))
        show.add_argument("--json", action="store_true", help=_("print JSON"))

    def handle(self, *args: Any, **options: Any) -> None:
        if options["subcommand"] == "refresh":
            with tqdm(
                total=len(INDICATORS), unit=" indicators", disable=None, file=self.stderr
            ) as bar:
                result = rollups_refresh(full=options["full"], progress=bar.update)
            self.stdout.write(
                _("%(months)s months rebuilt, %(rows)s rows.")
                % {"months": result.months, "rows": result.rows}
            )
            return
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
                "units": [_as_dict(r) for r in rows],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=1))
            return
        for row in rows:
            self.stdout.write(f"{row.unit.code} {row.unit.name}")
            for figure in row.figures.values():
                value = "—" if figure.shown is None else f"{figure.shown}"
                target = "" if figure.target is None else f" / {figure.target}"
                self.stdout.write(f"  {figure.label}: {value}{target}")
