"""`motcua export parquet DIR`: the reporting tables as Parquet, for national analysis on
DuckDB or Spark with the same indicator definitions (no personal data is exported)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.utils.translation import gettext as _
from tqdm import tqdm

from motcua.metrics.exports import export_parquet
from motcua.metrics.indicators import SCHEMAS


class Command(BaseCommand):
    help = "Export the reporting tables: parquet DIR."

    def add_arguments(self, parser: CommandParser) -> None:
        subparsers = parser.add_subparsers(dest="format", required=True)
        parquet = subparsers.add_parser("parquet", help=_("one Parquet file per table"))
        parquet.add_argument("directory", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        total = 0
        with connection.cursor() as cursor:
            for name in SCHEMAS:
                cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(name)}")  # noqa: S608
                total += cursor.fetchone()[0]
        with tqdm(total=total, unit=" rows", disable=None, file=self.stderr) as bar:
            counts = export_parquet(options["directory"], progress=lambda _name, n: bar.update(n))
        for name, rows in counts.items():
            self.stdout.write(f"{options['directory'] / (name + '.parquet')}: {rows}")
