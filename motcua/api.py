"""The one REST API, `/api/v1/`, with problem+json errors (RFC 9457).

The OpenAPI document is the contract that clients, and the contract test
(`motcua/tests/test_api_contract.py`), hold the server to. The error answers every operation
may give are declared here, in one place (`with_problem_answers`), from what the operation
takes: parameters may be invalid (422), a body unreadable (400), a staff operation needs a
caller (401), a role (403) and counts wrong tokens (429), a path names something that may not
exist (404), and any operation may meet a database that is briefly unavailable (503)."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.openapi.schema import OpenAPISchema
from pydantic.json_schema import models_json_schema

from motcua import __version__
from motcua.catalogue.api import router as catalogue_router
from motcua.core.api_auth import TOKEN_GUESSES
from motcua.core.api_schemas import PROBLEM_CONTENT_TYPE, TITLES, ProblemOut, problem_response
from motcua.dossiers.api import router as dossiers_router
from motcua.orgs.api import router as orgs_router

_GUESS_MINUTES = int(TOKEN_GUESSES.window.total_seconds() // 60)
DESCRIPTION = f"""\
The public catalogue of administrative procedures and organisation units; the citizen's
dossier lookup and rating; and, for staff clients, the dossiers within their reach.

**Authentication.** Catalogue, units, lookup and rating need none. The staff endpoints take
`Authorization: Bearer <token>` with a token made by `motcua api-token create --user USERNAME
--name NAME` (shown once; revoke it with `motcua api-token revoke PREFIX` or in the admin), or
the session of a logged-in staff member with Django's CSRF token. A request with neither, or
with a missing, unknown, revoked or expired token, answers 401 with `WWW-Authenticate`; a
logged-in session without the CSRF token answers 403; a user with no role in force answers
403; a dossier outside the caller's units answers 404, like an unknown code. After
{TOKEN_GUESSES.attempts} wrong tokens in {_GUESS_MINUTES} minutes from one address, every
token from it is refused with 429 and `Retry-After` until the window has passed.

**Errors** are `application/problem+json`: `type`, `title`, `status`, `detail` and `errors`
(one `{{location, message}}` per invalid parameter), including 500 for an unexpected error.
Each operation lists the statuses it may answer. While the database is unavailable (a restart,
a failover) every operation answers 503 with `Retry-After` in seconds: wait, then send the same
request again (with the same `Idempotency-Key` for a transition, so that it is applied once).

**Retries.** A transition may carry an `Idempotency-Key` header; sending it again with the same
key, or asking for the state the dossier already has, changes nothing and answers 200.
"""

_REF = "#/components/schemas/{model}"
_STATUS_HEADERS = {
    401: {"WWW-Authenticate": "How to authenticate: `Bearer`."},
    429: {"Retry-After": "Seconds to wait before trying again."},
    503: {"Retry-After": "Seconds to wait before trying again."},
}


def _problem_answer(status: int) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "description": TITLES.get(status, "Error"),
        "content": {PROBLEM_CONTENT_TYPE: {"schema": {"$ref": _REF.format(model="ProblemOut")}}},
    }
    headers = _STATUS_HEADERS.get(status)
    if headers:
        answer["headers"] = {
            name: {"description": text, "required": True, "schema": {"type": "string"}}
            for name, text in headers.items()
        }
    return answer


def _statuses_of(operation: dict[str, Any]) -> set[int]:
    """The error statuses an operation may answer, from what it takes."""
    statuses = {500, 503}
    parameters = operation.get("parameters", [])
    if parameters or "requestBody" in operation:
        statuses |= {400, 422}
    if any(p.get("in") == "path" for p in parameters):
        statuses.add(404)
    if operation.get("security"):
        statuses |= {401, 403, 429}
    return statuses


def with_problem_answers(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare on every operation the problem+json answers it may give, beside those its
    router declares (409, a citizen's 429), all as `application/problem+json`."""
    _mapping, definitions = models_json_schema([(ProblemOut, "serialization")], ref_template=_REF)
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    components.update(definitions.get("$defs", {}))
    for operations in schema.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            declared = {int(code) for code in responses if str(code).isdigit()}
            for status in sorted(_statuses_of(operation) | {s for s in declared if s >= 400}):
                responses.pop(str(status), None)
                responses[status] = _problem_answer(status)
    return schema


class MotcuaAPI(NinjaAPI):
    def get_openapi_schema(
        self, *, path_prefix: str | None = None, path_params: dict[str, Any] | None = None
    ) -> OpenAPISchema:
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        with_problem_answers(schema)
        return schema


api = MotcuaAPI(
    title="motcua API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
)
api.add_router("", orgs_router)
api.add_router("", catalogue_router)
api.add_router("", dossiers_router)


def problem(
    request: HttpRequest, status: int, detail: str, errors: list | None = None
) -> HttpResponse:
    return problem_response(status, detail, errors)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"location": ".".join(str(p) for p in e.get("loc", [])), "message": e.get("msg", "")}
        for e in exc.errors
    ]
    return problem(request, 422, "The request has invalid parameters.", errors)


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem_response(exc.status_code, str(exc), headers=getattr(exc, "headers", None))


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem(request, 404, str(exc) or "Not found.")


@api.exception_handler(AuthenticationError)
def on_auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return problem_response(
        401, "Authentication is required.", headers={"WWW-Authenticate": 'Bearer realm="motcua"'}
    )


def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Unknown paths under /api/v1/ answer in the API's own error format."""
    return problem(request, 404, "No such API endpoint.")


@api.get("/version", operation_id="version", tags=["meta"])
def version(request: HttpRequest) -> dict[str, str]:
    return {"version": __version__}
