"""Limits on how often one client may try something (guessing dossier or survey codes,
sending feedback), counted in the database so that every server process sees the same
count. The client is a keyed hash of its address, never the address itself.

A limit holds under concurrency only if the count and the record are one step:
`throttle_take` counts and records a try while holding a lock on the (scope, client) pair,
so that two hundred simultaneous tries from one client still get exactly `attempts` through.
The try is recorded as failed; the caller marks it `throttle_succeeded` once it knows (for
limits that count failures only), or `throttle_release`s it when the try should not count
at all (a form sent back for correction). `throttle_allows` and `throttle_record` count
after the fact, where a few tries over the limit do no harm and taking one before every
try would cost a write each time (wrong API tokens, guessed among 2^256, against every
request of a real client)."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from django.db import connection, transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from motcua.core.models import Attempt

KEEP = dt.timedelta(days=1)  # the longest window; `motcua purge-attempts` drops older tries


@dataclass(frozen=True)
class Limit:
    scope: str
    attempts: int
    window: dt.timedelta
    # Count only failed tries (wrong codes), or every try (lookups that reveal something).
    failures_only: bool = False


def client_key(address: str) -> str:
    return salted_hmac("motcua.core.throttle", address or "-").hexdigest()


def _counted(limit: Limit, client: str) -> int:
    tries = Attempt.objects.filter(
        scope=limit.scope, client=client, at__gte=timezone.now() - limit.window
    )
    if limit.failures_only:
        tries = tries.filter(succeeded=False)
    return tries.count()


def _serialise(scope: str, client: str) -> None:
    """Make the tries of one client in one scope wait for each other until the end of the
    current transaction. PostgreSQL: a transaction-level advisory lock on a 64-bit hash of
    the pair (other clients never wait). SQLite: nothing to do, every transaction begins
    IMMEDIATE (settings.py) and so holds the database's write lock from its first statement."""
    if connection.vendor != "postgresql":
        return
    digest = hashlib.sha256(f"motcua.throttle:{scope}:{client}".encode()).digest()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_advisory_xact_lock(%s)", [int.from_bytes(digest[:8], "big", signed=True)]
        )


def throttle_take(limit: Limit, *, address: str) -> Attempt | None:
    """Count and record one try in a single step: the try recorded (as failed until the
    caller says otherwise), or None when the client has reached the limit and nothing is
    recorded."""
    client = client_key(address)
    if _counted(limit, client) >= limit.attempts:
        # Already blocked: said without the lock, so that a client hammering at its limit
        # makes no one wait (a try only ever leaves the count by growing old or released).
        return None
    with transaction.atomic():
        _serialise(limit.scope, client)
        if _counted(limit, client) >= limit.attempts:
            return None
        return Attempt.objects.create(
            scope=limit.scope, client=client, at=timezone.now(), succeeded=False
        )


def throttle_succeeded(attempt: Attempt) -> None:
    """The try taken succeeded: it no longer counts towards a limit of failures."""
    attempt.succeeded = True
    Attempt.objects.filter(pk=attempt.pk).update(succeeded=True)


def throttle_release(attempt: Attempt) -> None:
    """The try taken does not count at all (the form was sent back for correction)."""
    Attempt.objects.filter(pk=attempt.pk).delete()


def throttle_allows(limit: Limit, *, address: str) -> bool:
    """Whether the client may try once more within the limit. Not atomic with
    `throttle_record`: where concurrent tries must not pass the limit, use `throttle_take`."""
    return _counted(limit, client_key(address)) < limit.attempts


def throttle_record(limit: Limit, *, address: str, succeeded: bool = False) -> None:
    Attempt.objects.create(
        scope=limit.scope, client=client_key(address), at=timezone.now(), succeeded=succeeded
    )


def throttle_purge(*, older_than: dt.timedelta = KEEP) -> int:
    deleted, _by_model = Attempt.objects.filter(at__lt=timezone.now() - older_than).delete()
    return deleted
