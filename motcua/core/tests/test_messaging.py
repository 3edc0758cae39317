"""The SMS layer: backends, phone cleaning, failures with reasons, no full number in logs."""

from __future__ import annotations

import io
import json
import logging
import socket
import stat
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import pytest
from django.utils import translation

from motcua.core import messaging
from motcua.core.messaging import (
    ConsoleBackend,
    FileBackend,
    HttpGatewayBackend,
    LocmemBackend,
    SmsError,
    SmsMessage,
    get_backend,
    send_sms,
)

LOCMEM = "motcua.core.messaging.LocmemBackend"
HTTP = "motcua.core.messaging.HttpGatewayBackend"


class Gateway:
    """A stand-in SMS gateway on loopback: records each POST and answers `status`, or
    `refuse[phone]` for the numbers listed there."""

    def __init__(self) -> None:
        self.status = 200
        self.refuse: dict[str, int] = {}
        self.requests: list[dict] = []
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0))).decode()
                if self.headers.get("Content-Type", "").startswith("application/json"):
                    fields = json.loads(body)
                else:
                    fields = {k: v[0] for k, v in parse_qs(body).items()}
                gateway.requests.append(
                    {
                        "fields": fields,
                        "authorization": self.headers.get("Authorization"),
                        "content_type": self.headers.get("Content-Type"),
                        "path": self.path,
                    }
                )
                status = gateway.refuse.get(fields.get("to", ""), gateway.status)
                self.send_response(status)
                if 300 <= status < 400:
                    self.send_header("Location", "http://127.0.0.1:1/elsewhere")
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"{}")

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def sent(self) -> list[tuple[str, str]]:
        return [(r["fields"]["to"], r["fields"]["text"]) for r in self.requests]


@pytest.fixture
def gateway(settings) -> Iterator[Gateway]:
    """The gateway, configured as the SMS backend."""
    gateway = Gateway()
    gateway.thread.start()
    settings.SMS_BACKEND = HTTP
    settings.SMS_GATEWAY_URL = gateway.url
    settings.SMS_GATEWAY_TOKEN = "gw-secret"
    settings.SMS_GATEWAY_FORMAT = "json"
    settings.SMS_GATEWAY_TIMEOUT = 5
    yield gateway
    gateway.server.shutdown()
    gateway.server.server_close()


@pytest.fixture
def outbox(settings) -> Iterator[list[SmsMessage]]:
    settings.SMS_BACKEND = LOCMEM
    messaging.outbox.clear()
    yield messaging.outbox
    messaging.outbox.clear()


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


def closed_port_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/sms"


def test_the_locmem_backend_gets_the_texts_with_cleaned_numbers(outbox):
    result = send_sms(
        [SmsMessage("0905 123.456", "Xin chào"), SmsMessage("(+84) 905-123-457", "Hello")]
    )
    assert result.sent_count == 2 and result.failures == []
    assert [(m.to, m.text) for m in outbox] == [
        ("0905123456", "Xin chào"),
        ("+84905123457", "Hello"),
    ]


def test_an_invalid_number_fails_alone_with_its_reason(outbox):
    bad, good = SmsMessage("12ab", "x"), SmsMessage("0905123456", "y")
    result = send_sms([bad, good])
    assert result.sent == [good]
    assert [(f.message, f.reason) for f in result.failures] == [(bad, "invalid phone number")]
    assert [m.to for m in outbox] == ["0905123456"]
    assert result.as_dict() == {"sent": 1, "failed": 1, "reasons": {"invalid phone number": 1}}


def test_the_console_backend_prints_the_text_and_a_masked_number():
    stream = io.StringIO()
    send_sms([SmsMessage("0905123456", "Xin chào")], backend=ConsoleBackend(stream=stream))
    assert stream.getvalue() == "SMS to 090*****56: Xin chào\n"


def test_the_file_backend_appends_one_json_line_per_message_readable_by_its_owner(tmp_path):
    path = tmp_path / "out" / "sms.jsonl"
    backend = FileBackend(file_path=path)
    send_sms([SmsMessage("0905123456", "một")], backend=backend)
    send_sms([SmsMessage("0905123457", "hai")], backend=backend)
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [(line["to"], line["text"]) for line in lines] == [
        ("0905123456", "một"),
        ("0905123457", "hai"),
    ]
    assert all(line["at"].endswith("+00:00") for line in lines)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_the_backend_is_chosen_by_the_setting(settings):
    settings.SMS_BACKEND = LOCMEM
    assert isinstance(get_backend(), LocmemBackend)
    settings.SMS_BACKEND = "motcua.core.messaging.NoSuchBackend"
    with pytest.raises(SmsError, match="NoSuchBackend"):
        get_backend()


def test_without_a_backend_nothing_is_tried(settings):
    settings.SMS_BACKEND = ""
    with pytest.raises(SmsError, match="No SMS gateway is configured"):
        send_sms([SmsMessage("0905123456", "x")])


def test_the_gateway_gets_json_with_the_bearer_token(gateway):
    result = send_sms([SmsMessage("0905 123 456", "Xin chào"), SmsMessage("0905123457", "B")])
    assert result.sent_count == 2
    assert gateway.sent == [("0905123456", "Xin chào"), ("0905123457", "B")]
    assert gateway.requests[0]["authorization"] == "Bearer gw-secret"
    assert gateway.requests[0]["content_type"].startswith("application/json")


def test_the_gateway_can_take_a_form(gateway, settings):
    settings.SMS_GATEWAY_FORMAT = "form"
    assert send_sms([SmsMessage("0905123456", "Xin chào & cảm ơn")]).sent_count == 1
    assert gateway.sent == [("0905123456", "Xin chào & cảm ơn")]
    assert gateway.requests[0]["content_type"] == "application/x-www-form-urlencoded"


def test_a_server_error_stops_the_batch_and_reports_every_message(gateway):
    gateway.status = 500
    messages = [SmsMessage(f"090512345{n}", "x") for n in range(3)]
    result = send_sms(messages)
    assert result.sent == [] and result.stopped
    assert [f.message for f in result.failures] == messages
    assert result.reasons() == {"The SMS gateway answered HTTP 500.": 3}
    assert len(gateway.requests) == 1  # a broken gateway is not hit for every message


def test_a_number_the_gateway_refuses_fails_alone(gateway):
    gateway.refuse["0905123450"] = 400
    result = send_sms([SmsMessage(f"090512345{n}", "x") for n in range(3)])
    assert [m.to for m in result.sent] == ["0905123451", "0905123452"]
    assert [str(f) for f in result.failures] == ["090*****50: The SMS gateway answered HTTP 400."]
    assert not result.stopped


def test_a_redirect_is_not_followed(gateway):
    gateway.status = 302
    result = send_sms([SmsMessage("0905123456", "x")])
    assert result.reasons() == {"The SMS gateway answered HTTP 302.": 1}
    assert len(gateway.requests) == 1


def test_an_unreachable_gateway_is_a_clear_failure(settings):
    settings.SMS_BACKEND = HTTP
    settings.SMS_GATEWAY_URL = closed_port_url()
    result = send_sms([SmsMessage("0905123456", "x"), SmsMessage("0905123457", "y")])
    assert result.sent == [] and result.stopped and result.failed_count == 2
    (reason,) = result.reasons()
    assert reason.startswith("The SMS gateway cannot be reached:")


@pytest.mark.parametrize(
    ("url", "body_format", "error"),
    [
        ("", "json", "SMS_GATEWAY_URL must be"),
        ("file:///etc/passwd", "json", "SMS_GATEWAY_URL must be"),
        ("https://sms.example", "xml", "SMS_GATEWAY_FORMAT must be"),
    ],
)
def test_a_misconfigured_gateway_is_refused_before_sending(url, body_format, error):
    with pytest.raises(SmsError, match=error):
        HttpGatewayBackend(url=url, body_format=body_format)


def test_logs_show_only_masked_numbers(gateway, caplog):
    gateway.refuse["0905123456"] = 422
    with caplog.at_level(logging.INFO, logger="motcua.core.messaging"):
        send_sms([SmsMessage("0905123456", "x"), SmsMessage("0905 123 457", "y")])
        gateway.status = 503
        send_sms([SmsMessage("0905123458", "z"), SmsMessage("0905123459", "z")])
        send_sms([SmsMessage("12ab34", "z")])
    assert "090*****56" in caplog.text and "090*****58" in caplog.text
    for number in ["0905123456", "0905123457", "0905 123 457", "0905123458", "0905123459"]:
        assert number not in caplog.text
    assert "1 sent, 1 failed" in caplog.text


def test_a_message_never_shows_its_full_number_in_a_repr():
    message = SmsMessage("0905123456", "Xin ông/bà đánh giá sự phục vụ")
    assert "0905123456" not in repr(message) and "090*****56" in repr(message)
    assert "0905123456" not in repr(messaging.SmsFailure(message, "x"))
