"""Campaign samples: stratified, sized by n = N / (1 + N·e²), reproducible, one token each."""

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from motcua.catalogue.tests.factories import procedure_make
from motcua.dossiers.services import dossier_receive, dossier_transition
from motcua.dossiers.states import State
from motcua.surveys.models import Campaign, Invitation, Questionnaire
from motcua.surveys.sampling import CODE_ALPHABET, campaign_draw_sample, sample_size
from motcua.surveys.services import QuestionnaireError, questionnaire_install_builtin

VN = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(
    ("population", "expected"), [(0, 0), (1, 1), (10, 10), (100, 80), (1000, 286), (20000, 393)]
)
def test_the_sample_size_follows_yamane(population, expected):
    assert sample_size(population, 0.05) == expected


@pytest.fixture
def campaign(world):
    questionnaire_install_builtin(slugs=["exit"])
    version = Questionnaire.objects.get(slug="exit").versions.get()
    birth = procedure_make("1.001193", "Đăng ký khai sinh", field="Hộ tịch")
    land = procedure_make("1.004227", "Đăng ký đất đai", field="Đất đai")
    when = dt.datetime(2025, 9, 8, 9, 0, tzinfo=VN)
    for number in range(60):
        dossier = dossier_receive(
            procedure=birth if number % 3 else land,
            agency=world.one_stop_a,
            actor=world.counter_a,
            applicant_name=f"Người {number}",
            submitted=list((birth if number % 3 else land).components.all()),
            received_at=when,
        )
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.PROCESSING)
        finished = dt.datetime(2025, 9, 10 if number < 50 else 30, 9, 0, tzinfo=VN)
        dossier_transition(dossier=dossier, actor=world.counter_a, to=State.RESOLVED, at=finished)
    campaign = Campaign.objects.create(
        slug="q3-2025",
        title="Khảo sát quý III/2025",
        version=version,
        starts_on=dt.date(2025, 9, 1),
        ends_on=dt.date(2025, 9, 15),
        strata_by=["unit", "field"],
        seed=7,
    )
    campaign.units.add(world.province)
    return campaign


def test_strata_follow_the_chosen_dimensions_and_the_period(campaign, world):
    strata = campaign_draw_sample(campaign=campaign)
    assert {(s.field_name, s.population) for s in strata} == {("Hộ tịch", 33), ("Đất đai", 17)}
    assert all(s.unit == world.commune_a for s in strata)
    assert {s.sample_size for s in strata} == {sample_size(33, 0.05), sample_size(17, 0.05)}
    assert Invitation.objects.count() == sum(s.sample_size for s in strata)


def test_drawing_again_gives_the_same_dossiers_with_new_tokens(campaign):
    campaign_draw_sample(campaign=campaign)
    first = dict(Invitation.objects.values_list("dossier_id", "token"))
    campaign_draw_sample(campaign=campaign)
    second = dict(Invitation.objects.values_list("dossier_id", "token"))
    assert set(first) == set(second)
    assert all(len(t) == 10 and set(t) <= set(CODE_ALPHABET) for t in second.values())


def test_another_seed_draws_another_sample(campaign):
    campaign_draw_sample(campaign=campaign)
    first = set(Invitation.objects.values_list("dossier_id", flat=True))
    campaign.seed = 8
    campaign.save()
    campaign_draw_sample(campaign=campaign)
    assert set(Invitation.objects.values_list("dossier_id", flat=True)) != first


def test_a_sample_with_answers_is_not_drawn_again(campaign):
    campaign_draw_sample(campaign=campaign)
    Invitation.objects.filter(pk=Invitation.objects.first().pk).update(used=True)
    with pytest.raises(QuestionnaireError):
        campaign_draw_sample(campaign=campaign)
    assert Invitation.objects.filter(used=True).count() == 1


def test_the_admin_draws_the_sample(admin_client, campaign):
    response = admin_client.post(
        "/admin/surveys/campaign/",
        {"action": "draw_sample", "_selected_action": [campaign.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert Invitation.objects.filter(campaign=campaign).exists()
    campaign.refresh_from_db()
    assert campaign.sampled_at is not None
