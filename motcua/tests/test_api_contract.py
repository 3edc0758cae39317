"""The OpenAPI document is the contract: schemathesis generates requests from the live document
of the WSGI application and checks every answer against it, anonymously and with the token
of a counter officer whose commune has dossiers in several states.

No server error, and every status, content type, header and body as documented. Examples are
few and derived from a fixed seed, so that a run is quick and repeatable; a failure prints
the request to replay."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from motcua.catalogue.tests.factories import procedure_make
from motcua.core.services import api_token_create
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State

VN = ZoneInfo("Asia/Ho_Chi_Minh")
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    response_headers_conformance,
]
# Valid requests, and requests that break the document (wrong types, missing fields, values
# out of range), which must be refused as documented, never with a server error.
EXAMPLES = {GenerationMode.POSITIVE: 20, GenerationMode.NEGATIVE: 15}


@pytest.fixture
def application(settings) -> Iterator[WSGIHandler]:
    """The WSGI application, with the database connection kept across requests as Django's
    test client keeps it: the test's data lives in a transaction that is rolled back after."""
    settings.ALLOWED_HOSTS = ["localhost"]
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield WSGIHandler()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def dossier_codes(world) -> list[str]:
    """Commune A's dossiers: received, being processed, resolved."""
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", time_limit_value=3)
    codes = []
    for n, path in enumerate([[], [State.PROCESSING], [State.PROCESSING, State.RESOLVED]]):
        dossier = dossier_receive(
            procedure=procedure,
            agency=world.one_stop_a,
            actor=world.counter_a,
            applicant_name=f"Người nộp {n}",
            submitted=list(procedure.components.all()),
            received_at=dt.datetime(2025, 8, 4, 9, n, tzinfo=VN),
            applicant_phone="0905123456",
        )
        for state in path:
            dossier = dossier_transition(dossier=dossier, actor=world.counter_a, to=state)
        codes.append(dossier.code)
    return codes


def live_operations(application: WSGIHandler, codes: list[str] | None = None) -> list[Any]:
    """The operations of the live document; with `codes`, the dossier codes in paths are
    drawn from them as well as generated, so that real dossiers are read and moved."""
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)
    if codes:

        @schema.hook
        def flatmap_path_parameters(context: Any, path_parameters: dict[str, Any]) -> Any:
            if not path_parameters or "code" not in path_parameters:
                return st.just(path_parameters)
            return st.sampled_from([*codes, path_parameters["code"]]).map(
                lambda code: {**path_parameters, "code": code}
            )

    return [result.ok() for result in schema.get_all_operations()]


def run_contract(
    application: WSGIHandler, codes: list[str], headers: dict[str, str]
) -> dict[str, set[int]]:
    """Every operation, with valid and with invalid requests; the statuses each answered."""
    answered: dict[str, set[int]] = defaultdict(set)
    for mode, examples in EXAMPLES.items():
        # A real code in the path would make an invalid request valid again.
        for operation in live_operations(
            application, codes if mode == GenerationMode.POSITIVE else None
        ):
            takes = operation.definition.raw
            if mode == GenerationMode.NEGATIVE and not (
                takes.get("parameters") or takes.get("requestBody")
            ):
                continue  # nothing to send wrong

            @given(case=operation.as_strategy(generation_mode=mode))
            @settings(
                max_examples=examples,
                derandomize=True,
                database=None,
                deadline=None,
                phases=[Phase.explicit, Phase.generate],
                suppress_health_check=list(HealthCheck),
            )
            def check(case: Any) -> None:
                response = case.call_and_validate(headers=headers, checks=CHECKS)
                answered[case.operation.definition.raw["operationId"]].add(response.status_code)

            check()
    return answered


@pytest.mark.django_db
def test_anonymous_clients_get_what_the_document_promises(application, dossier_codes):
    answered = run_contract(application, dossier_codes, {})
    # Generated bearer tokens are wrong: refused, then throttled.
    assert 401 in answered["dossiers_list"] and answered["dossiers_list"] <= {401, 429}
    assert answered["dossiers_get"] <= {401, 429}
    assert 200 in answered["procedures_list"] and 200 in answered["units_list"]


@pytest.mark.django_db
def test_a_staff_client_with_a_token_gets_what_the_document_promises(
    application, world, dossier_codes
):
    _token, plain = api_token_create(user=world.counter_a, name="contract")
    answered = run_contract(application, dossier_codes, {"Authorization": f"Bearer {plain}"})
    assert 200 in answered["dossiers_list"] and 200 in answered["dossiers_get"]
    assert answered["dossiers_transition"] & {200, 409}
