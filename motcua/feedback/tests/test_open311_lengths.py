"""Open311 never cuts what a client sends: a parameter longer than the field that stores it
is refused with a 400 in the standard's error list, naming the parameter and its limit."""

import pytest
from defusedxml import ElementTree as DefusedET
from django.conf import settings
from django.test import Client

from motcua.feedback.models import Feedback
from motcua.feedback.open311 import open311_key_create
from motcua.feedback.services import MAX_TEXT

pytestmark = pytest.mark.django_db
URL = "/open311/v2/requests.{fmt}"
HUGE = "Đ" * 100_000


@pytest.fixture
def client():
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def key(world):
    _record, plain = open311_key_create(name="Ứng dụng thử")
    return plain


def report(key, **extra):
    return {
        "api_key": key,
        "service_code": "duong-giao-thong",
        "address_string": "Thôn 3, xã A",
        "attribute[commune]": "23001",
        "description": "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn.",
        "last_name": "Nguyễn",
        "first_name": "Văn Nam",
        "phone": "0905 123 456",
        "attribute[consent]": "yes",
        **extra,
    }


@pytest.mark.parametrize(
    ("name", "limit"),
    [
        ("address_string", 300),
        ("last_name", 200),
        ("first_name", 200),
        ("description", MAX_TEXT),
        ("email", 254),
        ("phone", 20),
        ("service_code", 40),
        ("attribute[commune]", 16),
    ],
)
def test_a_too_long_parameter_is_refused_with_its_name_and_limit(client, key, name, limit):
    response = client.post(URL.format(fmt="json"), report(key, **{name: HUGE}))

    assert response.status_code == 400
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response.json() == [
        {"code": 400, "description": f"{name} is longer than {limit} characters."}
    ]
    assert not Feedback.objects.exists()


def test_the_limits_are_the_model_fields(client, key):
    limit = Feedback._meta.get_field("address").max_length
    exactly = "x" * limit

    stored = client.post(URL.format(fmt="json"), report(key, address_string=exactly))
    refused = client.post(URL.format(fmt="json"), report(key, address_string=exactly + "x"))

    assert stored.status_code == 200
    assert Feedback.objects.get().address == exactly
    assert refused.status_code == 400


def test_a_name_too_long_together_is_refused(client, key):
    response = client.post(
        URL.format(fmt="json"), report(key, last_name="N" * 150, first_name="V" * 150)
    )

    assert response.status_code == 400
    assert "last_name + first_name is longer than 200 characters." in (
        error["description"] for error in response.json()
    )


def test_every_too_long_parameter_is_named_at_once_in_xml(client, key):
    response = client.post(URL.format(fmt="xml"), report(key, address_string=HUGE, last_name=HUGE))

    assert response.status_code == 400
    root = DefusedET.fromstring(response.content)
    assert [error.findtext("description") for error in root.iter("error")] == [
        "address_string is longer than 300 characters.",
        "last_name is longer than 200 characters.",
    ]
