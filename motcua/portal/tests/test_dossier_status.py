"""The receipt's QR code opens the dossier's status page: the signed link stands for the code
and phone digits of a lookup, and a finished dossier is rated right there."""

import datetime as dt
import io
import re
from types import SimpleNamespace

import docx
import pytest
import segno

from motcua.dossiers.models import Rating
from motcua.dossiers.selectors import LOOKUP as LOOKUP_LIMIT
from motcua.dossiers.services import dossier_transition, rating_token, status_token
from motcua.dossiers.states import State
from motcua.orgs.tests.factories import PASSWORD

ANSWERS = {
    "satisfaction": 5,
    "contacts": "none",
    "agencies": "one_stop",
    "attitude": "courteous",
    "comment": "Cán bộ hướng dẫn tận tình",
}
# What the lookup never shows: the applicant's name, phone, address and identity number,
# and the officer who received the dossier.
PRIVATE = ["Trần Thị Bình", "0905123456", "3456", "Thôn 3", "064095001234", "counter_a"]


def status_url(dossier, token=None):
    return f"/dossiers/{dossier.code}/status/{token or status_token(dossier=dossier)}/"


def main(response):
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


def finish(dossier, world):
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED)
    dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RETURNED)


def test_the_receipt_qr_code_and_its_printed_link_open_the_status_page(client, world, dossier):
    # Given the counter officer prints the receipt, as HTML and as DOCX
    assert client.login(username=world.counter_a.username, password=PASSWORD)
    slip = f"/staff/dossiers/{dossier.code}/slip/receipt/"
    page = client.get(slip).content.decode()
    document = docx.Document(io.BytesIO(client.get(slip, {"format": "docx"}).content))
    text = "\n".join(p.text for p in document.paragraphs)
    # Then the QR code and the printed link both carry the status link
    link = f"http://testserver{status_url(dossier)}"
    qr = segno.make(link, error="m").svg_inline(scale=3, omitsize=True, title=dossier.code)
    assert qr in page and link in text and "/rate/" not in text
    assert "Quét mã để xem tình trạng hồ sơ và đánh giá" in page
    # with the lookup address for a phone that cannot scan it
    assert "http://testserver/dossiers/lookup/" in page and "4 số cuối" in page
    # And the citizen who scans it, not logged in, sees the status
    client.logout()
    assert "Đang giải quyết" in client.get(link).content.decode()


def test_the_status_page_shows_what_the_lookup_shows_without_code_and_digits(client, dossier):
    page = client.get(status_url(dossier)).content.decode()
    lookup = client.post("/dossiers/lookup/", {"code": dossier.code, "phone_last4": "3456"})
    shown = lookup.content.decode().split('<section aria-labelledby="status-heading">')[1]
    assert shown.split("</section>")[0] in page
    assert "Đăng ký kết hôn" in page and "29/04/2025" in page and "Đã tiếp nhận" in page
    assert 'name="phone_last4"' not in page and "<script" not in page


def test_the_status_page_shows_nothing_personal(client, world, dossier):
    assert not any(
        private in client.get(status_url(dossier)).content.decode() for private in PRIVATE
    )
    finish(dossier, world)
    client.post(status_url(dossier), ANSWERS)
    page = client.get(status_url(dossier)).content.decode()
    assert 'type="radio"' in page
    assert not any(private in page for private in PRIVATE)


@pytest.mark.parametrize("wrong", ["tampered", "rating token", "other dossier", "empty"])
def test_a_wrong_or_tampered_token_is_a_plain_404(client, world, dossier, wrong):
    token = status_token(dossier=dossier)
    other = dossier.code[:-1] + ("9" if dossier.code[-1] != "9" else "8")
    url = {
        "tampered": status_url(dossier, token[:-1] + ("A" if token[-1] != "A" else "B")),
        "rating token": status_url(dossier, rating_token(dossier=dossier)),
        "other dossier": f"/dossiers/{other}/status/{token}/",
        "empty": f"/dossiers/{dossier.code}/status/-/",
    }[wrong]
    # A link rightly signed for a code no dossier has looks the same: no hint that a code
    # exists.
    response, unknown = client.get(url), client.get(status_url(SimpleNamespace(code=other)))
    assert response.status_code == unknown.status_code == 404
    assert main(response) == main(unknown)
    assert client.post(url, ANSWERS).status_code == 404 and not Rating.objects.exists()


def test_the_status_link_does_not_expire(client, dossier, time_machine):
    url = status_url(dossier)
    time_machine.move_to(dt.datetime(2028, 4, 25, tzinfo=dt.UTC))
    assert client.get(url).status_code == 200


def test_an_open_dossier_offers_no_rating(client, dossier):
    page = client.get(status_url(dossier)).content.decode()
    assert 'type="radio"' not in page and 'id="rating"' not in page
    assert "Khi có kết quả" in page  # the citizen is told to come back
    client.post(status_url(dossier), ANSWERS)
    assert not Rating.objects.exists()


def test_a_finished_dossier_is_rated_on_its_status_page_and_the_rating_can_be_changed(
    client, world, dossier
):
    # Given the result is handed over
    finish(dossier, world)
    url = status_url(dossier)
    page = client.get(url).content.decode()
    assert page.count('class="option"') == page.count('type="radio"') > 10
    assert " checked" not in page and "Đã nhận đánh giá" not in page
    # When the citizen rates from the status page
    response = client.post(url, ANSWERS)
    # Then the rating is recorded and the page, opened again, says so
    assert response.status_code == 302 and response["Location"] == f"{url}#rating"
    assert Rating.objects.get(dossier=dossier).satisfaction == 5
    page = client.get(url).content.decode()
    assert 'role="status"' in page and "Đã nhận đánh giá" in page
    assert "Sửa đánh giá" in page
    assert re.search(r'name="satisfaction" value="5"[^>]* checked>', page)  # as given
    # And it can be changed there, as on the rating page
    client.post(url, {**ANSWERS, "satisfaction": 3})
    assert Rating.objects.get().satisfaction == 3


def test_wrong_answers_are_shown_with_the_form_open(client, world, dossier):
    finish(dossier, world)
    client.post(status_url(dossier), ANSWERS)
    page = client.post(status_url(dossier), {**ANSWERS, "satisfaction": 9}).content.decode()
    assert '<details class="change" open>' in page and 'class="errorlist' in page
    assert Rating.objects.get().satisfaction == 5


def test_after_30_days_the_rating_is_shown_but_no_longer_offered(
    client, world, dossier, time_machine
):
    finish(dossier, world)
    time_machine.move_to(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    client.post(status_url(dossier), ANSWERS)
    time_machine.move_to(dt.datetime(2026, 2, 5, tzinfo=dt.UTC))
    page = client.get(status_url(dossier)).content.decode()
    assert "Đã nhận đánh giá" in page and 'type="radio"' not in page
    client.post(status_url(dossier), {**ANSWERS, "satisfaction": 1})
    assert Rating.objects.get().satisfaction == 5


def test_old_rating_links_on_printed_receipts_still_work_and_lead_to_the_status(
    client, world, dossier
):
    finish(dossier, world)
    old = f"/dossiers/{dossier.code}/rate/"
    token = rating_token(dossier=dossier)
    assert client.get(old, {"t": token}).status_code == 200
    page = client.post(old, {**ANSWERS, "t": token}).content.decode()
    assert Rating.objects.get().satisfaction == 5
    assert f'href="{status_url(dossier)}"' in page


def test_opening_the_status_page_uses_none_of_the_lookups(client, dossier):
    for _attempt in range(LOOKUP_LIMIT.attempts + 1):
        assert client.get(status_url(dossier)).status_code == 200
    lookup = client.post("/dossiers/lookup/", {"code": dossier.code, "phone_last4": "3456"})
    assert lookup.status_code == 200 and "Đăng ký kết hôn" in lookup.content.decode()


def test_the_status_page_is_kept_by_no_cache_and_by_no_search_engine(client, dossier):
    response = client.get(status_url(dossier))
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_the_status_page_is_english_for_an_english_reader(client, settings, world, dossier):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get(status_url(dossier)).content.decode()
    assert "Dossier status" in page and "Once the result is ready" in page
    finish(dossier, world)
    client.post(status_url(dossier), ANSWERS)
    page = client.get(status_url(dossier)).content.decode()
    assert "Your rating was received on" in page and "Change my rating" in page


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_citizen_scans_the_receipt_and_rates_on_a_phone(
    live_server, browser_page, world, dossier
):
    # Given a finished dossier
    finish(dossier, world)
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    # When the citizen opens the receipt's link, without JavaScript
    page.goto(live_server.url + status_url(dossier))
    # Then the status fits the phone and the rating is one tap away
    assert page.get_by_role("heading", level=1).inner_text() == "Tình trạng hồ sơ"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.locator("label[for=id_satisfaction_4]").click()
    page.locator("input[name=contacts][value=none]").check()
    page.locator("input[name=agencies][value=one_stop]").check()
    page.locator("input[name=attitude][value=courteous]").check()
    page.locator("#rating button[type=submit]").click()
    page.wait_for_url(f"**{status_url(dossier)}#rating")
    assert "Đã nhận đánh giá" in page.locator("[role=status]").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert Rating.objects.get(dossier=dossier).satisfaction == 5
