"""Public pages under load: requests per second and p99 latency of the home page, a search, a
procedure page, the dossier lookup form and the published feedback list, each set against a
hello-world view answered by the same gunicorn, settings and middleware in the same run.

    .venv/bin/python benchmarks/public_pages.py [--workers 2] [--connections 32] \\
        [--threads 2] [--duration 10] [--per-year 2000] [--keep]

A scratch database is built with `motcua migrate` and `motcua demo` (SQLite in a temporary
directory, or a scratch PostgreSQL database `motcua_bench_public_pages` next to the one
DATABASE_URL names when it is a PostgreSQL URL), static files are collected, and gunicorn
serves it with DEBUG off and `benchmarks/hello_settings.py` (motcua's settings, plus
`/_hello/`). Each page is warmed up, then measured with `wrk -t2 -c32 -d10s --latency`; the
hello-world view is measured first and last, and the pages are set against the mean of the
two. Goal (issue 15): every page at least 30 % of hello world's requests per second and a p99
under 50 ms. wrk must be installed (`apt-get install wrk`).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import postgres_scratch, run_child, server_launch, server_stop

SCRATCH = "motcua_bench_public_pages"
HERE = Path(__file__).resolve().parent
START_TIMEOUT = 60.0  # seconds gunicorn has to answer its first request
WARMUP = 50  # requests per page before it is measured, to reach every worker and cache
SHARE_GOAL = 0.30
P99_GOAL_MS = 50.0
HELLO = "/_hello/"


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# --- the child: builds the database, with Django -----------------------------------------


def child_setup(per_year: int) -> dict:
    """Migrate, load the demo, collect static files; the code of the demo's largest procedure
    (most papers and forms) and one published feedback number."""
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    django.setup()
    from django.core.management import call_command
    from django.db.models import Count

    from motcua.catalogue.models import Procedure
    from motcua.feedback.models import Feedback

    call_command("migrate", verbosity=0)
    call_command("demo", years=1, per_year=per_year, verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    largest = (
        Procedure.objects.annotate(
            papers=Count("components", distinct=True), form_count=Count("forms", distinct=True)
        )
        .order_by("-papers", "-form_count", "code")
        .values_list("code", flat=True)
        .first()
    )
    published = Feedback.objects.filter(state="published").values_list("number", flat=True).first()
    return {"procedure": largest, "feedback": published}


# --- the server --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def server_start(port: int, workers: int, env: dict, log: Path) -> subprocess.Popen:
    """gunicorn with sync workers and no access log, answering once it does."""
    gunicorn = Path(sys.executable).parent / "gunicorn"
    command = [
        str(gunicorn),
        "motcua.wsgi:application",
        *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
    ]
    return server_launch(
        command, env, log, ready=lambda: get(port, HELLO)[0] == 200, timeout=START_TIMEOUT
    )


# --- wrk -----------------------------------------------------------------------------------

_UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}
_LATENCY = re.compile(r"^\s*(50|75|90|99)%\s+([\d.]+)(us|ms|s|m)\s*$", re.MULTILINE)
_RATE = re.compile(r"^Requests/sec:\s+([\d.]+)", re.MULTILINE)
_BAD = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)")
_ERRORS = re.compile(r"Socket errors:.*")


def wrk(port: int, path: str, args: argparse.Namespace) -> dict:
    """One `wrk --latency` run: requests per second, p50 and p99 in ms, failures."""
    out = subprocess.run(  # noqa: S603
        [
            shutil.which("wrk") or "/usr/bin/wrk",
            *(f"-t{args.threads}", f"-c{args.connections}", f"-d{args.duration}s"),
            "--latency",
            f"http://127.0.0.1:{port}{path}",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    latencies = {q: float(v) * _UNITS[unit] for q, v, unit in _LATENCY.findall(out)}
    rate = _RATE.search(out)
    bad = _BAD.search(out)
    errors = _ERRORS.search(out)
    return {
        "req_per_s": float(rate.group(1)) if rate else 0.0,
        "p50_ms": round(latencies.get("50", 0.0), 2),
        "p99_ms": round(latencies.get("99", 0.0), 2),
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


# --- the run -------------------------------------------------------------------------------


def pages(setup: dict) -> list[tuple[str, str]]:
    found = [
        ("home", "/"),
        ("search", "/procedures/?q=dang+ky+ket+hon"),
        ("procedure page", f"/procedures/{setup['procedure']}/"),
        ("dossier lookup form", "/dossiers/lookup/"),
        ("feedback list", "/feedback/"),
    ]
    if setup.get("feedback"):
        found.append(("feedback answer", f"/feedback/{setup['feedback']}/"))
    return found


def measure(args: argparse.Namespace, database_url: str, directory: Path) -> dict:
    from tqdm import tqdm

    env = {
        "DATABASE_URL": database_url,
        "SECRET_KEY": "bench-public-pages",
        "ID_HASH_KEY": "bench-public-pages",
        "STATIC_ROOT": str(directory / "static"),
        "MEDIA_ROOT": str(directory / "media"),
        "MOTCUA_VAR_DIR": str(directory / "var"),
        "LOG_LEVEL": "WARNING",
    }
    _log(f"building the database (migrate, demo with {args.per_year} dossiers, collectstatic) …")
    setup = run_child(__file__, [f"--per-year={args.per_year}"], env)
    server_env = {
        **os.environ,
        **env,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_SETTINGS_MODULE": "hello_settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE), os.environ.get("PYTHONPATH")])),
    }
    port = free_port()
    log = directory / "gunicorn.log"
    _log(f"starting gunicorn with {args.workers} workers on 127.0.0.1:{port} …")
    server = server_start(port, args.workers, server_env, log)
    measured = pages(setup)
    results: dict[str, Any] = {}
    load_before = os.getloadavg()
    try:
        for _name, path in [("hello", HELLO), *measured]:
            for _ in range(WARMUP):
                status, _body = get(port, path)
                if status != 200:
                    raise RuntimeError(f"GET {path} answered {status}")
        runs = [("hello world (first)", HELLO), *measured, ("hello world (last)", HELLO)]
        with tqdm(runs, desc="wrk runs", unit="run", file=sys.stderr) as bar:
            for name, path in bar:
                bar.set_postfix_str(path)
                results[name] = {"path": path, **wrk(port, path, args)}
    finally:
        server_stop(server)
    hello_rate = (
        results["hello world (first)"]["req_per_s"] + results["hello world (last)"]["req_per_s"]
    ) / 2
    for name, _path in measured:
        r = results[name]
        r["share"] = round(r["req_per_s"] / hello_rate, 3) if hello_rate else 0.0
        r["meets_goal"] = (
            r["share"] >= SHARE_GOAL and r["p99_ms"] < P99_GOAL_MS and not r["non_2xx"]
        )
    server_log = log.read_text(errors="replace")
    return {
        "workers": args.workers,
        "connections": args.connections,
        "threads": args.threads,
        "duration_s": args.duration,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "hello_req_per_s": round(hello_rate, 1),
        "pages": results,
        "measured": [name for name, _path in measured],
        "server_tracebacks": server_log.count("Traceback (most recent call last)"),
    }


def print_table(report: dict) -> None:
    rows = report["pages"]
    width = max(len(f"{name}  {r['path']}") for name, r in rows.items()) + 2
    print(
        f"  {'page':<{width}} {'req/s':>9} {'share of hello':>15} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'non-2xx':>8}  goal"
    )
    for name, r in rows.items():
        label = f"{name}  {r['path']}"
        share = f"{r['share']:.0%}" if "share" in r else "–"
        goal = ("met" if r["meets_goal"] else "NOT MET") if "meets_goal" in r else "baseline"
        print(
            f"  {label:<{width}} {r['req_per_s']:>9.1f} {share:>15} {r['p50_ms']:>8.2f} "
            f"{r['p99_ms']:>8.2f} {r['non_2xx']:>8}  {goal}"
        )
        if r["socket_errors"]:
            print(f"  {'':<{width}} {r['socket_errors']}")
    print()
    met = [name for name in report["measured"] if rows[name]["meets_goal"]]
    missed = [name for name in report["measured"] if not rows[name]["meets_goal"]]
    print(
        f"  goal: at least {SHARE_GOAL:.0%} of hello world ({report['hello_req_per_s']:.0f} "
        f"req/s) and p99 under {P99_GOAL_MS:.0f} ms"
    )
    print(f"  met by: {', '.join(met) or 'none'}")
    print(f"  not met by: {', '.join(missed) or 'none'}")
    print(f"  server tracebacks: {report['server_tracebacks']}")
    print(f"  load average when the runs began: {report['load_average_before']}")
    print(f"  run time: {report['wall_s']} s\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers")
    parser.add_argument("--connections", type=int, default=32, help="wrk -c")
    parser.add_argument("--threads", type=int, default=2, help="wrk -t")
    parser.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    parser.add_argument(
        "--per-year",
        type=int,
        default=2000,
        help="demo dossiers (one year); pages shown here do not depend on them",
    )
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child_setup(args.per_year)))
        return 0
    if shutil.which("wrk") is None:
        print("Public pages benchmark: wrk is not installed (apt-get install wrk).")
        return 2
    url = os.environ.get("DATABASE_URL", "")
    backend = "PostgreSQL" if url.startswith("postgres") else "SQLite"
    print(
        f"Public pages under load: wrk -t{args.threads} -c{args.connections} "
        f"-d{args.duration}s against gunicorn ({args.workers} sync workers, DEBUG off) on "
        f"loopback, {backend}, {os.cpu_count()} CPUs shared with wrk\n"
    )
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as directory:
        if backend == "PostgreSQL":
            database_url = postgres_scratch(url, SCRATCH)
        else:
            database_url = f"sqlite:///{Path(directory) / 'public-pages.sqlite3'}"
        try:
            report = measure(args, database_url, Path(directory))
        finally:
            if backend == "PostgreSQL" and not args.keep:
                _postgres_drop(url)
    report["backend"] = backend
    report["wall_s"] = round(time.perf_counter() - began, 1)
    print_table(report)
    print(json.dumps(report))
    return 0


def _postgres_drop(url: str) -> None:
    import psycopg

    base, _, _name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SCRATCH} WITH (FORCE)")


if __name__ == "__main__":
    raise SystemExit(main())
