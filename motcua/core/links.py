"""Absolute links printed on paper (QR codes on posters and slips)."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest


def public_url(request: HttpRequest, path: str) -> str:
    """The address citizens reach: MOTCUA_PUBLIC_URL when set (the server may sit behind a
    proxy on an intranet name), otherwise the host of this request."""
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    return request.build_absolute_uri(path)
