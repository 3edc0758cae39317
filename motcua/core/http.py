"""The client's address, for rate limits and the login lockout.

Behind `PROXY_COUNT` reverse proxies, each proxy appends the address it was connected
from to `X-Forwarded-For`, so the client is the entry that many places from the right;
whatever stands to its left was written by the client and is not believed. Without
proxies the header is ignored: a client could otherwise choose the address it is
counted under, and escape a limit or lock others out."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.PROXY_COUNT
    if count <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < count:
        # Fewer hops than proxies: the request did not come through all of them.
        return remote
    candidate = forwarded[-count]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
