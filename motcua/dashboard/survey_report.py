"""The survey report as a Word document in the administrative layout of Decree 30/2020/NĐ-CP:
issuing body and the national name and motto at the top, number and symbol, place and date,
the document type and its summary, numbered sections, tables, and the recipients and the
signature at the end; Times New Roman on A4. Always in Vietnamese, like the documents it
sits among."""

from __future__ import annotations

import io
from typing import Any

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from motcua.surveys.models import Campaign
from motcua.surveys.results import CampaignResults

FONT = "Times New Roman"
BAR_WIDTH = 20  # characters of a full bar in the text charts


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.1f}".replace(".", ",") + " %"


def _bar(value: float | None) -> str:
    """A bar of block characters: a chart that any Word and any printer shows."""
    if value is None:
        return ""
    return "█" * round(value * BAR_WIDTH)


def _paragraph(
    document: Any,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    align: Any = None,
    size: float = 13,
) -> Any:
    paragraph = document.add_paragraph()
    run = paragraph.add_run(text)
    run.bold, run.italic, run.font.size = bold, italic, Pt(size)
    if align is not None:
        paragraph.alignment = align
    return paragraph


def _table(document: Any, headers: list[str], rows: list[list[str]]) -> None:
    table = document.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    for cell, header in zip(table.rows[0].cells, headers, strict=True):
        cell.text = header
        for run in cell.paragraphs[0].runs:
            run.bold = True
    for row in rows:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value


def survey_report_docx(
    *, campaign: Campaign, results: CampaignResults, issuer: str, place: str
) -> bytes:
    with translation.override("vi"):
        return _build(campaign, results, issuer, place)


def _build(campaign: Campaign, results: CampaignResults, issuer: str, place: str) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    style = document.styles["Normal"]
    style.font.name = FONT
    style.font.size = Pt(13)

    head = document.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    number = _("No.: ..../BC-UBND")
    left.text = f"{issuer.upper()}\n\n{number}"
    nation, motto = _("SOCIALIST REPUBLIC OF VIET NAM"), _("Independence - Freedom - Happiness")
    right.text = f"{nation}\n{motto}"
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold, run.font.size = True, Pt(12)
    today = timezone.localdate()
    _paragraph(
        document,
        _("%(place)s, day %(day)s month %(month)s year %(year)s")
        % {
            "place": place,
            "day": f"{today.day:02d}",
            "month": f"{today.month:02d}",
            "year": today.year,
        },
        italic=True,
        align=WD_ALIGN_PARAGRAPH.RIGHT,
        size=14,
    )
    _paragraph(document, _("REPORT"), bold=True, align=WD_ALIGN_PARAGRAPH.CENTER, size=14)
    _paragraph(
        document,
        _("Results of the survey of satisfaction with the service: %(title)s")
        % {"title": campaign.title},
        bold=True,
        align=WD_ALIGN_PARAGRAPH.CENTER,
        size=14,
    )

    _paragraph(document, _("I. GENERAL INFORMATION"), bold=True)
    _paragraph(
        document,
        _(
            "1. Period surveyed: %(start)s to %(end)s. Questionnaire: %(questionnaire)s. "
            "Responses: %(responses)s."
        )
        % {
            "start": campaign.starts_on.strftime("%d/%m/%Y"),
            "end": campaign.ends_on.strftime("%d/%m/%Y"),
            "questionnaire": campaign.version.questionnaire.title,
            "responses": results.responses,
        },
    )
    _paragraph(
        document,
        _(
            "2. Method: a stratified random sample of the dossiers finished in the period; "
            "shares are estimated with the sampling design and given with their confidence "
            "intervals at 95 per cent; a figure resting on fewer than 10 answers is not given."
        ),
    )

    _paragraph(document, _("II. RESULTS"), bold=True)
    verdict = (
        _("The target is met.")
        if results.meets_target
        else _("The target is not met.")
        if results.meets_target is False
        else _("There are not enough answers to judge the target.")
    )
    _paragraph(
        document,
        _("1. Overall satisfaction index: %(overall)s (target %(target)s %%). %(verdict)s")
        % {
            "overall": _percent(results.overall),
            "target": f"{campaign.target:.0f}",
            "verdict": verdict,
        },
    )
    if results.previous is not None:
        _paragraph(
            document,
            _("Previous survey (%(title)s): %(overall)s.")
            % {"title": results.previous.label, "overall": _percent(results.previous.overall)},
        )
        _table(
            document,
            [_("Survey"), _("Responses"), _("Index"), _("Chart")],
            [
                [group.label, str(group.responses), _percent(group.overall), _bar(group.overall)]
                for group in results.trend
            ],
        )
    _paragraph(document, _("2. Indices by element"))
    _table(
        document,
        [_("Element"), _("Index"), _("Chart")],
        [[text, _percent(value), _bar(value)] for _name, text, value in results.elements],
    )
    _paragraph(document, _("3. Satisfied share by item"))
    _table(
        document,
        [_("Item"), _("Answers"), _("Satisfied"), _("Interval at 95 per cent")],
        [
            [
                item.label,
                str(item.answers),
                _percent(item.share.estimate) if item.share else _("not enough answers"),
                f"{_percent(item.share.ci_low)} – {_percent(item.share.ci_high)}"
                if item.share
                else "",
            ]
            for item in results.items
        ],
    )
    _paragraph(document, _("4. Units ranked by the overall index"))
    _table(
        document,
        [_("Unit"), _("Responses"), _("Index"), _("Chart")],
        [
            [group.label, str(group.responses), _percent(group.overall), _bar(group.overall)]
            for group in results.by_unit
        ],
    )

    _paragraph(document, _("III. WEAKEST ITEMS"), bold=True)
    for rank, item in enumerate(results.weakest, 1):
        gap = item.gap(results.target)
        _paragraph(
            document,
            _("%(number)s. %(item)s: %(share)s, %(gap)s points below the target.")
            % {
                "number": rank,
                "item": item.label,
                "share": _percent(item.share.estimate if item.share else None),
                "gap": f"{max(gap or 0, 0) * 100:.1f}".replace(".", ","),
            },
        )

    sign = document.add_table(rows=1, cols=2)
    recipients, signature = sign.rows[0].cells
    recipients.text = "\n".join(
        [
            _("Recipients:"),
            _("- As above;"),
            _("- The Home Affairs office (to consolidate);"),
            _("- Filed."),
        ]
    )
    behalf, chair = _("ON BEHALF OF THE PEOPLE’S COMMITTEE"), _("CHAIRPERSON")
    signature.text = f"{behalf}\n{chair}\n\n\n"
    for paragraph in signature.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for run in paragraph.runs:
            run.bold = True
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
