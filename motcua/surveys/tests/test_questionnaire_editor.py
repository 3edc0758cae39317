"""Editing a questionnaire from the staff pages: only drafts change, only organisers edit,
a unit can add its own language."""

import pytest

from motcua.orgs.tests.factories import PASSWORD
from motcua.surveys.models import Item, Questionnaire, VersionStatus
from motcua.surveys.services import questionnaire_install_builtin


@pytest.fixture
def exit_form(db):
    questionnaire_install_builtin(slugs=["exit"])
    return Questionnaire.objects.get(slug="exit")


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def post_draft(client, names, **extra):
    data = {"languages": "vi en hre"}
    for name in names:
        data[f"label:{name}:vi"] = f"{name} (vi)"
        data[f"label:{name}:hre"] = f"{name} (hre)"
        data[f"relevant:{name}"] = ""
    data.update(extra)
    return client.post("/staff/questionnaires/exit/v2/", data)


def test_an_organiser_adds_a_language_and_publishes_a_new_version(client, world, exit_form):
    login(client, world.coordinator)
    response = client.post("/staff/questionnaires/exit/draft/")
    assert response["Location"] == "/staff/questionnaires/exit/v2/"
    names = list(exit_form.versions.get(number=2).items.values_list("name", flat=True))
    post_draft(client, names, **{"required:overall": "on", "publish": "1"})
    version = exit_form.versions.get(number=2)
    assert version.status == VersionStatus.PUBLISHED and version.languages == ["vi", "en", "hre"]
    assert Item.objects.get(version=version, name="overall").labels["hre"] == "overall (hre)"
    first = exit_form.versions.get(number=1)
    assert first.languages == ["vi", "en"]  # the published version did not change
    page = client.get("/staff/questionnaires/exit/v2/").content.decode()
    assert "disabled" in page


def test_an_unreadable_show_if_is_refused(client, world, exit_form):
    login(client, world.coordinator)
    client.post("/staff/questionnaires/exit/draft/")
    names = list(exit_form.versions.get(number=2).items.values_list("name", flat=True))
    page = post_draft(client, names, **{"relevant:comment": "${overall} ~ 2"}).content.decode()
    assert 'role="alert"' in page
    assert Item.objects.get(version__number=2, name="comment").relevant == ""


def test_a_published_version_cannot_be_posted_to(client, world, exit_form):
    login(client, world.coordinator)
    response = client.post("/staff/questionnaires/exit/v1/", {"languages": "vi"})
    assert response.status_code == 403


@pytest.mark.parametrize("persona", ["counter_a", "supervisor", "outsider"])
def test_only_organisers_make_drafts(client, world, exit_form, persona):
    login(client, getattr(world, persona))
    assert client.post("/staff/questionnaires/exit/draft/").status_code == 403
    assert exit_form.versions.count() == 1


@pytest.fixture
def draft(client, world, exit_form):
    login(client, world.coordinator)
    client.post("/staff/questionnaires/exit/draft/")
    return exit_form.versions.get(number=2)


def order(version):
    return list(version.items.order_by("position").values_list("name", "section__name"))


def test_a_move_button_saves_what_was_typed_and_then_moves(client, draft):
    names = [name for name, _section in order(draft)]
    post_draft(client, names, op="item-up:time")
    assert [name for name, _section in order(draft)][:3] == ["overall", "time", "officials"]
    assert Item.objects.get(version=draft, name="time").labels["hre"] == "time (hre)"


def test_questions_sections_and_choices_are_added_from_the_page(client, draft):
    names = [name for name, _section in order(draft)]
    post_draft(
        client,
        names,
        op="section-add",
        new_section_name="place",
        new_section_label="Nơi nộp hồ sơ",
        new_section_element="on",
    )
    assert draft.sections.get(name="place").is_element
    post_draft(
        client,
        names,
        op="item-add",
        new_name="where",
        new_kind="select_one",
        new_section="place",
        new_label="Ông/bà nộp hồ sơ ở đâu?",
        new_list="channel",
    )
    post_draft(
        client,
        names,
        op="choice-add",
        new_choice_list="channel",
        new_choice_value="counter",
        new_choice_label="Tại bộ phận một cửa",
    )
    assert order(draft)[-1] == ("where", "place")
    page = client.get("/staff/questionnaires/exit/v2/").content.decode()
    assert "Ông/bà nộp hồ sơ ở đâu?" in page and "Tại bộ phận một cửa" in page
    post_draft(client, names, op="choice-remove:channel:counter")
    assert not draft.choices.filter(list_name="channel").exists()


def test_a_refused_change_shows_why_and_keeps_what_was_typed(client, draft):
    names = [name for name, _section in order(draft)]
    response = post_draft(
        client,
        names,
        op="item-add",
        new_name="câu hỏi",
        new_kind="text",
        new_label="Ý kiến khác của ông/bà",
    )
    page = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in page
    assert "Ý kiến khác của ông/bà" in page and "overall (hre)" in page
    assert Item.objects.get(version=draft, name="overall").labels.get("hre") is None
    assert draft.items.count() == 5


@pytest.mark.parametrize("persona", ["counter_a", "supervisor", "outsider"])
def test_only_organisers_change_the_structure(client, world, draft, persona):
    client.logout()
    login(client, getattr(world, persona))
    response = client.post(
        "/staff/questionnaires/exit/v2/", {"languages": "vi", "op": "item-remove:comment"}
    )
    assert response.status_code == 403
    assert draft.items.filter(name="comment").exists()
