from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from motcua.feedback.models import Open311Key
from motcua.feedback.open311 import (
    OPEN311_KEY_PREFIX_LENGTH,
    open311_key_create,
    open311_key_digest,
    open311_key_revoke,
)


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Translated when printed, in the language then active.
        return _("Open311 API keys: create (printed once), list, revoke.")

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser(
            "create-key", help=_("Create a key and print it (shown only once).")
        )
        create.add_argument("--name", required=True, help=_("what the key is for, e.g. the app"))
        create.add_argument("--json", action="store_true", help=_("print JSON on stdout"))
        listing = sub.add_parser("list", help=_("Keys by prefix, with their state."))
        listing.add_argument("--json", action="store_true", help=_("print JSON on stdout"))
        revoke = sub.add_parser("revoke", help=_("Revoke a key at once."))
        revoke.add_argument("prefix", help=_("the key, or its prefix as `list` shows it"))

    def handle(self, *args: Any, **options: Any) -> None:
        action = options["action"].replace("-", "_")
        getattr(self, f"_{action}")(options)

    def _create_key(self, options: dict[str, Any]) -> None:
        if not options["name"].strip():
            raise CommandError(_("--name: say what the key is for."))
        key, plain = open311_key_create(name=options["name"])
        if options["json"]:
            self.stdout.write(json.dumps({"key": plain, "prefix": key.prefix, "name": key.name}))
            return
        self.stdout.write(plain)
        self.stderr.write(
            _("Store this key now: it is not shown again. Clients send it as api_key.")
        )

    def _list(self, options: dict[str, Any]) -> None:
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
            self.stdout.write(json.dumps(rows))
            return
        for row in rows:
            state = _("revoked") if row["revoked_at"] else _("in force")
            self.stdout.write(f"{row['prefix']}\t{row['name']}\t{state}")

    def _revoke(self, options: dict[str, Any]) -> None:
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
        self.stdout.write(
            _("Revoked %(prefix)s… (%(name)s)") % {"prefix": key.prefix, "name": key.name}
        )
