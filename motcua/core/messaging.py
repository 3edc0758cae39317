"""Text messages (SMS) to citizens through a pluggable backend, as Django sends e-mail.

`SMS_BACKEND` names the backend class by dotted path:

- `motcua.core.messaging.ConsoleBackend` prints each message (phone masked) to stdout: the
  default of the embedded set-up and of `DEBUG`.
- `motcua.core.messaging.FileBackend` appends one JSON line per message to `SMS_FILE_PATH`.
- `motcua.core.messaging.LocmemBackend` keeps the messages in `messaging.outbox`, for tests.
- `motcua.core.messaging.HttpGatewayBackend` POSTs each message to `SMS_GATEWAY_URL`.

A server with `DATABASE_URL` and no `SMS_BACKEND` sends nothing and says so (`SmsError`):
printing to a console that nobody reads would mark invitations as sent that nobody received.

`send_sms` never raises for a message that could not be sent: it reports it among the
failures, with a reason and the phone masked, so the caller keeps it for the next try. It
raises `SmsError` only when nothing could be tried (no backend configured). Phone numbers
never reach a log unmasked (Law 91/2025).
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from motcua.core.identity import phone_clean, phone_mask

logger = logging.getLogger(__name__)

# After phone_clean: an optional "+" and 8 to 15 digits (E.164 allows at most 15).
_PHONE = re.compile(r"\+?\d{8,15}")

# Only these client errors concern the one message (a number the gateway refuses); any other
# answer means the gateway, its address or the token is wrong, so the batch stops rather than
# hit a broken gateway hundreds of times.
_MESSAGE_ERRORS = frozenset({400, 409, 422})


class SmsError(Exception):
    """A message could not be sent. `stops_batch`: the next messages would fail the same way."""

    def __init__(self, reason: str, *, stops_batch: bool = False) -> None:
        super().__init__(reason)
        self.stops_batch = stops_batch


@dataclass(frozen=True)
class SmsMessage:
    to: str
    text: str

    def __repr__(self) -> str:
        # A message that lands in a traceback or a log line shows no full phone number.
        return f"SmsMessage(to={phone_mask(self.to)!r}, text={self.text[:20]!r}…)"

    @property
    def to_masked(self) -> str:
        return phone_mask(self.to)


@dataclass(frozen=True)
class SmsFailure:
    message: SmsMessage
    reason: str

    def __str__(self) -> str:
        return f"{self.message.to_masked}: {self.reason}"


@dataclass
class SendResult:
    sent: list[SmsMessage] = field(default_factory=list)
    failures: list[SmsFailure] = field(default_factory=list)
    # The backend gave up after an error that the next messages would meet too; those were
    # not tried and are among the failures.
    stopped: bool = False

    @property
    def sent_count(self) -> int:
        return len(self.sent)

    @property
    def failed_count(self) -> int:
        return len(self.failures)

    def reasons(self) -> dict[str, int]:
        """How many messages failed for each reason; no phone numbers."""
        return dict(Counter(f.reason for f in self.failures))

    def as_dict(self) -> dict[str, Any]:
        return {"sent": self.sent_count, "failed": self.failed_count, "reasons": self.reasons()}


class BaseSmsBackend:
    """Sends one message or raises `SmsError`. Keyword arguments override the settings."""

    def __init__(self, **options: Any) -> None:
        self.options = options

    def send(self, message: SmsMessage) -> None:
        raise NotImplementedError


class ConsoleBackend(BaseSmsBackend):
    def __init__(self, *, stream: IO[str] | None = None, **options: Any) -> None:
        super().__init__(**options)
        self.stream = stream

    def send(self, message: SmsMessage) -> None:
        stream = self.stream or sys.stdout
        stream.write(f"SMS to {message.to_masked}: {message.text}\n")
        stream.flush()


class FileBackend(BaseSmsBackend):
    """One JSON object per line: {"to", "text", "at"}. The file is an outbox, not a log: it
    holds the full numbers, so it is created readable by its owner only."""

    def __init__(self, *, file_path: str | Path | None = None, **options: Any) -> None:
        super().__init__(**options)
        path = file_path or getattr(settings, "SMS_FILE_PATH", "")
        if not path:
            raise SmsError(_("SMS_FILE_PATH is not set."), stops_batch=True)
        self.path = Path(path)

    def send(self, message: SmsMessage) -> None:
        line = json.dumps(
            {"to": message.to, "text": message.text, "at": timezone.now().isoformat()},
            ensure_ascii=False,
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            if not self.path.exists():
                self.path.touch(mode=0o600)
            with self.path.open("a", encoding="utf-8") as handle:
                handle.write(line + "\n")
        except OSError as error:
            raise SmsError(
                _("The SMS file cannot be written: %(error)s") % {"error": error.strerror},
                stops_batch=True,
            ) from error


# The messages the locmem backend "sent", like django.core.mail.outbox; tests empty it.
outbox: list[SmsMessage] = []


class LocmemBackend(BaseSmsBackend):
    def send(self, message: SmsMessage) -> None:
        outbox.append(message)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect would turn the POST into a GET and could carry the token elsewhere."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


class HttpGatewayBackend(BaseSmsBackend):
    """POSTs {"to": phone, "text": text} to SMS_GATEWAY_URL, as JSON or, with
    SMS_GATEWAY_FORMAT=form, as an HTML form, with `Authorization: Bearer SMS_GATEWAY_TOKEN`
    when a token is set. Any 2xx answer counts as sent."""

    def __init__(
        self,
        *,
        url: str | None = None,
        token: str | None = None,
        timeout: float | None = None,
        body_format: str | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        self.url = url if url is not None else getattr(settings, "SMS_GATEWAY_URL", "")
        self.token = token if token is not None else getattr(settings, "SMS_GATEWAY_TOKEN", "")
        self.timeout = (
            timeout if timeout is not None else getattr(settings, "SMS_GATEWAY_TIMEOUT", 10)
        )
        self.body_format = body_format or getattr(settings, "SMS_GATEWAY_FORMAT", "json")
        if urllib.parse.urlsplit(self.url).scheme not in {"http", "https"}:
            raise SmsError(
                _("SMS_GATEWAY_URL must be an http:// or https:// address."), stops_batch=True
            )
        if self.body_format not in {"json", "form"}:
            raise SmsError(_("SMS_GATEWAY_FORMAT must be json or form."), stops_batch=True)
        self.opener = urllib.request.build_opener(_NoRedirect)

    def send(self, message: SmsMessage) -> None:
        fields = {"to": message.to, "text": message.text}
        if self.body_format == "form":
            body = urllib.parse.urlencode(fields).encode()
            content_type = "application/x-www-form-urlencoded"
        else:
            body = json.dumps(fields, ensure_ascii=False).encode()
            content_type = "application/json; charset=utf-8"
        headers = {"Content-Type": content_type, "Accept": "application/json"}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        # The scheme was checked in __init__: no file:// or ftp:// address.
        request = urllib.request.Request(self.url, data=body, headers=headers, method="POST")  # noqa: S310
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                status = response.status
                response.read(65536)
        except urllib.error.HTTPError as error:
            status = error.code
            error.close()
        except (urllib.error.URLError, http.client.HTTPException, OSError) as error:
            cause = getattr(error, "reason", None) or error
            raise SmsError(
                _("The SMS gateway cannot be reached: %(error)s") % {"error": cause},
                stops_batch=True,
            ) from error
        if not 200 <= status < 300:
            raise SmsError(
                _("The SMS gateway answered HTTP %(status)s.") % {"status": status},
                stops_batch=status not in _MESSAGE_ERRORS,
            )


def get_backend(path: str | None = None, **options: Any) -> BaseSmsBackend:
    """The backend named by `path` or SMS_BACKEND; raises SmsError when none is configured."""
    dotted = path or getattr(settings, "SMS_BACKEND", "")
    if not dotted:
        raise SmsError(_("No SMS gateway is configured (SMS_BACKEND)."), stops_batch=True)
    try:
        backend_class = import_string(dotted)
    except ImportError as error:
        raise SmsError(
            _("SMS_BACKEND names no backend: %(path)s") % {"path": dotted}, stops_batch=True
        ) from error
    backend: BaseSmsBackend = backend_class(**options)
    return backend


def send_sms(
    messages: Iterable[SmsMessage], *, backend: BaseSmsBackend | None = None
) -> SendResult:
    """Send each message with its phone number cleaned; report what was sent and what failed,
    and why. Raises SmsError only when the backend cannot be set up (nothing was tried)."""
    backend = backend or get_backend()
    result = SendResult()
    pending = list(messages)
    for index, message in enumerate(pending):
        to = phone_clean(message.to)
        if not _PHONE.fullmatch(to):
            result.failures.append(SmsFailure(message, _("invalid phone number")))
            logger.warning("SMS not sent to %s: invalid phone number", message.to_masked)
            continue
        try:
            backend.send(SmsMessage(to=to, text=message.text))
        except SmsError as error:
            result.failures.append(SmsFailure(message, str(error)))
            logger.warning("SMS not sent to %s: %s", message.to_masked, error)
            if error.stops_batch:
                rest = pending[index + 1 :]
                result.stopped = True
                result.failures += [SmsFailure(m, str(error)) for m in rest]
                if rest:
                    logger.warning("%d further SMS not tried after that error", len(rest))
                break
        else:
            result.sent.append(message)
    if pending:
        logger.info(
            "SMS batch through %s: %d sent, %d failed",
            type(backend).__name__,
            result.sent_count,
            result.failed_count,
        )
    return result
