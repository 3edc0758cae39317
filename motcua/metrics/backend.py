"""Running Ibis expressions on the live database through Django's own connection, so they
see the same transaction as the ORM (and, in tests, the test's uncommitted rows).

Rules learnt the hard way (each guarded by a test in `tests/test_backend.py`):
- tables are declared (`tables.table`), never looked up: on SQLite ibis's schema lookup
  commits Django's transaction;
- `raw_sql`, `sql`, `memtable`, `cache` and `disconnect` are never used on this connection;
- SQLite: ibis switches `case_sensitive_like` on for the connection, which breaks Django's
  case-insensitive lookups, so it is switched back off;
- every division casts its numerator to float64 (ibis on PostgreSQL can lose the cast and
  divide integers);
- datetime literals are passed in UTC, and months are cut in local time by shifting
  timestamps by the zone's offset (Viet Nam keeps no daylight saving time).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ibis
from django.db import connection


def live() -> Any:
    """An ibis backend over Django's current connection (SQLite or PostgreSQL)."""
    connection.ensure_connection()
    raw = connection.connection
    if connection.vendor == "sqlite":
        backend = ibis.sqlite.from_connection(raw)
        raw.execute("PRAGMA case_sensitive_like = OFF")
        return backend
    if connection.vendor == "postgresql":
        backend = ibis.postgres.from_connection(raw)
        # ibis reads results through a server-side cursor, for which PostgreSQL plans to
        # return the first rows fast (an index walk, no parallel workers); the roll-ups
        # read every row, so plan for all of them: 6.7 s became 0.56 s for one month.
        with raw.cursor() as cursor:
            cursor.execute("SET cursor_tuple_fraction = 1.0")
        return backend
    raise NotImplementedError(f"no ibis backend for {connection.vendor}")


def utc(moment: dt.datetime) -> dt.datetime:
    """A datetime literal in UTC, which every backend compares alike."""
    return moment.astimezone(dt.UTC)
