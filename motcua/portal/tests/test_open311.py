"""Open311 GeoReport v2 at /open311/v2/: discovery, services, posting feedback with an API key,
the public list of requests, in JSON and in XML, and the errors the standard describes."""

import datetime as dt
import io
import json
from zoneinfo import ZoneInfo

import pytest
import time_machine
from defusedxml import ElementTree as DefusedET
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from motcua.core.messaging import outbox as sms_outbox
from motcua.feedback import services
from motcua.feedback.models import Category, Feedback, Open311Key, RoutingRule, State
from motcua.feedback.open311 import open311_key_create, open311_key_revoke
from motcua.orgs.tests.factories import AgencyFactory, UserFactory

pytestmark = pytest.mark.django_db
VN = ZoneInfo("Asia/Ho_Chi_Minh")
# Thursday 28 August 2025, 09:00 in Viet Nam.
AUGUST_28 = dt.datetime(2025, 8, 28, 9, 0, tzinfo=VN)
BASE = "/open311/v2"
CONTACT = {
    "first_name": "Văn Nam",
    "last_name": "Nguyễn",
    "email": "nam@example.vn",
    "phone": "0905123456",
    "attribute[consent]": "yes",
}
TEXT = "Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn, rất nguy hiểm."


@pytest.fixture(autouse=True)
def at_august_28(settings):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    sms_outbox.clear()
    with time_machine.travel(AUGUST_28, tick=False):
        yield


@pytest.fixture
def client():
    client = Client()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    return client


@pytest.fixture
def roads(world):
    """Roads in commune A go to the commune's roads office."""
    category = Category.objects.get(code="duong-giao-thong")
    world.roads_office = AgencyFactory(unit=world.commune_a, name="Ban Giao thông xã A")
    RoutingRule.objects.create(category=category, unit=world.commune_a, agency=world.roads_office)
    return category


@pytest.fixture
def city_app(db):
    """The key of the city's app, as its developers received it."""
    _record, key = open311_key_create(name="Ứng dụng Đà Nẵng")
    return key


def report(**extra):
    """What the city app posts about a pothole in commune A."""
    return {
        "service_code": "duong-giao-thong",
        "lat": "16.054407",
        "long": "108.202167",
        "address_string": "Thôn 3, xã A",
        "attribute[commune]": "23001",
        "description": TEXT,
        **CONTACT,
        **extra,
    }


def post(client, key, fmt="json", headers=None, **extra):
    params = report(**extra)
    if key is not None:
        params["api_key"] = key
    return client.post(f"{BASE}/requests.{fmt}", params, headers=headers or {})


def xml(response):
    assert response["Content-Type"] == "text/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    return DefusedET.fromstring(response.content)


def errors_of(response, fmt):
    if fmt == "json":
        assert response["Content-Type"] == "application/json; charset=utf-8"
        return [(error["code"], error["description"]) for error in response.json()]
    root = xml(response)
    assert root.tag == "errors"
    return [(int(e.findtext("code")), e.findtext("description")) for e in root.iter("error")]


def register(world, category, *, at=AUGUST_28, **extra):
    values = {
        "category": category,
        "unit": world.commune_a,
        "title": "Ổ gà trên đường liên xã",
        "text": TEXT,
        "contact_name": "Nguyễn Văn Nam",
        "consent": True,
        "contact_phone": "0905 123 456",
    }
    values.update(extra)
    return services.feedback_register(
        submission=services.Submission(**values), channel="web", received_at=at
    )


def publish(world, item):
    services.feedback_answer(
        item=item, actor=world.coordinator, text="Đã vá ổ gà trong tuần này, xin cảm ơn."
    )
    return services.feedback_publish(
        item=item,
        actor=world.coordinator,
        public_text="Đường liên xã có nhiều ổ gà.",
        public_answer="Đã vá ổ gà trong tuần này.",
    )


# Discovery and services ----------------------------------------------------------------


def test_discovery_points_clients_at_this_api(client):
    data = client.get(f"{BASE}/discovery.json").json()
    endpoint = data["endpoints"][0]
    assert endpoint["specification"] == "http://wiki.open311.org/GeoReport_v2"
    assert endpoint["url"] == "http://testserver/open311/v2/"
    assert endpoint["type"] == "production"
    assert endpoint["formats"] == ["text/xml", "application/json"]
    assert data["changeset"].endswith("+07:00") and data["key_service"]

    root = xml(client.get(f"{BASE}/discovery.xml"))
    assert root.tag == "discovery"
    assert root.findtext("endpoints/endpoint/url") == "http://testserver/open311/v2/"
    formats = [f.text for f in root.iterfind("endpoints/endpoint/formats/format")]
    assert formats == ["text/xml", "application/json"]


def test_services_are_the_categories_offered(client, django_assert_num_queries):
    Category.objects.filter(code="khac").update(is_active=False)
    with django_assert_num_queries(1):
        response = client.get(f"{BASE}/services.json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    offered = {service["service_code"]: service for service in response.json()}
    assert "khac" not in offered
    assert offered["duong-giao-thong"] == {
        "service_code": "duong-giao-thong",
        "service_name": "Đường giao thông",
        "description": "",
        "metadata": True,
        "type": "realtime",
        "keywords": "đường,cầu,ổ gà",
        "group": "Dịch vụ công cộng",
    }

    root = xml(client.get(f"{BASE}/services.xml"))
    roads = next(s for s in root.iter("service") if s.findtext("service_code") == "nuoc-sach")
    assert roads.findtext("service_name") == "Nước sạch"
    assert roads.findtext("metadata") == "true" and roads.findtext("type") == "realtime"
    assert len(root.findall("service")) == len(offered)


def test_a_service_definition_asks_for_the_commune(client, world):
    data = client.get(f"{BASE}/services/duong-giao-thong.json").json()
    assert data["service_code"] == "duong-giao-thong"
    commune, consent = data["attributes"]
    assert commune["code"] == "commune" and commune["required"] is True
    # Consent is asked for only when a contact is sent.
    assert consent["code"] == "consent" and consent["required"] is False
    assert consent["values"] == [{"key": "yes", "name": "yes"}] and consent["order"] == 2
    assert commune["datatype"] == "singlevaluelist" and commune["variable"] is True
    assert commune["values"] == [{"key": "23001", "name": "Xã A"}, {"key": "23002", "name": "Xã B"}]

    root = xml(client.get(f"{BASE}/services/duong-giao-thong.xml"))
    assert root.tag == "service_definition"
    assert root.findtext("attributes/attribute/code") == "commune"
    assert root.findtext("attributes/attribute/required") == "true"
    keys = [v.findtext("key") for v in root.iterfind("attributes/attribute/values/value")]
    assert keys == ["23001", "23002", "yes"]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_an_unknown_service_has_no_definition(client, fmt):
    response = client.get(f"{BASE}/services/pothole.{fmt}")
    assert response.status_code == 404
    assert errors_of(response, fmt) == [(404, "There is no service pothole.")]


# Posting -------------------------------------------------------------------------------


def test_a_city_app_posts_feedback_and_follows_it(client, world, roads, city_app):
    response = post(client, city_app)

    assert response.status_code == 200
    (created,) = response.json()
    assert created["service_request_id"] == "PA-2025-000001"
    assert created["account_id"] is None
    # 15 working days from Thursday 28 August, the 1-2 September holiday off.
    assert created["service_notice"] == (
        "Registered as PA-2025-000001; the answer is due by 2025-09-22."
    )
    item = Feedback.objects.get()
    assert item.channel == "open311" and item.unit == world.commune_a
    assert item.agency == world.roads_office and item.state == State.RECEIVED
    assert item.contact_name == "Nguyễn Văn Nam" and item.contact_email == "nam@example.vn"
    assert item.text == TEXT and item.title == "Đường giao thông"
    assert str(item.latitude) == "16.054407" and item.address == "Thôn 3, xã A"

    (shown,) = client.get(f"{BASE}/requests/PA-2025-000001.json").json()
    assert shown == {
        "service_request_id": "PA-2025-000001",
        "status": "open",
        "status_notes": None,
        "service_name": "Đường giao thông",
        "service_code": "duong-giao-thong",
        "description": "Đường giao thông",
        "agency_responsible": "Ban Giao thông xã A",
        "service_notice": None,
        "requested_datetime": "2025-08-28T09:00:00+07:00",
        "updated_datetime": "2025-08-28T09:00:00+07:00",
        "expected_datetime": "2025-09-22T23:59:59+07:00",
        "address": "Thôn 3, xã A",
        "address_id": "23001",
        "zipcode": None,
        "lat": 16.054407,
        "long": 108.202167,
        "media_url": None,
    }


def test_a_city_app_posts_and_reads_xml(client, world, roads, city_app):
    root = xml(post(client, city_app, fmt="xml"))
    assert root.tag == "service_requests"
    assert root.findtext("request/service_request_id") == "PA-2025-000001"
    assert root.find("request/account_id") is not None

    listing = xml(client.get(f"{BASE}/requests.xml"))
    assert listing.tag == "service_requests"
    (request,) = listing.findall("request")
    assert request.findtext("service_request_id") == "PA-2025-000001"
    assert request.findtext("status") == "open"
    assert request.findtext("requested_datetime") == "2025-08-28T09:00:00+07:00"
    assert request.findtext("lat") == "16.054407"
    assert request.find("status_notes") is not None and request.findtext("status_notes") == ""


def test_the_commune_may_come_as_address_id_and_the_place_as_an_address(
    client, world, roads, city_app
):
    response = post(
        client, city_app, lat="", long="", address_id="23002", **{"attribute[commune]": ""}
    )
    assert response.status_code == 200
    item = Feedback.objects.get()
    assert item.unit == world.commune_b and item.latitude is None


def test_an_app_may_post_for_an_anonymous_citizen(client, world, roads, city_app):
    response = post(client, city_app, first_name="", last_name="", email="", phone="")
    assert response.status_code == 200
    item = Feedback.objects.get()
    assert item.anonymous and not item.contact_name


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_posting_needs_a_key_in_force(client, world, roads, city_app, fmt):
    missing = post(client, None, fmt=fmt)
    assert missing.status_code == 403
    assert errors_of(missing, fmt) == [(403, "Send the api_key parameter.")]

    unknown = post(client, "o311_not-a-key", fmt=fmt)
    assert unknown.status_code == 403
    assert errors_of(unknown, fmt) == [(403, "The api_key is not known or was revoked.")]

    open311_key_revoke(key=Open311Key.objects.get())
    revoked = post(client, city_app, fmt=fmt)
    assert revoked.status_code == 403
    assert errors_of(revoked, fmt) == [(403, "The api_key is not known or was revoked.")]
    assert not Feedback.objects.exists()


def test_a_key_in_use_records_when(client, world, roads, city_app):
    assert Open311Key.objects.get().last_used_at is None
    post(client, city_app)
    assert Open311Key.objects.get().last_used_at == AUGUST_28


def test_posting_needs_no_csrf_token(world, roads, city_app):
    strict = Client(enforce_csrf_checks=True)
    assert post(strict, city_app).status_code == 200


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_service_must_be_given_and_offered(client, world, roads, city_app, fmt):
    missing = post(client, city_app, fmt=fmt, service_code="")
    assert missing.status_code == 400
    assert errors_of(missing, fmt) == [(400, "Send the service_code parameter.")]

    unknown = post(client, city_app, fmt=fmt, service_code="pothole")
    assert unknown.status_code == 404
    assert errors_of(unknown, fmt) == [(404, "There is no service pothole.")]

    Category.objects.filter(code="duong-giao-thong").update(is_active=False)
    withdrawn = post(client, city_app, fmt=fmt)
    assert withdrawn.status_code == 404
    assert not Feedback.objects.exists()


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_the_place_the_commune_and_the_description_are_required(
    client, world, roads, city_app, fmt
):
    response = post(
        client,
        city_app,
        fmt=fmt,
        lat="",
        long="",
        address_string="",
        description="",
        **{"attribute[commune]": ""},
    )
    assert response.status_code == 400
    assert errors_of(response, fmt) == [
        (400, "Send the place: lat and long, or address_string."),
        (
            400,
            "Name the commune in attribute[commune], with its code as the service definition "
            "lists it.",
        ),
        (400, "Send the description parameter."),
    ]

    half = post(client, city_app, fmt=fmt, long="", **{"attribute[commune]": "99999"})
    assert errors_of(half, fmt) == [
        (400, "Send lat and long together."),
        (400, "There is no commune 99999."),
    ]
    assert not Feedback.objects.exists()


def test_the_feedback_rules_answer_as_errors(client, world, roads, city_app):
    response = post(client, city_app, email="", phone="", lat="30.1", description="Ổ gà")
    assert response.status_code == 400
    assert [error["description"] for error in response.json()] == [
        "Describe what happened in a few words at least.",
        "Give a phone number or an e-mail address to be answered.",
        "The map point is outside Viet Nam.",
    ]
    bad_email = post(client, city_app, email="nam@")
    assert bad_email.json() == [{"code": 400, "description": "The e-mail address is not valid."}]
    assert not Feedback.objects.exists()


def test_a_retried_post_registers_once(client, world, roads, city_app):
    first = post(client, city_app, headers={"Idempotency-Key": "report-42"}).json()
    again = post(client, city_app, headers={"Idempotency-Key": "report-42"}).json()
    assert first[0]["service_request_id"] == again[0]["service_request_id"] == "PA-2025-000001"

    by_param = post(client, city_app, client_key="report-43", description=TEXT + " Lần 2.")
    by_param_again = post(client, city_app, client_key="report-43", description=TEXT + " Lần 2.")
    assert by_param.json()[0]["service_request_id"] == "PA-2025-000002"
    assert by_param_again.json()[0]["service_request_id"] == "PA-2025-000002"

    # Another app's keys are its own: the same words register a new item.
    _record, kiosk = open311_key_create(name="Ki-ốt phường")
    other = post(client, kiosk, headers={"Idempotency-Key": "report-42"}).json()
    assert other[0]["service_request_id"] == "PA-2025-000003"
    assert Feedback.objects.count() == 3


def test_a_too_long_idempotency_key_is_refused(client, world, roads, city_app):
    response = post(client, city_app, headers={"Idempotency-Key": "x" * 201})
    assert response.json() == [
        {"code": 400, "description": "The idempotency key is longer than 200 characters."}
    ]


# The public list -----------------------------------------------------------------------


def test_the_public_list_shows_no_contact_data_nor_unpublished_text(client, world, roads, city_app):
    post(client, city_app)
    register(world, roads, title="Ổ gà, gọi 0905123456", contact_email="nam@example.vn")
    for fmt in ("json", "xml"):
        content = client.get(f"{BASE}/requests.{fmt}").content.decode()
        assert "PA-2025-000001" in content and "PA-2025-000002" in content
        for personal in ("Nguyễn", "Văn Nam", "nam@example.vn", "0905", "ổ gà lớn"):
            assert personal not in content
    titles = [request["description"] for request in client.get(f"{BASE}/requests.json").json()]
    assert titles == ["Ổ gà, gọi […]", "Đường giao thông"]


def test_a_published_answer_closes_the_request_and_shows_the_reviewed_texts(client, world, roads):
    item = publish(world, register(world, roads))
    (shown,) = client.get(f"{BASE}/requests/{item.number}.json").json()
    assert shown["status"] == "closed" and shown["expected_datetime"] is None
    assert shown["description"] == "Đường liên xã có nhiều ổ gà."
    assert shown["status_notes"] == "Đã vá ổ gà trong tuần này."

    root = xml(client.get(f"{BASE}/requests/{item.number}.xml"))
    assert root.findtext("request/status") == "closed"
    assert root.findtext("request/status_notes") == "Đã vá ổ gà trong tuần này."


def test_conduct_feedback_shows_neither_subject_nor_place_before_publication(client, world):
    conduct = Category.objects.get(code="can-bo")
    item = register(world, conduct, title="Cán bộ Trần Văn B đòi tiền", address="Thôn 3")
    (shown,) = client.get(f"{BASE}/requests/{item.number}.json").json()
    assert shown["service_code"] == "can-bo" and shown["status"] == "open"
    assert shown["description"] is None and shown["address"] is None
    assert "Trần Văn B" not in client.get(f"{BASE}/requests.xml").content.decode()


def test_the_list_filters_by_status_service_dates_and_number(
    client, world, roads, django_assert_num_queries
):
    water = Category.objects.get(code="nuoc-sach")
    old = register(world, roads, at=AUGUST_28 - dt.timedelta(days=100), text=TEXT + " (cũ)")
    july = register(world, water, at=dt.datetime(2025, 7, 10, 8, 0, tzinfo=VN))
    closed = publish(world, register(world, roads, at=AUGUST_28 - dt.timedelta(days=3)))
    today = register(world, roads, text=TEXT + " (mới)")

    def numbers(**params):
        with django_assert_num_queries(1):
            response = client.get(f"{BASE}/requests.json", params)
        assert response.status_code == 200
        return [request["service_request_id"] for request in response.json()]

    # The last 90 days, newest first.
    assert numbers() == [today.number, closed.number, july.number]
    assert numbers(status="open") == [today.number, july.number]
    assert numbers(status="closed") == [closed.number]
    assert numbers(status="open,closed") == [today.number, closed.number, july.number]
    assert numbers(service_code="nuoc-sach") == [july.number]
    assert numbers(start_date="2025-07-01T00:00:00+07:00", end_date="2025-07-31T00:00:00Z") == [
        july.number
    ]
    # A "+" left unencoded arrives as a space; a date alone is local midnight.
    assert numbers(start_date="2025-08-25T00:00:00 07:00") == [today.number, closed.number]
    assert numbers(end_date="2025-07-10") == [old.number]
    # Numbers override every other parameter.
    assert numbers(service_request_id=f"{old.number},{today.number},PA-1", status="closed") == [
        today.number,
        old.number,
    ]


def test_the_list_stops_at_its_limit(client, world, roads, monkeypatch):
    monkeypatch.setattr("motcua.feedback.open311.MAX_REQUESTS", 2)
    for n in range(3):
        register(world, roads, text=f"{TEXT} {n}", at=AUGUST_28 - dt.timedelta(hours=n))
    assert len(client.get(f"{BASE}/requests.json").json()) == 2


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_bad_filters_are_refused(client, world, fmt):
    response = client.get(
        f"{BASE}/requests.{fmt}",
        {"start_date": "28/08/2025", "end_date": "2025-08-01", "status": "pending"},
    )
    assert response.status_code == 400
    assert errors_of(response, fmt) == [
        (
            400,
            "start_date is not a date and time in ISO 8601, e.g. 2025-08-28T09:00:00+07:00.",
        ),
        (400, "status is open or closed, or both separated by a comma."),
    ]
    backwards = client.get(
        f"{BASE}/requests.{fmt}", {"start_date": "2025-08-02", "end_date": "2025-08-01"}
    )
    assert errors_of(backwards, fmt) == [(400, "start_date is after end_date.")]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_an_unknown_request_is_not_found(client, world, fmt):
    response = client.get(f"{BASE}/requests/PA-2025-999999.{fmt}")
    assert response.status_code == 404
    assert errors_of(response, fmt) == [(404, "There is no service request PA-2025-999999.")]


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_other_methods_are_not_allowed_in_the_standard_error_format(client, fmt):
    deleted = client.delete(f"{BASE}/requests.{fmt}")
    assert deleted.status_code == 405
    assert deleted["Allow"] == "GET, HEAD, POST"
    assert errors_of(deleted, fmt) == [(405, "This method is not allowed here.")]
    posted = client.post(f"{BASE}/services.{fmt}")
    assert posted.status_code == 405
    assert errors_of(posted, fmt) == [(405, "This method is not allowed here.")]


def test_wrong_keys_from_one_address_are_throttled_even_before_a_right_one(
    client, world, roads, city_app
):
    for _ in range(20):
        assert post(client, "o311_not-a-key").status_code == 403
    refused = post(client, city_app)
    assert refused.status_code == 429
    assert refused["Retry-After"] == "600"
    assert errors_of(refused, "json") == [(429, "Too many wrong api_key values.")]
    assert not Feedback.objects.exists()
    elsewhere = Client(REMOTE_ADDR="10.9.9.9")
    assert post(elsewhere, city_app).status_code == 200


# Keys ----------------------------------------------------------------------------------


def test_the_command_prints_a_key_that_works_until_revoked(client, world, roads):
    out, err = io.StringIO(), io.StringIO()
    call_command("open311", "create-key", "--name", "City app", stdout=out, stderr=err)
    key = out.getvalue().strip()
    assert key.startswith("o311_") and "api_key" in err.getvalue()  # the warning, in any language
    record = Open311Key.objects.get()
    assert record.name == "City app" and record.key_hash != key and key.startswith(record.prefix)
    assert post(client, key).status_code == 200

    listing = io.StringIO()
    call_command("open311", "list", "--json", stdout=listing)
    (row,) = json.loads(listing.getvalue())
    assert row["prefix"] == record.prefix and row["revoked_at"] is None
    assert key not in listing.getvalue()

    out = io.StringIO()
    call_command("open311", "revoke", record.prefix, stdout=out)
    assert record.prefix in out.getvalue()
    refused = post(client, key, description=TEXT + " Lần 2.")
    assert refused.status_code == 403
    assert Feedback.objects.count() == 1


def test_the_admin_lists_keys_by_prefix_and_revokes_them(world):
    record, key = open311_key_create(name="City app")
    admin = UserFactory(username="root", is_staff=True, is_superuser=True)
    browser = Client()
    browser.force_login(admin)
    page = browser.get("/admin/feedback/open311key/")
    assert page.status_code == 200
    assert record.prefix in page.content.decode()
    assert key not in page.content.decode() and record.key_hash not in page.content.decode()
    assert browser.get(f"/admin/feedback/open311key/{record.pk}/change/").status_code == 200

    browser.post(
        "/admin/feedback/open311key/",
        {"action": "revoke", "_selected_action": [record.pk]},
    )
    record.refresh_from_db()
    assert record.revoked_at == AUGUST_28


def test_a_request_waiting_for_the_citizen_has_no_expected_time(client, world, roads):
    item = register(world, roads)
    services.feedback_ask_more(item=item, actor=world.coordinator, question="Ổ gà ở km nào?")
    (shown,) = client.get(f"{BASE}/requests/{item.number}.json").json()
    assert shown["status"] == "open" and shown["expected_datetime"] is None
    services.feedback_citizen_reply(item=item, text="Km 12, gần cầu.")
    (shown,) = client.get(f"{BASE}/requests/{item.number}.json").json()
    assert shown["expected_datetime"].endswith("23:59:59+07:00")


@pytest.mark.parametrize("fmt", ["json", "xml"])
def test_a_contact_without_the_citizens_consent_is_refused(client, world, roads, city_app, fmt):
    response = post(client, city_app, fmt=fmt, **{"attribute[consent]": ""})
    assert response.status_code == 400
    ((code, description),) = errors_of(response, fmt)
    assert code == 400 and "attribute[consent]=yes" in description
    assert not Feedback.objects.exists()
    # Without a contact no consent is needed; with it, the moment is kept.
    anonymous = {name: "" for name in CONTACT}
    assert post(client, city_app, fmt=fmt, **anonymous).status_code == 200
    assert post(client, city_app, fmt=fmt, description=TEXT + " Lần 2.").status_code == 200
    kept = Feedback.objects.order_by("pk")
    assert [item.contact_consent_at is not None for item in kept] == [False, True]
