"""The answering of a questionnaire page by page, as explicit steps: show the page (with its
messages), go to another page, done, already answered, no such page."""

from __future__ import annotations

import datetime as dt

import pytest

from motcua.surveys.answering import (
    AlreadyAnswered,
    Done,
    GoToPage,
    NoSuchPage,
    ShowPage,
    survey_page_open,
    survey_page_send,
    survey_resume_page,
)
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Invitation,
    Response,
    ResponseDraft,
    Stratum,
)
from motcua.surveys.tests.factories import three_page_version

KEY = "k" * 24


@pytest.fixture
def invitation(db) -> Invitation:
    campaign = Campaign.objects.create(
        slug="q3-2025",
        title="Khảo sát quý III/2025",
        version=three_page_version(),
        starts_on=dt.date(2025, 7, 1),
        ends_on=dt.date(2025, 9, 30),
        status=CampaignStatus.OPEN,
    )
    stratum = Stratum.objects.create(campaign=campaign, key="*|*|*", population=1, sample_size=1)
    return Invitation.objects.create(campaign=campaign, stratum=stratum, token="ABCDE23456")


def send(invitation, number, posted, *, action="next", shown=None, language="vi"):
    return survey_page_send(
        invitation=invitation,
        number=number,
        wanted_language=language,
        site_language="vi",
        action=action,
        client_key=KEY,
        shown=list(posted) if shown is None else shown,
        posted={
            name: [value] if isinstance(value, str) else value for name, value in posted.items()
        },
    )


def test_opening_a_page_shows_its_visible_questions(invitation):
    step = survey_page_open(
        invitation=invitation, number=1, wanted_language=None, site_language="vi", check=False
    )
    assert isinstance(step, ShowPage)
    page = step.page
    # "why" is asked only of the dissatisfied: not shown before "overall" is answered.
    assert [f.name for f in page.fields] == ["overall", "officials"]
    assert (page.number, page.count, page.is_last, page.language) == (1, 3, False, "vi")
    assert page.title == "Chất lượng phục vụ" and not page.errors
    assert [lang.code for lang in page.languages] == ["vi", "en"]
    assert page.languages[1].name == "English"  # each language named in itself


def test_a_page_beyond_the_questionnaire_is_no_page(invitation):
    assert isinstance(send(invitation, 4, {}), NoSuchPage)
    opened = survey_page_open(
        invitation=invitation, number=0, wanted_language=None, site_language="vi", check=False
    )
    assert isinstance(opened, NoSuchPage)


def test_a_complete_page_goes_to_the_next_and_keeps_a_draft(invitation):
    step = send(invitation, 1, {"overall": "4", "officials": "5"})
    assert step == GoToPage(number=2, language="vi")
    draft = ResponseDraft.objects.get(invitation=invitation)
    assert draft.answers == {"overall": "4", "officials": "5"} and draft.page == 1
    assert survey_resume_page(invitation) == 2


def test_a_required_question_left_empty_shows_the_page_with_its_message(invitation):
    step = send(invitation, 1, {"officials": "5"}, shown=["overall", "officials"])
    assert isinstance(step, ShowPage)
    assert set(step.page.errors) == {"overall"} and not step.page.appeared
    assert next(f for f in step.page.fields if f.name == "overall").error


def test_a_question_revealed_by_an_answer_shows_the_page_again(invitation):
    step = send(invitation, 1, {"overall": "1"}, shown=["overall", "officials"])
    assert isinstance(step, ShowPage) and step.page.appeared
    # The new question is shown without a message: the citizen has not seen it yet.
    assert "why" in [f.name for f in step.page.fields] and "why" not in step.page.errors


def test_back_goes_to_the_page_before_with_the_answers_kept(invitation):
    send(invitation, 1, {"overall": "4"})
    step = send(invitation, 2, {"extra_visits": "3"}, action="back")
    assert step == GoToPage(number=1, language="vi")
    assert ResponseDraft.objects.get().answers["extra_visits"] == 3


def test_the_last_page_sent_complete_is_done_once(invitation):
    send(invitation, 1, {"overall": "4"})
    send(invitation, 2, {})
    last = ["channel", "comment"]
    step = send(invitation, 3, {"channel": "counter"}, shown=last, action="submit", language="en")
    assert step == Done(language="en")
    assert Response.objects.get().answers == {"overall": "4", "channel": "counter"}
    invitation.refresh_from_db()
    # The same sending again (a retried request) is done too, with no second response.
    again = send(invitation, 3, {"channel": "counter"}, shown=last, action="submit")
    assert again == Done(language="vi")
    assert Response.objects.count() == 1
    # Anything else on an answered invitation says it was answered.
    assert isinstance(send(invitation, 1, {"overall": "4"}), AlreadyAnswered)


def test_an_earlier_page_left_incomplete_is_where_sending_goes(invitation):
    send(invitation, 2, {})
    shown = ["channel", "comment"]
    step = send(invitation, 3, {"channel": "counter"}, shown=shown, action="submit")
    assert step == GoToPage(number=1, language="vi", check=True)
    assert not Response.objects.exists()
