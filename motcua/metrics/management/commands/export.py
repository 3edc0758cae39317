"""`motcua export parquet DIR`: the reporting tables as Parquet, for national analysis on
DuckDB or Spark with the same indicator definitions (no personal data is exported)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import connection
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy
from tqdm import tqdm

from motcua.core.cli import Arguments, Run, SubcommandsCommand
from motcua.metrics.exports import export_parquet
from motcua.metrics.indicators import SCHEMAS


def parquet_arguments(parser: CommandParser) -> None:
    parser.add_argument("directory", type=Path)


def parquet_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """One Parquet file per reporting table in DIRECTORY, with a progress bar on stderr."""
    total = 0
    with connection.cursor() as cursor:
        for name in SCHEMAS:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(name)}")  # noqa: S608
            total += cursor.fetchone()[0]
    with tqdm(total=total, unit=" rows", disable=None, file=command.stderr) as bar:
        counts = export_parquet(options["directory"], progress=lambda _name, n: bar.update(n))
    for name, rows in counts.items():
        command.stdout.write(f"{options['directory'] / (name + '.parquet')}: {rows}")


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "parquet": (parquet_arguments, parquet_run),
}


class Command(SubcommandsCommand):
    help = "Export the reporting tables: parquet DIR."
    subcommands = SUBCOMMANDS
    subcommand_help: dict[str, str | Promise] = {
        "parquet": gettext_lazy("one Parquet file per table")
    }
    subcommand_dest = "format"
