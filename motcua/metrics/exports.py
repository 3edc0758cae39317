"""Exporting the reporting tables to Parquet, and running the indicators on DuckDB over it.

Only the columns the indicators read are exported (`indicators.SCHEMAS`): no name, phone,
address or ID number leaves the database this way. Rows are read in batches through
Django's connection with an explicit column list and written with pyarrow, so a table of
millions of rows never sits in memory whole.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

import ibis
import pyarrow as pa
import pyarrow.parquet as pq
from django.db import connection

from motcua.metrics.indicators import SCHEMAS

BATCH = 50_000
_ARROW = {
    "int64": pa.int64(),
    "string": pa.string(),
    "boolean": pa.bool_(),
    "date": pa.date32(),
    "timestamp('UTC')": pa.timestamp("us", tz="UTC"),
}


def arrow_schema(name: str) -> pa.Schema:
    return pa.schema([(column, _ARROW[kind]) for column, kind in SCHEMAS[name].items()])


def _value(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "timestamp('UTC')":
        if isinstance(value, str):  # SQLite without a converter
            value = dt.datetime.fromisoformat(value)
        return value if value.tzinfo else value.replace(tzinfo=dt.UTC)
    if kind == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if kind == "boolean":
        return bool(value)
    return value


def export_parquet(
    directory: Path, *, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """One `<table>.parquet` per reporting table; the number of rows of each."""
    directory.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, columns in SCHEMAS.items():
        schema = arrow_schema(name)
        kinds = list(columns.values())
        quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
        written = 0
        with (
            pq.ParquetWriter(directory / f"{name}.parquet", schema) as writer,
            connection.cursor() as cursor,
        ):
            # Names come from SCHEMAS, never from input, and are quoted.
            table = connection.ops.quote_name(name)
            cursor.execute(f"SELECT {quoted} FROM {table} ORDER BY id")  # noqa: S608
            while rows := cursor.fetchmany(BATCH):
                arrays = [
                    pa.array([_value(kind, row[i]) for row in rows], type=schema.field(i).type)
                    for i, kind in enumerate(kinds)
                ]
                writer.write_batch(pa.record_batch(arrays, schema=schema))
                written += len(rows)
                if progress:
                    progress(name, len(rows))
        counts[name] = written
    return counts


def duckdb_over(directory: Path) -> Any:
    """An in-memory DuckDB with each exported table registered under its own name, so the
    indicator expressions run on it unchanged."""
    backend = ibis.duckdb.connect()
    for name in SCHEMAS:
        backend.read_parquet(directory / f"{name}.parquet", table_name=name)
    return backend
