"""The client address behind reverse proxies: only the hops the proxies wrote are believed."""

import pytest
from django.test import RequestFactory

from motcua.core.http import client_address

PROXY = "10.0.0.2"


def request(forwarded: str | None = None, remote: str = PROXY):
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **meta)


def test_without_proxies_the_header_is_ignored(settings):
    settings.PROXY_COUNT = 0
    assert client_address(request("198.51.100.1", remote="203.0.113.9")) == "203.0.113.9"


@pytest.mark.parametrize(
    ("count", "forwarded", "expected"),
    [
        # nginx appends the address it was connected from.
        (1, "203.0.113.9", "203.0.113.9"),
        # What the client wrote itself stands to the left and is not believed.
        (1, "198.51.100.1, 203.0.113.9", "203.0.113.9"),
        (1, "2001:db8::7", "2001:db8::7"),
        # A CDN then nginx: the client is two places from the right.
        (2, "198.51.100.1, 203.0.113.9, 192.0.2.5", "203.0.113.9"),
        # Fewer hops than proxies, an empty header or garbage: the connection's address.
        (2, "203.0.113.9", PROXY),
        (1, "", PROXY),
        (1, "not-an-address", PROXY),
        (1, "198.51.100.1, ' OR 1=1 --", PROXY),
    ],
)
def test_behind_proxies_the_client_is_read_from_the_right(settings, count, forwarded, expected):
    settings.PROXY_COUNT = count
    assert client_address(request(forwarded)) == expected


def test_no_header_behind_a_proxy_gives_the_connection(settings):
    settings.PROXY_COUNT = 1
    assert client_address(request()) == PROXY
