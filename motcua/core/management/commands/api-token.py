"""`motcua api-token SUBCOMMAND`: API tokens for staff clients.

    motcua api-token create --user USERNAME --name TEXT [--expires DATE] [--json]
    motcua api-token list [--user USERNAME] [--json]
    motcua api-token revoke PREFIX

Each subcommand is a pair of functions, `arguments(parser)` and `run(command, options)`,
registered in `SUBCOMMANDS` and dispatched by `core.cli.SubcommandsCommand`."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from motcua.core.cli import Arguments, Run, SubcommandsCommand
from motcua.core.models import ApiToken
from motcua.core.services import (
    API_TOKEN_PREFIX_LENGTH,
    api_token_create,
    api_token_digest,
    api_token_revoke,
)


def create_arguments(parser: CommandParser) -> None:
    parser.add_argument("--user", required=True, help="username of the staff member")
    parser.add_argument("--name", required=True, help="what the token is for")
    parser.add_argument(
        "--expires", help="last day the token works, e.g. 2026-12-31 (default: no expiry)"
    )
    parser.add_argument("--json", action="store_true")


def create_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Create a token and print it (shown only once)."""
    user = get_user_model().objects.filter(username=options["user"]).first()
    if user is None:
        raise CommandError(f"--user: no user is called {options['user']!r}")
    if not user.is_active:
        raise CommandError(f"--user: {options['user']!r} is not an active user")
    expires_at = _expires_at(options["expires"]) if options["expires"] else None
    token, plain = api_token_create(user=user, name=options["name"], expires_at=expires_at)
    if options["json"]:
        command.stdout.write(
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
        command.stdout.write(plain)
        command.stderr.write(
            "Store this token now: it is not shown again. "
            f"Send it as `Authorization: Bearer {token.prefix}...`."
        )


def _expires_at(given: str) -> dt.datetime:
    try:
        last_day = dt.date.fromisoformat(given)
    except ValueError as exc:
        raise CommandError(f"--expires: {given!r} is not a date (2026-12-31)") from exc
    # The token works through the whole of its last day, local time.
    expires_at = dt.datetime.combine(
        last_day + dt.timedelta(days=1), dt.time(), tzinfo=timezone.get_current_timezone()
    )
    if expires_at <= timezone.now():
        raise CommandError("--expires: the date is already past")
    return expires_at


def list_arguments(parser: CommandParser) -> None:
    parser.add_argument("--user", help="only this user's tokens")
    parser.add_argument("--json", action="store_true")


def list_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Tokens by prefix, with their state."""
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
        command.stdout.write(json.dumps(rows))
        return
    for row in rows:
        state = "in force" if row["in_force"] else "revoked or expired"
        command.stdout.write(f"{row['prefix']}\t{row['user']}\t{row['name']}\t{state}")


def revoke_arguments(parser: CommandParser) -> None:
    parser.add_argument("prefix", help="the token, or its prefix as `list` shows it")


def revoke_run(command: BaseCommand, options: dict[str, Any]) -> None:
    """Revoke a token at once."""
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
    command.stdout.write(f"Revoked {token.prefix}… ({token.user.get_username()}, {token.name})")


SUBCOMMANDS: dict[str, tuple[Arguments, Run]] = {
    "create": (create_arguments, create_run),
    "list": (list_arguments, list_run),
    "revoke": (revoke_arguments, revoke_run),
}


class Command(SubcommandsCommand):
    help = "API tokens for staff clients: create (printed once), list, revoke."
    subcommands = SUBCOMMANDS
    subcommand_dest = "action"
