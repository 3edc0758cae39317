"""The command-line side of imports: a progress bar and errors on stderr."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from tqdm import tqdm

from motcua.core.tabular import encoding_name


class ImportCommand(BaseCommand):
    """Base for `motcua import-...` commands; subclasses set `importer` and `noun`."""

    noun = "rows"

    def importer(self, **kwargs: Any) -> Any:
        raise NotImplementedError

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "file", help="CSV (UTF-8, UTF-16 with its mark, Windows-1258 or 1252) or XLSX file"
        )
        parser.add_argument("--json", action="store_true", help="Print the result as JSON.")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and count, then write nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path = Path(options["file"])
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from exc
        with tqdm(desc=self.noun, unit="row", disable=options["verbosity"] < 1) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            result = self.importer(
                data=data, filename=path.name, progress=progress, dry_run=options["dry_run"]
            )
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
        if not result.ok:
            for problem in result.problems:
                self.stderr.write(f"{path.name}: {problem}")
            raise CommandError(f"nothing imported: {len(result.problems)} problem(s)")
        if not options["json"]:
            verb = "would be" if result.dry_run else ""
            self.stdout.write(
                self.style.SUCCESS(
                    f"{path.name}: {result.created} {verb} created, {result.updated} {verb} "
                    f"updated (read as {encoding_name(result.encoding)})".replace("  ", " ")
                )
            )
