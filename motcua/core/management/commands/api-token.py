from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motcua.core.models import ApiToken
from motcua.core.services import (
    API_TOKEN_PREFIX_LENGTH,
    api_token_create,
    api_token_digest,
    api_token_revoke,
)


class Command(BaseCommand):
    help = "API tokens for staff clients: create (printed once), list, revoke."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Create a token and print it (shown only once).")
        create.add_argument("--user", required=True, help="username of the staff member")
        create.add_argument("--name", required=True, help="what the token is for")
        create.add_argument(
            "--expires", help="last day the token works, e.g. 2026-12-31 (default: no expiry)"
        )
        create.add_argument("--json", action="store_true")
        listing = sub.add_parser("list", help="Tokens by prefix, with their state.")
        listing.add_argument("--user", help="only this user's tokens")
        listing.add_argument("--json", action="store_true")
        revoke = sub.add_parser("revoke", help="Revoke a token at once.")
        revoke.add_argument("prefix", help="the token, or its prefix as `list` shows it")

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['action']}")(options)

    def _create(self, options: dict[str, Any]) -> None:
        user = get_user_model().objects.filter(username=options["user"]).first()
        if user is None:
            raise CommandError(f"--user: no user is called {options['user']!r}")
        if not user.is_active:
            raise CommandError(f"--user: {options['user']!r} is not an active user")
        expires_at = None
        if options["expires"]:
            try:
                last_day = dt.date.fromisoformat(options["expires"])
            except ValueError as exc:
                raise CommandError(
                    f"--expires: {options['expires']!r} is not a date (2026-12-31)"
                ) from exc
            # The token works through the whole of its last day, local time.
            expires_at = dt.datetime.combine(
                last_day + dt.timedelta(days=1), dt.time(), tzinfo=timezone.get_current_timezone()
            )
            if expires_at <= timezone.now():
                raise CommandError("--expires: the date is already past")
        token, plain = api_token_create(user=user, name=options["name"], expires_at=expires_at)
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "token": plain,
                        "prefix": token.prefix,
                        "user": user.get_username(),
                        "name": token.name,
                        "expires_at": expires_at.isoformat() if expires_at else None,
                    }
                )
            )
        else:
            self.stdout.write(plain)
            self.stderr.write(
                "Store this token now: it is not shown again. "
                f"Send it as `Authorization: Bearer {token.prefix}...`."
            )

    def _list(self, options: dict[str, Any]) -> None:
        tokens = ApiToken.objects.select_related("user")
        if options["user"]:
            tokens = tokens.filter(user__username=options["user"])
        now = timezone.now()
        rows = [
            {
                "prefix": t.prefix,
                "user": t.user.get_username(),
                "name": t.name,
                "created_at": t.created_at.isoformat(),
                "last_used_at": t.last_used_at.isoformat() if t.last_used_at else None,
                "expires_at": t.expires_at.isoformat() if t.expires_at else None,
                "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
                "in_force": t.in_force(now),
            }
            for t in tokens
        ]
        if options["json"]:
            self.stdout.write(json.dumps(rows))
            return
        for row in rows:
            state = "in force" if row["in_force"] else "revoked or expired"
            self.stdout.write(f"{row['prefix']}\t{row['user']}\t{row['name']}\t{state}")

    def _revoke(self, options: dict[str, Any]) -> None:
        given = options["prefix"].strip()
        if len(given) < 8:
            raise CommandError("give at least the first 8 characters of the token")
        if len(given) > API_TOKEN_PREFIX_LENGTH:
            tokens = ApiToken.objects.filter(key_hash=api_token_digest(given))
        else:
            tokens = ApiToken.objects.filter(prefix__startswith=given)
        matches = list(tokens.filter(revoked_at__isnull=True).select_related("user")[:2])
        if not matches:
            raise CommandError(f"no token in force starts with {given!r}")
        if len(matches) > 1:
            raise CommandError(f"several tokens start with {given!r}; give more of it")
        token = api_token_revoke(token=matches[0])
        self.stdout.write(f"Revoked {token.prefix}… ({token.user.get_username()}, {token.name})")
