"""On a phone-sized Chromium without JavaScript: a citizen sends feedback, lands on the
private tracking page with the number, and later finds the published answer there and on
the public list."""

import re

import pytest

from motcua.feedback import services
from motcua.feedback.models import Category, Feedback, State

PHONE = {"width": 360, "height": 740}


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_citizen_sends_feedback_on_a_phone_and_finds_the_answer(
    live_server, browser_page, world, settings
):
    settings.SMS_BACKEND = "motcua.core.messaging.LocmemBackend"
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    # A transactional test after another one finds the tables flushed, data migrations
    # included: the category the citizen picks is made again if it is gone.
    Category.objects.get_or_create(
        code="duong-giao-thong", defaults={"name": "Đường giao thông", "group": "Dịch vụ công cộng"}
    )
    phone = browser_page.context.browser.new_context(
        viewport=PHONE, has_touch=True, is_mobile=True, java_script_enabled=False
    )
    page = phone.new_page()

    # Given the public list, the citizen follows the prominent link to the form.
    page.goto(f"{live_server.url}/feedback/")
    page.locator("a.feedback-cta").tap()
    page.wait_for_url("**/feedback/new/")

    # The form fits the small screen.
    send = page.locator(".feedback-form button[type=submit]")
    for selector in ("#id_text", "#id_category", ".feedback-form button[type=submit]"):
        box = page.locator(selector).bounding_box()
        assert box is not None and box["x"] + box["width"] <= PHONE["width"]
    # The honeypot is out of sight.
    trap = page.locator("#id_fax_number").bounding_box()
    assert trap is None or trap["x"] + trap["width"] <= 0

    # When they fill it in and send it,
    page.locator("label[for=id_kind_0]").tap()
    page.select_option("#id_category", "duong-giao-thong")
    page.select_option("#id_unit", "23002")
    page.locator("#id_title").fill("Ổ gà trên đường liên xã")
    page.locator("#id_text").fill("Đoạn đường từ thôn 3 đến UBND xã có nhiều ổ gà lớn.")
    page.locator("#id_contact_name").fill("Nguyễn Văn Nam")
    page.locator("#id_contact_phone").fill("0905 123 456")
    page.locator("#id_consent").check()
    send.tap()

    # then they land on the private tracking page with the number.
    page.wait_for_url(re.compile(r".*/feedback/track/[A-Za-z0-9_-]+/$"))
    item = Feedback.objects.get()
    assert page.url.endswith(f"/feedback/track/{item.tracking_token}/")
    assert page.locator("h1").inner_text() == item.number
    assert item.unit == world.commune_b and item.contact_phone == "0905123456"
    tracking = page.url

    # Later an officer answers and the answer is published after review.
    item = services.feedback_answer(
        item=item, actor=world.head_b, text="Xã đã vá các ổ gà trên đoạn đường này."
    )
    services.feedback_publish(
        item=item,
        actor=world.head_b,
        public_text=item.public_text,
        public_answer=item.public_answer,
    )
    assert Feedback.objects.get().state == State.PUBLISHED

    page.goto(f"{live_server.url}/feedback/")
    assert page.get_by_text("Xã đã vá các ổ gà trên đoạn đường này.").is_visible()
    assert page.get_by_text("Nguyễn Văn Nam").count() == 0

    page.goto(tracking)
    assert page.locator(".answer-text").inner_text() == "Xã đã vá các ổ gà trên đoạn đường này."
    page.locator("label[for=id_resolved_0]").tap()
    page.locator("label[for=id_rating_4]").tap()
    page.locator("#confirm button[type=submit]").tap()
    page.wait_for_url("**?saved=1#confirm")
    item.refresh_from_db()
    assert (item.resolved, item.rating) == (True, 5)
    phone.close()
