"""Shapes shared by every router: problem details (RFC 9457) and page envelopes.

The problem body is built here, below every router, so that the API's own error handlers
(`motcua.api`) and the answers given when a request fails outside the API
(`motcua.core.faults`: a lost database, an unexpected error) are one format."""

from __future__ import annotations

import json
from typing import Any

from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from ninja import Field, Schema
from ninja.errors import HttpError

PROBLEM_CONTENT_TYPE = "application/problem+json"

TITLES = {
    400: "Bad request",
    401: "Unauthorised",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Content too large",
    422: "Invalid input",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}


class ProblemItemOut(Schema):
    location: str = Field(description="where, e.g. `query.page` or `body.note`")
    message: str


class ProblemOut(Schema):
    """Every error answer of the API (`application/problem+json`)."""

    type: str = Field(description="always `about:blank`: the status says what happened")
    title: str
    status: int
    detail: str
    errors: list[ProblemItemOut] = Field(description="one per invalid parameter")


class PageMeta(Schema):
    count: int
    page: int
    page_size: int
    pages: int


class ProblemError(HttpError):
    """An HttpError whose answer carries headers too, e.g. `Retry-After` on a 429."""

    def __init__(self, status_code: int, message: str, *, headers: dict[str, str]) -> None:
        super().__init__(status_code, message)
        self.headers = headers


def problem_response(
    status: int,
    detail: str,
    errors: list[dict[str, Any]] | None = None,
    *,
    headers: dict[str, str] | None = None,
) -> HttpResponse:
    body = {
        "type": "about:blank",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": str(detail),
        "errors": errors or [],
    }
    response = HttpResponse(
        json.dumps(body, ensure_ascii=False, cls=DjangoJSONEncoder),
        status=status,
        content_type=PROBLEM_CONTENT_TYPE,
    )
    for name, value in (headers or {}).items():
        response[name] = value
    return response


def page_bounds(page: int, page_size: int, count: int) -> tuple[int, int, int]:
    """(page, pages, offset). A page past the last is kept as asked and comes back empty, so a
    client looping until an empty page stops."""
    pages = max(1, -(-count // page_size))
    page = max(1, page)
    return page, pages, (page - 1) * page_size
