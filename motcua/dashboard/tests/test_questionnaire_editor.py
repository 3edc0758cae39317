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
