"""Campaign results: the index against the target with intervals, units ranked, the weakest
items, downloads, and each user sees only their units."""

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from motcua.orgs.tests.factories import PASSWORD
from motcua.surveys.models import Campaign, CampaignStatus, Questionnaire, Response, Stratum
from motcua.surveys.services import questionnaire_install_builtin


@pytest.fixture
def campaign(world):
    questionnaire_install_builtin(slugs=["exit"])
    version = Questionnaire.objects.get(slug="exit").versions.get()
    campaign = Campaign.objects.create(
        slug="exit-2025",
        title="Lấy ý kiến 2025",
        version=version,
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2025, 12, 31),
        status=CampaignStatus.OPEN,
        target=90,
    )
    campaign.units.add(world.province)
    for unit, officials, count in [(world.commune_a, "5", 30), (world.commune_b, "2", 20)]:
        stratum = Stratum.objects.create(
            campaign=campaign, key=str(unit.pk), unit=unit, population=200, sample_size=count
        )
        Response.objects.bulk_create(
            Response(
                campaign=campaign,
                version=version,
                stratum=stratum,
                unit=unit,
                channel="web",
                submitted_on=dt.date(2025, 6, 1),
                client_key=f"{unit.code}-{n}",
                answers={"overall": "4", "officials": officials, "time": "4" if n % 3 else "2"},
            )
            for n in range(count)
        )
    return campaign


def login(client, user):
    assert client.login(username=user.username, password=PASSWORD)


def test_the_coordinator_sees_the_province_against_the_target(client, world, campaign):
    login(client, world.coordinator)
    page = client.get(f"/staff/surveys/{campaign.slug}/results/").content.decode()
    # The index is the mean of the items' shares, each commune standing for the 200 dossiers
    # it was sampled from: (100 + 50 + 65.8) / 3, not the 75.3 % of counting sheets.
    assert "<strong>71,9 %</strong> (" in page  # Vietnamese decimal comma, then the interval
    assert page.count("<svg") == 2 and "Xã A" in page and "Xã B" in page
    assert page.index("Xã A") < page.index("Xã B", page.index("Xã A"))  # ranked, A first
    workbook = load_workbook(
        io.BytesIO(
            client.get(f"/staff/surveys/{campaign.slug}/results/", {"format": "xlsx"}).content
        )
    )
    rows = {r[1]: r for r in workbook.active.iter_rows(min_row=2, values_only=True)}
    officials = next(r for label, r in rows.items() if "công chức" in label.lower())
    # 30 of 50 sheets are satisfied, but each commune stands for 200 dossiers: 50 %.
    assert officials[3] == 50 and officials[4] == 50.0
    time = next(r for label, r in rows.items() if "thời gian" in label.lower())
    # (200 x 20/30 + 200 x 13/20) / 400, with a design-based interval around it.
    assert time[4] == 65.8 and time[5] < 65.8 < time[6]


def test_a_commune_head_sees_only_their_commune(client, world, campaign):
    login(client, world.head_b)
    workbook = load_workbook(
        io.BytesIO(
            client.get(f"/staff/surveys/{campaign.slug}/results/", {"format": "xlsx"}).content
        )
    )
    answers = [r[3] for r in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert set(answers) == {20}
    raw = client.get(f"/staff/surveys/{campaign.slug}/answers.csv").content.decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw)))
    # Headed in words and filled with names, never with codes or keys.
    assert len(rows) == 21 and rows[0][:2] == ["Đơn vị", "Tầng"]
    assert {r[0] for r in rows[1:]} == {world.commune_b.name}
    assert {r[4] for r in rows[1:]} == {"01/06/2025"}
    assert "client_key" not in raw and "23002-" not in raw  # nothing that identifies a sheet


def test_small_groups_are_not_shown_as_rates(client, world, campaign):
    Response.objects.filter(unit=world.commune_b).delete()
    Response.objects.filter(unit=world.commune_a).exclude(
        client_key__in=[f"{world.commune_a.code}-{n}" for n in range(5)]
    ).delete()
    login(client, world.coordinator)
    page = client.get(f"/staff/surveys/{campaign.slug}/results/").content.decode()
    assert "chưa đủ câu trả lời" in page or "not enough answers" in page


def test_outsiders_see_no_results(client, world, campaign):
    login(client, world.outsider)
    assert client.get(f"/staff/surveys/{campaign.slug}/results/").status_code in (403, 404)


def test_the_report_is_a_docx_in_the_administrative_layout(client, world, campaign):
    import docx

    login(client, world.coordinator)
    response = client.get(f"/staff/surveys/{campaign.slug}/report.docx")
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    document = docx.Document(io.BytesIO(response.content))
    head = document.tables[0].rows[0].cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in head[1].text
    assert "Độc lập - Tự do - Hạnh phúc" in head[1].text
    assert "TỈNH THỬ" in head[0].text.upper() and "/BC-UBND" in head[0].text
    text = "\n".join(p.text for p in document.paragraphs)
    assert "BÁO CÁO" in text and "ngày" in text and "I. " in text and "II. " in text
    assert document.styles["Normal"].font.name == "Times New Roman"
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert any("Thời gian" in row.cells[0].text for t in document.tables[1:] for row in t.rows)
    assert "Nơi nhận" in document.tables[-1].rows[0].cells[0].text


def test_each_item_shows_its_95_per_cent_interval(client, world, campaign):
    login(client, world.coordinator)
    page = client.get(f"/staff/surveys/{campaign.slug}/results/").content.decode()
    row = page[page.index("Thời gian giải quyết</td>") :].split("</tr>")[0]
    low, high = (float(x.replace(",", ".")) for x in row.split("<td>")[-1][:-5].split(" – "))
    assert low < 65.8 < high


def earlier_campaign(campaign, year, overall):
    earlier = Campaign.objects.create(
        slug=f"exit-{year}",
        title=f"Lấy ý kiến {year}",
        version=campaign.version,
        starts_on=dt.date(year, 1, 1),
        ends_on=dt.date(year, 12, 31),
        status=CampaignStatus.CLOSED,
    )
    unit = campaign.strata.first().unit
    Response.objects.bulk_create(
        Response(
            campaign=earlier,
            version=campaign.version,
            unit=unit,
            channel="paper",
            submitted_on=dt.date(year, 6, 1),
            client_key=f"{year}-{n}",
            answers={"overall": overall, "officials": overall, "time": overall},
        )
        for n in range(12)
    )
    return earlier


def test_the_trend_shows_every_earlier_campaign_oldest_first(client, world, campaign):
    earlier_campaign(campaign, 2023, "2")  # nobody satisfied: 0 %, drawn as 0, not a gap
    earlier_campaign(campaign, 2024, "5")
    login(client, world.coordinator)
    page = client.get(f"/staff/surveys/{campaign.slug}/results/").content.decode()
    assert page.count("<svg") == 3 and "<polyline" in page
    trend = page[page.index('id="trend-title"') :]
    assert trend.index("Lấy ý kiến 2023") < trend.index("Lấy ý kiến 2024")
    assert trend.index("Lấy ý kiến 2024") < trend.index("Lấy ý kiến 2025")
    assert "Lấy ý kiến 2024</td><td>12</td><td>100,0 %" in page
    assert "Lấy ý kiến 2023</td><td>12</td><td>0,0 %" in page
    report = client.get(f"/staff/surveys/{campaign.slug}/report.docx")
    assert report.status_code == 200


def test_a_campaign_without_earlier_ones_has_no_trend_chart(client, world, campaign):
    login(client, world.coordinator)
    page = client.get(f"/staff/surveys/{campaign.slug}/results/").content.decode()
    assert 'id="trend-title"' not in page


def percent(text):
    return float(text.replace(",", ".").replace("%", "").strip())


def test_the_page_the_downloads_the_report_the_command_and_the_board_agree(client, world, campaign):
    """One campaign, one figure: the page, its XLSX and CSV, the DOCX report, `motcua survey
    results` and the stored result the indicator board reads, to the 0.1 point printed."""
    import json
    from io import StringIO

    import docx
    from django.core.management import call_command

    from motcua.surveys.selectors import survey_index_for
    from motcua.surveys.services import campaign_results_refresh

    login(client, world.coordinator)
    url = f"/staff/surveys/{campaign.slug}/results/"
    page = client.get(url).content.decode()
    shown = page.split("<strong>")[1].split("</strong>")[0]
    low, high = page.split("</strong> (")[1].split(")")[0].split(" ")[-3::2]
    on_page = (percent(shown), percent(low), percent(high))

    workbook = load_workbook(io.BytesIO(client.get(url, {"format": "xlsx"}).content))
    first = next(workbook.active.iter_rows(min_row=2, values_only=True))
    in_xlsx = (first[4], first[5], first[6])
    raw = client.get(url, {"format": "csv"}).content.decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(raw)))[1]
    in_csv = (float(row[4]), float(row[5]), float(row[6]))

    report = docx.Document(
        io.BytesIO(client.get(f"/staff/surveys/{campaign.slug}/report.docx").content)
    )
    text = "\n".join(p.text for p in report.paragraphs)
    in_docx = percent(text.split("1. ")[2].split(":")[1].split("(")[0])

    out = StringIO()
    call_command("survey", "results", campaign.slug, "--json", stdout=out)
    printed = json.loads(out.getvalue())
    by_command = (printed["index"] * 100, printed["ci"][0] * 100, printed["ci"][1] * 100)

    campaign_results_refresh(campaign=campaign)
    board = survey_index_for(world.province.pk, start=campaign.starts_on, end=campaign.ends_on)
    assert board is not None
    on_board = (board.index * 100, board.ci_low * 100, board.ci_high * 100)

    assert on_page[0] == 71.9
    for figures in (in_xlsx, in_csv, by_command, on_board):
        assert figures == pytest.approx(on_page, abs=0.05)
    assert in_docx == pytest.approx(on_page[0], abs=0.05)
    assert board.n == printed["n"] == 50


def test_a_commune_head_sees_the_figure_the_board_shows_for_their_commune(client, world, campaign):
    from motcua.surveys.selectors import survey_index_for
    from motcua.surveys.services import campaign_results_refresh

    campaign_results_refresh(campaign=campaign)
    login(client, world.head_b)
    page = client.get(f"/staff/surveys/{campaign.slug}/results/").content.decode()
    board = survey_index_for(world.commune_b.pk, start=campaign.starts_on, end=campaign.ends_on)
    assert board is not None and board.n == 20
    # (100 + 0 + 65) / 3 for commune B alone.
    assert "<strong>55,0 %</strong>" in page and round(board.index * 100, 1) == 55.0
