"""`motcua check --deploy` refuses a production without a public address, which every link
in an SMS or e-mail is built on."""

from __future__ import annotations

import pytest

from motcua.core.checks import public_url_check


@pytest.mark.parametrize(
    ("url", "ids"),
    [
        ("", ["motcua.E001"]),
        ("motcua.example.gov.vn", ["motcua.E002"]),
        ("ftp://motcua.example.gov.vn", ["motcua.E002"]),
        ("https://motcua.example.gov.vn/?x=1", ["motcua.E002"]),
        ("https://motcua.example.gov.vn", []),
        ("https://motcua.example.gov.vn/motcua", []),
    ],
)
def test_the_public_address_must_be_an_absolute_http_address(settings, url, ids):
    settings.PUBLIC_URL = url
    assert [message.id for message in public_url_check()] == ids


def test_http_behind_a_redirect_to_https_is_warned(settings):
    settings.PUBLIC_URL = "http://motcua.example.gov.vn"
    settings.SECURE_SSL_REDIRECT = True
    assert [message.id for message in public_url_check()] == ["motcua.W001"]
    settings.SECURE_SSL_REDIRECT = False
    assert public_url_check() == []


def test_the_check_runs_with_deploy_only():
    from django.core.checks import registry

    assert public_url_check in registry.registry.get_checks(include_deployment_checks=True)
    assert public_url_check not in registry.registry.get_checks(include_deployment_checks=False)
