"""The survey report as a Word document in the administrative layout of Decree 30/2020/NĐ-CP
(`motcua.core.docx30`). Always in Vietnamese, like the documents it sits among.

Its charts are pictures (PNG) drawn with matplotlib's Agg canvas, without pyplot and its
global state, so that two reports built at once do not draw into each other. The bundled
DejaVu Sans font has every Vietnamese letter."""

from __future__ import annotations

import io
import math
from collections.abc import Sequence

from django.utils import timezone, translation
from django.utils.translation import gettext as _
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from motcua.core import docx30
from motcua.surveys.selectors import ResultRow, ResultsPage, SampleFacts, Share

CHART_WIDTH = Mm(160)  # the text width of an A4 page with the decree's margins
BAR_COLOUR = "#4a6f96"
TARGET_COLOUR = "#b3261e"


def _number(value: float) -> str:
    return f"{value:.1f}".replace(".", ",")


def _percent(value: float | None) -> str:
    return "—" if value is None or not math.isfinite(value) else f"{_number(value)} %"


def _share(share: Share | None) -> str:
    return _("not enough answers") if share is None else _percent(share.value)


def _interval(share: Share | None) -> str:
    if share is None or share.low is None or share.high is None:
        return ""
    return f"{_percent(share.low)} – {_percent(share.high)}"


def _wrapped(label: str, width: int = 38) -> str:
    """A long label over two lines at most, so that the bars keep most of the width."""
    if len(label) <= width:
        return label
    cut = label.rfind(" ", 0, width)
    cut = cut if cut > 0 else width
    rest = label[cut:].strip()
    return f"{label[:cut]}\n{rest[: width - 1]}…" if len(rest) > width else f"{label[:cut]}\n{rest}"


def _png(figure: Figure) -> bytes:
    out = io.BytesIO()
    FigureCanvasAgg(figure)
    # No software name or date in the file: the same figures give the same picture.
    figure.savefig(out, format="png", dpi=150, metadata={"Software": None})
    return out.getvalue()


def bar_chart_png(rows: Sequence[ResultRow], *, target: float, title: str) -> bytes | None:
    """Horizontal bars of the shares (per cent), the highest on top, with the target as a
    dashed line; rows without a share are left out. None when no row has one."""
    shown = sorted((r for r in rows if r.share is not None), key=lambda r: r.share.value)  # type: ignore[union-attr]
    if not shown:
        return None
    figure = Figure(figsize=(6.3, 0.9 + 0.42 * len(shown)))
    axes = figure.add_subplot()
    values = [r.share.value for r in shown]  # type: ignore[union-attr]
    positions = range(len(shown))
    axes.barh(positions, values, color=BAR_COLOUR, height=0.6)
    axes.set_yticks(list(positions), [_wrapped(r.label) for r in shown], fontsize=8)
    for y, value in zip(positions, values, strict=True):
        axes.text(min(value, 100) + 1, y, _percent(value), va="center", fontsize=8)
    axes.axvline(target, color=TARGET_COLOUR, linestyle="--", linewidth=1)
    axes.set_xlim(0, 112)
    axes.set_xticks(range(0, 101, 20), [f"{x} %" for x in range(0, 101, 20)], fontsize=8)
    axes.set_title(title, fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def line_chart_png(rows: Sequence[ResultRow], *, target: float, title: str) -> bytes | None:
    """The overall index campaign by campaign, oldest first, with the target as a dashed
    line; a campaign without enough answers is a gap, never a zero."""
    if len(rows) < 2 or not any(r.share is not None for r in rows):
        return None
    figure = Figure(figsize=(6.3, 3.2))
    axes = figure.add_subplot()
    positions = list(range(len(rows)))
    values = [r.share.value if r.share is not None else math.nan for r in rows]
    axes.plot(positions, values, marker="o", color=BAR_COLOUR)
    for x, value in zip(positions, values, strict=True):
        if math.isfinite(value):
            axes.annotate(_percent(value), (x, value), textcoords="offset points", xytext=(0, 6),
                          ha="center", fontsize=8)  # fmt: skip
    axes.axhline(target, color=TARGET_COLOUR, linestyle="--", linewidth=1)
    known = [v for v in values if math.isfinite(v)]
    floor = max(0, min([*known, target]) - 10) // 10 * 10
    axes.set_ylim(floor, 105)
    ticks = range(int(floor), 101, 10)
    axes.set_yticks(list(ticks), [f"{y} %" for y in ticks], fontsize=8)
    axes.set_xlim(-0.5, len(rows) - 0.5)
    axes.set_xticks(positions, [_wrapped(r.label, 18) for r in rows], fontsize=7)
    axes.set_title(title, fontsize=9)
    axes.spines[["top", "right"]].set_visible(False)
    figure.tight_layout()
    return _png(figure)


def survey_report_docx(*, page: ResultsPage, issuer: str, place: str) -> bytes:
    with translation.override("vi"):
        return _build(page, issuer, place)


class _Figures:
    """Numbers the pictures of the report ("Hình 1", "Hình 2") in the order they appear."""

    def __init__(self, document: object) -> None:
        self.document = document
        self.count = 0

    def add(self, png: bytes | None, caption: str) -> None:
        if png is None:
            return
        self.count += 1
        self.document.add_picture(io.BytesIO(png), width=CHART_WIDTH)  # type: ignore[attr-defined]
        self.document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER  # type: ignore[attr-defined]
        docx30.paragraph(
            self.document,
            _("Figure %(number)s. %(caption)s") % {"number": self.count, "caption": caption},
            italic=True,
            align=WD_ALIGN_PARAGRAPH.CENTER,
            size=12,
        )


def _sample(document: object, sample: SampleFacts) -> None:
    docx30.paragraph(
        document,
        _(
            "3. Sample: %(sample)s dossiers drawn from the %(population)s finished in the "
            "period; %(invited)s invitations handed out; %(responses)s answer sheets received "
            "(%(online)s of them on line); response rate %(rate)s."
        )
        % {
            "sample": sample.sample_size,
            "population": sample.population,
            "invited": sample.invited,
            "responses": sample.responses,
            "online": sample.answered_online,
            "rate": _percent(sample.response_rate),
        },
    )
    docx30.table(
        document,
        [_("Sample size"), _("Invited"), _("Answered"), _("Response rate")],
        [
            [
                str(sample.sample_size),
                str(sample.invited),
                str(sample.responses),
                _percent(sample.response_rate),
            ]
        ],
    )


def _build(page: ResultsPage, issuer: str, place: str) -> bytes:
    campaign, results = page.campaign, page.results
    document = docx30.document_new()
    figures = _Figures(document)
    docx30.heading(document, issuer=issuer, number=_("No.: ..../BC-UBND"))
    docx30.place_and_date(document, place=place, day=timezone.localdate())
    docx30.title(
        document,
        kind=_("REPORT"),
        summary=_("Results of the survey of satisfaction with the service: %(title)s")
        % {"title": campaign.title},
    )

    docx30.paragraph(document, _("I. GENERAL INFORMATION"), bold=True)
    docx30.paragraph(
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
    docx30.paragraph(
        document,
        _(
            "2. Method: a stratified random sample of the dossiers finished in the period; "
            "shares are estimated with the sampling design and given with their confidence "
            "intervals at 95 per cent; a figure resting on fewer than 10 answers is not given."
        ),
    )
    _sample(document, page.sample)

    docx30.paragraph(document, _("II. RESULTS"), bold=True)
    verdict = (
        _("The target is met.")
        if results.meets_target
        else _("The target is not met.")
        if results.meets_target is False
        else _("There are not enough answers to judge the target.")
    )
    docx30.paragraph(
        document,
        _("1. Overall satisfaction index: %(overall)s (target %(target)s %%). %(verdict)s")
        % {
            "overall": _percent(page.overall.value if page.overall else None),
            "target": f"{campaign.target:.0f}",
            "verdict": verdict,
        },
    )
    if _interval(page.overall):
        docx30.paragraph(
            document,
            _("Interval at 95 per cent: %(interval)s.") % {"interval": _interval(page.overall)},
        )
    if page.previous is not None:
        docx30.paragraph(
            document,
            _("Previous survey (%(title)s): %(overall)s.")
            % {"title": page.previous.label, "overall": _share(page.previous.share)},
        )
        docx30.table(
            document,
            [_("Survey"), _("Responses"), _("Index")],
            [[row.label, str(row.answers), _share(row.share)] for row in page.trend],
        )
        figures.add(
            line_chart_png(
                page.trend, target=page.target, title=_("Overall index, survey by survey")
            ),
            _("The overall index survey by survey; the dashed line is the target."),
        )
    docx30.paragraph(document, _("2. Indices by element"))
    docx30.table(
        document,
        [_("Element"), _("Index"), _("Interval at 95 per cent")],
        [[e.label, _share(e.share), _interval(e.share)] for e in page.elements],
    )
    figures.add(
        bar_chart_png(page.elements, target=page.target, title=_("Index by element")),
        _("The index of each element; the dashed line is the target."),
    )
    docx30.paragraph(document, _("3. Satisfied share by item"))
    docx30.table(
        document,
        [_("Item"), _("Answers"), _("Satisfied"), _("Interval at 95 per cent")],
        [[i.label, str(i.answers), _share(i.share), _interval(i.share)] for i in page.items],
    )
    figures.add(
        bar_chart_png(page.items, target=page.target, title=_("Satisfied share by item")),
        _("The satisfied share of each item; the dashed line is the target."),
    )
    docx30.paragraph(document, _("4. Units ranked by the overall index"))
    docx30.table(
        document,
        [_("Unit"), _("Responses"), _("Index")],
        [[row.label, str(row.answers), _share(row.share)] for row in page.units],
    )
    figures.add(
        bar_chart_png(page.units, target=page.target, title=_("Overall index by unit")),
        _("The overall index of each unit; the dashed line is the target."),
    )

    docx30.paragraph(document, _("III. WEAKEST ITEMS"), bold=True)
    for rank, item in enumerate(page.weakest, 1):
        value = item.share.value if item.share else None
        docx30.paragraph(
            document,
            _("%(number)s. %(item)s: %(share)s, %(gap)s points below the target.")
            % {
                "number": rank,
                "item": item.label,
                "share": _percent(value),
                "gap": _number(max(page.target - (value or 0), 0)),
            },
        )

    docx30.closing(
        document,
        recipients=[
            _("- As above;"),
            _("- The Home Affairs office (to consolidate);"),
            _("- Filed."),
        ],
        behalf=_("ON BEHALF OF THE PEOPLE’S COMMITTEE"),
        position=_("CHAIRPERSON"),
    )
    return docx30.document_bytes(document)
