"""Errors in the client's own format, and a database outage that the server rides out.

The database really fails here, on either engine: PostgreSQL refuses new connections and the
test's own backend is terminated from a second connection; SQLite is pointed at a file that
cannot be opened, or locked by another connection. Requests go through Django's WSGI handler,
as under a real server, so that Django's own end-of-request clean-up (which drops a broken
connection) runs, and the request after the outage must succeed with nothing restarted."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from io import BytesIO
from typing import Any

import pytest
from defusedxml import ElementTree as DefusedET
from django.core.handlers.wsgi import WSGIHandler
from django.db import connection
from django.test import Client, RequestFactory

from motcua.core.faults import RETRY_AFTER_SECONDS
from motcua.core.services import api_token_create

PROBLEM = "application/problem+json"
OPEN311_JSON = "application/json; charset=utf-8"
OPEN311_XML = "text/xml; charset=utf-8"


@dataclass
class Answer:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


def served(path: str, *, method: str = "GET", data: bytes = b"", **headers: str) -> Answer:
    """One request through Django's WSGI handler, closed as a server closes it."""
    environ = RequestFactory()._base_environ(
        PATH_INFO=path,
        REQUEST_METHOD=method,
        CONTENT_LENGTH=str(len(data)),
        CONTENT_TYPE=headers.pop("content_type", "application/octet-stream"),
        **{"wsgi.input": BytesIO(data)},
        **{"HTTP_" + name.upper().replace("-", "_"): value for name, value in headers.items()},
    )
    started: dict[str, Any] = {}

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        started["status"] = int(status.split()[0])
        started["headers"] = dict(response_headers)

    response = WSGIHandler()(environ, start_response)
    try:
        body = b"".join(response)
    finally:
        response.close()  # Django's request_finished: drops a connection that failed
    return Answer(started["status"], started["headers"], body)


def _postgres_admin() -> Any:
    """A second connection, to the server's maintenance database: a database cannot close
    its doors to the connection that asks."""
    import psycopg

    settings = connection.settings_dict
    given = {
        "dbname": "postgres",
        "host": settings["HOST"],
        "port": settings["PORT"],
        "user": settings["USER"],
        "password": settings["PASSWORD"],
    }
    return psycopg.connect(**{k: v for k, v in given.items() if v}, autocommit=True)


def _test_backend_pid() -> int:
    connection.ensure_connection()
    return connection.connection.info.backend_pid  # type: ignore[union-attr]


@contextmanager
def database_refused() -> Iterator[None]:
    """The database is down: new connections are refused and the open one is gone."""
    if connection.vendor == "postgresql":
        from psycopg import sql

        pid = _test_backend_pid()
        name = sql.Identifier(connection.settings_dict["NAME"])
        with _postgres_admin() as admin:
            admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS false").format(name))
            try:
                admin.execute("SELECT pg_terminate_backend(%s)", [pid])
                yield
            finally:
                admin.execute(sql.SQL("ALTER DATABASE {} ALLOW_CONNECTIONS true").format(name))
        return
    settings = connection.settings_dict
    real_name = settings["NAME"]
    connection.close()
    settings["NAME"] = "/nonexistent/motcua-faults/db.sqlite3"
    try:
        yield
    finally:
        settings["NAME"] = real_name


@contextmanager
def connection_lost_or_locked() -> Iterator[None]:
    """The connection in use fails under the request: on PostgreSQL its backend is
    terminated; on SQLite another connection holds the write lock past a short timeout."""
    if connection.vendor == "postgresql":
        pid = _test_backend_pid()
        with _postgres_admin() as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        yield
        return
    options = connection.settings_dict.setdefault("OPTIONS", {})
    real_timeout = options.get("timeout")
    connection.close()
    options["timeout"] = 0.05
    holder = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None)
    try:
        holder.execute("BEGIN EXCLUSIVE")
        yield
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        connection.close()
        options["timeout"] = real_timeout


def assert_unavailable(answer: Answer, content_type: str) -> None:
    assert answer.status == 503, answer.body[:300]
    assert answer.headers["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert answer.headers["Content-Type"] == content_type


def open311_descriptions(answer: Answer, fmt: str) -> list[tuple[int, str]]:
    if fmt == "json":
        return [(e["code"], e["description"]) for e in answer.json()]
    root = DefusedET.fromstring(answer.body)
    assert root.tag == "errors"
    return [(int(e.findtext("code")), e.findtext("description")) for e in root]


@pytest.fixture
def token(world) -> str:
    return api_token_create(user=world.counter_a, name="faults")[1]


@pytest.fixture(params=[0, 60], ids=["connection-per-request", "connection-kept"])
def conn_max_age(request: pytest.FixtureRequest) -> Iterator[int]:
    """Connections closed after every request (the tests' setting), or kept for a minute and
    health-checked before reuse (production's `DB_CONN_MAX_AGE`)."""
    settings = connection.settings_dict
    real = settings["CONN_MAX_AGE"]
    connection.close()
    settings["CONN_MAX_AGE"] = request.param
    try:
        yield request.param
    finally:
        connection.close()
        settings["CONN_MAX_AGE"] = real


@pytest.mark.django_db(transaction=True)
def test_every_client_gets_503_in_its_format_while_the_database_is_down_then_recovers(
    conn_max_age, token, caplog
):
    with database_refused():
        api = served("/api/v1/procedures")
        assert_unavailable(api, PROBLEM)
        problem = api.json()
        assert problem["status"] == 503 and problem["title"] and problem["detail"]
        # Authentication reads the database before any view runs.
        assert_unavailable(served("/api/v1/dossiers", authorization=f"Bearer {token}"), PROBLEM)
        for fmt, content_type in (("json", OPEN311_JSON), ("xml", OPEN311_XML)):
            listed = served(f"/open311/v2/services.{fmt}")
            assert_unavailable(listed, content_type)
            assert [code for code, _text in open311_descriptions(listed, fmt)] == [503]
            posted = served(
                f"/open311/v2/requests.{fmt}",
                method="POST",
                data=b"api_key=o311_key&service_code=x",  # the key is looked up in the database
                content_type="application/x-www-form-urlencoded",
            )
            assert_unavailable(posted, content_type)
        page = served("/")
        assert_unavailable(page, "text/html; charset=utf-8")
        assert b"<h1>" in page.body and b'href=""' in page.body
        # The session is read by the authentication middleware.
        session = "sessionid=" + "k" * 32
        assert_unavailable(served("/staff/", cookie=session), "text/html; charset=utf-8")
    # The log has one line per refused request, naming the database error, no traceback.
    outages = [r for r in caplog.records if r.name == "django.request"]
    assert outages and all(r.exc_info is None for r in outages)
    assert "database unavailable" in outages[0].getMessage()
    # Back: the very next requests succeed, with nothing restarted.
    assert served("/api/v1/procedures").status == 200
    assert served("/api/v1/dossiers", authorization=f"Bearer {token}").status == 200
    assert served("/open311/v2/services.xml").status == 200
    assert served("/").status == 200


@pytest.mark.django_db(transaction=True)
def test_a_connection_lost_or_locked_under_a_request_answers_503_then_recovers(token):
    browser = Client(raise_request_exception=False)
    with connection_lost_or_locked():
        lookup = browser.post(
            "/api/v1/dossiers/lookup",
            {"code": "NO-SUCH-CODE", "phone_last4": "1234"},
            content_type="application/json",
        )
        assert lookup.status_code == 503, lookup.content[:300]
        assert lookup["Content-Type"] == PROBLEM and lookup["Retry-After"]
    answer = served(
        "/api/v1/dossiers/lookup",
        method="POST",
        data=b'{"code": "NO-SUCH-CODE", "phone_last4": "1234"}',
        content_type="application/json",
    )
    assert answer.status == 404 and answer.headers["Content-Type"] == PROBLEM


@pytest.fixture
def broken(monkeypatch):
    """Views that fail with an error nobody expected."""

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("secret internals")

    monkeypatch.setattr("motcua.catalogue.api.procedure_search", boom)
    monkeypatch.setattr("motcua.portal.open311.services", boom)
    return Client(raise_request_exception=False)


@pytest.mark.django_db
def test_an_unexpected_api_error_is_a_problem_500(broken):
    response = broken.get("/api/v1/procedures")
    assert response.status_code == 500
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert set(body) == {"type", "title", "status", "detail", "errors"}
    assert body["status"] == 500 and "secret internals" not in body["detail"]
    assert "Retry-After" not in response


@pytest.mark.django_db
@pytest.mark.parametrize(("fmt", "content_type"), [("json", OPEN311_JSON), ("xml", OPEN311_XML)])
def test_an_unexpected_open311_error_is_an_open311_500(broken, fmt, content_type):
    response = broken.get(f"/open311/v2/services.{fmt}")
    assert response.status_code == 500
    assert response["Content-Type"] == content_type
    answer = Answer(500, {}, response.content)
    assert [code for code, _text in open311_descriptions(answer, fmt)] == [500]


@pytest.mark.django_db
@pytest.mark.parametrize(("fmt", "content_type"), [("json", OPEN311_JSON), ("xml", OPEN311_XML)])
def test_open311_answers_unknown_addresses_and_unreadable_requests_in_its_format(
    client, fmt, content_type
):
    missing = client.get(f"/open311/v2/nothing-here.{fmt}")
    assert missing.status_code == 404 and missing["Content-Type"] == content_type
    assert open311_descriptions(Answer(404, {}, missing.content), fmt)[0][0] == 404
    too_many_fields = "&".join(f"f{n}=x" for n in range(1100))
    refused = client.post(
        f"/open311/v2/requests.{fmt}",
        too_many_fields,
        content_type="application/x-www-form-urlencoded",
    )
    assert refused.status_code == 400 and refused["Content-Type"] == content_type
    assert open311_descriptions(Answer(400, {}, refused.content), fmt)[0][0] == 400


@pytest.mark.django_db
def test_an_unreadable_api_request_is_a_problem_400(client):
    too_many_fields = "&".join(f"f{n}=x" for n in range(1100))
    response = client.post(
        "/api/v1/dossiers/lookup",
        too_many_fields,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM


@pytest.mark.django_db
def test_pages_keep_their_html_error_pages(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
