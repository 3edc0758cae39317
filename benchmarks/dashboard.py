"""The leaders' dashboard on PostgreSQL with two million dossiers: the page's server time,
the monthly roll-ups that feed it, and the indicators computed over the Parquet export on
DuckDB against the same indicators on the live database, each against a plain `COUNT(*)`
of the same engine measured in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua .venv/bin/python \\
        benchmarks/dashboard.py [--dossiers 2000000] [--ratings 100000] [--runs 3]

A scratch database (`motcua_bench_dashboard`, next to the one DATABASE_URL names) is created,
migrated and filled with one province of 100 communes, one agency each, three years of
dossiers and their ratings, written with `COPY`; it is dropped afterwards unless `--keep`.
`--reuse` measures a database kept by an earlier run without loading it again. Without a
PostgreSQL DATABASE_URL the benchmark refuses to run (exit status 2).

Goal: the dashboard's p95 under 300 ms for a year of the whole province.
"""

from __future__ import annotations

import argparse
import array
import cProfile
import datetime as dt
import io
import json
import os
import pstats
import random
import re
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from harness import percentile, postgres_scratch, run_child

SCRATCH = "motcua_bench_dashboard"
COMMUNES = 100
GOAL_MS = 300.0
COUNT_RUNS = 20
WARMUP_REQUESTS = 3
REQUESTS = 30
UPDATED = 1000
CHUNK = 250_000  # dossiers per COPY and commit, so deferred foreign-key checks stay small
NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Em", "Thị Hoa", "Quốc Khánh"]
# Working days allowed by the procedure, and the calendar days that roughly makes.
LIMIT_DAYS = 5
LIMIT_CALENDAR = 7
NEW_RULES_FROM = dt.date(2025, 7, 1)
DOSSIER_COLUMNS = (
    "id, created_at, updated_at, code, state, rule_set, channel, received_at, complete_at, "
    "due_date, finished_at, returned_at, applicant_kind, applicant_name, applicant_phone, "
    "applicant_id_hash, applicant_id_last4, applicant_address, paid_online, digitised, "
    "electronic_result, synced_national_portal, visits, client_key, is_demo, agency_id, "
    "procedure_id, unit_id, timeliness"
)
RATING_COLUMNS = (
    "created_at, updated_at, satisfaction, contacts, agencies, attitude, comment, dossier_id"
)
OPEN_STATES = (
    ["received"] * 3 + ["processing"] * 5 + ["supplement_requested", "financial_obligation"]
)


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _summary(samples_ms: list[float]) -> dict:
    return {
        "median_ms": round(statistics.median(samples_ms), 2),
        "p95_ms": round(percentile(samples_ms, 0.95), 2),
        "n": len(samples_ms),
    }


# --- loading ----------------------------------------------------------------------------


def _psycopg_connect() -> Any:
    import psycopg
    from django.conf import settings

    dsn = settings.DATABASES["default"]
    return psycopg.connect(
        host=dsn["HOST"] or None,
        port=dsn["PORT"] or None,
        user=dsn["USER"] or None,
        password=dsn["PASSWORD"] or None,
        dbname=dsn["NAME"],
    )


def _setup_org(first_day: dt.date) -> dict:
    """The province, its communes and their one-stop agencies, a procedure, and the
    province's coordinator."""
    from django.contrib.auth import get_user_model

    from motcua.catalogue.models import Field, Procedure
    from motcua.orgs.models import AdministrativeUnit, Agency, Membership

    since = dt.date(2023, 1, 1)
    province = AdministrativeUnit.objects.create(
        kind="province", code="62", name="Tỉnh Kon Tum", valid_from=since
    )
    communes = AdministrativeUnit.objects.bulk_create(
        [
            AdministrativeUnit(
                kind="commune",
                code=f"{23000 + n}",
                name=f"Xã {n + 1}",
                parent=province,
                valid_from=since,
            )
            for n in range(COMMUNES)
        ]
    )
    agencies = Agency.objects.bulk_create(
        [
            Agency(
                unit=commune,
                name=f"Bộ phận một cửa xã {n + 1}",
                kind="one_stop",
                identifier=f"000.{n + 10:03d}.01.H55",
                valid_from=since,
            )
            for n, commune in enumerate(communes)
        ]
    )
    field = Field.objects.create(code="ho-tich", name="Hộ tịch")
    procedure = Procedure.objects.create(
        code="1.001193",
        name="Đăng ký khai sinh",
        field=field,
        level="commune",
        status="published",
        online_level="full",
        time_limit_value=LIMIT_DAYS,
        time_limit_unit="working_days",
    )
    user = get_user_model().objects.create_user("coordinator", password="bench-password")
    Membership.objects.create(user=user, unit=province, role="coordinator", valid_from=since)
    return {
        "communes": [c.pk for c in communes],
        "agencies": [(a.pk, a.identifier) for a in agencies],
        "procedure": procedure.pk,
    }


def _load(org: dict, dossiers: int, ratings: int, first_day: dt.date, today: dt.date) -> dict:
    """Three years of dossiers and a sample of ratings of finished ones, with COPY."""
    from tqdm import tqdm

    rng = random.Random(20251126)
    days = (today - first_day).days + 1
    # Day strings far enough ahead for late finishes; working hours 07:00-17:00 in Viet Nam
    # are 00:00-10:00 UTC, the same calendar day.
    day_text = [(first_day + dt.timedelta(days=i)).isoformat() for i in range(days + 60)]
    day_compact = [(first_day + dt.timedelta(days=i)).strftime("%y%m%d") for i in range(days + 60)]
    minute_text = [f"{m // 60:02d}:{m % 60:02d}:00+00" for m in range(600)]
    today_index = days - 1
    new_rules = (NEW_RULES_FROM - first_day).days
    # Communes differ in size: a weighted table of commune indices, drawn from uniformly.
    weights = [0.4 + 1.6 * rng.random() for _ in range(COMMUNES)]
    table = rng.choices(range(COMMUNES), weights=weights, k=4096)
    communes = org["communes"]
    agencies = org["agencies"]
    procedure = org["procedure"]
    finished_day = array.array("i", [-1]) * dossiers
    finished_minute = array.array("h", [0]) * dossiers
    timeliness_weights = (0.30, 0.88)  # early below 0.30, on time below 0.88, else late

    def stamp(day: int, minute: int) -> str:
        return f"{day_text[day]} {minute_text[minute]}"

    started = time.perf_counter()
    with (
        _psycopg_connect() as conn,
        tqdm(total=dossiers, desc="dossiers", unit="row", unit_scale=True, file=sys.stderr) as bar,
    ):
        n = 0
        while n < dossiers:
            stop = min(dossiers, n + CHUNK)
            with (
                conn.cursor() as cursor,
                cursor.copy(f"COPY dossiers_dossier ({DOSSIER_COLUMNS}) FROM STDIN") as copy,
            ):
                lines: list[str] = []
                for i in range(n, stop):
                    day = i * days // dossiers  # ids grow with the day received
                    c = table[rng.randrange(4096)]
                    agency_id, identifier = agencies[c]
                    minute = rng.randrange(600)
                    received = stamp(day, minute)
                    due = day + LIMIT_CALENDAR
                    online_share = 0.2 + 0.35 * day / days
                    roll = rng.random()
                    channel = (
                        "online"
                        if roll < online_share
                        else ("postal" if roll < online_share + 0.04 else "counter")
                    )
                    online = channel == "online"
                    finished = returned = "\\N"
                    timeliness = ""
                    state = OPEN_STATES[rng.randrange(len(OPEN_STATES))]
                    updated = received
                    electronic = False
                    if rng.random() < 0.90:
                        t = rng.random()
                        if t < timeliness_weights[0]:
                            when, timeliness = day + rng.randrange(LIMIT_CALENDAR), "early"
                        elif t < timeliness_weights[1]:
                            when, timeliness = due, "on_time"
                        else:
                            when, timeliness = due + 1 + rng.randrange(10), "late"
                        if when < today_index:
                            end_minute = rng.randrange(minute if when == day else 0, 600)
                            finished = updated = stamp(when, end_minute)
                            finished_day[i] = when
                            finished_minute[i] = end_minute
                            s = rng.random()
                            if s < 0.86:
                                state = "returned"
                                returned_day = min(when + 1 + rng.randrange(3), today_index)
                                returned = updated = stamp(returned_day, rng.randrange(600))
                            elif s < 0.96:
                                state = "resolved"
                            elif s < 0.99:
                                state = "refused"
                            else:
                                state = "stopped"
                            electronic = rng.random() < (0.8 if online else 0.3)
                        else:
                            timeliness = ""
                    paid = rng.random() < (0.6 if online else 0.05)
                    digitised = rng.random() < 0.7
                    synced = rng.random() < 0.95
                    lines.append(
                        f"{i + 1}\t{received}\t{updated}\t"
                        f"{identifier}-{day_compact[day]}-{i + 1:07d}\t{state}\t"
                        f"{'d61_2018' if day < new_rules else 'd118_2025'}\t{channel}\t"
                        f"{received}\t{received}\t{day_text[due]}\t{finished}\t{returned}\t"
                        f"person\t{NAMES[i % 10]} {GIVEN[i % 7]}\t09{i % 100000000:08d}\t\t"
                        f"{i % 10000:04d}\tThôn {i % 19 + 1}\t{'tf'[not paid]}\t"
                        f"{'tf'[not digitised]}\t{'tf'[not electronic]}\t{'tf'[not synced]}\t"
                        f"{1 + (i % 5 == 0)}\t\tf\t{agency_id}\t{procedure}\t{communes[c]}\t"
                        f"{timeliness}\n"
                    )
                    if len(lines) == 10_000:
                        copy.write("".join(lines))
                        bar.update(len(lines))
                        lines = []
                if lines:
                    copy.write("".join(lines))
                    bar.update(len(lines))
            conn.commit()
            n = stop
        conn.execute(
            "SELECT setval(pg_get_serial_sequence('dossiers_dossier', 'id'), "
            "(SELECT max(id) FROM dossiers_dossier))"
        )
        conn.commit()
        dossier_seconds = time.perf_counter() - started

        finished_ids = [i for i in range(dossiers) if finished_day[i] >= 0]
        rated = sorted(rng.sample(finished_ids, min(ratings, len(finished_ids))))
        del finished_ids
        started = time.perf_counter()
        with (
            conn.cursor() as cursor,
            cursor.copy(f"COPY dossiers_rating ({RATING_COLUMNS}) FROM STDIN") as copy,
            tqdm(
                total=len(rated), desc="ratings", unit="row", unit_scale=True, file=sys.stderr
            ) as bar,
        ):
            lines = []
            for i in rated:
                day = min(finished_day[i] + rng.randrange(4), today_index)
                at = stamp(day, max(finished_minute[i], rng.randrange(600)))
                satisfaction = rng.choices((1, 2, 3, 4, 5), cum_weights=(3, 7, 17, 55, 100))[0]
                lines.append(f"{at}\t{at}\t{satisfaction}\tnone\tone_stop\tcourteous\t\t{i + 1}\n")
                if len(lines) == 10_000:
                    copy.write("".join(lines))
                    bar.update(len(lines))
                    lines = []
            if lines:
                copy.write("".join(lines))
                bar.update(len(lines))
        conn.commit()
        rating_seconds = time.perf_counter() - started

        _log("VACUUM ANALYZE …")
        started = time.perf_counter()
        conn.autocommit = True
        conn.execute("VACUUM (ANALYZE) dossiers_dossier")
        conn.execute("VACUUM (ANALYZE) dossiers_rating")
        conn.execute("ANALYZE")
        analyze_seconds = time.perf_counter() - started
    return {
        "dossiers_copy_s": round(dossier_seconds, 1),
        "ratings_copy_s": round(rating_seconds, 1),
        "analyze_s": round(analyze_seconds, 1),
    }


# --- measuring --------------------------------------------------------------------------


def _shape(sql: str) -> str:
    """A query with its literals taken out, to group the same query across units."""
    sql = re.sub(r"'[^']*'", "?", sql)
    sql = re.sub(r"\b\d+\b", "?", sql)
    sql = re.sub(r"\((\?, )+\?\)", "(…)", sql)
    return sql[:160]


def _profile_request(client: Any, url: str) -> dict:
    """Where one request's time goes: its queries grouped by shape, each timed around the
    database call, and the Python functions by cumulative time."""
    from django.db import connection

    timings: list[tuple[str, float]] = []

    def timed(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            timings.append((sql, (time.perf_counter() - started) * 1000))

    with connection.execute_wrapper(timed):
        started = time.perf_counter()
        response = client.get(url)
        total = time.perf_counter() - started
    assert response.status_code == 200, response.status_code
    shapes: dict[str, list[float]] = defaultdict(list)
    for sql, elapsed in timings:
        shapes[_shape(sql)].append(elapsed)
    top = sorted(shapes.items(), key=lambda item: -sum(item[1]))[:8]
    profiler = cProfile.Profile()
    profiler.enable()
    client.get(url)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(40)
    return {
        "request_ms": _ms(total),
        "queries": len(timings),
        "sql_ms": round(sum(elapsed for _sql, elapsed in timings), 1),
        "top_queries": [
            {"count": len(times), "total_ms": round(sum(times), 1), "sql": sql}
            for sql, times in top
        ],
        "cprofile": out.getvalue(),
    }


def _rows(table: Any) -> list[tuple]:
    """Every row of a result, all its columns, in a stable order (NULLs first)."""
    data = table.to_pydict()
    rows = zip(*(data[name] for name in table.column_names), strict=True)
    return sorted(rows, key=lambda row: tuple((value is not None, value) for value in row))


def measure(dossiers: int, ratings: int, runs: int, reuse: bool, profile: bool) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.utils import timezone
    from tqdm import tqdm

    from motcua.metrics.backend import live
    from motcua.metrics.exports import duckdb_over, export_parquet
    from motcua.metrics.indicators import INDICATORS, monthly_expression
    from motcua.metrics.rollups import rollups_refresh

    today = timezone.localdate()
    first_day = today.replace(year=today.year - 3) + dt.timedelta(days=1)
    report: dict = {"today": today.isoformat(), "first_day": first_day.isoformat()}
    if not reuse:
        call_command("migrate", verbosity=0)
        call_command("collectstatic", verbosity=0, interactive=False)
        org = _setup_org(first_day)
        report["load"] = _load(org, dossiers, ratings, first_day, today)
    else:
        call_command("collectstatic", verbosity=0, interactive=False)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM dossiers_dossier")
        report["dossiers"] = cursor.fetchone()[0]
        cursor.execute("SELECT count(*) FROM dossiers_rating")
        report["ratings"] = cursor.fetchone()[0]
        cursor.execute("SELECT pg_size_pretty(pg_total_relation_size('dossiers_dossier'))")
        report["dossier_table_size"] = cursor.fetchone()[0]

    # Baseline: a plain count of the table, warm.
    def pg_count() -> float:
        with connection.cursor() as cursor:
            started = time.perf_counter()
            cursor.execute("SELECT COUNT(*) FROM dossiers_dossier")
            cursor.fetchone()
            return (time.perf_counter() - started) * 1000

    for _ in range(3):
        pg_count()
    report["pg_count"] = _summary([pg_count() for _ in range(COUNT_RUNS)])
    _log(f"PostgreSQL COUNT(*): {report['pg_count']}")

    # The first ibis backend of a process imports ibis's PostgreSQL backend: a one-off cost,
    # measured apart so the refresh figures below do not include it.
    started = time.perf_counter()
    live()
    report["ibis_first_live_ms"] = _ms(time.perf_counter() - started)

    # The roll-ups, built from scratch.
    with tqdm(total=len(INDICATORS), desc="rollups (full)", unit="ind", file=sys.stderr) as bar:
        started = time.perf_counter()
        result = rollups_refresh(full=True, progress=bar.update)
        full_seconds = time.perf_counter() - started
    report["rollups_full"] = {"ms": _ms(full_seconds), "months": result.months, "rows": result.rows}

    # The dashboard, warm.
    user = get_user_model().objects.get(username="coordinator")
    client = Client()
    client.force_login(user)
    year = today.year - 1
    url = f"/staff/indicators/?start={year}-01-01&end={year}-12-31"
    report["url"] = url

    def get() -> float:
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, response.status_code
        return elapsed

    def warm_requests(label: str) -> list[float]:
        samples = []
        for _ in tqdm(range(REQUESTS), desc=label, unit="req", file=sys.stderr):
            samples.append(get())
        return samples

    for _ in range(WARMUP_REQUESTS):
        get()
    report["dashboard"] = _summary(warm_requests("dashboard (warm)"))
    _log(f"dashboard: {report['dashboard']}")

    # An incremental refresh after 1,000 recent dossiers change.
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE dossiers_dossier SET updated_at = now() WHERE id IN "
            "(SELECT id FROM dossiers_dossier ORDER BY id DESC LIMIT %s)",
            [UPDATED],
        )
    started = time.perf_counter()
    result = rollups_refresh()
    incremental_seconds = time.perf_counter() - started
    report["rollups_incremental"] = {
        "ms": _ms(incremental_seconds),
        "months": result.months,
        "rows": result.rows,
        "updated_dossiers": UPDATED,
    }
    report["dashboard_after_refresh_first_ms"] = round(get(), 2)
    report["dashboard_after_refresh"] = _summary(warm_requests("dashboard (after refresh)"))

    # Where a request's time goes (always: query count and SQL time; cProfile printed when
    # the goal is missed or --profile is given).
    details = _profile_request(client, url)
    report["dashboard_profiled_ms"] = details["request_ms"]
    report["dashboard_queries"] = details["queries"]
    report["dashboard_sql_ms"] = details["sql_ms"]
    report["dashboard_top_queries"] = details["top_queries"]
    missed = max(report["dashboard"]["p95_ms"], report["dashboard_after_refresh"]["p95_ms"])
    if profile or missed >= GOAL_MS:
        _log("\n--- cProfile of one dashboard request (cumulative) ---")
        _log(details["cprofile"])

    # The indicators over the Parquet export on DuckDB, and on the live database.
    with tempfile.TemporaryDirectory() as scratch:
        directory = Path(scratch)
        total_rows = report["dossiers"] + report["ratings"]
        with tqdm(
            total=total_rows, desc="export", unit="row", unit_scale=True, file=sys.stderr
        ) as bar:
            started = time.perf_counter()
            counts = export_parquet(directory, progress=lambda _name, n: bar.update(n))
            export_seconds = time.perf_counter() - started
        report["export"] = {
            "ms": _ms(export_seconds),
            "rows": counts,
            "mb": round(sum(p.stat().st_size for p in directory.iterdir()) / 1048576, 1),
        }
        duck = duckdb_over(directory)

        def duck_count() -> float:
            started = time.perf_counter()
            duck.raw_sql("SELECT COUNT(*) FROM dossiers_dossier").fetchall()
            return (time.perf_counter() - started) * 1000

        for _ in range(3):
            duck_count()
        report["duckdb_count"] = _summary([duck_count() for _ in range(COUNT_RUNS)])

        start, end = first_day, today
        engines = {"duckdb": duck, "postgresql": live()}
        per_indicator: dict[str, dict[str, list[float]]] = {
            engine: defaultdict(list) for engine in engines
        }
        totals: dict[str, list[float]] = {engine: [] for engine in engines}
        results: dict[str, dict[str, list[tuple]]] = {engine: {} for engine in engines}
        with tqdm(
            total=runs * len(engines) * len(INDICATORS),
            desc="indicators",
            unit="run",
            file=sys.stderr,
        ) as bar:
            for _run in range(runs):
                for engine, backend in engines.items():
                    run_total = 0.0
                    for indicator in INDICATORS:
                        expression = monthly_expression(indicator, start, end, today)
                        started = time.perf_counter()
                        table = backend.to_pyarrow(expression)
                        elapsed = time.perf_counter() - started
                        run_total += elapsed
                        per_indicator[engine][indicator.code].append(elapsed * 1000)
                        results[engine][indicator.code] = _rows(table)
                        bar.update()
                    totals[engine].append(run_total * 1000)
        mismatched = [
            indicator.code
            for indicator in INDICATORS
            if results["duckdb"][indicator.code] != results["postgresql"][indicator.code]
        ]
        report["indicators"] = {
            engine: {
                "total": _summary(totals[engine]),
                "each_median_ms": {
                    code: round(statistics.median(samples), 1)
                    for code, samples in per_indicator[engine].items()
                },
            }
            for engine in engines
        }
        report["indicator_rows"] = {code: len(rows) for code, rows in results["postgresql"].items()}
        report["identical"] = not mismatched
        report["mismatched"] = mismatched
        duck.disconnect()
    return report


# --- the parent: scratch database, child, table -----------------------------------------


def postgres_drop(url: str) -> None:
    import psycopg

    base, _, _name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SCRATCH}")


def print_table(report: dict) -> None:
    pg = report["pg_count"]["median_ms"]
    duck = report["duckdb_count"]["median_ms"]
    rows: list[tuple[str, str, float, float | None]] = [
        ("COUNT(*) dossiers (baseline)", "PostgreSQL", pg, report["pg_count"]["p95_ms"]),
        (
            f"rollups_refresh(full=True), {report['rollups_full']['months']} months",
            "PostgreSQL",
            report["rollups_full"]["ms"],
            None,
        ),
        (
            f"rollups_refresh() after {UPDATED:,} updates, "
            f"{report['rollups_incremental']['months']} months",
            "PostgreSQL",
            report["rollups_incremental"]["ms"],
            None,
        ),
        (
            "dashboard GET, warm",
            "PostgreSQL",
            report["dashboard"]["median_ms"],
            report["dashboard"]["p95_ms"],
        ),
        (
            "dashboard GET, first after refresh",
            "PostgreSQL",
            report["dashboard_after_refresh_first_ms"],
            None,
        ),
        (
            "dashboard GET, warm after refresh",
            "PostgreSQL",
            report["dashboard_after_refresh"]["median_ms"],
            report["dashboard_after_refresh"]["p95_ms"],
        ),
        ("export_parquet (all tables)", "PostgreSQL", report["export"]["ms"], None),
        (
            f"{len(report['indicator_rows'])} indicators × 3 years, live",
            "PostgreSQL",
            report["indicators"]["postgresql"]["total"]["median_ms"],
            None,
        ),
        ("COUNT(*) dossiers (baseline)", "DuckDB", duck, report["duckdb_count"]["p95_ms"]),
        (
            f"{len(report['indicator_rows'])} indicators × 3 years, Parquet",
            "DuckDB",
            report["indicators"]["duckdb"]["total"]["median_ms"],
            None,
        ),
    ]
    width = max(len(r[0]) for r in rows) + 2
    print(f"  {'case':<{width}} {'engine':<11} {'median ms':>11} {'p95 ms':>9} {'× COUNT(*)':>11}")
    for name, engine, median, p95 in rows:
        base = pg if engine == "PostgreSQL" else duck
        shown = f"{p95:>9.1f}" if p95 is not None else f"{'':>9}"
        print(f"  {name:<{width}} {engine:<11} {median:>11.1f} {shown} {median / base:>11.1f}")
    print()
    print(f"  {'indicator':<20} {'rows':>6} {'PostgreSQL ms':>14} {'DuckDB ms':>10}")
    for code, count in report["indicator_rows"].items():
        pg_ms = report["indicators"]["postgresql"]["each_median_ms"][code]
        duck_ms = report["indicators"]["duckdb"]["each_median_ms"][code]
        print(f"  {code:<20} {count:>6} {pg_ms:>14.1f} {duck_ms:>10.1f}")
    print()
    print(
        f"  one dashboard request: {report['dashboard_profiled_ms']} ms, "
        f"{report['dashboard_queries']} SQL queries taking {report['dashboard_sql_ms']} ms "
        "(timed around each database call); the costliest:"
    )
    for query in report["dashboard_top_queries"][:5]:
        print(f"    {query['count']:>4} × {query['total_ms']:>7.1f} ms  {query['sql'][:110]}")
    print()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dossiers", type=int, default=2_000_000)
    parser.add_argument("--ratings", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="runs of the indicator queries")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--reuse", action="store_true", help="measure a kept database again")
    parser.add_argument("--profile", action="store_true", help="cProfile one dashboard request")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        report = measure(args.dossiers, args.ratings, args.runs, args.reuse, args.profile)
        print(json.dumps(report, default=str))
        return 0
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        print("Dashboard benchmark: DATABASE_URL must be a PostgreSQL URL (postgres://…).")
        return 2
    size = (
        "the kept database"
        if args.reuse
        else f"{args.dossiers:,} dossiers and {args.ratings:,} ratings"
    )
    print(
        f"Leaders' dashboard, {size} in {COMMUNES} communes over 3 years, PostgreSQL; "
        f"goal: dashboard p95 < {GOAL_MS:.0f} ms\n"
    )
    began = time.perf_counter()
    if args.reuse:
        base, _, _name = url.rpartition("/")
        scratch_url = f"{base}/{SCRATCH}"
    else:
        scratch_url = postgres_scratch(url, SCRATCH)
    with tempfile.TemporaryDirectory() as static:
        env = {
            "DATABASE_URL": scratch_url,
            "SECRET_KEY": "bench",
            "ID_HASH_KEY": "bench",
            "STATIC_ROOT": f"{static}/st",
        }
        try:
            report = run_child(
                __file__,
                [
                    f"--dossiers={args.dossiers}",
                    f"--ratings={args.ratings}",
                    f"--runs={args.runs}",
                    *(["--reuse"] if args.reuse else []),
                    *(["--profile"] if args.profile else []),
                ],
                env,
            )
        finally:
            if not args.keep:
                postgres_drop(url)
    report["wall_s"] = round(time.perf_counter() - began, 1)
    load = report.get("load")
    print(
        f"  {report['dossiers']:,} dossiers ({report['dossier_table_size']} with indexes), "
        f"{report['ratings']:,} ratings, {report['first_day']} to {report['today']}"
    )
    if load:
        print(
            f"  loaded with COPY: dossiers {load['dossiers_copy_s']} s, ratings "
            f"{load['ratings_copy_s']} s, VACUUM ANALYZE {load['analyze_s']} s"
        )
    print(
        f"  first metrics.backend.live() of the process (ibis import, not in the figures "
        f"below): {report['ibis_first_live_ms']:.0f} ms"
    )
    print(f"  dashboard: GET {report['url']} as the province's coordinator\n")
    print_table(report)
    p95 = max(report["dashboard"]["p95_ms"], report["dashboard_after_refresh"]["p95_ms"])
    report["goal_met"] = p95 < GOAL_MS
    print(
        f"  goal dashboard p95 < {GOAL_MS:.0f} ms: {'met' if report['goal_met'] else 'NOT met'} "
        f"(p95 {p95:.1f} ms)"
    )
    print(
        "  DuckDB and PostgreSQL give identical indicator rows: "
        f"{'yes' if report['identical'] else 'NO: ' + ', '.join(report['mismatched'])}"
    )
    print(f"  run time: {report['wall_s']} s\n")
    print(json.dumps(report, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
