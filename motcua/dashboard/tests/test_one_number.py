"""One number per figure, everywhere: for the demo province and a year, every page, export
and command that shows a figure of the registry shows the registry's value."""

import csv
import datetime as dt
import html
import io
import json
import re

import pytest
from django.core.management import call_command
from django.utils import timezone, translation
from django.utils.formats import number_format
from django.utils.translation import gettext
from openpyxl import load_workbook

from motcua.metrics.figures import unit_figures
from motcua.metrics.registry import REGISTRY, Kind
from motcua.metrics.rollups import ratios
from motcua.orgs.demo import DEMO_PASSWORD
from motcua.orgs.models import AdministrativeUnit, Agency
from motcua.surveys.demo import DEMO_CAMPAIGN
from motcua.surveys.models import Campaign

pytestmark = pytest.mark.django_db

# Last year: the demo's three years of dossiers always cover it whole.
YEAR = timezone.localdate().year - 1
START, END = dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)
PERIOD = {"start": START.isoformat(), "end": END.isoformat()}


@pytest.fixture
def demo(client):
    call_command("demo", "--per-year=300", verbosity=0)
    call_command("metrics", "refresh", "--full", verbosity=0)
    assert client.login(username="demo_coordinator", password=DEMO_PASSWORD)
    today = timezone.localdate()
    province = AdministrativeUnit.objects.valid_on(today).get(kind="province")
    [row] = unit_figures([province], start=START, end=END, today=today)
    return province, row


def _board_cell(page: str, label: str) -> str:
    """The value cell of the board's row for a figure, as text."""
    row = re.search(
        rf'<th scope="row">{re.escape(html.escape(label))}</th>\s*<td[^>]*>(.*?)</td>', page, re.S
    )
    assert row, label
    return re.sub(r"<[^>]+>", "", row.group(1)).strip()


def test_every_page_export_and_command_shows_the_registrys_value(client, demo):
    province, row = demo
    expected = {code: figure.shown for code, figure in row.figures.items()}
    assert set(expected) == set(REGISTRY)
    assert sum(value is not None for value in expected.values()) >= 10  # the demo has data

    # The command line.
    out = io.StringIO()
    call_command(
        "metrics", "show", "--from", PERIOD["start"], "--to", PERIOD["end"], "--json", stdout=out
    )
    [shown] = [u for u in json.loads(out.getvalue())["units"] if u["unit"] == province.code]
    assert {code: f["value"] for code, f in shown["indicators"].items()} == expected

    # The indicator board, as a coordinator reads it, in Vietnamese.
    page = client.get("/staff/indicators/", {**PERIOD, "unit": province.pk}).content.decode()
    with translation.override("vi"):
        for code, value in expected.items():
            if code == "index_766":
                continue  # drawn by groups below the table
            spec = REGISTRY[code]
            places = 0 if spec.kind == Kind.COUNT else 1
            text = gettext("no data") if value is None else number_format(value, places)
            assert text in _board_cell(page, str(spec.name)), code
            if value is not None and spec.kind == Kind.SHARE:
                assert "%" in _board_cell(page, str(spec.name)), code
        labels = [str(REGISTRY[code].name) for code in row.figures]
        # The page states what each figure is, in the registry's words.
        for code in row.figures:
            assert html.escape(str(REGISTRY[code].definition)) in page, code

    # Its XLSX export.
    response = client.get("/staff/indicators/", {**PERIOD, "unit": province.pk, "format": "xlsx"})
    sheet = load_workbook(io.BytesIO(response.content)).active
    header, first = list(sheet.iter_rows(values_only=True))[:2]
    assert first[0] == province.name
    exported = dict(zip(header[1:], first[1:], strict=True))
    assert {label: exported[label] for label in labels} == {
        str(REGISTRY[code].name): value for code, value in expected.items()
    }


def test_the_evaluation_gives_the_boards_on_time_share_for_the_province_and_each_agency(
    client, demo
):
    """The evaluation computes Circular 01 timeliness from the dossiers themselves; its
    export gives the board's roll-up numbers for every agency and in total."""
    _province, row = demo
    board = ratios(indicator="on_time", start=START, end=END, by="agency")
    names = dict(Agency.objects.filter(pk__in=[k for k in board if k]).values_list("pk", "name"))
    response = client.get(
        "/staff/evaluation/", {"year": str(YEAR), "by": "agency", "format": "csv"}
    )
    lines = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    *agencies, total = lines[1:]
    exported = {
        line[0]: (int(line[2]) + int(line[3]), int(line[2]) + int(line[3]) + int(line[4]))
        for line in agencies
    }
    assert exported == {
        names[key]: (ratio.numerator, ratio.denominator)
        for key, ratio in board.items()
        if key and ratio.denominator
    }
    on_time = row.figures["on_time"]
    assert (int(total[2]) + int(total[3]), sum(map(int, total[2:5]))) == (
        on_time.numerator,
        on_time.denominator,
    )


def test_the_survey_index_is_the_campaigns_results_everywhere(client, demo):
    """`metrics show` and the board give, for the demo campaign's units and period, the
    index `survey results` prints (the campaign's results page), to 0.1 point."""
    province, _row = demo
    campaign = Campaign.objects.get(slug=DEMO_CAMPAIGN)
    out = io.StringIO()
    call_command("survey", "results", campaign.slug, "--json", stdout=out)
    results = json.loads(out.getvalue())
    index = results["index"] * 100
    period = [campaign.starts_on.isoformat(), campaign.ends_on.isoformat()]
    out = io.StringIO()
    call_command("metrics", "show", "--from", period[0], "--to", period[1], "--json", stdout=out)
    [shown] = [u for u in json.loads(out.getvalue())["units"] if u["unit"] == province.code]
    survey = shown["indicators"]["sipas_overall"]
    assert survey["value"] == pytest.approx(index, abs=0.1)
    low, high = (100 * bound for bound in results["ci"])
    assert survey["interval"] == [pytest.approx(low, abs=0.1), pytest.approx(high, abs=0.1)]
    page = client.get(
        "/staff/indicators/", {"start": period[0], "end": period[1], "unit": province.pk}
    ).content.decode()
    with translation.override("vi"):
        cell = _board_cell(page, str(REGISTRY["sipas_overall"].name))
    assert number_format(round(index, 1), 1) in cell
    assert number_format(round(low, 1), 1) in cell and number_format(round(high, 1), 1) in cell
