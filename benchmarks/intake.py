"""Counter intake: the median and p95 of one `dossier_receive` call (code from the locked
sequence, due date from the working-day calendar, papers, history), against a plain insert
of the same dossier row measured in the same run, on SQLite and (when DATABASE_URL is set)
PostgreSQL.

    .venv/bin/python benchmarks/intake.py [--calls 500]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import time

from harness import backends, percentile, print_timings, run_child


def run_backend(calls: int) -> dict:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils import timezone
    from tqdm import tqdm

    from motcua.catalogue.models import Component, Field, Procedure
    from motcua.dossiers.models import Dossier
    from motcua.dossiers.services import dossier_receive
    from motcua.dossiers.states import State, rule_set_for
    from motcua.orgs.models import AdministrativeUnit, Agency

    call_command("migrate", verbosity=0)
    unit = AdministrativeUnit.objects.create(code="23001", name="Xã Bench", kind="commune")
    agency = Agency.objects.create(
        unit=unit, name="Bộ phận Một cửa", kind="one_stop", identifier="000.00.01.H55"
    )
    procedure = Procedure.objects.create(
        code="1.000894",
        name="Đăng ký kết hôn",
        field=Field.objects.create(code="ht", name="Hộ tịch"),
        level="commune",
        status="published",
        time_limit_value=5,
        time_limit_unit="working_days",
    )
    papers = [
        Component.objects.create(procedure=procedure, position=n, name=f"Giấy {n}")
        for n in range(1, 4)
    ]
    now = timezone.now()

    def intake(n: int) -> None:
        dossier_receive(
            procedure=procedure,
            agency=agency,
            actor=None,
            applicant_name=f"Nguyễn Văn {n}",
            submitted=papers,
            applicant_phone="0905123456",
            applicant_id_number=f"0640950{n:05d}",
            client_key=f"bench-{n}",
        )

    def plain_insert(n: int) -> None:
        Dossier.objects.create(
            code=f"BASE-{n:06d}",
            procedure=procedure,
            agency=agency,
            unit=unit,
            state=State.RECEIVED,
            rule_set=rule_set_for(now.date()),
            channel="counter",
            received_at=now,
            complete_at=now,
            due_date=now.date() + dt.timedelta(days=7),
            applicant_name=f"Nguyễn Văn {n}",
        )

    cases = {"plain insert (baseline)": plain_insert, "dossier_receive": intake}
    timings: dict[str, list[float]] = {name: [] for name in cases}
    with tqdm(
        total=calls * len(cases), desc=connection.vendor, unit="call", file=sys.stderr
    ) as bar:
        for n in range(calls):
            for name, function in cases.items():
                start = time.perf_counter()
                function(n)
                timings[name].append((time.perf_counter() - start) * 1000)
                bar.update()
    return {
        "backend": connection.vendor,
        "results": {
            name: {"median_ms": statistics.median(s), "p95_ms": percentile(s, 0.95), "n": len(s)}
            for name, s in timings.items()
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=500)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_backend(args.calls)))
        return 0
    with backends("motcua_bench_intake") as found:
        print(f"Counter intake, {args.calls} dossiers, interleaved with the baseline\n")
        for label, env in found:
            report = run_child(__file__, [f"--calls={args.calls}"], env)
            print_timings(label, report["results"], "plain insert (baseline)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
