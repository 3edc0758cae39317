"""`motcua demo`: realistic, labelled, repeatable, and never mixed with real data."""

import datetime as dt

import pytest
from django.core.management import CommandError, call_command

from motcua.catalogue.models import Form, Procedure
from motcua.catalogue.publication import Defect, publication_problems
from motcua.metrics.models import Rollup, Target
from motcua.orgs.access import access_for
from motcua.orgs.demo import DEMO_PASSWORD
from motcua.orgs.models import AdministrativeUnit, Membership, Role
from motcua.orgs.selectors import unit_historic_units
from motcua.orgs.tests.factories import UnitFactory

pytestmark = pytest.mark.django_db


def test_the_demo_refuses_a_database_with_real_data():
    UnitFactory(code="01", name="Thành phố Hà Nội", kind="province")
    with pytest.raises(CommandError, match="real"):
        call_command("demo", "--per-year=200", verbosity=0)
    assert Procedure.objects.count() == 0


def test_the_demo_loads_a_province_a_catalogue_and_a_login_per_role(client, capsys):
    call_command("demo", "--per-year=200", verbosity=0)
    call_command("demo", "--per-year=200", verbosity=0)  # a second run changes nothing
    capsys.readouterr()
    call_command("demo", "--if-empty", "--per-year=200", verbosity=0)
    reminder = capsys.readouterr().out
    assert "not loaded again" in reminder
    assert all(f"demo_{who}" in reminder for who in ["counter", "coordinator", "admin"])

    today = dt.date(2026, 1, 15)
    province = AdministrativeUnit.objects.valid_on(today).get(kind="province")
    communes = AdministrativeUnit.objects.valid_on(today).filter(parent=province)
    assert 8 <= communes.count() <= 12
    assert unit_historic_units(province, on=today).filter(kind="district").exists()
    assert not AdministrativeUnit.objects.filter(is_demo=False).exists()
    # The dashboard has figures and targets at once.
    assert Target.objects.filter(indicator="rated_satisfied", value=90).count() == 1
    assert Rollup.objects.filter(indicator="on_time").exists()

    procedures = Procedure.objects.filter(status="published")
    assert procedures.count() >= 150
    for name in ["Đăng ký khai sinh", "Đăng ký kết hôn"]:
        assert procedures.filter(name=name).exists()
    assert procedures.filter(name__startswith="Chứng thực bản sao từ bản chính").exists()
    assert procedures.filter(name__contains="lần đầu", field__name="Đất đai").exists()
    assert Form.objects.count() > 50

    defects = {p.defect for p in publication_problems(on=today)}
    assert {Defect.EXPIRED_FORM, Defect.EXPIRED_LEGAL_BASIS, Defect.MISSING_COMPONENT} <= defects

    assert set(Membership.objects.values_list("role", flat=True)) == set(Role.values)
    for membership in Membership.objects.select_related("user"):
        assert client.login(username=membership.user.username, password=DEMO_PASSWORD)
        assert client.get("/staff/").status_code == 200
        assert not access_for(membership.user, on=today).is_outsider

    page = client.get("/procedures/", {"q": "dang ky ket hon"}).content.decode()
    assert "Đăng ký kết hôn" in page
    code = procedures.get(name="Đăng ký kết hôn").code
    assert "dữ liệu mẫu" in client.get(f"/procedures/{code}/").content.decode().lower()


def test_every_page_says_it_shows_demo_data_once_the_demo_is_loaded(client):
    assert "demo-banner" not in client.get("/").content.decode()
    UnitFactory(code="51", kind="province", is_demo=True)
    for url in ["/", "/procedures/?q=ket+hon", "/accounts/login/"]:
        assert "demo-banner" in client.get(url).content.decode(), url


def test_the_demo_counter_officer_has_a_queue(client):
    call_command("demo", "--per-year=200", verbosity=0)
    assert client.login(username="demo_counter", password=DEMO_PASSWORD)
    page = client.get("/staff/dossiers/", {"queue": "mine"}).content.decode()
    assert "/staff/dossiers/" in page and "Không có hồ sơ nào." not in page


def test_the_demo_has_a_sipas_campaign_with_weak_spots():
    from motcua.surveys.demo import DEMO_CAMPAIGN
    from motcua.surveys.models import Campaign, CampaignResult
    from motcua.surveys.results import campaign_estimate
    from motcua.surveys.selectors import survey_indices_for

    call_command("demo", "--per-year=2000", verbosity=0)
    campaign = Campaign.objects.get(slug=DEMO_CAMPAIGN)
    responses = campaign.responses.count()
    assert 1500 <= responses <= 2500
    assert campaign.invitations.filter(used=True).exists()
    # The results are stored, so the indicator board has the campaign's figure at once, for
    # the province and for each commune.
    stored = CampaignResult.objects.get(campaign=campaign, unit=None)
    assert stored.n_answers == responses and stored.index is not None
    assert stored.index == pytest.approx(campaign_estimate(campaign).overall)
    units = set(campaign.responses.values_list("unit_id", flat=True))
    found = survey_indices_for(units, start=campaign.starts_on, end=campaign.ends_on)
    rates = sorted(figure.index for figure in found.values() if figure and figure.index)
    assert len(rates) == len(units)
    assert rates[0] < rates[-1] - 0.05  # some communes are clearly weaker
    call_command("demo", "--per-year=2000", verbosity=0)  # loading again adds nothing
    assert Campaign.objects.get(slug=DEMO_CAMPAIGN).responses.count() == responses
