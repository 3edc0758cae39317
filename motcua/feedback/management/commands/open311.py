"""`motcua open311 SUBCOMMAND`: the Open311 API keys.

    motcua open311 create-key --name TEXT [--json]
    motcua open311 list [--json]
    motcua open311 revoke PREFIX

Each subcommand is a pair of functions, `arguments(parser)` and `run(command, options)`,
registered in `SUBCOMMANDS` and dispatched by `core.cli.SubcommandsCommand`."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.core.cli import Arguments, Run, SubcommandsCommand
from motcua.feedback.models import Open311Key
from motcua.feedback.open311 import (
    OPEN311_KEY_PREFIX_LENGTH,
    open311_key_create,
    open311_key_digest,
    open311_key_revoke,
)


def create_key_arguments(parser: CommandParser) -> None:
    parser.add_argument("--name", required=True, help=_("what the key is for, e.g. the app"))
    parser.add_argument("--json", action="store_true", help=_("print JSON on stdout"))


def create_key_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Create a key and print it (shown only once)."""
    if not options["name"].strip():
        raise CommandError(_("--name: say what the key is for."))
    key, plain = open311_key_create(name=options["name"])
    if options["json"]:
        command.stdout.write(json.dumps({"key": plain, "prefix": key.prefix, "name": key.name}))
        return
    command.stdout.write(plain)
    command.stderr.write(
        _("Store this key now: it is not shown again. Clients send it as api_key.")
    )


def list_arguments(parser: CommandParser) -> None:
    parser.add_argument("--json", action="store_true", help=_("print JSON on stdout"))


def list_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Keys by prefix, with their state."""
    rows = [
        {
            "prefix": key.prefix,
            "name": key.name,
            "created_at": key.created_at.isoformat(),
            "last_used_at": key.last_used_at.isoformat() if key.last_used_at else None,
            "revoked_at": key.revoked_at.isoformat() if key.revoked_at else None,
        }
        for key in Open311Key.objects.all()
    ]
    if options["json"]:
        command.stdout.write(json.dumps(rows))
        return
    for row in rows:
        state = _("revoked") if row["revoked_at"] else _("in force")
        command.stdout.write(f"{row['prefix']}\t{row['name']}\t{state}")


def revoke_arguments(parser: CommandParser) -> None:
    parser.add_argument("prefix", help=_("the key, or its prefix as `list` shows it"))


def revoke_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Revoke a key at once."""
    given = options["prefix"].strip()
    if len(given) < 8:
        raise CommandError(_("Give at least the first 8 characters of the key."))
    if len(given) > OPEN311_KEY_PREFIX_LENGTH:
        keys = Open311Key.objects.filter(key_hash=open311_key_digest(given))
    else:
        keys = Open311Key.objects.filter(prefix__startswith=given)
    matches = list(keys.filter(revoked_at__isnull=True)[:2])
    if not matches:
        raise CommandError(_("No key in force starts with %(prefix)s.") % {"prefix": given})
    if len(matches) > 1:
        raise CommandError(
            _("Several keys start with %(prefix)s; give more of it.") % {"prefix": given}
        )
    key = open311_key_revoke(key=matches[0])
    command.stdout.write(
        _("Revoked %(prefix)s… (%(name)s)") % {"prefix": key.prefix, "name": key.name}
    )


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "create-key": (create_key_arguments, create_key_run),
    "list": (list_arguments, list_run),
    "revoke": (revoke_arguments, revoke_run),
}


class Command(SubcommandsCommand):
    subcommands = SUBCOMMANDS
    subcommand_help: dict[str, str | Promise] = {
        "create-key": gettext_lazy("Create a key and print it (shown only once)."),
        "list": gettext_lazy("Keys by prefix, with their state."),
        "revoke": gettext_lazy("Revoke a key at once."),
    }
    subcommand_dest = "action"

    @property
    def help(self) -> str:  # type: ignore[override]
        # Translated when printed, in the language then active.
        return _("Open311 API keys: create (printed once), list, revoke.")
