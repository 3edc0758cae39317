"""A citizen in Chromium: searches without accents, opens the procedure, downloads its form."""

import pytest

from motcua.catalogue.tests.factories import form_make, procedure_make


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_citizen_finds_a_procedure_without_accents_and_downloads_its_form(
    live_server, browser_page, tmp_path
):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn")
    procedure_make("1.001193", "Đăng ký khai sinh")
    form_make(procedure, "TK-KH", name="Tờ khai đăng ký kết hôn")
    page = browser_page

    page.goto(live_server.url + "/")
    page.get_by_role("searchbox").fill("dang ky ket hon")
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_url("**/procedures/?q=dang+ky+ket+hon*")
    assert page.locator("ol.results li").count() == 1

    page.get_by_role("link", name="Đăng ký kết hôn").click()
    page.wait_for_url("**/procedures/1.000894/")
    assert page.get_by_role("heading", level=1).inner_text() == "Đăng ký kết hôn"

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tờ khai đăng ký kết hôn").click()
    download = download_info.value
    assert download.suggested_filename == "1.000894-TK-KH.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")
