"""System checks of motcua's own settings, run by `motcua check` (`--deploy` for production)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import CheckMessage, Error, Tags, Warning, register


@register(Tags.urls, deploy=True)
def public_url_check(app_configs: Any = None, **kwargs: Any) -> list[CheckMessage]:
    """Every SMS and e-mail a background job sends carries a link built on MOTCUA_PUBLIC_URL:
    no request is at hand to give the host, and a bare path reaches nobody."""
    url = settings.PUBLIC_URL
    if not url:
        return [
            Error(
                "MOTCUA_PUBLIC_URL is not set: notices sent by SMS and e-mail would carry "
                "links without a host.",
                hint="Set it to the address citizens reach, e.g. https://motcua.example.gov.vn",
                id="motcua.E001",
            )
        ]
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        return [
            Error(
                f"MOTCUA_PUBLIC_URL must be an http(s) address with a host, not {url!r}.",
                id="motcua.E002",
            )
        ]
    if parts.scheme == "http" and settings.SECURE_SSL_REDIRECT:
        return [
            Warning(
                "MOTCUA_PUBLIC_URL is http:// while the site redirects to https://.",
                hint="Give the https:// address, so that links in notices are not redirected.",
                id="motcua.W001",
            )
        ]
    return []
