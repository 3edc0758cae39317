"""Who is calling the API: a staff client with a bearer token, or a logged-in staff member's
browser session (with Django's CSRF check, as ninja applies to cookie authentication).

A request with neither is unauthorised (401, with `WWW-Authenticate`), whatever its method:
the CSRF check protects a session, so it is made only when there is one. Wrong tokens are
counted per client address; after `TOKEN_GUESSES` of them the client is refused (429) until
the window has passed, even with a good token, so that tokens cannot be guessed.

This only establishes the user. What the user may see or change is asked of the permission
layer (`motcua.orgs.access`) by each endpoint, which answers 403 to a user with no role."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer, SessionAuth

from motcua.core.api_schemas import ProblemError
from motcua.core.http import client_address
from motcua.core.models import ApiToken
from motcua.core.services import api_token_digest
from motcua.core.throttle import Limit, throttle_allows, throttle_record

# Writing the time of use on every request would turn each read into a write; once every few
# minutes is enough to tell a token in use from a forgotten one.
LAST_USED_PRECISION = dt.timedelta(minutes=5)
MAX_TOKEN_LENGTH = 200
# A client with a real token never presents a wrong one twenty times in ten minutes.
TOKEN_GUESSES = Limit("api-token", attempts=20, window=dt.timedelta(minutes=10), failures_only=True)


def api_token_in_force(token: str, *, now: dt.datetime | None = None) -> ApiToken | None:
    """The token record for a presented token, if it exists, is neither revoked nor expired,
    and belongs to an active user; None otherwise."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    now = now or timezone.now()
    record = (
        ApiToken.objects.select_related("user").filter(key_hash=api_token_digest(token)).first()
    )
    if record is None or not record.in_force(now) or not record.user.is_active:
        return None
    if record.last_used_at is None or now - record.last_used_at > LAST_USED_PRECISION:
        ApiToken.objects.filter(pk=record.pk).update(last_used_at=now)
        record.last_used_at = now
    return record


class ApiTokenAuth(HttpBearer):
    """`Authorization: Bearer <token>`. A presented token that is unknown, revoked or expired
    is refused outright (401) rather than falling through to the session."""

    def __call__(self, request: HttpRequest) -> Any:
        # Parsed here rather than by ninja, which logs an unexpected header whole in DEBUG,
        # credentials included.
        scheme, _space, token = request.headers.get(self.header, "").partition(" ")
        if scheme.lower() != self.openapi_scheme:
            return None
        return self.authenticate(request, token)

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        address = client_address(request)
        if not throttle_allows(TOKEN_GUESSES, address=address):
            raise ProblemError(
                429,
                _("Too many wrong tokens from this connection. Please wait ten minutes."),
                headers={"Retry-After": str(int(TOKEN_GUESSES.window.total_seconds()))},
            )
        record = api_token_in_force(token.strip())
        if record is None:
            throttle_record(TOKEN_GUESSES, address=address, succeeded=False)
            raise AuthenticationError
        request.user = record.user
        request.api_token = record  # type: ignore[attr-defined]
        return record.user


class StaffSessionAuth(SessionAuth):
    """The session of a logged-in user, with Django's CSRF check on unsafe methods. Without
    a logged-in session there is nothing to check: the caller is simply not authenticated
    (401), not a forged request (403)."""

    def __call__(self, request: HttpRequest) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        return super().__call__(request)


staff_auth = [ApiTokenAuth(), StaffSessionAuth(csrf=True)]


def api_token_of(request: HttpRequest) -> ApiToken | None:
    """The token the request was authenticated with, if any (for the audit log)."""
    return getattr(request, "api_token", None)
