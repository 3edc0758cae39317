"""Not written yet."""

from __future__ import annotations

from typing import Any

from django.core.management.base import CommandError, CommandParser


def arguments(parser: CommandParser) -> None:
    pass


def run(command: Any, options: dict[str, Any]) -> None:
    raise CommandError("not available yet")
