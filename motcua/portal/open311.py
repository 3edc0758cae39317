"""Open311 GeoReport v2 at /open311/v2/ (http://wiki.open311.org/GeoReport_v2): the services
citizens' apps may report to, posting feedback with an API key, and the public list of
requests. JSON or XML by the extension; errors as the standard's list of {code, description}.
What is offered and shown is decided in `motcua.feedback.open311`."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from functools import wraps
from typing import Any
from xml.etree import ElementTree as ET

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import re_path, reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from motcua.core.exports import safe_text
from motcua.core.faults import OPEN311_CONTENT_TYPES, open311_errors
from motcua.core.http import client_address
from motcua.core.links import public_url
from motcua.core.throttle import Limit, throttle_allows, throttle_record
from motcua.feedback.open311 import (
    Open311Error,
    open311_key_in_force,
    open311_request_create,
    request_created_out,
    request_get,
    request_list,
    request_out,
    service_definition,
    service_get,
    service_out,
    services,
)

SPECIFICATION = "http://wiki.open311.org/GeoReport_v2"
# When this API last changed in a way clients may notice.
CHANGESET = "2025-09-01T00:00:00+07:00"
# Wrong api_key values one client address may send before it is refused for a while.
KEY_GUESSES = Limit("open311-key", attempts=20, window=dt.timedelta(minutes=10), failures_only=True)
# In XML a list is an element holding one element per item, named as the standard names them.
_ITEM_TAGS = {
    "services": "service",
    "service_requests": "request",
    "errors": "error",
    "endpoints": "endpoint",
    "formats": "format",
    "attributes": "attribute",
    "values": "value",
}


def _element(tag: str, value: Any) -> ET.Element:
    element = ET.Element(tag)
    if isinstance(value, dict):
        for key, child in value.items():
            element.append(_element(key, child))
    elif isinstance(value, list):
        for child in value:
            element.append(_element(_ITEM_TAGS[tag], child))
    elif isinstance(value, bool):
        element.text = "true" if value else "false"
    elif value is not None:
        # Text stored before the input boundary may hold characters XML cannot carry.
        element.text = safe_text(value)
    return element


def _respond(fmt: str, root: str, data: Any, *, status: int = 200) -> HttpResponse:
    if fmt == "xml":
        body = '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(
            _element(root, data), encoding="unicode"
        )
    else:
        body = json.dumps(data, ensure_ascii=False)
    return HttpResponse(body.encode(), content_type=OPEN311_CONTENT_TYPES[fmt], status=status)


def _errors(fmt: str, error: Open311Error) -> HttpResponse:
    return open311_errors(fmt, error.status, error.descriptions)


def _methods(*allowed: str) -> Callable:
    """Only these methods; any other is refused with 405 in Open311's error format."""

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def checked(request: HttpRequest, fmt: str, **kwargs: Any) -> HttpResponse:
            if request.method not in allowed:
                refused = _errors(fmt, Open311Error(405, [_("This method is not allowed here.")]))
                refused["Allow"] = ", ".join(allowed)
                return refused
            return view(request, fmt, **kwargs)

        return checked

    return decorator


_SAFE = ("GET", "HEAD")


@_methods(*_SAFE)
def discovery(request: HttpRequest, fmt: str) -> HttpResponse:
    here = reverse("open311:discovery", kwargs={"fmt": fmt})
    return _respond(
        fmt,
        "discovery",
        {
            "changeset": CHANGESET,
            "contact": settings.DEFAULT_FROM_EMAIL,
            "key_service": _("Ask the administrator of this service for an API key."),
            "endpoints": [
                {
                    "specification": SPECIFICATION,
                    "url": public_url(request, here.removesuffix(f"discovery.{fmt}")),
                    "changeset": CHANGESET,
                    "type": "production",
                    "formats": ["text/xml", "application/json"],
                }
            ],
        },
    )


@_methods(*_SAFE)
def service_list(request: HttpRequest, fmt: str) -> HttpResponse:
    return _respond(fmt, "services", [service_out(category) for category in services()])


@_methods(*_SAFE)
def service_detail(request: HttpRequest, fmt: str, code: str) -> HttpResponse:
    try:
        category = service_get(code)
    except Open311Error as error:
        return _errors(fmt, error)
    definition = service_definition(category, day=timezone.localdate())
    return _respond(fmt, "service_definition", definition)


# Clients authenticate with their API key, not a session: there is no cookie to protect.
@csrf_exempt
@_methods(*_SAFE, "POST")
def service_requests(request: HttpRequest, fmt: str) -> HttpResponse:
    if request.method == "POST":
        return _request_create(request, fmt)
    try:
        items = request_list(request.GET.dict(), now=timezone.now())
    except Open311Error as error:
        return _errors(fmt, error)
    return _respond(fmt, "service_requests", [request_out(item) for item in items])


def _request_create(request: HttpRequest, fmt: str) -> HttpResponse:
    given = request.POST.get("api_key", "").strip()
    if not given:
        return _errors(fmt, Open311Error(403, [_("Send the api_key parameter.")]))
    address = client_address(request)
    if not throttle_allows(KEY_GUESSES, address=address):
        refused = _errors(fmt, Open311Error(429, [_("Too many wrong api_key values.")]))
        refused["Retry-After"] = str(int(KEY_GUESSES.window.total_seconds()))
        return refused
    key = open311_key_in_force(given)
    if key is None:
        throttle_record(KEY_GUESSES, address=address)
        return _errors(fmt, Open311Error(403, [_("The api_key is not known or was revoked.")]))
    client_key = request.headers.get("Idempotency-Key") or request.POST.get("client_key", "")
    try:
        item = open311_request_create(
            params=request.POST.dict(), key=key, client_key=client_key.strip()
        )
    except Open311Error as error:
        return _errors(fmt, error)
    return _respond(fmt, "service_requests", [request_created_out(item)])


@_methods(*_SAFE)
def service_request_detail(request: HttpRequest, fmt: str, number: str) -> HttpResponse:
    try:
        item = request_get(number)
    except Open311Error as error:
        return _errors(fmt, error)
    return _respond(fmt, "service_requests", [request_out(item)])


app_name = "open311"
_FORMAT = r"\.(?P<fmt>json|xml)$"

urlpatterns = [
    re_path(r"^discovery" + _FORMAT, discovery, name="discovery"),
    re_path(r"^services" + _FORMAT, service_list, name="services"),
    re_path(r"^services/(?P<code>[^/.]+)" + _FORMAT, service_detail, name="service"),
    re_path(r"^requests" + _FORMAT, service_requests, name="requests"),
    re_path(r"^requests/(?P<number>[^/.]+)" + _FORMAT, service_request_detail, name="request"),
]
