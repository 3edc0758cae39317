"""A citizen who lost the private link finds their feedback again by its number and the
last four digits of their phone, under the same limit as the dossier lookup."""

import pytest

from motcua.dossiers.selectors import LOOKUP as LOOKUP_LIMIT
from motcua.feedback.tests.factories import FeedbackFactory

pytestmark = pytest.mark.django_db
URL = "/feedback/lookup/"


@pytest.fixture
def item():
    return FeedbackFactory(number="PA-2026-000229", contact_phone="0905123456")


def test_the_number_and_digits_lead_to_the_private_tracking_page(client, item):
    found = client.post(URL, {"number": " pa-2026-000229 ", "phone_last4": "3456"})
    assert found.status_code == 302
    assert found["Location"] == f"/feedback/track/{item.tracking_token}/"
    assert client.get(found["Location"]).status_code == 200


def test_wrong_digits_an_unknown_number_and_an_anonymous_item_look_the_same(client, item):
    FeedbackFactory(number="PA-2026-000230", contact_phone="0905123456", anonymous=True)
    FeedbackFactory(number="PA-2026-000231", contact_phone="", contact_name="")
    for number, digits in [
        ("PA-2026-000229", "0000"),
        ("PA-2026-000999", "3456"),
        ("PA-2026-000230", "3456"),
        ("PA-2026-000231", "3456"),
    ]:
        page = client.post(URL, {"number": number, "phone_last4": digits})
        assert page.status_code == 200
        body = page.content.decode()
        assert 'class="errorlist nonfield"' in body and item.tracking_token not in body


def test_the_digits_must_be_four(client, item):
    page = client.post(URL, {"number": item.number, "phone_last4": "34a6"})
    assert page.status_code == 200 and 'class="errorlist' in page.content.decode()


def test_feedback_and_dossier_lookups_share_one_limit(client, item):
    for _attempt in range(LOOKUP_LIMIT.attempts - 1):
        client.post("/dossiers/lookup/", {"code": "X-000000-0000", "phone_last4": "1111"})
    assert client.post(URL, {"number": "PA-2026-000001", "phone_last4": "1111"}).status_code == 200
    blocked = client.post(URL, {"number": item.number, "phone_last4": "3456"})
    assert blocked.status_code == 429
    assert item.tracking_token not in blocked.content.decode()


def test_the_list_of_answers_links_to_the_lookup(client, db):
    page = client.get("/feedback/").content.decode()
    assert f'href="{URL}"' in page
    assert "<script" not in client.get(URL).content.decode()
