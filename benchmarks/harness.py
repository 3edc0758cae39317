"""What every benchmark shares: percentiles, a scratch database per backend, and running each
backend in its own process so settings and connections never leak between them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def postgres_scratch(url: str, name: str) -> str:
    """A fresh, empty database next to the one DATABASE_URL names; returns its URL."""
    import psycopg

    base, _, _old = url.rpartition("/")
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return f"{base}/{name}"


@contextmanager
def backends(scratch_name: str, *, sqlite: bool = True) -> Iterator[list[tuple[str, dict]]]:
    """(label, environment) for SQLite in a temporary directory and, when DATABASE_URL is a
    PostgreSQL URL, for a scratch PostgreSQL database."""
    with tempfile.TemporaryDirectory() as scratch:
        common = {"SECRET_KEY": "bench", "ID_HASH_KEY": "bench", "STATIC_ROOT": f"{scratch}/st"}
        found = []
        if sqlite:
            url = f"sqlite:///{Path(scratch) / 'b.sqlite3'}"
            found.append(("SQLite", {"DATABASE_URL": url, **common}))
        pg_url = os.environ.get("DATABASE_URL", "")
        if pg_url.startswith("postgres"):
            found.append(
                ("PostgreSQL", {"DATABASE_URL": postgres_scratch(pg_url, scratch_name), **common})
            )
        yield found


def run_child(script: str, arguments: list[str], env: dict) -> dict:
    """Run `script --child ...` with `env` and return the JSON it prints last."""
    out = subprocess.run(  # noqa: S603
        [sys.executable, script, "--child", *arguments],
        env={**os.environ, **env, "DEBUG": "0", "ALLOWED_HOSTS": "testserver"},
        check=True,
        stdout=subprocess.PIPE,
        text=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def print_timings(label: str, results: dict[str, dict], baseline: str) -> None:
    """One line per case: median and p95 in ms, and the median as a multiple of the
    baseline's."""
    base = results[baseline]["median_ms"]
    width = max(len(name) for name in results) + 2
    print(label)
    print(f"  {'case':<{width}} {'median ms':>10} {'p95 ms':>8} {'× baseline (median)':>20}")
    for name, r in results.items():
        ratio = r["median_ms"] / base
        print(f"  {name:<{width}} {r['median_ms']:>10.2f} {r['p95_ms']:>8.2f} {ratio:>20.1f}")
    print()


def server_launch(
    command: list[str], env: dict, log: Path, *, ready: Callable[[], bool], timeout: float
) -> subprocess.Popen:
    """A server process (its output to `log`), returned once `ready()` says it answers."""
    with log.open("wb") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)  # noqa: S603
    deadline = time.monotonic() + timeout
    while True:
        if server.poll() is not None:
            tail = "\n".join(log.read_text(errors="replace").splitlines()[-40:])
            raise RuntimeError(f"the server exited ({server.returncode}):\n{tail}")
        try:
            if ready():
                return server
        except OSError:
            pass
        if time.monotonic() > deadline:
            server_stop(server)
            raise RuntimeError(f"the server did not answer in {timeout:.0f} s")
        time.sleep(0.2)


def server_stop(server: subprocess.Popen) -> None:
    if server.poll() is None:
        server.terminate()  # gunicorn's graceful stop
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
