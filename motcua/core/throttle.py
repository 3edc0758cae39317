"""Limits on how often one client may try something (guessing dossier or survey codes,
sending feedback), counted in the database so that every server process sees the same
count. The client is a keyed hash of its address, never the address itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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


def throttle_allows(limit: Limit, *, address: str) -> bool:
    """Whether the client may try once more within the limit."""
    tries = Attempt.objects.filter(
        scope=limit.scope, client=client_key(address), at__gte=timezone.now() - limit.window
    )
    if limit.failures_only:
        tries = tries.filter(succeeded=False)
    return tries.count() < limit.attempts


def throttle_record(limit: Limit, *, address: str, succeeded: bool = False) -> None:
    Attempt.objects.create(
        scope=limit.scope, client=client_key(address), at=timezone.now(), succeeded=succeeded
    )


def throttle_purge(*, older_than: dt.timedelta = KEEP) -> int:
    deleted, _by_model = Attempt.objects.filter(at__lt=timezone.now() - older_than).delete()
    return deleted
