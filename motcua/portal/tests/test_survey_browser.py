"""On a phone-sized Chromium without JavaScript: a citizen opens the QR link of an invitation,
answers every page by tapping, sends the answers and is thanked."""

import datetime as dt

import pytest

from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Choice,
    Invitation,
    Item,
    ItemKind,
    Questionnaire,
    Response,
    Section,
    Stratum,
)
from motcua.surveys.services import (
    questionnaire_install_builtin,
    version_new_draft,
    version_publish,
)

PHONE = {"width": 360, "height": 740}
TOKEN = "KMNPQ34567"


def _exit_with_a_second_page():
    """The built-in exit questionnaire, plus a page asking where the dossier was filed."""
    questionnaire_install_builtin(slugs=["exit"])
    draft = version_new_draft(questionnaire=Questionnaire.objects.get(slug="exit"))
    section = Section.objects.create(
        version=draft,
        position=2,
        name="channel",
        labels={"vi": "Cách nộp hồ sơ", "en": "How you applied"},
    )
    Item.objects.create(
        version=draft,
        section=section,
        position=100,
        name="channel",
        kind=ItemKind.SELECT_ONE,
        choice_list="channel",
        labels={"vi": "Ông/bà nộp hồ sơ ở đâu?", "en": "Where did you apply?"},
        required=True,
    )
    for position, (value, vi, en) in enumerate(
        [("counter", "Tại bộ phận một cửa", "At the counter"), ("online", "Trực tuyến", "Online")],
        1,
    ):
        Choice.objects.create(
            version=draft,
            list_name="channel",
            position=position,
            value=value,
            labels={"vi": vi, "en": en},
        )
    return version_publish(version=draft)


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_a_citizen_answers_the_survey_on_a_phone(live_server, browser_page):
    campaign = Campaign.objects.create(
        slug="q3-2025",
        title="Khảo sát quý III/2025",
        version=_exit_with_a_second_page(),
        starts_on=dt.date(2025, 7, 1),
        ends_on=dt.date(2025, 9, 30),
        status=CampaignStatus.OPEN,
    )
    stratum = Stratum.objects.create(campaign=campaign, key="*|*|*", population=1, sample_size=1)
    invitation = Invitation.objects.create(campaign=campaign, stratum=stratum, token=TOKEN)
    phone = browser_page.context.browser.new_context(
        viewport=PHONE, has_touch=True, is_mobile=True, java_script_enabled=False
    )
    page = phone.new_page()

    # The QR code on the invitation card opens the first page.
    page.goto(f"{live_server.url}/surveys/q3-2025/?t={TOKEN}")
    page.wait_for_url(f"**/surveys/q3-2025/{TOKEN}/1/")
    assert page.locator("progress").get_attribute("max") == "2"

    # The satisfaction levels are big, full-width targets on a small screen.
    very_satisfied = page.locator("label[for=q-overall-5]")
    box = very_satisfied.bounding_box()
    assert box is not None and box["height"] >= 44 and box["width"] >= 0.8 * PHONE["width"]
    assert box["x"] + box["width"] <= PHONE["width"]

    # The citizen prefers English.
    page.locator("nav.survey-langs").get_by_role("link", name="English").tap()
    page.wait_for_url(f"**/surveys/q3-2025/{TOKEN}/1/?lang=en")
    assert page.locator("h1").inner_text() == "About the dossier just handled"
    assert page.locator("label[for=q-overall-5]").inner_text() == "Very satisfied"

    very_satisfied.tap()
    page.locator("label[for=q-officials-4]").tap()
    page.locator("label[for=q-time-3]").tap()
    page.locator("#q-extra_visits").tap()
    page.locator("#q-extra_visits").fill("0")
    page.locator("#q-comment").fill("Cán bộ hướng dẫn tận tình")
    page.locator("button[value=next]").tap()

    page.wait_for_url(f"**/surveys/q3-2025/{TOKEN}/2/")
    page.locator("label[for=q-channel-1]").tap()
    page.locator("button[value=submit]").tap()

    page.wait_for_url("**/surveys/q3-2025/thanks/**")
    assert TOKEN not in page.url
    assert page.locator("h1").is_visible()
    phone.close()

    response = Response.objects.get()
    assert response.answers == {
        "overall": "5",
        "officials": "4",
        "time": "3",
        "extra_visits": 0,
        "comment": "Cán bộ hướng dẫn tận tình",
        "channel": "counter",
    }
    assert response.language == "en"
    invitation.refresh_from_db()
    assert invitation.used
