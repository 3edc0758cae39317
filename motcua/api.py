"""The one REST API, `/api/v1/`, with problem+json errors (RFC 9457)."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from motcua import __version__
from motcua.catalogue.api import router as catalogue_router
from motcua.dossiers.api import router as dossiers_router
from motcua.orgs.api import router as orgs_router

DESCRIPTION = """\
The public catalogue of administrative procedures and organisation units; the citizen's
dossier lookup and rating; and, for staff clients, the dossiers within their reach.

**Authentication.** Catalogue, units, lookup and rating need none. The staff endpoints take
`Authorization: Bearer <token>` with a token made by `motcua api-token create --user USERNAME
--name NAME` (shown once; revoke it with `motcua api-token revoke PREFIX` or in the admin), or
the session of a logged-in staff member with Django's CSRF token. A missing, unknown, revoked or
expired token answers 401; a user with no role in force answers 403; a dossier outside the
caller's units answers 404, like an unknown code.

**Errors** are `application/problem+json`: `type`, `title`, `status`, `detail` and `errors`
(one `{location, message}` per invalid parameter).

**Retries.** A transition may carry an `Idempotency-Key` header; sending it again with the same
key, or asking for the state the dossier already has, changes nothing and answers 200.
"""

api = NinjaAPI(
    title="motcua API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api-v1",
)
api.add_router("", orgs_router)
api.add_router("", catalogue_router)
api.add_router("", dossiers_router)

_TITLES = {
    400: "Bad request",
    401: "Unauthorised",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    422: "Invalid input",
    429: "Too many requests",
}


def problem(
    request: HttpRequest, status: int, detail: str, errors: list | None = None
) -> HttpResponse:
    response = api.create_response(
        request,
        {
            "type": "about:blank",
            "title": _TITLES.get(status, "Error"),
            "status": status,
            "detail": detail,
            "errors": errors or [],
        },
        status=status,
    )
    response["Content-Type"] = "application/problem+json"
    return response


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    errors = [
        {"location": ".".join(str(p) for p in e.get("loc", [])), "message": e.get("msg", "")}
        for e in exc.errors
    ]
    return problem(request, 422, "The request has invalid parameters.", errors)


@api.exception_handler(HttpError)
def on_http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    return problem(request, exc.status_code, str(exc))


@api.exception_handler(Http404)
def on_not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return problem(request, 404, str(exc) or "Not found.")


@api.exception_handler(AuthenticationError)
def on_auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = problem(request, 401, "Authentication is required.")
    response["WWW-Authenticate"] = 'Bearer realm="motcua"'
    return response


def not_found(request: HttpRequest, rest: str = "") -> HttpResponse:
    """Unknown paths under /api/v1/ answer in the API's own error format."""
    return problem(request, 404, "No such API endpoint.")


@api.get("/version", operation_id="version", tags=["meta"])
def version(request: HttpRequest) -> dict[str, str]:
    return {"version": __version__}
