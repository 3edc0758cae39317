"""The procedure page on a 390 px phone: papers as a list, forms at hand, and online filing."""

import pytest
from django.conf import settings as django_settings

from motcua.catalogue.demo import form_document
from motcua.catalogue.models import Component, OnlineLevel, Procedure
from motcua.catalogue.services import form_attach
from motcua.catalogue.tests.factories import docx_bytes, procedure_make

LONG_PAPER = (
    "Bản sao Giấy chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác gắn liền "
    "với đất hoặc giấy tờ chứng minh quyền sử dụng đất hợp pháp theo quy định của pháp luật"
)


@pytest.mark.parametrize(
    ("level", "online"),
    [(OnlineLevel.FULL, True), (OnlineLevel.PARTIAL, True), (OnlineLevel.NONE, False)],
)
def test_full_and_partial_online_procedures_are_filed_online(level, online, settings):
    settings.MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL = "https://dvc.example.vn/tt?ma={code}"
    procedure = Procedure(code="1.000894", online_level=level)
    assert procedure.accepts_online_filing is online
    assert procedure.online_filing_url == (
        "https://dvc.example.vn/tt?ma=1.000894" if online else ""
    )


@pytest.mark.django_db
def test_the_page_links_to_the_national_portal_only_when_online_filing_is_allowed(client, settings):
    settings.MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL = "https://dvc.example.vn/tt?ma={code}"
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    procedure_make("1.000894", "Đăng ký kết hôn", online_level="partial")
    procedure_make("2.000001", "Chứng thực bản sao", online_level="none")

    online = client.get("/procedures/1.000894/").content.decode()
    assert 'href="https://dvc.example.vn/tt?ma=1.000894"' in online
    assert ">File online</a>" in online
    assert "File online" not in client.get("/procedures/2.000001/").content.decode()


def test_the_default_address_is_the_national_public_service_portal():
    address = django_settings.MOTCUA_NATIONAL_PORTAL_PROCEDURE_URL
    assert address.startswith("https://dichvucong.gov.vn/") and "{code}" in address


@pytest.mark.django_db
def test_papers_are_a_list_not_a_table(client):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", components=0)
    Component.objects.create(procedure=procedure, position=1, name=LONG_PAPER, copies=1)
    Component.objects.create(procedure=procedure, position=2, name="Giấy ủy quyền", required=False)
    client.cookies[django_settings.LANGUAGE_COOKIE_NAME] = "en"
    page = client.get("/procedures/1.000894/").content.decode()
    assert "<table" not in page
    papers = page.split('<ol class="papers">', 1)[1].split("</ol>", 1)[0]
    assert papers.count("<li>") == 2
    assert "Originals: 1 · Copies: 1 · <strong>Required</strong>" in papers
    assert "Originals: 1 · Copies: 0 · If applicable" in papers


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_the_procedure_page_fits_a_phone_and_a_desktop(live_server, browser_page, tmp_path):
    shots = tmp_path  # pytest keeps the screenshots of its last runs, to look at
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", components=0)
    form = form_attach(
        procedure=procedure,
        code="TK-KH",
        name="Tờ khai đăng ký kết hôn",
        filename="TK-KH.docx",
        data=docx_bytes(),
        pdf=form_document("pdf", "Tờ khai", "TK-KH"),
    )
    Component.objects.create(procedure=procedure, position=1, name=LONG_PAPER, copies=1)
    Component.objects.create(procedure=procedure, position=2, name="Tờ khai", form=form)
    page = browser_page
    page.context.add_cookies(
        [{"name": django_settings.LANGUAGE_COOKIE_NAME, "value": "en", "url": live_server.url}]
    )

    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 844})
        page.goto(f"{live_server.url}/procedures/1.000894/")
        page.screenshot(path=shots / f"procedure-{width}.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        # The long paper's name runs across the screen, not one word per line.
        name = page.locator("ol.papers .paper-name").first.bounding_box()
        assert name is not None and name["width"] > 0.7 * min(width, 992) - 48
        assert page.get_by_role("link", name="Download the form").first.is_visible()
        assert page.get_by_role("link", name="File online").is_visible()

    page.goto(f"{live_server.url}/procedures/1.000894/forms/{form.public_id}/print/")
    page.screenshot(path=shots / "form-print-1280.png", full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
