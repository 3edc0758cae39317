"""`motcua backup DIR`: the database and the media files, copied into a new directory DIR.

PostgreSQL is dumped with pg_dump (custom format) of the server's major version; SQLite is
copied through its online backup API. Both are safe while the server runs. DIR is written under
a hidden name beside it and renamed when complete. Exit code 0 when the backup is complete,
1 when it failed (nothing is left at DIR), 2 on bad input (DIR exists, unknown engine).
The rules are in `motcua.core.backup`."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from types import FrameType
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from motcua.core.backup import BackupError, backup_create, no_log, progress_bars


class Command(BaseCommand):
    help = (
        "Back up the database and the media files into DIR, a new directory (safe while the "
        "server runs; run it nightly from cron). The secret keys are not included: keep "
        "SECRET_KEY and ID_HASH_KEY safely elsewhere."
    )
    # A nightly backup must not stop or mail on a warning of the system checks.
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "directory", type=Path, metavar="DIR", help="a directory that does not exist yet"
        )
        parser.add_argument("--json", action="store_true", help="print a summary as JSON")

    def handle(self, *args: Any, **options: Any) -> None:
        talk = options["verbosity"] >= 1 and not options["json"]
        # Stopped by `timeout` or systemd (SIGTERM), the backup removes its partial directory.
        previous = signal.signal(signal.SIGTERM, _stop)
        try:
            manifest = backup_create(
                options["directory"],
                progress=progress_bars(self.stderr, enabled=options["verbosity"] >= 1),
                log=self.stdout.write if talk else no_log,
            )
        except BackupError as error:
            raise CommandError(str(error), returncode=error.returncode) from error
        finally:
            signal.signal(signal.SIGTERM, previous)
        database, media = manifest["database"], manifest["media"]
        summary = {
            "directory": str(options["directory"].absolute()),
            "motcua": manifest["motcua"],
            "created_at": manifest["created_at"],
            "engine": database["engine"],
            "tables": len(database["tables"]),
            "rows": sum(database["tables"].values()),
            "media_files": media["count"],
            "media_bytes": media["bytes"],
            "media_checksum": media["checksum"],
        }
        if options["json"]:
            self.stdout.write(json.dumps(summary))
        elif options["verbosity"] >= 1:
            self.stdout.write(
                "Backup complete in {directory}: {engine} database, {tables} tables, {rows} rows; "
                "{media_files} media files ({media_bytes} bytes).".format(**summary)
            )


def _stop(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)
