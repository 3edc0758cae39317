"""In Chromium: an officer receives a dossier at the counter and prints the receipt; later the
citizen looks it up and rates it, without an account and without JavaScript."""

import re

import pytest

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.models import Dossier, Rating
from motcua.orgs.tests.factories import PASSWORD

A5_POINTS_APPROX = (420, 595)  # 148 x 210 mm, as Chromium rounds them


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_receive_print_look_up_and_rate(live_server, browser_page, world):
    procedure_make("1.000894", "Đăng ký kết hôn", components=2, time_limit_value=3)
    page = browser_page

    # The counter officer logs in and receives a complete dossier.
    page.goto(live_server.url + "/accounts/login/?next=/staff/dossiers/new/")
    page.locator("#id_username").fill(world.counter_a.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/staff/dossiers/new/")
    page.locator("#intake-q").fill("ket hon")
    page.locator("#intake-q").press("Enter")
    page.get_by_role("link", name="Đăng ký kết hôn").click()
    page.locator("#id_applicant_name").fill("Phạm Thị Lan")
    page.locator("#id_applicant_phone").fill("0978 111 222")
    for box in page.locator("input[name=components]").all():
        box.check()
    page.locator("button[name=outcome][value=accept]").click()
    page.wait_for_url(re.compile(r".*/staff/dossiers/[0-9A-Z.]+-\d{6}-\d{4}/$"))
    dossier = Dossier.objects.get()
    assert dossier.applicant_name == "Phạm Thị Lan" and dossier.due_date is not None

    # The receipt prints on one A5 page.
    page.locator(f"a[href='/staff/dossiers/{dossier.code}/slip/receipt/']").click()
    assert page.locator("figure.qr svg").count() == 1
    pdf = page.pdf(prefer_css_page_size=True)
    boxes = re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)
    assert len(boxes) == 1
    width, height = (float(v) for v in boxes[0])
    assert (round(width), round(height)) == A5_POINTS_APPROX

    # The dossier is resolved and handed back through the dossier page.
    # One button per action; an action with fields opens its own short form first.
    for action in ("start", "resolve", "return"):
        page.goto(f"{live_server.url}/staff/dossiers/{dossier.code}/")
        if page.locator(f"#act-{action}").count():
            page.locator(f"#act-{action} summary").click()
        page.locator(f"form:has(input[name=action][value={action}]) button[type=submit]").click()
    dossier.refresh_from_db()
    assert dossier.state == "returned"

    # The citizen, on another device, looks it up and rates it.
    citizen = page.context.browser.new_context(java_script_enabled=False).new_page()
    citizen.goto(live_server.url + "/dossiers/lookup/")
    citizen.locator("#id_code").fill(dossier.code)
    citizen.locator("#id_phone_last4").fill("1222")
    citizen.locator("form.search button[type=submit]").click()
    assert "Phạm Thị Lan" not in citizen.content()
    citizen.locator("a[href*='/rate/?t=']").click()
    citizen.locator("input[name=satisfaction][value='5']").check()
    citizen.locator("input[name=contacts][value=none]").check()
    citizen.locator("input[name=agencies][value=one_stop]").check()
    citizen.locator("input[name=attitude][value=courteous]").check()
    citizen.locator("textarea[name=comment]").fill("Cán bộ hướng dẫn tận tình")
    citizen.locator("main form button[type=submit]").click()
    assert citizen.locator("[role=status]").count() == 1
    rating = Rating.objects.get(dossier=dossier)
    assert rating.satisfaction == 5 and rating.comment == "Cán bộ hướng dẫn tận tình"
    citizen.context.close()


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_supplement_is_confirmed_then_printed_on_a_phone(live_server, browser_page, world):
    """At 390 px wide, without JavaScript: the officer ticks one of three papers, opens the
    supplement section, sees the two missing papers listed on the confirmation page, and
    only then is the one supplement request recorded and printed."""
    procedure_make("1.000894", "Đăng ký kết hôn", components=3, time_limit_value=3)
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/accounts/login/?next=/staff/dossiers/new/1.000894/")
    page.locator("#id_username").fill(world.counter_a.username)
    page.locator("#id_password").fill(PASSWORD)
    page.get_by_role("button", name="Đăng nhập").click()
    page.wait_for_url("**/staff/dossiers/new/1.000894/")
    page.locator("#id_applicant_name").fill("Hà Văn Sơn")
    page.locator("input[name=components]").first.check()
    page.locator("#outcome-supplement summary").click()
    page.locator("#id_missing_reason").fill("Thiếu giấy xác nhận tình trạng hôn nhân")
    button = page.locator("button[name=outcome][value=supplement]")
    box = button.bounding_box()
    assert box is not None and box["x"] + box["width"] <= 390
    button.click()
    listed = page.locator("#missing-papers li").all_inner_texts()
    assert listed == ["Giấy 2", "Giấy 3"] and not Dossier.objects.exists()
    page.locator("button[name=outcome][value=supplement]").click()
    page.wait_for_url(re.compile(r".*/slip/supplement/$"))
    dossier = Dossier.objects.get()
    assert dossier.state == "supplement_requested"
    assert "Thiếu giấy xác nhận" in page.content()
