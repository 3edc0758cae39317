"""A farmer's day on a cheap phone (390 px, JavaScript off), end to end in Chromium: searches
without accents, opens the procedure, downloads its form as PDF, opens the receipt's QR link
(what a scan opens), rates the finished dossier there, and finds their feedback again by its
number and the last four digits of the phone.

Every step is kept as a screenshot under var/screenshots/citizen/, and no page may be wider
than the phone.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from motcua.catalogue.tests.factories import form_make, procedure_make
from motcua.dossiers.models import Rating
from motcua.dossiers.slips import status_path
from motcua.dossiers.states import State
from motcua.dossiers.tests.factories import DossierFactory
from motcua.feedback.tests.factories import FeedbackFactory

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots" / "citizen"
PHONE = {"width": 390, "height": 844}

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


class Walk:
    def __init__(self, page) -> None:
        self.page, self.step = page, 0
        self.blocked: list[str] = []
        page.on(
            "console",
            lambda message: (
                self.blocked.append(message.text)
                if "Content Security Policy" in message.text
                else None
            ),
        )
        page.set_viewport_size(PHONE)
        SHOTS.mkdir(parents=True, exist_ok=True)

    def shoot(self, name: str) -> None:
        self.step += 1
        self.page.screenshot(path=str(SHOTS / f"{self.step:02d}-{name}-390.png"), full_page=True)
        assert not self.blocked, (name, self.blocked)
        width = self.page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"] + 1, f"{name} is {width} px wide on a phone"


def test_a_citizen_on_a_phone_from_search_to_rating_and_feedback(
    live_server, browser_page, tmp_path
):
    procedure = procedure_make("1.000894", "Đăng ký kết hôn", online_level="full")
    procedure_make("1.001193", "Đăng ký khai sinh")
    form_make(procedure, "TK-KH", name="Tờ khai đăng ký kết hôn")
    dossier = DossierFactory(procedure=procedure, state=State.RETURNED)
    item = FeedbackFactory(number="PA-2026-000229", contact_phone="0905123456")
    page = browser_page
    walk = Walk(page)

    # Search without accents, from the home page
    page.goto(live_server.url + "/")
    walk.shoot("home")
    page.get_by_role("searchbox").fill("dang ky ket hon")
    page.get_by_role("searchbox").press("Enter")
    page.wait_for_url("**/procedures/?q=dang+ky+ket+hon*")
    assert page.locator("ol.results li").count() == 1
    walk.shoot("search")

    # Open the procedure, with its way to file online, and download the form as PDF
    page.get_by_role("link", name="Đăng ký kết hôn").click()
    page.wait_for_url("**/procedures/1.000894/")
    assert page.get_by_role("link", name="Nộp trực tuyến").count() == 1
    walk.shoot("procedure")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải mẫu Tờ khai đăng ký kết hôn (PDF", exact=False).click()
    download = download_info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF")

    # What a scan of the receipt's QR code opens: the dossier's status, then its rating
    page.goto(live_server.url + status_path(dossier))
    assert dossier.code in page.locator("main").inner_text()
    walk.shoot("status")
    questions = page.locator("form.survey fieldset.question")
    assert questions.count() == 4
    for number in range(questions.count()):
        questions.nth(number).locator("label.option").last.click()
    walk.shoot("rating")
    page.locator("form.survey button[type=submit]").click()
    page.wait_for_url(f"**{status_path(dossier)}#rating")
    assert Rating.objects.filter(dossier=dossier).count() == 1
    walk.shoot("rated")

    # Feedback found again by its number and the phone's last four digits
    page.goto(live_server.url + "/feedback/lookup/")
    page.locator("#id_number").fill("pa-2026-000229")
    page.locator("#id_phone_last4").fill("3456")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(f"**/feedback/track/{item.tracking_token}/")
    walk.shoot("feedback")
