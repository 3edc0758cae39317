"""Feedback under load: 200 citizens' apps posting feedback at the same moment to a real
gunicorn server (`motcua serve`) on loopback, against PostgreSQL. Nothing may be lost or
registered twice; the median and p99 latency and the throughput are set against a trivial
view of the same server measured in the same run.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/motcua .venv/bin/python \\
        benchmarks/feedback_load.py [--clients 200] [--retries 50] [--workers 4] [--keep]

Two paths end in the same `feedback_register`: Open311 (`POST /open311/v2/requests.json`
with an API key and an `Idempotency-Key` header), and the citizen's form `/feedback/new/`
(its CSRF token and client key fetched first, untimed; the server runs with
MOTCUA_FEEDBACK_PER_HOUR raised, since all clients share the loopback address).

A scratch database (`motcua_bench_feedback_load`, next to the one DATABASE_URL names) is
created and migrated; a province with a few communes, one agency and one routing rule each,
and an Open311 key are set up. The server runs with DEBUG=0, notices to an SMS file and
e-mail kept in memory. Three waves, each released at once from its own threads:

1. every client posts one feedback item (distinct texts, distinct idempotency keys);
2. `--retries` of them post their exact same request again (same idempotency key): each must
   get back the number it was given, and nothing new may be stored;
3. as many citizens send the web form at once (distinct texts, with consent to their
   contact), each answered with a redirect to its tracking page;
4. the same concurrency against a trivial view, `GET /open311/v2/discovery.json` (no
   database query), `--trivial-rounds` times: the baseline.

Afterwards the database is checked: one row per submission, no text registered twice,
registration numbers unique and consecutive, the numbers the server answered are the ones
stored, one SMS notice per item (queued by each registration, sent by `motcua db_worker`
once the waves are over). The server is stopped and the scratch database dropped
unless `--keep`. Without a PostgreSQL DATABASE_URL the benchmark refuses to run (exit
status 2).
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from harness import percentile, postgres_scratch, run_child, server_launch, server_stop

SCRATCH = "motcua_bench_feedback_load"
SERVICE = "duong-giao-thong"
COMMUNES = 5
TIMEOUT = 120.0  # seconds a client waits for its answer
START_TIMEOUT = 60.0  # seconds the server has to answer its first request
WARMUP = 16  # concurrent requests per warm-up round, to reach every worker
PREFIX = "/open311/v2"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
NUMBER = re.compile(r"^PA-(\d{4})-(\d{6})$")


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def text_for(n: int) -> str:
    """Client n's words: distinct for every client, so the service flags no duplicate."""
    return (
        f"Ổ gà lớn trên đường liên thôn, đoạn trước nhà số {n + 1}, xe máy đi qua rất nguy "
        f"hiểm; đề nghị xã sửa sớm (bản tin thử tải {n:04d})."
    )


# --- the children: setup and check, with Django ------------------------------------------


def _django() -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
    django.setup()


def child_setup() -> dict:
    """Migrate, collect static files, and set up the province, its communes, their agencies
    and routing rules, and one Open311 key."""
    _django()
    import datetime as dt

    from django.core.management import call_command

    from motcua.feedback.models import Category, RoutingRule
    from motcua.feedback.open311 import open311_key_create
    from motcua.orgs.models import AdministrativeUnit, Agency

    call_command("migrate", verbosity=0)
    call_command("collectstatic", verbosity=0, interactive=False)
    since = dt.date(2023, 1, 1)
    province = AdministrativeUnit.objects.create(
        kind="province", code="48", name="Thành phố Đà Nẵng", valid_from=since
    )
    communes = []
    for n in range(COMMUNES):
        commune = AdministrativeUnit.objects.create(
            kind="commune",
            code=f"{20200 + n}",
            name=f"Xã Thử Tải {n + 1}",
            parent=province,
            valid_from=since,
        )
        agency = Agency.objects.create(
            unit=commune,
            name=f"Ban Giao thông xã Thử Tải {n + 1}",
            kind="one_stop",
            identifier=f"000.{n + 20:03d}.01.H48",
            valid_from=since,
        )
        RoutingRule.objects.create(
            category=Category.objects.get(code=SERVICE), unit=commune, agency=agency
        )
        communes.append(commune.code)
    _record, key = open311_key_create(name="Ứng dụng thử tải")
    return {"api_key": key, "communes": communes}


def child_check(clients: int) -> dict:
    """What the database holds after the waves (`clients` submissions of distinct texts)."""
    _django()
    from collections import Counter

    from motcua.feedback.models import Event, Feedback, Sequence

    rows = list(Feedback.objects.values_list("number", "text", "client_key", "channel"))
    texts = Counter(text for _number, text, _key, _channel in rows)
    wanted = [text_for(n) for n in range(clients)]
    numbers = sorted(number for number, *_rest in rows)
    events = Counter(Event.objects.values_list("action", flat=True))
    return {
        "rows": len(rows),
        "distinct_texts": len(texts),
        "distinct_client_keys": len({key for _n, _t, key, _c in rows if key}),
        "lost": sum(1 for text in wanted if text not in texts),
        "duplicates": sum(count - 1 for count in texts.values()),
        "foreign": sum(1 for text in texts if text not in set(wanted)),
        "numbers": numbers,
        "sequence_last": {s.year: s.last for s in Sequence.objects.all()},
        "events": dict(events),
        "channels": dict(Counter(channel for *_rest, channel in rows)),
    }


# --- the load generator: threads and http.client (no dependency beyond the standard
# library), each request on its own connection, all released by one barrier ----------------


@dataclass
class Call:
    method: str
    path: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Outcome:
    status: int = 0
    seconds: float = 0.0
    ended: float = 0.0
    body: bytes = b""
    error: str = ""


def _send(port: int, call: Call) -> tuple[int, bytes]:
    status, body, _headers = _exchange(port, call)
    return status, body


def _exchange(port: int, call: Call) -> tuple[int, bytes, http.client.HTTPMessage]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request(call.method, call.path, body=call.body or None, headers=call.headers)
        response = conn.getresponse()
        return response.status, response.read(), response.headers
    finally:
        conn.close()


def wave(port: int, calls: list[Call], progress: Any = None) -> tuple[list[Outcome], float]:
    """Every call from its own thread, released together; the outcomes in the calls' order
    and the seconds from the release to the last answer."""
    outcomes = [Outcome() for _ in calls]
    barrier = threading.Barrier(len(calls) + 1)
    lock = threading.Lock()

    def client(i: int) -> None:
        barrier.wait()
        began = time.perf_counter()
        out = outcomes[i]
        try:
            out.status, out.body = _send(port, calls[i])
        except (OSError, http.client.HTTPException) as error:
            out.error = f"{type(error).__name__}: {error}"
        out.ended = time.perf_counter()
        out.seconds = out.ended - began
        if progress is not None:
            with lock:
                progress.update()

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    barrier.wait()
    released = time.perf_counter()
    for thread in threads:
        thread.join()
    return outcomes, max(out.ended for out in outcomes) - released


def _summary(outcomes: list[Outcome], wall: float) -> dict:
    samples = [out.seconds * 1000 for out in outcomes]
    return {
        "requests": len(outcomes),
        "median_ms": round(statistics.median(samples), 1),
        "p99_ms": round(percentile(samples, 0.99), 1),
        "max_ms": round(max(samples), 1),
        "wall_s": round(wall, 3),
        "req_per_s": round(len(outcomes) / wall, 1),
    }


def _failures(outcomes: list[Outcome]) -> list[str]:
    """Every answer that is not 2xx or 3xx, or no answer, described once per kind."""
    seen: dict[str, int] = {}
    for out in outcomes:
        if out.error:
            key = out.error
        elif not 200 <= out.status < 400:
            key = f"HTTP {out.status}: {out.body[:300].decode(errors='replace')}"
        else:
            continue
        seen[key] = seen.get(key, 0) + 1
    return [f"{count} × {what}" for what, count in seen.items()]


def _unredirected(outcomes: list[Outcome]) -> list[int]:
    """A form accepted answers 302 to its tracking page; anything else 2xx means the form
    came back with a problem."""
    count = sum(1 for out in outcomes if 200 <= out.status < 300)
    return [count] if count else []


def _number_of(out: Outcome) -> str | None:
    if not 200 <= out.status < 300:
        return None
    try:
        return json.loads(out.body)[0]["service_request_id"]
    except (ValueError, LookupError, TypeError):
        return None


# --- the server --------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_start(port: int, workers: int, env: dict, log: Path) -> subprocess.Popen:
    """`motcua serve` (it replaces itself with gunicorn), answering once it does."""
    command = [
        *(sys.executable, "-m", "motcua", "serve"),
        *("--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
    ]

    def ready() -> bool:
        status, _body = _send(port, Call("GET", f"{PREFIX}/discovery.json"))
        return status == 200

    return server_launch(command, env, log, ready=ready, timeout=START_TIMEOUT)


def _tail(log: Path, lines: int = 40) -> str:
    return "\n".join(log.read_text(errors="replace").splitlines()[-lines:])


def postgres_drop(url: str) -> None:
    import psycopg

    base, _, _name = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {SCRATCH} WITH (FORCE)")


# --- the run -----------------------------------------------------------------------------


def submissions(setup: dict, clients: int, run: str) -> list[Call]:
    calls = []
    for n in range(clients):
        params = {
            "api_key": setup["api_key"],
            "service_code": SERVICE,
            "attribute[commune]": setup["communes"][n % len(setup["communes"])],
            "lat": f"{16.05 + n / 10000:.6f}",
            "long": f"{108.20 + n / 10000:.6f}",
            "address_string": f"Thôn {n % 9 + 1}",
            "description": text_for(n),
            "first_name": "Văn Nam",
            "last_name": "Nguyễn",
            "phone": f"0905{n:06d}",
            "email": f"client{n}@example.vn",
            "attribute[consent]": "yes",
        }
        headers = {**FORM, "Idempotency-Key": f"load-{run}-{n:04d}"}
        body = urllib.parse.urlencode(params).encode()
        calls.append(Call("POST", f"{PREFIX}/requests.json", body, headers))
    return calls


_HIDDEN = re.compile(r'name="(csrfmiddlewaretoken|key)" value="([^"]+)"')


def form_submissions(port: int, setup: dict, clients: int, first: int) -> list[Call]:
    """Each citizen's form POST, built from the form page it got (its CSRF cookie and
    token, and the client key the page made): fetched one after another, untimed."""
    calls = []
    for n in range(first, first + clients):
        status, body, headers = _exchange(port, Call("GET", "/feedback/new/"))
        if status != 200:
            raise RuntimeError(f"GET /feedback/new/ answered {status}")
        hidden = dict(_HIDDEN.findall(body.decode()))
        cookie = "; ".join(value.split(";", 1)[0] for value in headers.get_all("Set-Cookie") or [])
        params = {
            **hidden,
            "kind": "feedback",
            "category": SERVICE,
            "unit": setup["communes"][n % len(setup["communes"])],
            "title": "Ổ gà trên đường liên thôn",
            "text": text_for(n),
            "address": f"Thôn {n % 9 + 1}",
            "contact_name": "Nguyễn Văn Nam",
            "contact_phone": f"0906{n:06d}",
            "consent": "on",
        }
        body = urllib.parse.urlencode(params).encode()
        calls.append(Call("POST", "/feedback/new/", body, {**FORM, "Cookie": cookie}))
    return calls


def warm_up(port: int, api_key: str) -> None:
    """Every worker loads its code and opens its database connection before the clock runs:
    the services list (queries), discovery, and a POST refused for its missing description
    (the key and commune lookups; nothing stored)."""
    refused = urllib.parse.urlencode({"api_key": api_key, "service_code": SERVICE}).encode()
    for _round in range(3):
        wave(port, [Call("GET", f"{PREFIX}/services.json") for _ in range(WARMUP)])
        wave(port, [Call("GET", f"{PREFIX}/discovery.json") for _ in range(WARMUP)])
        wave(port, [Call("POST", f"{PREFIX}/requests.json", refused, FORM)] * WARMUP)
        wave(port, [Call("GET", "/feedback/new/") for _ in range(WARMUP)])


def measure(args: argparse.Namespace, scratch_url: str, directory: Path) -> dict:
    from tqdm import tqdm

    env = {
        "DATABASE_URL": scratch_url,
        "SECRET_KEY": "bench-feedback-load",
        "ID_HASH_KEY": "bench-feedback-load",
        "STATIC_ROOT": str(directory / "static"),
        "MEDIA_ROOT": str(directory / "media"),
        "MOTCUA_VAR_DIR": str(directory / "var"),
    }
    _log("setting up the scratch database (migrate, collectstatic, communes, Open311 key) …")
    setup = run_child(__file__, ["--phase=setup"], env)
    sms_file = directory / "sms.jsonl"
    server_env = {
        **os.environ,
        **env,
        "DEBUG": "0",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "SMS_BACKEND": "motcua.core.messaging.FileBackend",
        "SMS_FILE_PATH": str(sms_file),
        "LOG_LEVEL": "WARNING",
        # Every client is 127.0.0.1: the form's limit per address would stop the fifth.
        "MOTCUA_FEEDBACK_PER_HOUR": "1000000",
    }
    port = free_port()
    log = directory / "gunicorn.log"
    _log(f"starting `motcua serve --workers {args.workers}` on 127.0.0.1:{port} …")
    server = server_start(port, args.workers, server_env, log)
    report: dict[str, Any] = {
        "clients": args.clients,
        "retries": args.retries,
        "workers": args.workers,
        "cpus": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in os.getloadavg()],
    }
    try:
        warm_up(port, setup["api_key"])
        calls = submissions(setup, args.clients, "a")
        trivial = [Call("GET", f"{PREFIX}/discovery.json") for _ in range(args.clients)]
        _log(f"fetching {args.clients} form pages for their CSRF tokens (untimed) …")
        forms = form_submissions(port, setup, args.clients, first=args.clients)
        total = 2 * args.clients + args.retries + args.trivial_rounds * args.clients
        with tqdm(total=total, desc="requests", unit="req", file=sys.stderr) as bar:
            first, first_wall = wave(port, calls, bar)
            # Retried by the same clients with the same request, after their first answer.
            again = list(range(0, args.clients, max(1, args.clients // args.retries)))
            again = again[: args.retries]
            retried, retried_wall = wave(port, [calls[n] for n in again], bar)
            web, web_wall = wave(port, forms, bar)
            baseline: list[Outcome] = []
            baseline_wall = 0.0
            for _round in range(args.trivial_rounds):
                outcomes, wall = wave(port, trivial, bar)
                baseline += outcomes
                baseline_wall += wall
    finally:
        server_stop(server)
    server_log = log.read_text(errors="replace")
    # The notices were queued with each registration; the worker sends them afterwards
    # (in service it runs beside the server; here it does not compete with the waves).
    _log("sending the queued notices (`motcua db_worker --batch`) …")
    began = time.perf_counter()
    subprocess.run(  # noqa: S603
        [
            *(sys.executable, "-m", "motcua", "db_worker", "--batch", "--no-startup-delay"),
            *("--queue-name", "*", "--verbosity", "0"),
        ],
        env=server_env,
        check=True,
        timeout=600,
        stdout=subprocess.DEVNULL,
    )
    report["notices_s"] = round(time.perf_counter() - began, 1)
    report["submit"] = _summary(first, first_wall)
    report["retry"] = _summary(retried, retried_wall)
    report["web"] = _summary(web, web_wall)
    report["trivial"] = _summary(baseline, baseline_wall)
    report["trivial"]["rounds"] = args.trivial_rounds
    report["throughput_ratio"] = round(
        report["submit"]["req_per_s"] / report["trivial"]["req_per_s"], 4
    )
    report["median_ratio"] = round(
        report["submit"]["median_ms"] / report["trivial"]["median_ms"], 1
    )
    report["web_throughput_ratio"] = round(
        report["web"]["req_per_s"] / report["trivial"]["req_per_s"], 4
    )
    report["failures"] = {
        "submit": _failures(first),
        "retry": _failures(retried),
        "web": _failures(web) + [f"{n} × not redirected" for n in _unredirected(web)],
        "trivial": _failures(baseline),
    }
    answered = [_number_of(out) for out in first]
    report["retry_same_number"] = sum(
        1
        for n, out in zip(again, retried, strict=True)
        if answered[n] is not None and _number_of(out) == answered[n]
    )
    report["server_tracebacks"] = server_log.count("Traceback (most recent call last)")
    report["server_worker_timeouts"] = server_log.count("WORKER TIMEOUT")
    if report["server_tracebacks"] or report["server_worker_timeouts"]:
        report["server_log_tail"] = _tail(log, 60)

    submitted = 2 * args.clients
    db = run_child(__file__, ["--phase=check", f"--clients={submitted}"], env)
    numbers = db.pop("numbers")
    parsed = [NUMBER.match(number) for number in numbers]
    serials = sorted(int(m.group(2)) for m in parsed if m)
    report["db"] = db
    report["lost"] = db["lost"]
    report["duplicates"] = db["duplicates"]
    report["numbers_unique"] = len(set(numbers)) == len(numbers)
    report["numbers_consecutive"] = bool(serials) and serials == list(
        range(serials[0], serials[0] + len(serials))
    )
    report["numbers_range"] = [numbers[0], numbers[-1]] if numbers else []
    report["answered_numbers_stored"] = sum(1 for n in answered if n in set(numbers))
    report["sms_notices"] = len(sms_file.read_text().splitlines()) if sms_file.exists() else 0
    report["ok"] = (
        db["rows"] == submitted
        and db["lost"] == 0
        and db["duplicates"] == 0
        and db["foreign"] == 0
        and report["numbers_unique"]
        and report["numbers_consecutive"]
        and report["answered_numbers_stored"] == args.clients
        and report["retry_same_number"] == len(again)
        and not any(report["failures"].values())
        and report["sms_notices"] == submitted
        and report["server_tracebacks"] == 0
    )
    return report


def print_table(report: dict) -> None:
    trivial = report["trivial"]
    rows = [
        ("GET discovery.json (trivial, baseline)", trivial),
        ("POST requests.json, new feedback", report["submit"]),
        ("POST requests.json, same Idempotency-Key", report["retry"]),
        ("POST /feedback/new/ (citizen's form)", report["web"]),
    ]
    width = max(len(name) for name, _r in rows) + 2
    print(
        f"  {'case':<{width}} {'requests':>8} {'median ms':>10} {'p99 ms':>8} {'max ms':>8} "
        f"{'req/s':>8} {'req/s ÷ trivial':>16} {'median × trivial':>17}"
    )
    for name, r in rows:
        print(
            f"  {name:<{width}} {r['requests']:>8} {r['median_ms']:>10.1f} {r['p99_ms']:>8.1f} "
            f"{r['max_ms']:>8.1f} {r['req_per_s']:>8.1f} "
            f"{r['req_per_s'] / trivial['req_per_s']:>16.3f} "
            f"{r['median_ms'] / trivial['median_ms']:>17.1f}"
        )
    print()
    db = report["db"]
    print(
        f"  stored: {db['rows']} feedback rows for {2 * report['clients']} submissions; "
        f"lost {report['lost']}, duplicates {report['duplicates']}, "
        f"unexpected rows {db['foreign']}"
    )
    span = " … ".join(report["numbers_range"]) or "none"
    print(
        f"  registration numbers {span}: unique {'yes' if report['numbers_unique'] else 'NO'}, "
        f"consecutive {'yes' if report['numbers_consecutive'] else 'NO'}; "
        f"sequence {db['sequence_last']}"
    )
    print(
        f"  answered numbers found stored: {report['answered_numbers_stored']}/"
        f"{report['clients']}; retries answered with their first number: "
        f"{report['retry_same_number']}/{report['retries']}"
    )
    print(
        f"  SMS notices written by the worker afterwards: {report['sms_notices']} in "
        f"{report['notices_s']} s; events {db['events']}; "
        f"server tracebacks {report['server_tracebacks']}, "
        f"worker timeouts {report['server_worker_timeouts']}"
    )
    for wave_name, failures in report["failures"].items():
        for failure in failures:
            print(f"  FAILED ({wave_name}): {failure}")
    if "server_log_tail" in report:
        print("  --- end of the server log ---")
        print(report["server_log_tail"])
    print(f"  all checks passed: {'yes' if report['ok'] else 'NO'}")
    print(f"  load average when the run began: {report['load_average_before']}")
    print(f"  run time: {report['wall_s']} s\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--retries", type=int, default=50)
    parser.add_argument("--workers", type=int, default=4, help="gunicorn workers")
    parser.add_argument("--trivial-rounds", type=int, default=3, help="waves of the baseline")
    parser.add_argument("--keep", action="store_true", help="keep the scratch database")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=["setup", "check"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        report = child_setup() if args.phase == "setup" else child_check(args.clients)
        print(json.dumps(report, default=str))
        return 0
    if not 0 < args.retries <= args.clients:
        parser.error("--retries must be between 1 and --clients")
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        print("Feedback load benchmark: DATABASE_URL must be a PostgreSQL URL (postgres://…).")
        return 2
    print(
        f"Feedback under load: {args.clients} concurrent Open311 submissions, "
        f"{args.retries} retries, then {args.clients} citizens' web forms at once, against "
        f"`motcua serve` (gunicorn, {args.workers} sync "
        f"workers) on loopback, PostgreSQL, {os.cpu_count()} CPUs shared with the load "
        "generator\n"
    )
    began = time.perf_counter()
    scratch_url = postgres_scratch(url, SCRATCH)
    try:
        with tempfile.TemporaryDirectory() as directory:
            report = measure(args, scratch_url, Path(directory))
    finally:
        if not args.keep:
            postgres_drop(url)
    report["wall_s"] = round(time.perf_counter() - began, 1)
    print_table(report)
    print(json.dumps(report, default=str))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
