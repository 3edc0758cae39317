"""Reliability: what citizens' apps get from a real server during 200-way concurrency and while
its database restarts or stops, and whether anything they were told was stored is missing.

    .venv/bin/python benchmarks/reliability.py [--workers 3] [--stream-clients 12] [--keep]

The benchmark needs no database of its own: it makes a throwaway PostgreSQL cluster (`initdb`
from /usr/lib/postgresql/*/bin, in a temporary directory, on a free port from 55432, run as
the `postgres` user when started as root), so the system's cluster is never touched and the
database can be restarted and stopped at will. There it migrates a database, sets up a
province with five communes (one agency and routing rule each), an Open311 key and finished
dossiers with their signed rating links, then starts `motcua serve` (gunicorn, DEBUG off,
the form's hourly limit raised since every client is 127.0.0.1). Three phases:

1. **concurrency**: 200 requests released at once, each from its own thread: Open311 posts
   with distinct descriptions and idempotency keys, the same post sent again with the same
   key by a quarter of them at the same moment, and first ratings of ten dossiers, four at
   a time for each;
2. **restart**: a stream of Open311 posts from `--stream-clients` clients, during which the
   database is restarted (`pg_ctl restart -m fast`);
3. **stop**: the same stream, during which the database is stopped for three seconds.

After the phases, every post that was not accepted is sent once more with its idempotency
key (as a client honouring `Retry-After` would), and the database is read. For each phase:
requests sent, answered (an HTTP answer at all), accepted (2xx), lost (accepted but not
stored), duplicated (stored more than once), server errors by status, server errors outside
the database's outage, and HTML answers to the API clients. The goal: 0 lost, 0 duplicated,
0 HTML answers, server errors only as 503 and only while the database is down. The exit
status is 0 when the goal is met.
"""

from __future__ import annotations

import argparse
import glob
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from feedback_load import (
    FORM,
    PREFIX,
    SERVICE,
    Call,
    child_setup,
    server_start,
    warm_up,
)
from harness import run_child, server_stop

DATABASE = "motcua_concur"
FIRST_PORT = 55432
RATED = 10  # dossiers rated in the concurrency phase
RATERS = 4  # simultaneous first ratings of each
CONCURRENCY = 200
TIMEOUT = 60.0  # seconds a client waits for its answer
STREAM_SECONDS = 9.0  # length of each stream phase
FAULT_AT = 2.0  # seconds into the stream when the database is restarted or stopped
STOP_SECONDS = 3.0
GRACE = 1.0  # seconds after the database is back still counted as the outage


def _log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def description(n: int) -> str:
    """Distinct for every post, so that no two are taken for duplicates of each other."""
    return (
        f"Đèn chiếu sáng trên đường liên thôn bị hỏng, đoạn gần nhà số {n + 1}, buổi tối rất "
        f"tối và nguy hiểm cho người đi đường (thử độ tin cậy {n:05d})."
    )


# --- the throwaway cluster -------------------------------------------------------------------


def _free_port(start: int) -> int:
    for port in range(start, start + 100):
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port from {start}")


class Cluster:
    """A PostgreSQL cluster in `directory`, only ever listening on 127.0.0.1:`port`."""

    def __init__(self, directory: Path, port: int) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not found:
            raise RuntimeError("no PostgreSQL server binaries in /usr/lib/postgresql/*/bin")
        self.bin = Path(found[-1]).parent
        self.data = directory / "data"
        self.log = directory / "postgres.log"
        self.port = port
        self.directory = directory
        # PostgreSQL refuses to run as root: then the cluster belongs to `postgres`.
        self.user = "postgres" if os.geteuid() == 0 else ""

    def _run(self, *command: str, check: bool = True) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        subprocess.run(  # noqa: S603
            [*prefix, *command],
            check=check,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )

    def _ctl(self, action: str, *extra: str, check: bool = True) -> None:
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1"
        options += " -c max_connections=60 -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            action,
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-o",
            options,
            *extra,
            check=check,
        )

    def create(self) -> None:
        if self.user:
            shutil.chown(self.directory, self.user)
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust")
        self.start()
        self._run(
            str(self.bin / "createdb"),
            "-h",
            "127.0.0.1",
            "-p",
            str(self.port),
            "-U",
            "postgres",
            DATABASE,
        )

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{DATABASE}"

    def start(self) -> None:
        self._ctl("start")

    def stop(self, *, check: bool = True) -> None:
        self._ctl("stop", "-m", "fast", check=check)

    def restart(self) -> None:
        self._ctl("restart", "-m", "fast")


# --- the children: setup and check, with Django ----------------------------------------------


def child_prepare() -> dict:
    """The province, communes and Open311 key of the feedback benchmark, and `RATED` finished
    dossiers with the token of their rating links."""
    import datetime as dt

    from django.utils import timezone

    from motcua.catalogue.tests.factories import procedure_make
    from motcua.dossiers.services import dossier_receive, dossier_transition, rating_token
    from motcua.dossiers.states import State
    from motcua.orgs.models import Agency, Role
    from motcua.orgs.tests.factories import MembershipFactory, UserFactory

    setup = child_setup()
    agency = Agency.objects.order_by("pk").first()
    officer = UserFactory(username="reliability_counter")
    MembershipFactory(user=officer, role=Role.COUNTER_OFFICER, agency=agency)
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)
    received = timezone.now() - dt.timedelta(days=3)
    dossiers = []
    for n in range(RATED):
        dossier = dossier_receive(
            procedure=procedure,
            agency=agency,
            actor=officer,
            applicant_name=f"Người nộp số {n + 1}",
            submitted=list(procedure.components.all()),
            received_at=received,
            applicant_phone=f"0905{n:06d}",
            applicant_id_number=f"064095{n:06d}",
        )
        dossier_transition(dossier=dossier, actor=officer, to=State.PROCESSING)
        dossier_transition(dossier=dossier, actor=officer, to=State.RESOLVED)
        dossiers.append([dossier.code, rating_token(dossier=dossier)])
    return {**setup, "dossiers": dossiers}


def child_check() -> dict:
    """How many times each description is stored, with its number, and the ratings stored
    per dossier."""
    from django.db.models import Count

    from motcua.dossiers.models import Rating
    from motcua.feedback.models import Feedback

    stored: dict[str, list[str]] = {}
    for text, number in Feedback.objects.values_list("text", "number"):
        stored.setdefault(text, []).append(number)
    ratings = dict(
        Rating.objects.values("dossier__code")
        .annotate(n=Count("id"))
        .values_list("dossier__code", "n")
    )
    return {"feedback": stored, "ratings": ratings}


# --- the clients ------------------------------------------------------------------------------


@dataclass
class Request:
    kind: str  # "post", "retry" (same key as an earlier post) or "rating"
    call: Call
    ref: str  # the description posted, or the dossier rated
    outcome: dict[str, Any] = field(default_factory=dict)


def exchange(port: int, call: Call) -> dict[str, Any]:
    """Send one request on its own connection: the status, the content type, the body and
    when it ended; or the error when no answer came."""
    began = time.monotonic()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
    try:
        conn.request(call.method, call.path, body=call.body or None, headers=call.headers)
        response = conn.getresponse()
        body = response.read()
        return {
            "status": response.status,
            "type": response.headers.get("Content-Type", ""),
            "retry_after": response.headers.get("Retry-After"),
            "body": body[:2000].decode(errors="replace"),
            "began": began,
            "ended": time.monotonic(),
        }
    except (OSError, http.client.HTTPException) as error:
        return {
            "error": f"{type(error).__name__}: {error}",
            "began": began,
            "ended": time.monotonic(),
        }
    finally:
        conn.close()


def open311_post(setup: dict, n: int) -> Request:
    params = {
        "api_key": setup["api_key"],
        "service_code": SERVICE,
        "attribute[commune]": setup["communes"][n % len(setup["communes"])],
        "address_string": f"Thôn {n % 9 + 1}",
        "description": description(n),
        "first_name": "Văn Nam",
        "last_name": "Nguyễn",
        "phone": f"0906{n % 1000000:06d}",
        "attribute[consent]": "yes",
    }
    headers = {**FORM, "Idempotency-Key": f"reliability-{n:05d}"}
    body = urllib.parse.urlencode(params).encode()
    return Request("post", Call("POST", f"{PREFIX}/requests.json", body, headers), description(n))


def rating(code: str, token: str, n: int) -> Request:
    body = json.dumps(
        {
            "token": token,
            "satisfaction": 1 + n % 5,
            "contacts": "none",
            "agencies": "one_stop",
            "attitude": "courteous",
            "comment": "",
        }
    ).encode()
    headers = {"Content-Type": "application/json", "Accept": "application/json"}
    return Request("rating", Call("POST", f"/api/v1/dossiers/{code}/rating", body, headers), code)


def together(port: int, requests: list[Request], bar: Any) -> None:
    """Every request from its own thread, released by one barrier."""
    barrier = threading.Barrier(len(requests))
    lock = threading.Lock()

    def client(request: Request) -> None:
        barrier.wait()
        request.outcome = exchange(port, request.call)
        with lock:
            bar.update()

    threads = [threading.Thread(target=client, args=(r,), daemon=True) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def stream(
    port: int, setup: dict, first: int, clients: int, fault: Callable[[], None], bar: Any
) -> tuple[list[Request], tuple[float, float]]:
    """`clients` clients posting one after another for STREAM_SECONDS; `fault` runs FAULT_AT
    seconds in. The requests, and when the fault began and ended."""
    requests: list[Request] = []
    lock = threading.Lock()
    counter = iter(range(first, first + 1_000_000))
    end = time.monotonic() + STREAM_SECONDS

    def client() -> None:
        while time.monotonic() < end:
            with lock:
                request = open311_post(setup, next(counter))
                requests.append(request)
            request.outcome = exchange(port, request.call)
            with lock:
                bar.update()

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for thread in threads:
        thread.start()
    time.sleep(FAULT_AT)
    began = time.monotonic()
    fault()
    window = (began, time.monotonic())
    for thread in threads:
        thread.join()
    return requests, window


# --- the figures ------------------------------------------------------------------------------


def _accepted(request: Request) -> bool:
    return 200 <= request.outcome.get("status", 0) < 300


def _number(request: Request) -> str | None:
    try:
        return json.loads(request.outcome["body"])[0]["service_request_id"]
    except (KeyError, ValueError, LookupError, TypeError):
        return None


def figures(
    requests: list[Request], db: dict, window: tuple[float, float] | None = None
) -> dict[str, Any]:
    feedback, ratings = db["feedback"], db["ratings"]
    answered = [r for r in requests if "status" in r.outcome]
    errors = Counter(r.outcome["status"] for r in answered if r.outcome["status"] >= 500)
    outside = 0
    if window is not None:
        began, ended = window[0], window[1] + GRACE
        outside = sum(
            1
            for r in answered
            if r.outcome["status"] >= 500
            and (r.outcome["ended"] < began or r.outcome["began"] > ended)
        )
    else:
        outside = sum(errors.values())
    lost = 0
    for r in requests:
        if not _accepted(r):
            continue
        if r.kind == "rating":
            lost += ratings.get(r.ref, 0) == 0
        else:
            lost += _number(r) not in feedback.get(r.ref, [])
    posted = {r.ref for r in requests if r.kind != "rating"}
    rated = {r.ref for r in requests if r.kind == "rating"}
    duplicated = sum(max(0, len(feedback.get(ref, [])) - 1) for ref in posted)
    duplicated += sum(max(0, ratings.get(ref, 0) - 1) for ref in rated)
    html = sum(1 for r in answered if r.outcome["type"].startswith("text/html"))
    refused = Counter(r.outcome["status"] for r in answered if 400 <= r.outcome["status"] < 500)
    return {
        "sent": len(requests),
        "answered": len(answered),
        "accepted": sum(1 for r in requests if _accepted(r)),
        "lost": lost,
        "duplicated": duplicated,
        "server_errors": dict(sorted(errors.items())),
        "server_errors_outside_outage": outside,
        "refused": dict(sorted(refused.items())),
        "html_answers": html,
        "no_answer": len(requests) - len(answered),
        "retry_after": sum(1 for r in answered if r.outcome.get("retry_after")),
    }


def print_figures(name: str, f: dict[str, Any]) -> None:
    errors = ", ".join(f"{s}×{n}" for s, n in f["server_errors"].items()) or "none"
    refused = ", ".join(f"{s}×{n}" for s, n in f["refused"].items()) or "none"
    print(
        f"  {name:<12} sent {f['sent']:>4}  answered {f['answered']:>4}  "
        f"accepted {f['accepted']:>4}  lost {f['lost']}  duplicated {f['duplicated']}  "
        f"5xx {errors} (outside the outage: {f['server_errors_outside_outage']}, "
        f"with Retry-After: {f['retry_after']})  4xx {refused}  "
        f"HTML to API clients {f['html_answers']}  no answer {f['no_answer']}"
    )


def _samples(requests: list[Request]) -> list[str]:
    """One example of each kind of unexpected answer, to see what the client saw."""
    seen: dict[str, str] = {}
    for r in requests:
        status = r.outcome.get("status")
        if status is None:
            key, text = "no answer", r.outcome.get("error", "")
        elif status >= 500 or r.outcome["type"].startswith("text/html"):
            key = f"{status} {r.outcome['type']}"
            text = r.outcome["body"][:200].replace("\n", " ")
        else:
            continue
        seen.setdefault(key, text)
    return [f"{key}: {text}" for key, text in seen.items()]


# --- the run ----------------------------------------------------------------------------------


def measure(args: argparse.Namespace, directory: Path) -> dict[str, Any]:
    from tqdm import tqdm

    directory.chmod(0o755)  # the cluster's owner must reach its directory inside
    (directory / "cluster").mkdir()
    cluster = Cluster(directory / "cluster", _free_port(FIRST_PORT))
    _log(f"creating a throwaway PostgreSQL cluster on 127.0.0.1:{cluster.port} …")
    cluster.create()
    env = {
        "DATABASE_URL": cluster.url,
        "SECRET_KEY": "bench-reliability",
        "ID_HASH_KEY": "bench-reliability",
        "STATIC_ROOT": str(directory / "static"),
        "MEDIA_ROOT": str(directory / "media"),
        "MOTCUA_VAR_DIR": str(directory / "var"),
    }
    server = None
    try:
        _log("migrating, and setting up communes, an Open311 key and finished dossiers …")
        setup = run_child(__file__, ["--phase=setup"], env)
        server_env = {
            **os.environ,
            **env,
            "DEBUG": "0",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
            "SMS_BACKEND": "motcua.core.messaging.FileBackend",
            "SMS_FILE_PATH": str(directory / "sms.jsonl"),
            "LOG_LEVEL": "WARNING",
            "MOTCUA_FEEDBACK_PER_HOUR": "1000000",
        }
        port = _free_port(FIRST_PORT + 100)
        log = directory / "gunicorn.log"
        _log(f"starting `motcua serve --workers {args.workers}` on 127.0.0.1:{port} …")
        server = server_start(port, args.workers, server_env, log)
        warm_up(port, setup["api_key"])

        posts = CONCURRENCY - RATED * RATERS
        originals = posts * 4 // 5
        concurrent = [open311_post(setup, n) for n in range(originals)]
        for n in range(posts - originals):  # the same post again, at the same moment
            again = open311_post(setup, n * (originals // (posts - originals)))
            concurrent.append(Request("retry", again.call, again.ref))
        for code, token in setup["dossiers"]:
            concurrent += [rating(code, token, n) for n in range(RATERS)]

        def stop_a_while() -> None:
            cluster.stop()
            time.sleep(STOP_SECONDS)
            cluster.start()

        with tqdm(desc="requests", unit="req", file=sys.stderr, mininterval=1.0) as bar:
            together(port, concurrent, bar)
            restart, restart_window = stream(
                port, setup, 10_000, args.stream_clients, cluster.restart, bar
            )
            stopped, stop_window = stream(
                port, setup, 20_000, args.stream_clients, stop_a_while, bar
            )
            # Whatever was not accepted is sent once more with its key, the database back.
            resent = [
                Request(r.kind, r.call, r.ref)
                for r in [*concurrent, *restart, *stopped]
                if not _accepted(r) and r.kind != "rating"
            ]
            if resent:
                together(port, resent, bar)
        server_stop(server)
        server = None
        server_log = log.read_text(errors="replace")
        db = run_child(__file__, ["--phase=check"], env)
    finally:
        if server is not None:
            server_stop(server)
        cluster.stop(check=False)
    report = {
        "workers": args.workers,
        "stream_clients": args.stream_clients,
        "concurrency": figures(concurrent, db),
        "restart": figures(restart, db, restart_window),
        "stop": figures(stopped, db, stop_window),
        "resent": {
            "sent": len(resent),
            "accepted": sum(1 for r in resent if _accepted(r)),
            "lost_after_all": sum(
                1
                for r in [*concurrent, *restart, *stopped]
                if r.kind != "rating" and r.ref not in db["feedback"]
            ),
        },
        "retries_same_number": sum(
            1
            for r in concurrent
            if r.kind == "retry" and _accepted(r) and _number(r) in db["feedback"].get(r.ref, [])
        ),
        "retries": sum(1 for r in concurrent if r.kind == "retry"),
        "ratings_stored": sum(db["ratings"].values()),
        "server_tracebacks": server_log.count("Traceback (most recent call last)"),
        "samples": _samples([*concurrent, *restart, *stopped]),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    phases = [report[name] for name in ("concurrency", "restart", "stop")]
    report["ok"] = all(
        f["lost"] == 0
        and f["duplicated"] == 0
        and f["html_answers"] == 0
        and f["server_errors_outside_outage"] == 0
        and set(f["server_errors"]) <= {503}
        for f in phases
    )
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--workers", type=int, default=3, help="gunicorn workers")
    parser.add_argument("--stream-clients", type=int, default=12)
    parser.add_argument("--keep", action="store_true", help="keep the cluster's directory")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--phase", choices=["setup", "check"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        import django

        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "motcua.settings")
        django.setup()
        print(json.dumps(child_prepare() if args.phase == "setup" else child_check()))
        return 0
    print(
        f"Reliability: {CONCURRENCY} simultaneous requests, then a stream of Open311 posts from "
        f"{args.stream_clients} clients during a database restart and during a "
        f"{STOP_SECONDS:.0f}-second stop; `motcua serve` with {args.workers} workers, "
        f"{os.cpu_count()} CPUs shared with the load generator\n"
    )
    began = time.perf_counter()
    directory = Path(tempfile.mkdtemp(prefix="motcua-reliability-"))
    try:
        report = measure(args, directory)
    finally:
        if not args.keep:
            shutil.rmtree(directory, ignore_errors=True)
    print_figures("concurrency", report["concurrency"])
    print_figures("restart", report["restart"])
    print_figures("stop", report["stop"])
    resent = report["resent"]
    print(
        f"\n  sent again with their key once the database was back: {resent['sent']}, "
        f"accepted {resent['accepted']}; posts stored nowhere in the end: "
        f"{resent['lost_after_all']}"
    )
    print(
        f"  retries sent with the first post: {report['retries_same_number']}/"
        f"{report['retries']} answered with the stored number; ratings stored: "
        f"{report['ratings_stored']} for {RATED} dossiers; server tracebacks: "
        f"{report['server_tracebacks']}"
    )
    for sample in report["samples"]:
        print(f"  seen: {sample}")
    print(f"  goal met: {'yes' if report['ok'] else 'NO'}; load average {report['load_average']}")
    print(f"  run time: {time.perf_counter() - began:.0f} s")
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
