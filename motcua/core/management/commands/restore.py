"""`motcua restore DIR [--force]`: put back the database and the media files of a backup.

Stop the motcua server first: the database and the media root are replaced. Before anything is
touched, the backup is checked (manifest, engine, migrations not newer than this code, the
checksum of the database file and of every media file) and a database holding data is refused
without --force. Afterwards every table's row count is compared with the backup's and printed.
Exit code 0 when everything matches, 1 when the restore failed or a count differs, 2 when the
backup was refused before anything was touched. The rules are in `motcua.core.backup`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.core.backup import (
    BackupError,
    RestoreReport,
    backup_restore,
    migrations_pending,
    no_log,
    progress_bars,
)

COUNTS_DIFFER = 1


class Command(BaseCommand):
    help = (
        "Restore the database and the media files from a backup directory made by `motcua "
        "backup`. Stop the server first: everything in the configured database and in "
        "MEDIA_ROOT is replaced. Nothing is asked: a database holding data needs --force."
    )
    # The system checks concern the running site, not putting a backup back.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("directory", type=Path, metavar="DIR", help="a backup directory")
        parser.add_argument(
            "--force",
            action="store_true",
            help="replace the configured database even if it holds data",
        )
        parser.add_argument("--json", action="store_true", help="print the counts as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        talk = options["verbosity"] >= 1 and not options["json"]
        try:
            report = backup_restore(
                options["directory"],
                force=options["force"],
                progress=progress_bars(self.stderr, enabled=options["verbosity"] >= 1),
                log=self.stdout.write if talk else no_log,
            )
        except BackupError as error:
            raise CommandError(str(error), returncode=error.returncode) from error
        if options["json"]:
            self.stdout.write(json.dumps(_as_dict(report)))
        elif talk:
            self._print(report, every_table=options["verbosity"] >= 2)
        if report.mismatches:
            differing = ", ".join(
                f"{c.table} {_shown(c.expected)}/{_shown(c.found)}" for c in report.mismatches
            )
            hint = ""
            if any(c.expected is None for c in report.mismatches):
                hint = (
                    " Tables the backup does not have were left by newer code: restore into "
                    "an empty database."
                )
            raise CommandError(
                f"{len(report.mismatches)} tables do not hold the backup's row count "
                f"(backup/now, - for no such table): {differing}.{hint}",
                returncode=COUNTS_DIFFER,
            )

    def _print(self, report: RestoreReport, *, every_table: bool) -> None:
        """Every table with rows or a difference (every table at -v 2)."""
        shown = [c for c in report.counts if every_table or c.expected or c.found or not c.ok]
        width = max((len(count.table) for count in shown), default=5)
        self.stdout.write(f"{'table':<{width}}  {'backup':>9}  {'restored':>9}")
        for count in shown:
            mark = "" if count.ok else "  MISMATCH"
            self.stdout.write(
                f"{count.table:<{width}}  {_shown(count.expected):>9}  "
                f"{_shown(count.found):>9}{mark}"
            )
        if report.mismatches:
            return
        manifest = report.manifest
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} (motcua {manifest['motcua']}): "
            f"{len(report.counts)} tables ({len(report.counts) - len(shown)} empty ones not "
            f"shown); {report.media_files} media files, checksum "
            f"{report.media_checksum[:16]}... as backed up."
        )
        pending = migrations_pending()
        if pending:
            self.stdout.write(
                f"The backup predates this code: run `motcua migrate` ({pending} migrations "
                "to apply) before starting the server."
            )


def _shown(rows: int | None) -> str:
    return "-" if rows is None else str(rows)


def _as_dict(report: RestoreReport) -> dict[str, Any]:
    return {
        "created_at": report.manifest["created_at"],
        "motcua": report.manifest["motcua"],
        "tables": [
            {"table": c.table, "backup": c.expected, "restored": c.found} for c in report.counts
        ],
        "mismatches": [c.table for c in report.mismatches],
        "media_files": report.media_files,
        "media_checksum": report.media_checksum,
    }
