from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import salted_hmac

from motcua.core.models import ApiToken, AuditEvent

# Makes a leaked token easy to recognise in logs and for secret scanners.
API_TOKEN_MARK = "mct_"  # noqa: S105 - a fixed marker, not a secret
API_TOKEN_PREFIX_LENGTH = 12
_API_TOKEN_SALT = "motcua.core.api_token"  # noqa: S105 - a namespace, not a secret


def audit_record(
    *,
    actor: AbstractBaseUser | AnonymousUser | None,
    action: str,
    object_type: str = "",
    object_id: str | int = "",
    detail: dict[str, Any] | None = None,
) -> AuditEvent:
    user: Any = actor if actor is not None and actor.is_authenticated else None
    return AuditEvent.objects.create(
        actor=user,
        action=action,
        object_type=object_type,
        object_id=str(object_id),
        detail=detail or {},
    )


def api_token_digest(token: str) -> str:
    """The keyed hash stored in place of the token. Keyed with SECRET_KEY, so a copy of the
    database alone cannot be used to check guesses; rotating SECRET_KEY revokes every token."""
    return salted_hmac(_API_TOKEN_SALT, token, algorithm="sha256").hexdigest()


def api_token_create(
    *,
    user: Any,
    name: str,
    actor: Any = None,
    expires_at: dt.datetime | None = None,
) -> tuple[ApiToken, str]:
    """A new token for `user`: (the stored record, the token). The token is returned only
    here; afterwards only its prefix can be shown."""
    if expires_at is not None and timezone.is_naive(expires_at):
        raise ValueError("expires_at must be an aware datetime")
    plain = API_TOKEN_MARK + secrets.token_urlsafe(32)
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user,
            name=name.strip()[:100],
            key_hash=api_token_digest(plain),
            prefix=plain[:API_TOKEN_PREFIX_LENGTH],
            expires_at=expires_at,
        )
        audit_record(
            actor=actor,
            action="api_token.create",
            object_type="api_token",
            object_id=token.pk,
            detail={"user": user.get_username(), "name": token.name, "prefix": token.prefix},
        )
    return token, plain


def api_token_revoke(*, token: ApiToken, actor: Any = None) -> ApiToken:
    """Stop a token from working, at once and for good. Revoking twice changes nothing."""
    if token.revoked_at is not None:
        return token
    with transaction.atomic():
        token.revoked_at = timezone.now()
        token.save(update_fields=["revoked_at", "updated_at"])
        audit_record(
            actor=actor,
            action="api_token.revoke",
            object_type="api_token",
            object_id=token.pk,
            detail={"user": token.user.get_username(), "name": token.name, "prefix": token.prefix},
        )
    return token
