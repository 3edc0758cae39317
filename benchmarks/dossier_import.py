"""Dossier import into PostgreSQL: a generated portal export of a million dossiers imported
through the real service (`dossiers_import`), against a plain `COPY` of the same file into a
bare staging table measured in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua .venv/bin/python \\
        benchmarks/dossier_import.py [--rows 1000000] [--orm]

`--orm` writes through `bulk_create(update_conflicts=True)` instead of the service's COPY
path on PostgreSQL, to see what that path is worth.

The run uses a scratch database (`motcua_bench_import`, next to the one DATABASE_URL names),
created and migrated first and dropped afterwards; without a PostgreSQL DATABASE_URL it is
skipped. Goal: at least 5,000 rows/s.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from harness import backends, run_child

SCRATCH = "motcua_bench_import"
AGENCIES = 40
PROCEDURES = 120
GOAL = 5000
CHANNELS = ["Trực tiếp", "Bưu chính", "Trực tuyến", "counter", "online"]
NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"]
GIVEN = ["Văn An", "Thị Bình", "Văn Cường", "Thị Dung", "Minh Em", "Thị Hoa", "Quốc Khánh"]


def _rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux: the peak of this process so far.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def generate(path: Path, rows: int, identifiers: list[str], codes: list[str]) -> None:
    """A portal-like export: Vietnamese headers, day-first dates, a mix of states."""
    from tqdm import tqdm

    from motcua.dossiers.importing import DOSSIER_COLUMNS

    rng = random.Random(20251125)
    end = dt.date(2026, 6, 30)
    days = 3 * 365
    per_day = max(1, rows // (days * len(identifiers)) + 1)
    sequence: dict[tuple[str, dt.date], int] = {}
    with (
        path.open("w", encoding="utf-8", newline="") as out,
        tqdm(total=rows, desc="generate", unit="row", file=sys.stderr) as bar,
    ):
        writer = csv.writer(out)
        writer.writerow(DOSSIER_COLUMNS)
        for n in range(rows):
            identifier = identifiers[n % len(identifiers)]
            day = end - dt.timedelta(days=(n // len(identifiers)) // per_day % days)
            key = (identifier, day)
            sequence[key] = number = sequence.get(key, 0) + 1
            received = dt.datetime.combine(day, dt.time(7 + rng.randrange(9), rng.randrange(60)))
            state, finished, returned = "", "", ""
            roll = rng.random()
            if roll < 0.85:
                finished_at = received + dt.timedelta(days=rng.choice((0, 1, 2, 3, 5, 8, 13)))
                finished = finished_at.strftime("%d/%m/%Y %H:%M")
                if roll < 0.7:
                    returned = (finished_at + dt.timedelta(hours=20)).strftime("%d/%m/%Y %H:%M")
            supplement = rng.random() < 0.1
            requested = received.strftime("%d/%m/%Y %H:%M") if supplement else ""
            fulfilled = (
                (received + dt.timedelta(hours=2)).strftime("%d/%m/%Y %H:%M")
                if supplement and finished
                else ""
            )
            values = {
                "code": f"{identifier}-{day:%y%m%d}-{number:04d}",
                "procedure_code": rng.choice(codes),
                "agency_identifier": identifier,
                "channel": rng.choice(CHANNELS),
                "received_at": received.strftime("%d/%m/%Y %H:%M"),
                "complete_at": "",
                "due_date": "",
                "finished_at": finished,
                "returned_at": returned,
                "state": state,
                "applicant_kind": "Cá nhân",
                "applicant_name": f"{rng.choice(NAMES)} {rng.choice(GIVEN)}",
                "applicant_phone": f"09{rng.randrange(10**8):08d}",
                "applicant_id_number": f"0640{rng.randrange(10**8):08d}",
                "applicant_address": f"Thôn {rng.randrange(1, 20)}, xã Đăk Hà",
                "paid_online": rng.choice("01"),
                "digitised": rng.choice("011"),
                "electronic_result": rng.choice("01"),
                "synced_national_portal": "1",
                "supplement_requested_at": requested,
                "supplement_received_at": fulfilled,
                "supplement_reason": "",
                "visits": rng.choice("1112"),
            }
            writer.writerow([values[c] for c in DOSSIER_COLUMNS])
            if n % 1000 == 999:
                bar.update(1000)
        bar.update(rows - bar.n)


def run_import(rows: int, orm: bool) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    django.setup()
    import psycopg
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from tqdm import tqdm

    from motcua.catalogue.models import Field, Procedure
    from motcua.dossiers import importing
    from motcua.dossiers.importing import DOSSIER_COLUMNS, dossiers_import
    from motcua.dossiers.models import Dossier

    importing.COPY_ON_POSTGRESQL = not orm
    from motcua.orgs.models import AdministrativeUnit, Agency

    call_command("migrate", verbosity=0)
    province = AdministrativeUnit.objects.create(kind="province", code="51", name="Tỉnh")
    identifiers = []
    for n in range(AGENCIES):
        commune = AdministrativeUnit.objects.create(
            kind="commune", code=f"{23000 + n}", name=f"Xã {n}", parent=province
        )
        identifier = f"000.{n + 10:02d}.01.H55"
        Agency.objects.create(
            unit=commune, name=f"Một cửa {n}", kind="one_stop", identifier=identifier
        )
        identifiers.append(identifier)
    field = Field.objects.create(code="ho-tich", name="Hộ tịch")
    rng = random.Random(1)
    procedures = [
        Procedure(
            code=f"1.{100000 + n:06d}",
            name=f"Thủ tục {n}",
            field=field,
            level="commune",
            status="published",
            time_limit_value=rng.choice((1, 3, 5, 10, 15, 20)),
            time_limit_unit=rng.choice(["working_days"] * 8 + ["working_hours", "within_day"]),
        )
        for n in range(PROCEDURES)
    ]
    Procedure.objects.bulk_create(procedures)
    codes = [p.code for p in procedures]

    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "dossiers.csv"
        start = time.perf_counter()
        generate(path, rows, identifiers, codes)
        generated = time.perf_counter() - start
        size_mb = path.stat().st_size / 1048576
        rss_before = _rss_mb()

        data = path.read_bytes()
        with tqdm(desc="import", unit="row", file=sys.stderr) as bar:

            def progress(done: int, total: int) -> None:
                bar.total = total
                bar.update(done - bar.n)

            start = time.perf_counter()
            result = dossiers_import(data=data, filename=path.name, progress=progress)
            service_seconds = time.perf_counter() - start
        del data
        assert result.ok, result.problems[:5]
        rss_after = _rss_mb()
        stored = Dossier.objects.count()
        connection.close()

        # The floor: the same bytes streamed by PostgreSQL's own COPY into text columns.
        dsn = settings.DATABASES["default"]
        with psycopg.connect(
            host=dsn["HOST"] or None,
            port=dsn["PORT"] or None,
            user=dsn["USER"] or None,
            password=dsn["PASSWORD"] or None,
            dbname=dsn["NAME"],
        ) as conn:
            columns = ", ".join(f"{c} text" for c in DOSSIER_COLUMNS)
            conn.execute(f"CREATE TABLE bench_staging ({columns})")
            start = time.perf_counter()
            with (
                conn.cursor() as cursor,
                cursor.copy("COPY bench_staging FROM STDIN (FORMAT csv, HEADER true)") as copy,
                path.open("rb") as source,
                tqdm(total=path.stat().st_size, desc="COPY", unit="B", unit_scale=True) as bar,
            ):
                while block := source.read(1 << 20):
                    copy.write(block)
                    bar.update(len(block))
            conn.commit()
            copy_seconds = time.perf_counter() - start
            copied = conn.execute("SELECT count(*) FROM bench_staging").fetchone()[0]

    return {
        "rows": rows,
        "stored": stored,
        "copied": copied,
        "file_mb": round(size_mb, 1),
        "generate_s": round(generated, 1),
        "service_s": round(service_seconds, 1),
        "copy_s": round(copy_seconds, 2),
        "rss_before_import_mb": round(rss_before),
        "peak_rss_mb": round(rss_after),
    }


def postgres_drop(url: str) -> None:
    import psycopg

    base, _, _name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SCRATCH}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--orm", action="store_true", help="write with bulk_create, not COPY")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_import(args.rows, args.orm)))
        return 0
    with backends(SCRATCH, sqlite=False) as found:
        if not found:
            print("Dossier import: DATABASE_URL is not a PostgreSQL URL; skipped.")
            return 0
        print(f"Dossier import, {args.rows:,} rows, PostgreSQL; goal ≥ {GOAL:,} rows/s\n")
        _label, env = found[0]
        try:
            report = run_child(
                __file__,
                [f"--rows={args.rows}", *(["--orm"] if args.orm else [])],
                {**env, "DB_CONN_MAX_AGE": "0"},
            )
        finally:
            postgres_drop(env["DATABASE_URL"])
    service = report["rows"] / report["service_s"]
    copy = report["rows"] / report["copy_s"]
    print(f"  file: {report['file_mb']} MB CSV, generated in {report['generate_s']} s")
    print(f"  {'case':<34} {'seconds':>9} {'rows/s':>10}")
    print(f"  {'COPY into a bare table (baseline)':<34} {report['copy_s']:>9} {copy:>10,.0f}")
    label = "dossiers_import, bulk_create" if args.orm else "dossiers_import (checked, upsert)"
    print(f"  {label:<34} {report['service_s']:>9} {service:>10,.0f}")
    print(f"  COPY is {copy / service:.1f}× faster than the service")
    print(
        f"  peak memory: {report['peak_rss_mb']:,} MB "
        f"({report['rss_before_import_mb']:,} MB before the import)"
    )
    print(f"  dossiers stored: {report['stored']:,}; goal met: {service >= GOAL}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
