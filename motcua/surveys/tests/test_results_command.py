"""`motcua survey results` and `motcua survey refresh-results`."""

from __future__ import annotations

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation

from motcua.surveys.models import CampaignResult, Response
from motcua.surveys.results import campaign_estimate
from motcua.surveys.tests.factories import exit_campaign

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _messages_in_english(settings):
    """The assertions read the English messages (the catalogue test checks the Vietnamese)."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def campaign(world):
    return exit_campaign(world)


def results(*arguments: str) -> str:
    out = StringIO()
    call_command("survey", "results", *arguments, stdout=out)
    return out.getvalue()


def test_it_prints_the_index_its_interval_and_every_item_as_json(campaign):
    report = json.loads(results(campaign.slug, "--json"))
    found = campaign_estimate(campaign)
    assert found.index is not None
    assert report["campaign"] == "exit-2025" and report["n"] == 50
    assert report["index"] == pytest.approx(found.index.estimate, abs=1e-6)
    assert report["ci"] == pytest.approx([found.index.ci_low, found.index.ci_high], abs=1e-6)
    assert round(report["index"] * 100, 1) == 71.9
    items = {item["code"]: item for item in report["items"]}
    assert list(items) == ["overall", "officials", "time"]
    assert items["officials"]["rate"] == pytest.approx(0.5)
    assert items["officials"]["label"] == "Thái độ của công chức"  # Vietnamese by default
    assert items["time"]["ci"][0] < items["time"]["rate"] < items["time"]["ci"][1]
    assert set(items["time"]) >= {"code", "label", "rate", "ci"}


def test_labels_follow_the_language_asked_for(campaign):
    report = json.loads(results(campaign.slug, "--json", "--language", "en"))
    assert report["items"][1]["label"] == "The officials' attitude"


def test_without_json_it_prints_a_table(campaign):
    text = results(campaign.slug)
    assert "overall index: 71.9 %" in text
    assert "answer sheets: 50" in text
    officials = next(line for line in text.splitlines() if line.startswith("officials"))
    assert "50.0" in officials and "Thái độ của công chức" in officials


def test_too_few_answers_print_no_figure(world, campaign):
    Response.objects.exclude(pk__in=campaign.responses.order_by("pk")[:5]).delete()
    report = json.loads(results(campaign.slug, "--json"))
    assert report["n"] == 5 and report["index"] is None and report["ci"] is None
    assert all(item["rate"] is None for item in report["items"])
    assert "overall index: — %" in results(campaign.slug)


def test_an_unknown_campaign_is_an_error_with_exit_code_2(campaign):
    with pytest.raises(CommandError, match="no campaign exit-2099") as raised:
        results("exit-2099", "--json")
    assert raised.value.returncode == 2


def test_a_campaign_without_answers_is_an_error_with_exit_code_1(world):
    empty = exit_campaign(world, slug="empty")
    Response.objects.filter(campaign=empty).delete()
    with pytest.raises(CommandError, match="has no answers yet") as raised:
        results("empty")
    assert raised.value.returncode == 1


def test_refresh_results_stores_what_is_missing_or_out_of_date(world, campaign):
    exit_campaign(
        world, slug="exit-2024", starts_on=dt.date(2024, 1, 1), ends_on=dt.date(2024, 12, 31)
    )
    out = StringIO()
    call_command("survey", "refresh-results", stdout=out)
    assert set(
        CampaignResult.objects.filter(unit=None).values_list("campaign__slug", flat=True)
    ) == {
        "exit-2024",
        "exit-2025",
    }
    assert "exit-2025: 4 stored results" in out.getvalue()
    with pytest.raises(CommandError, match="no campaign nothing") as raised:
        call_command("survey", "refresh-results", "nothing")
    assert raised.value.returncode == 2


def test_every_subcommand_is_listed_in_the_help():
    from motcua.surveys.management.commands.survey import Command

    parser = Command().create_parser("motcua", "survey")
    text = parser.format_help()
    for name in ("estimate", "results", "refresh-results", "send-invitations", "remind"):
        assert name in text
