"""Built-in questionnaires, publication, and the rule that a published version never changes."""

import pytest
from django.core.management import call_command

from motcua.surveys.models import Choice, Item, ItemKind, Questionnaire, Section, VersionStatus
from motcua.surveys.services import (
    QuestionnaireError,
    questionnaire_install_builtin,
    version_ensure_draft,
    version_new_draft,
    version_publish,
)

pytestmark = pytest.mark.django_db


def test_the_sipas_questionnaire_has_the_five_elements_and_22_criteria():
    questionnaire_install_builtin()
    sipas = Questionnaire.objects.get(slug="sipas-2640")
    version = sipas.versions.get()
    assert version.status == VersionStatus.PUBLISHED and version.languages == ["vi", "en"]
    elements = version.sections.filter(is_element=True).order_by("position")
    assert [s.name for s in elements] == ["access", "procedure", "officials", "result", "feedback"]
    assert version.items.filter(in_index=True).count() == 22
    assert "NOT verified" in sipas.description
    assert Item.objects.get(version=version, name="officials_1").labels["en"]
    assert set(version.choices.values_list("value", flat=True)) == {"1", "2", "3", "4", "5"}


def test_every_template_installs_once_and_publishes():
    first = questionnaire_install_builtin()
    assert {q.slug for q in first} == {"sipas-2640", "sipas-1001", "exit"}
    assert questionnaire_install_builtin() == []
    assert Questionnaire.objects.count() == 3
    assert not Questionnaire.objects.filter(versions__status=VersionStatus.DRAFT).exists()
    policy = Section.objects.get(version__questionnaire__slug="sipas-1001", name="policy")
    assert policy.items.count() == 9


def test_a_published_version_never_changes_and_edits_go_to_a_new_draft():
    questionnaire_install_builtin(slugs=["exit"])
    exit_form = Questionnaire.objects.get(slug="exit")
    published = exit_form.versions.get()
    with pytest.raises(QuestionnaireError):
        version_ensure_draft(published)
    with pytest.raises(QuestionnaireError):
        version_publish(version=published)
    draft = version_new_draft(questionnaire=exit_form)
    assert draft.number == 2 and draft.status == VersionStatus.DRAFT
    assert version_new_draft(questionnaire=exit_form) == draft  # one draft at a time
    assert [i.name for i in draft.items.all()] == [i.name for i in published.items.all()]
    assert draft.sections.get().items.count() == published.sections.get().items.count()
    Item.objects.filter(version=draft, name="comment").update(labels={"vi": "Ý kiến khác"})
    version_publish(version=draft)
    assert published.items.get(name="comment").labels["vi"] == "Góp ý"


def test_a_version_with_a_choice_question_and_no_choices_is_not_published():
    questionnaire_install_builtin(slugs=["exit"])
    draft = version_new_draft(questionnaire=Questionnaire.objects.get(slug="exit"))
    Choice.objects.filter(version=draft).delete()
    with pytest.raises(QuestionnaireError, match="satisfaction"):
        version_publish(version=draft)
    assert draft.status == VersionStatus.DRAFT


def test_the_command_installs_the_templates(capsys):
    call_command("survey", "install-templates", "exit")
    assert "exit" in capsys.readouterr().out
    assert Item.objects.filter(kind=ItemKind.SATISFACTION).count() == 3


def test_the_admin_does_not_let_anyone_edit_a_published_version(admin_client):
    questionnaire_install_builtin(slugs=["exit"])
    version = Questionnaire.objects.get(slug="exit").versions.get()
    url = f"/admin/surveys/questionnaireversion/{version.pk}/change/"
    page = admin_client.get(url).content.decode()
    assert 'name="_save"' not in page
    assert admin_client.post(url, {"status": "draft"}).status_code == 403
    assert (
        admin_client.post(
            f"/admin/surveys/questionnaireversion/{version.pk}/delete/", {"post": "yes"}
        ).status_code
        == 403
    )
