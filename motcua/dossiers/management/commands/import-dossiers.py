import json
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _

from motcua.core.importing import ImportCommand
from motcua.dossiers.importing import DOSSIER_COLUMNS, dossiers_import


class Command(ImportCommand):
    help = (
        "Import dossiers exported from the National Public Service Portal or a provincial "
        "system (CSV or XLSX), created or updated by dossier code. Every row is checked "
        "first; on any error nothing is written and every problem is listed."
    )
    noun = "dossiers"

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="HEADER=COLUMN",
            help=(
                "Read the file's column HEADER as our COLUMN, e.g. --map 'Mã hồ sơ=code', or "
                "skip it with --map 'STT=-'. "
                f"Repeat for each column. Our columns: {', '.join(DOSSIER_COLUMNS)}."
            ),
        )
        parser.add_argument(
            "--map-file",
            metavar="JSON",
            help='A JSON object of the same pairs: {"Mã hồ sơ": "code", ...}.',
        )

    def handle(self, *args: Any, **options: Any) -> None:
        self.mapping = _mapping(options["map"], options["map_file"])
        super().handle(*args, **options)

    def importer(self, **kwargs: Any) -> Any:
        return dossiers_import(mapping=self.mapping, **kwargs)


def _mapping(pairs: list[str], path: str | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if path:
        try:
            loaded = json.loads(Path(path).read_text(encoding="utf-8"))
        except OSError as exc:
            raise CommandError(f"{path}: {exc.strerror}") from exc
        except ValueError as exc:
            raise CommandError(
                _("%(path)s: not valid JSON (%(error)s)") % {"path": path, "error": exc}
            ) from exc
        if not isinstance(loaded, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in loaded.items()
        ):
            raise CommandError(_('%s: expected a JSON object such as {"Mã hồ sơ": "code"}') % path)
        mapping.update(loaded)
    for pair in pairs:
        header, sep, column = pair.rpartition("=")
        if not sep or not header.strip() or not column.strip():
            raise CommandError(_("--map “%s”: expected HEADER=COLUMN, e.g. “Mã hồ sơ=code”") % pair)
        mapping[header.strip()] = column.strip()
    return mapping
