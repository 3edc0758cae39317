"""What a client is answered when a request fails outside a view's own error handling: the
database is gone, an unexpected error, a request Django refuses before any view runs.

API clients (`/api/`) get `application/problem+json` and Open311 clients (`/open311/`) the
standard's list of errors, in JSON or XML by the extension of the address, as they were
promised; people get a page. A lost or refused database connection is not a fault of the
request: it answers 503 with `Retry-After`, so that clients and the reliability benchmark
try again. Nothing needs restarting afterwards: Django closes a connection that failed at
the end of the request (and `conn_health_checks` tests a kept one before reusing it), so the
next request opens a fresh one once the database is back.

Django calls these handlers (see `handler500` and its siblings in `motcua/urls.py`) for
exceptions raised anywhere in the request: middleware (sessions, authentication, the
login lockout), views, and the API, whose router lets errors it has no handler for through
when DEBUG is off."""

from __future__ import annotations

import json
import logging
import sys
from xml.etree import ElementTree as ET

from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views import defaults

from motcua.core.api_schemas import problem_response

# How long a client should wait before trying again while the database is unavailable:
# a restart of PostgreSQL takes seconds, a failover about half a minute.
RETRY_AFTER_SECONDS = 30
API_PREFIX = "/api/"
OPEN311_PREFIX = "/open311/"
OPEN311_CONTENT_TYPES = {
    "xml": "text/xml; charset=utf-8",
    "json": "application/json; charset=utf-8",
}


def database_unavailable(exc: BaseException | None) -> bool:
    """Whether an error, or one it was raised from, says the database cannot be reached or
    used right now (connection refused or lost, server shutting down, locked), as Django
    wraps the driver's errors."""
    for _depth in range(5):
        if exc is None:
            return False
        if isinstance(exc, OperationalError | InterfaceError):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def open311_errors(fmt: str, status: int, descriptions: list[str]) -> HttpResponse:
    """Open311 GeoReport v2's error answer: a list of `{code, description}`."""
    errors = [{"code": status, "description": text} for text in descriptions]
    if fmt == "xml":
        root = ET.Element("errors")
        for error in errors:
            element = ET.SubElement(root, "error")
            ET.SubElement(element, "code").text = str(error["code"])
            ET.SubElement(element, "description").text = str(error["description"])
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode")
    else:
        body = json.dumps(errors, ensure_ascii=False)
    return HttpResponse(body.encode(), content_type=OPEN311_CONTENT_TYPES[fmt], status=status)


def _open311_format(request: HttpRequest) -> str:
    return "xml" if request.path_info.lower().endswith(".xml") else "json"


def _for_machine(request: HttpRequest, status: int, detail: str) -> HttpResponse | None:
    """The answer in the format of the API or Open311, if the request was sent to one."""
    path = request.path_info
    if path.startswith(API_PREFIX):
        return problem_response(status, detail)
    if path.startswith(OPEN311_PREFIX):
        return open311_errors(_open311_format(request), status, [detail])
    return None


def service_unavailable(request: HttpRequest) -> HttpResponse:
    """503 while the database cannot be reached. The page is standalone: the site's base
    template reads the database (menus, the user), which is what just failed."""
    detail = _("The system is briefly unavailable. Please try again in a minute.")
    response = _for_machine(request, 503, detail) or HttpResponse(
        render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS}), status=503
    )
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def server_error(request: HttpRequest) -> HttpResponse:
    """`handler500`: Django calls it while the exception is being handled."""
    if database_unavailable(sys.exc_info()[1]):
        return service_unavailable(request)
    detail = _("An unexpected error occurred. It has been recorded; please try again later.")
    return _for_machine(request, 500, detail) or defaults.server_error(request)


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """`handler400`: a request Django refuses (too many fields, a body too large, a host
    not allowed)."""
    detail = _("The request could not be read.")
    return _for_machine(request, 400, detail) or defaults.bad_request(request, exception)


def permission_denied(request: HttpRequest, exception: Exception) -> HttpResponse:
    """`handler403`."""
    detail = _("You may not do this.")
    return _for_machine(request, 403, detail) or defaults.permission_denied(request, exception)


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """`handler404`: unknown addresses under the machine interfaces answer in their format."""
    detail = _("No such address.")
    return _for_machine(request, 404, detail) or defaults.page_not_found(request, exception)


class OutageLogFilter(logging.Filter):
    """On `django.request`: a 503 for a database outage is logged as one line naming the
    database error, not a traceback per request (a three-second stop under load wrote
    thousands of them, hiding the real faults)."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if getattr(record, "status_code", None) == 503 and database_unavailable(exc):
            record.msg = f"{record.msg} (database unavailable: %s)"
            record.args = (*(record.args or ()), str(exc).splitlines()[0] if str(exc) else "")
            record.exc_info = None
            record.exc_text = None
        return True
