from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser


class Command(BaseCommand):
    help = "Run the production server (gunicorn) on motcua.wsgi; see README, “Production”."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--bind", default=os.environ.get("BIND", "127.0.0.1:8000"))
        parser.add_argument("--workers", type=int, default=int(os.environ.get("WORKERS", "3")))

    def handle(self, *args: Any, **options: Any) -> None:
        beside = Path(sys.executable).parent / "gunicorn"
        gunicorn = str(beside) if beside.exists() else shutil.which("gunicorn")
        if gunicorn is None:
            raise CommandError("gunicorn is not installed in this environment")
        os.execv(  # noqa: S606 - replaces this process with the server
            gunicorn,
            [
                gunicorn,
                "motcua.wsgi:application",
                "--bind",
                options["bind"],
                "--workers",
                str(options["workers"]),
                "--access-logfile",
                "-",
            ],
        )
