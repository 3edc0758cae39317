"""The citizen's survey form: the code from the card, pages, skip logic, drafts, languages and
one anonymous response per invitation."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client

from motcua.portal.surveys import GUESSES
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Invitation,
    Response,
    ResponseDraft,
    Stratum,
)
from motcua.surveys.tests.factories import three_page_version

TOKEN = "ABCDE23456"
SLUG = "q3-2025"


@pytest.fixture
def campaign(db) -> Campaign:
    campaign = Campaign.objects.create(
        slug=SLUG,
        title="Khảo sát quý III/2025",
        version=three_page_version(),
        starts_on=dt.date(2025, 7, 1),
        ends_on=dt.date(2025, 9, 30),
        status=CampaignStatus.OPEN,
    )
    Stratum.objects.create(campaign=campaign, key="*|*|*", population=10, sample_size=10)
    return campaign


@pytest.fixture
def invitation(campaign, received_dossier) -> Invitation:
    return Invitation.objects.create(
        campaign=campaign,
        stratum=campaign.strata.get(),
        dossier_id=received_dossier.pk,
        token=TOKEN,
    )


def page_url(number: int, token: str = TOKEN) -> str:
    return f"/surveys/{SLUG}/{token}/{number}/"


def answer(client: Client, number: int, answers: dict, action: str = "next", **query):
    """Open page `number` as a browser would, then send it with these answers."""
    shown = client.get(page_url(number), query)
    assert shown.status_code == 200
    data = form_data(shown, answers, action)
    return client.post(page_url(number), data)


def form_data(shown, answers: dict, action: str) -> dict:
    context = shown.context
    return {
        "key": context["client_key"],
        "lang": context["language"],
        "shown": [field.name for field in context["fields"]],
        "action": action,
        **answers,
    }


def field_names(response) -> list[str]:
    return [field.name for field in response.context["fields"]]


# The code --------------------------------------------------------------------------------


def test_the_start_page_asks_for_the_code_on_the_card(client, campaign):
    response = client.get(f"/surveys/{SLUG}/")
    assert response.status_code == 200
    assert b'name="t"' in response.content
    assert "Khảo sát quý III/2025" in response.content.decode()


def test_the_qr_link_opens_the_first_page(client, invitation):
    response = client.get(f"/surveys/{SLUG}/", {"t": TOKEN})
    assert response.status_code == 302
    assert response["Location"] == page_url(1)


def test_a_code_typed_in_lowercase_with_spaces_is_accepted(client, invitation):
    response = client.get(f"/surveys/{SLUG}/", {"t": " abcde 23456 "})
    assert response["Location"] == page_url(1)


def test_a_wrong_code_is_refused_with_a_message(client, invitation):
    response = client.get(f"/surveys/{SLUG}/", {"t": "ZZZZZ99999"})
    assert response.status_code == 200
    assert response.context["error"]
    assert b'aria-describedby="survey-code-error"' in response.content
    assert client.get(page_url(1, token="ZZZZZ99999")).status_code == 404


def test_guessing_codes_is_limited_per_connection(client, invitation):
    for _attempt in range(GUESSES.attempts - 1):
        assert client.get(f"/surveys/{SLUG}/", {"t": "ZZZZZ99999"}).status_code == 200
    # Wrong tokens in the page address count too.
    assert client.get(page_url(1, token="ZZZZZ99998")).status_code == 404

    # Now even the right code is refused from this connection, on both addresses ...
    assert client.get(f"/surveys/{SLUG}/", {"t": TOKEN}).status_code == 429
    assert client.get(page_url(1)).status_code == 429
    # ... but not from another one.
    other = Client(REMOTE_ADDR="10.0.0.2")
    assert other.get(f"/surveys/{SLUG}/", {"t": TOKEN}).status_code == 302


def test_right_codes_do_not_count_towards_the_limit(client, invitation):
    for _attempt in range(GUESSES.attempts + 2):
        assert client.get(f"/surveys/{SLUG}/", {"t": TOKEN}).status_code == 302
        assert client.get(page_url(1)).status_code == 200


def test_a_closed_or_draft_campaign_is_not_found(client, invitation, campaign):
    for status in (CampaignStatus.CLOSED, CampaignStatus.DRAFT):
        campaign.status = status
        campaign.save(update_fields=["status"])
        assert client.get(f"/surveys/{SLUG}/").status_code == 404
        assert client.get(f"/surveys/{SLUG}/", {"t": TOKEN}).status_code == 404
        assert client.get(page_url(1)).status_code == 404


def test_an_unknown_survey_is_not_found(client, invitation):
    assert client.get("/surveys/no-such-survey/").status_code == 404
    assert client.get(f"/surveys/no-such-survey/{TOKEN}/1/").status_code == 404


def test_a_page_beyond_the_questionnaire_is_not_found(client, invitation):
    assert client.get(page_url(4)).status_code == 404
    assert client.get(page_url(0)).status_code == 404


# The pages -------------------------------------------------------------------------------


def test_a_citizen_walks_the_pages_and_submits_anonymously(client, invitation, received_dossier):
    first = client.get(page_url(1))
    assert b'<progress value="1" max="3"' in first.content
    assert field_names(first) == ["overall", "officials"]
    assert first.context["is_last"] is False

    response = answer(client, 1, {"overall": "4", "officials": "5"})
    assert response.status_code == 302 and response["Location"] == page_url(2)
    draft = ResponseDraft.objects.get(invitation=invitation)
    assert draft.answers == {"overall": "4", "officials": "5"} and draft.page == 1

    assert answer(client, 2, {"extra_visits": "1"})["Location"] == page_url(3)
    last = client.get(page_url(3))
    assert last.context["is_last"] is True and b'value="submit"' in last.content
    assert b'<progress value="3" max="3"' in last.content

    response = answer(client, 3, {"channel": "counter", "comment": "Nhanh"}, action="submit")
    assert response.status_code == 302
    assert response["Location"].startswith(f"/surveys/{SLUG}/thanks/")
    assert TOKEN not in response["Location"]

    stored = Response.objects.get()
    assert stored.answers == {
        "overall": "4",
        "officials": "5",
        "extra_visits": 1,
        "channel": "counter",
        "comment": "Nhanh",
    }
    assert stored.channel == "web" and stored.language == "vi"
    invitation.refresh_from_db()
    assert invitation.used
    assert not ResponseDraft.objects.exists()

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert "anonymous" in thanks.content.decode() or "ẩn danh" in thanks.content.decode()

    # Nothing personal on any page: no dossier code, no name.
    for page in (first, last, thanks):
        text = page.content.decode()
        assert received_dossier.code not in text
        assert received_dossier.applicant_name not in text


def test_back_keeps_the_answers_of_the_page(client, invitation):
    answer(client, 1, {"overall": "4"})
    response = answer(client, 2, {"extra_visits": "3"}, action="back")
    assert response["Location"] == page_url(1)
    assert ResponseDraft.objects.get().answers == {"overall": "4", "extra_visits": 3}
    again = client.get(page_url(2))
    assert b'value="3"' in again.content


def test_a_required_question_left_empty_is_shown_with_its_message(client, invitation):
    response = answer(client, 1, {"officials": "3"})
    assert response.status_code == 200
    assert set(response.context["errors"]) == {"overall"}
    html = response.content.decode()
    assert 'id="err-overall"' in html
    assert 'aria-describedby="err-overall"' in html
    # The other answer is kept on the page and in the draft.
    assert 'value="3" checked' in html
    assert ResponseDraft.objects.get().answers == {"officials": "3"}


def test_a_constraint_and_a_wrong_number_are_refused(client, invitation):
    answer(client, 1, {"overall": "4"})
    too_many = answer(client, 2, {"extra_visits": "30"})
    assert too_many.context["errors"] == {"extra_visits": "Tối đa 20 lần."}
    html = too_many.content.decode()
    assert 'aria-describedby="hint-extra_visits err-extra_visits"' in html
    assert set(answer(client, 2, {"extra_visits": "many"}).context["errors"]) == {"extra_visits"}


def test_skip_logic_shows_a_question_only_when_it_applies(client, invitation):
    # Satisfied: the "why" question never appears.
    assert "why" not in field_names(client.get(page_url(1)))

    # Dissatisfied: the page comes back with the new question, without an error yet.
    revealed = answer(client, 1, {"overall": "1"})
    assert revealed.status_code == 200
    assert field_names(revealed) == ["overall", "why", "officials"]
    assert revealed.context["appeared"] and revealed.context["errors"] == {}

    # Now it is required like any other.
    missing = client.post(page_url(1), form_data(revealed, {"overall": "1"}, "next"))
    assert set(missing.context["errors"]) == {"why"}
    done = client.post(page_url(1), form_data(revealed, {"overall": "1", "why": "Chờ lâu"}, "next"))
    assert done["Location"] == page_url(2)

    # Changed back to satisfied: the question goes away, and so does its answer.
    again = answer(client, 1, {"overall": "5"})
    assert again["Location"] == page_url(2)
    assert "why" not in ResponseDraft.objects.get().answers

    # On page 3, "topics" appears only for online dossiers.
    answer(client, 2, {})
    assert field_names(client.get(page_url(3))) == ["channel", "comment"]
    online = answer(client, 3, {"channel": "online"}, action="submit")
    assert "topics" in field_names(online)
    submitted = client.post(
        page_url(3), form_data(online, {"channel": "online", "topics": ["forms", "fees"]}, "submit")
    )
    assert submitted.status_code == 302
    assert Response.objects.get().answers == {
        "overall": "5",
        "channel": "online",
        "topics": ["forms", "fees"],
    }


def test_the_citizen_switches_the_questionnaire_language(client, invitation):
    vietnamese = client.get(page_url(1)).content.decode()
    assert "Hài lòng chung" in vietnamese and "Rất hài lòng" in vietnamese
    assert f'<a href="{page_url(1)}?lang=en" lang="en" hreflang="en">English</a>' in vietnamese
    assert '<strong lang="vi" aria-current="true">' in vietnamese

    english = client.get(page_url(1), {"lang": "en"})
    html = english.content.decode()
    assert english.context["language"] == "en"
    assert "Overall" in html and "Very satisfied" in html and "Hài lòng chung" not in html
    assert '<html lang="en">' in html

    # The choice is kept in the draft and stays when the citizen moves on or comes back.
    answer(client, 1, {"overall": "4"}, lang="en")
    assert ResponseDraft.objects.get().language == "en"
    assert client.get(page_url(2)).context["language"] == "en"
    client.get(page_url(2), {"lang": "vi"})
    assert ResponseDraft.objects.get().language == "vi"
    client.get(page_url(2), {"lang": "fr"})  # not offered by this questionnaire
    assert ResponseDraft.objects.get().language == "vi"

    client.get(page_url(2), {"lang": "en"})
    answer(client, 2, {})
    answer(client, 3, {"channel": "counter"}, action="submit")
    assert Response.objects.get().language == "en"


def test_coming_back_with_the_code_resumes_where_the_citizen_stopped(invitation):
    phone = Client()
    answer(phone, 1, {"overall": "2", "why": "Chờ lâu"})
    answer(phone, 1, {"overall": "2", "why": "Chờ lâu", "officials": "4"})
    answer(phone, 2, {"extra_visits": "2"})
    key = ResponseDraft.objects.get().client_key

    # The connection dropped; later, on another browser, the citizen types the code again.
    later = Client()
    response = later.get(f"/surveys/{SLUG}/", {"t": TOKEN})
    assert response["Location"] == page_url(3)
    first = later.get(page_url(1)).content.decode()
    assert 'value="2" checked' in first and "Chờ lâu" in first
    page = later.get(page_url(3))
    assert page.context["client_key"] == key

    answer(later, 3, {"channel": "counter"}, action="submit")
    assert Response.objects.get().client_key == key


def test_sending_with_an_earlier_page_unanswered_goes_back_to_it(client, invitation):
    # The citizen jumped straight to the last page through its address.
    response = answer(client, 3, {"channel": "counter"}, action="submit")
    assert response["Location"] == page_url(1) + "?check=1"
    assert not Response.objects.exists()
    page = client.get(response["Location"])
    assert set(page.context["errors"]) == {"overall"}
    assert ResponseDraft.objects.get().answers == {"channel": "counter"}


def test_a_retried_submission_stores_one_response(client, invitation):
    answer(client, 1, {"overall": "4"})
    answer(client, 2, {})
    last = client.get(page_url(3))
    data = form_data(last, {"channel": "counter"}, "submit")

    first = client.post(page_url(3), data)
    retried = client.post(page_url(3), data)

    assert first.status_code == retried.status_code == 302
    assert retried["Location"] == first["Location"]
    assert Response.objects.count() == 1
    invitation.refresh_from_db()
    assert invitation.used


def test_a_used_code_says_it_was_already_answered(client, invitation):
    answer(client, 1, {"overall": "4"})
    answer(client, 2, {})
    last = client.get(page_url(3))
    client.post(page_url(3), form_data(last, {"channel": "counter"}, "submit"))

    for response in (
        client.get(f"/surveys/{SLUG}/", {"t": TOKEN}),
        client.get(page_url(1)),
        # Another device with another key cannot answer a second time.
        client.post(
            page_url(3), {**form_data(last, {"channel": "online"}, "submit"), "key": "x" * 32}
        ),
    ):
        assert response.status_code == 200
        assert response.templates[0].name == "portal/surveys/answered.html"
    assert Response.objects.count() == 1
    assert Response.objects.get().answers["channel"] == "counter"


def test_the_form_needs_no_javascript(client, invitation):
    html = client.get(page_url(1)).content.decode()
    assert "<script" not in html
    assert 'method="post"' in html and 'name="action" value="next"' in html
