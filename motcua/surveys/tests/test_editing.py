"""Changing a draft's structure: questions, sections and choices are added, removed and
moved; the form's pages follow; a published version refuses every change."""

import pytest
from django.utils import translation

from motcua.surveys import editing
from motcua.surveys.collection import form_pages
from motcua.surveys.models import ItemKind, Questionnaire, VersionStatus
from motcua.surveys.services import (
    QuestionnaireError,
    questionnaire_install_builtin,
    version_new_draft,
    version_publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def draft():
    questionnaire_install_builtin(slugs=["exit"])
    return version_new_draft(questionnaire=Questionnaire.objects.get(slug="exit"))


def names(version):
    return list(version.items.order_by("position").values_list("name", flat=True))


def page_names(version):
    return [
        (page.section.name if page.section else None, [item.name for item in page.items])
        for page in form_pages(version)
    ]


def test_a_question_goes_at_the_end_of_its_section_in_the_first_language(draft):
    editing.section_add(version=draft, name="staff", label="Cán bộ", is_element=True)
    item = editing.item_add(
        version=draft, name="helpful", kind=ItemKind.SATISFACTION, label="Tận tình", section="staff"
    )
    assert item.labels == {"vi": "Tận tình"} and item.choice_list == "satisfaction"
    assert item.in_index  # a satisfaction question in an index element counts by default
    editing.item_add(version=draft, name="note1", kind=ItemKind.NOTE, label="", section="exit")
    assert names(draft) == [
        "overall",
        "officials",
        "time",
        "extra_visits",
        "comment",
        "note1",
        "helpful",
    ]
    assert list(draft.items.order_by("position").values_list("position", flat=True)) == list(
        range(1, 8)
    )
    assert page_names(draft)[-1] == ("staff", ["helpful"])


def test_a_satisfaction_question_brings_its_five_levels_when_the_version_has_none(draft):
    draft.choices.all().delete()
    draft.items.filter(kind=ItemKind.SATISFACTION).delete()
    editing.item_add(version=draft, name="q1", kind=ItemKind.SATISFACTION, label="Hài lòng?")
    assert list(draft.choices.filter(list_name="satisfaction").values_list("value", flat=True)) == [
        "1",
        "2",
        "3",
        "4",
        "5",
    ]


@pytest.mark.parametrize(
    ("name", "kind", "label", "choice_list", "problem"),
    [
        ("overall", ItemKind.TEXT, "x", "", "already used"),
        ("exit", ItemKind.TEXT, "x", "", "already used"),  # a section's name
        ("2nd", ItemKind.TEXT, "x", "", "cannot be a name"),
        ("câu_hỏi", ItemKind.TEXT, "x", "", "cannot be a name"),
        ("x' or 1=1", ItemKind.TEXT, "x", "", "cannot be a name"),
        ("q", "essay", "x", "", "kind of question"),
        ("q", ItemKind.TEXT, "  ", "", "question's text"),
        ("q", ItemKind.SELECT_ONE, "x", "", "choice list"),
    ],
)
def test_a_bad_question_is_refused_with_the_reason(draft, name, kind, label, choice_list, problem):
    before = names(draft)
    with pytest.raises(QuestionnaireError) as caught:
        editing.item_add(version=draft, name=name, kind=kind, label=label, choice_list=choice_list)
    assert problem in " ".join(caught.value.messages)
    assert names(draft) == before


def test_a_question_another_one_depends_on_cannot_be_removed(draft):
    draft.items.filter(name="comment").update(relevant="${overall} <= 2")
    with pytest.raises(QuestionnaireError) as caught:
        editing.item_remove(version=draft, name="overall")
    assert "comment" in " ".join(caught.value.messages)
    editing.item_remove(version=draft, name="extra_visits")
    assert names(draft) == ["overall", "officials", "time", "comment"]
    assert max(draft.items.values_list("position", flat=True)) == 4


def test_moving_a_question_past_its_section_edge_moves_it_into_the_next_section(draft):
    editing.section_add(version=draft, name="more", label="Thêm")
    editing.item_add(version=draft, name="extra", kind=ItemKind.TEXT, label="x", section="more")
    editing.item_move(version=draft, name="officials", up=True)
    assert names(draft)[:2] == ["officials", "overall"]
    editing.item_move(version=draft, name="officials", up=True)  # already first: no change
    assert names(draft)[:2] == ["officials", "overall"]
    editing.item_move(version=draft, name="comment", up=False)  # crosses into "more"
    assert page_names(draft) == [
        ("exit", ["officials", "overall", "time", "extra_visits"]),
        ("more", ["comment", "extra"]),
    ]


def test_moving_a_section_takes_its_questions_along(draft):
    editing.section_add(version=draft, name="more", label="Thêm")
    editing.item_add(version=draft, name="extra", kind=ItemKind.TEXT, label="x", section="more")
    editing.section_move(version=draft, name="more", up=True)
    assert [page[0] for page in page_names(draft)] == ["more", "exit"]
    assert names(draft)[0] == "extra"
    editing.section_move(version=draft, name="more", up=False)
    assert [page[0] for page in page_names(draft)] == ["exit", "more"]


def test_only_an_empty_section_is_removed(draft):
    with pytest.raises(QuestionnaireError, match="still has questions"):
        editing.section_remove(version=draft, name="exit")
    editing.section_add(version=draft, name="empty", label="Trống")
    editing.section_remove(version=draft, name="empty")
    assert not draft.sections.filter(name="empty").exists()


def test_choices_are_added_moved_and_removed_and_a_new_list_is_made(draft):
    editing.item_add(
        version=draft, name="where", kind=ItemKind.SELECT_ONE, label="Nơi nộp", choice_list="place"
    )
    with pytest.raises(QuestionnaireError, match="no choices"):
        version_publish(version=draft)
    editing.choice_add(version=draft, list_name="place", value="counter", label="Tại quầy")
    editing.choice_add(version=draft, list_name="place", value="online", label="Trực tuyến")
    with pytest.raises(QuestionnaireError, match="already has"):
        editing.choice_add(version=draft, list_name="place", value="online", label="Lại")
    with pytest.raises(QuestionnaireError, match="short code"):
        editing.choice_add(version=draft, list_name="place", value="by post", label="Bưu điện")
    editing.choice_move(version=draft, list_name="place", value="online", up=True)
    values = draft.choices.filter(list_name="place").order_by("position")
    assert list(values.values_list("value", flat=True)) == ["online", "counter"]
    draft.items.filter(name="comment").update(relevant="selected(${where}, 'online')")
    with pytest.raises(QuestionnaireError, match="comment"):
        editing.choice_remove(version=draft, list_name="place", value="online")
    editing.choice_remove(version=draft, list_name="place", value="counter")
    assert list(values.values_list("value", "position")) == [("online", 1)]
    version_publish(version=draft)
    assert draft.status == VersionStatus.PUBLISHED


def test_wording_labels_flags_and_choices_change_together_or_not_at_all(draft):
    editing.version_edit(
        version=draft,
        languages=["vi", "en", "hre"],
        items={"overall": {"labels": {"vi": "Chung", "hre": "Hre"}, "in_index": False}},
        sections={"exit": {"labels": {"vi": "Phần"}, "is_element": True}},
        choices={("satisfaction", "5"): {"vi": "Rất hài lòng", "hre": "Hre 5"}},
    )
    overall = draft.items.get(name="overall")
    assert overall.labels == {"vi": "Chung", "hre": "Hre"} and not overall.in_index
    assert draft.sections.get(name="exit").is_element
    assert draft.choices.get(list_name="satisfaction", value="5").labels["hre"] == "Hre 5"
    with pytest.raises(QuestionnaireError, match="no choice"):
        editing.version_edit(
            version=draft,
            languages=["vi"],
            items={"overall": {"labels": {"vi": "Đổi"}}},
            choices={("satisfaction", "9"): {"vi": "?"}},
        )
    assert draft.items.get(name="overall").labels["vi"] == "Chung"


def test_a_published_version_refuses_every_structural_change():
    questionnaire_install_builtin(slugs=["exit"])
    published = Questionnaire.objects.get(slug="exit").versions.get()
    changes = [
        lambda: editing.item_add(version=published, name="q", kind=ItemKind.TEXT, label="x"),
        lambda: editing.item_remove(version=published, name="comment"),
        lambda: editing.item_move(version=published, name="comment", up=True),
        lambda: editing.section_add(version=published, name="s", label="S"),
        lambda: editing.section_move(version=published, name="exit", up=True),
        lambda: editing.choice_add(version=published, list_name="x", value="1", label="x"),
        lambda: editing.choice_move(
            version=published, list_name="satisfaction", value="1", up=False
        ),
    ]
    for change in changes:
        with pytest.raises(QuestionnaireError, match="published"):
            change()
    assert names(published) == ["overall", "officials", "time", "extra_visits", "comment"]
