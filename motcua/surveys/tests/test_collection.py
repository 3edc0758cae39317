"""Answer sheets: validation against the questionnaire, skip logic, drafts, idempotent and
anonymous submission."""

import datetime as dt

import pytest

from motcua.surveys.answering import _answer_text
from motcua.surveys.collection import (
    ResponseError,
    _item_error,
    answers_errors,
    clean_answer,
    draft_save,
    form_pages,
    invitation_for,
    item_visible,
    label,
    response_submit,
)
from motcua.surveys.models import (
    Campaign,
    CampaignStatus,
    Invitation,
    Item,
    Questionnaire,
    Response,
    ResponseDraft,
    Stratum,
)
from motcua.surveys.services import (
    questionnaire_install_builtin,
    version_new_draft,
    version_publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def invitation(world):
    questionnaire_install_builtin(slugs=["exit"])
    questionnaire = Questionnaire.objects.get(slug="exit")
    draft = version_new_draft(questionnaire=questionnaire)
    # Ask why only of those who were not satisfied.
    Item.objects.filter(version=draft, name="comment").update(relevant="${overall} <= 2")
    version_publish(version=draft)
    campaign = Campaign.objects.create(
        slug="exit-2025",
        title="Exit",
        version=draft,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        status=CampaignStatus.OPEN,
    )
    stratum = Stratum.objects.create(
        campaign=campaign, key="a", unit=world.commune_a, population=10, sample_size=5
    )
    return Invitation.objects.create(
        campaign=campaign, stratum=stratum, dossier_id=1, token="ABCDE23456"
    )


GOOD = {"overall": "4", "officials": "5", "time": "3", "extra_visits": 0}


def test_a_code_typed_from_a_card_finds_its_invitation(invitation):
    assert invitation_for(campaign_slug="exit-2025", token="abcde 23456") == invitation
    assert invitation_for(campaign_slug="exit-2025", token="ABCDE23457") is None
    assert invitation_for(campaign_slug="other", token="ABCDE23456") is None
    Campaign.objects.update(status=CampaignStatus.CLOSED)
    assert invitation_for(campaign_slug="exit-2025", token="ABCDE23456") is None


def test_the_form_has_one_page_per_section_with_labels_in_each_language(invitation):
    version = invitation.campaign.version
    pages = form_pages(version)
    assert len(pages) == 1 and pages[0].items[0].name == "overall"
    overall = pages[0].items[0]
    assert label(overall, "en") == "Overall satisfaction"
    assert label(overall, "hre") == "Mức độ hài lòng chung"  # a language without a label


def test_required_answers_levels_and_numbers_are_checked(invitation):
    version = invitation.campaign.version
    assert answers_errors(version, GOOD) == {}
    assert set(answers_errors(version, {})) == {"overall"}
    assert set(answers_errors(version, {**GOOD, "officials": "7"})) == {"officials"}
    assert set(answers_errors(version, {**GOOD, "extra_visits": "nhiều"})) == {"extra_visits"}


def test_skip_logic_hides_a_question_and_drops_its_answer(invitation):
    comment = Item.objects.get(version=invitation.campaign.version, name="comment")
    assert not item_visible(comment, GOOD)
    assert item_visible(comment, {**GOOD, "overall": "1"})
    response = response_submit(
        invitation=invitation,
        answers={**GOOD, "comment": "Không liên quan"},
        language="vi",
        client_key="k1",
    )
    assert "comment" not in response.answers


def test_a_submission_is_stored_once_and_closes_the_invitation(invitation):
    draft_save(invitation=invitation, client_key="k1", language="vi", page=0, answers=GOOD)
    first = response_submit(invitation=invitation, answers=GOOD, language="vi", client_key="k1")
    again = response_submit(invitation=invitation, answers=GOOD, language="vi", client_key="k1")
    assert first == again and Response.objects.count() == 1
    invitation.refresh_from_db()
    assert invitation.used and not ResponseDraft.objects.exists()
    with pytest.raises(ResponseError):
        response_submit(invitation=invitation, answers=GOOD, language="vi", client_key="k2")
    assert first.answers == GOOD and first.unit_id == invitation.stratum.unit_id


def test_an_invalid_sheet_is_refused_and_leaves_the_invitation_open(invitation):
    with pytest.raises(ResponseError, match="overall"):
        response_submit(invitation=invitation, answers={}, language="vi", client_key="k1")
    invitation.refresh_from_db()
    assert not invitation.used and not Response.objects.exists()


def test_no_path_leads_from_an_answer_to_a_person(invitation):
    """Anonymity: a response has no relation to an invitation, a dossier or a user, and no
    time of day that could be matched with the moment an invitation was used."""
    from django.db import models

    for field in Response._meta.get_fields():
        if isinstance(field, models.ForeignKey):
            assert field.related_model.__name__ in {
                "Campaign",
                "QuestionnaireVersion",
                "Stratum",
                "AdministrativeUnit",
            }
        assert not isinstance(field, models.DateTimeField)
    assert not any(f.name in {"invitation", "dossier", "user"} for f in Response._meta.get_fields())
    assert "response" not in {f.name for f in Invitation._meta.get_fields()}


def test_a_date_answer_is_typed_day_first_and_shown_back_so(invitation):
    version = invitation.campaign.version
    item = Item(version=version, name="visited_on", kind="date", required=False)
    assert clean_answer(item, ["07/12/2026"]) == "2026-12-07"
    assert clean_answer(item, ["2026-12-07"]) == "2026-12-07"
    assert clean_answer(item, ["12/31/2026"]) == "12/31/2026"
    assert "07/12/2026" in _item_error(version, item, {"visited_on": "12/31/2026"}, "vi")
    assert _item_error(version, item, {"visited_on": "2026-12-31"}, "vi") == ""
    assert _answer_text(item, "2026-12-07") == "07/12/2026"
