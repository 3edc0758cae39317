"""The one-stop slips (A5): what each says, built once and printed as HTML or as DOCX.

A slip is a document issued on a date, and its form follows the form set in force on that
date (DOMAIN.md §2), not the dossier's receipt: Circular 01/2018 numbers the apology 04, the
control sheet 05 and the tracking book 06; Circular 03/2025, whose forms apply from
15 September 2025, adds the notice of stopping processing as 05, moves the control sheet to 06
and the book to 07, and titles form 04 an apology and request for extension. A stop notice
issued in October 2025 for an August dossier is therefore Circular 03 form 05.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

import segno
from django.http import Http404, HttpRequest
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt

from motcua.core.exports import safe_text
from motcua.core.links import link_path, public_url
from motcua.dossiers.deadlines import transfer_day
from motcua.dossiers.models import Channel, Dossier, DossierEvent, SupplementKind
from motcua.dossiers.people import officer_label
from motcua.dossiers.services import rating_token, status_token
from motcua.dossiers.states import RuleSet, State

FORMS_03_2025_FROM = dt.date(2025, 9, 15)

FORM_NUMBERS: dict[str, dict[str, str]] = {
    RuleSet.D61_2018: {
        "receipt": "01",
        "supplement": "02",
        "refusal": "03",
        "apology": "04",
        "control": "05",
        "book": "06",
    },
    RuleSet.D118_2025: {
        "receipt": "01",
        "supplement": "02",
        "refusal": "03",
        "apology": "04",
        "stop": "05",
        "control": "06",
        "book": "07",
    },
}
SLIP_KINDS = ("receipt", "supplement", "refusal", "apology", "stop", "control")


@dataclass(frozen=True)
class SlipLine:
    label: str
    value: str


@dataclass
class Slip:
    kind: str
    title: str
    form_number: str
    dossier: Dossier
    lines: list[SlipLine] = field(default_factory=list)
    items_label: str = ""
    items: list[str] = field(default_factory=list)
    table_headers: list[str] = field(default_factory=list)
    table_rows: list[list[str]] = field(default_factory=list)
    closing: list[str] = field(default_factory=list)
    signer_title: str = ""
    signer_name: str = ""
    qr_url: str = ""
    issued_on: dt.date | None = None

    @property
    def form_set(self) -> str:
        """The circular whose form this slip is, for the line above the title."""
        if self.issued_on is None or form_set_on(self.issued_on) == RuleSet.D61_2018:
            return str(_("Circular 01/2018/TT-VPCP"))
        return str(_("Circular 03/2025/TT-VPCP"))

    @property
    def qr_svg(self) -> str:
        if not self.qr_url:
            return ""
        return segno.make(self.qr_url, error="m").svg_inline(
            scale=3, omitsize=True, title=self.dossier.code
        )


def form_set_on(day: dt.date) -> RuleSet:
    return RuleSet.D61_2018 if day < FORMS_03_2025_FROM else RuleSet.D118_2025


def slip_issued_on(dossier: Dossier, kind: str) -> dt.date | None:
    """The day the slip of this kind was issued, or None when the dossier has none: the
    receipt and the control sheet on receipt of the complete dossier, the others on the day
    of their event."""
    moment: dt.datetime | None = None
    if kind in ("receipt", "control"):
        moment = dossier.complete_at or dossier.received_at
    elif kind == "supplement":
        supplement = dossier.supplements.first()  # the latest
        moment = supplement.requested_at if supplement else None
    elif kind == "apology":
        apology = _apology_event(dossier)
        moment = apology.at if apology else None
    elif kind in ("refusal", "stop"):
        event = _event(dossier, State.REFUSED if kind == "refusal" else State.STOPPED)
        moment = event.at if event else None
    return timezone.localtime(moment).date() if moment else None


def form_number(dossier: Dossier, kind: str) -> str | None:
    """The form number of this dossier's slip of this kind, by its issue date; None when
    there is no such slip, or no such form in the set of that day."""
    issued_on = slip_issued_on(dossier, kind)
    if issued_on is None:
        return None
    return FORM_NUMBERS[form_set_on(issued_on)].get(kind)


def _when(value: Any) -> str:
    if value is None:
        return "—"
    if hasattr(value, "tzinfo"):
        return date_format(timezone.localtime(value), "H:i d/m/Y")
    return date_format(value, "d/m/Y")


def _name(user: Any) -> str:
    """Full name and title, never the login name (`people.officer_label`)."""
    return officer_label(user)


def _event(dossier: Dossier, to_state: str) -> DossierEvent | None:
    return next(
        (e for e in reversed(dossier.events.all()) if e.to_state == to_state and not e.refused),
        None,
    )


def slip_build(request: HttpRequest, dossier: Dossier, kind: str) -> Slip:
    """The slip of this kind for this dossier; 404 when the dossier has none (a refusal slip
    for a dossier never refused, a stop notice under the old rules)."""
    builder = _BUILDERS.get(kind)
    number = form_number(dossier, kind) if builder else None
    if number is None or builder is None:
        raise Http404
    slip = builder(request, dossier)
    if slip is None:
        raise Http404
    slip.form_number = number
    slip.issued_on = slip_issued_on(dossier, kind)
    return slip


def rating_path(dossier: Dossier) -> str:
    """The citizen's signed rating link: printed as the receipt's QR code, and opened on the
    counter's tablet when the result is handed over."""
    path = link_path("dossier_rate", code=dossier.code)
    return f"{path}?t={rating_token(dossier=dossier)}"


def status_path(dossier: Dossier) -> str:
    """The citizen's signed status link, printed as the receipt's QR code: it opens the
    dossier's status without the code and phone digits, and its rating once finished."""
    return link_path("dossier_status", code=dossier.code, token=status_token(dossier=dossier))


def _receipt(request: HttpRequest, dossier: Dossier) -> Slip | None:
    if dossier.due_date is None:
        return None
    return Slip(
        kind="receipt",
        title=_("RECEIPT AND APPOINTMENT FOR RETURNING RESULTS"),
        form_number="",
        dossier=dossier,
        items_label=_("Papers received:"),
        items=[c.name for c in dossier.submitted_components.all()],
        lines=[
            SlipLine(_("Received at:"), _when(dossier.received_at)),
            SlipLine(_("Results will be returned on:"), _when(dossier.due_date)),
        ],
        closing=[
            _("Bring this receipt when you collect the result."),
            # For a phone that cannot scan the QR code printed below.
            _(
                "To check the dossier without the QR code, open %(address)s and enter the "
                "dossier code and the last 4 digits of your phone number."
            )
            % {"address": public_url(request, link_path("dossier_lookup"))},
        ],
        signer_title=_("Receiving officer"),
        signer_name=_name(dossier.received_by),
        qr_url=public_url(request, status_path(dossier)),
    )


def _supplement(request: HttpRequest, dossier: Dossier) -> Slip | None:
    supplement = dossier.supplements.prefetch_related("components").first()  # the latest
    if supplement is None:
        return None
    closing = {
        SupplementKind.INTAKE: _(
            "This is the only request for this dossier: nothing else will be asked of you."
        ),
        SupplementKind.APPRAISAL: _(
            "The time limit starts again on the day the complete dossier arrives."
        ),
        SupplementKind.FURTHER: _(
            "This request goes beyond the one the law allows; it is recorded and the dossier "
            "counts as late."
        ),
    }[SupplementKind(supplement.kind)]
    return Slip(
        kind="supplement",
        title=_("REQUEST TO SUPPLEMENT AND COMPLETE THE DOSSIER"),
        form_number="",
        dossier=dossier,
        items_label=_("Please supplement the following papers, as the procedure requires:"),
        items=[c.name for c in supplement.components.all()],
        lines=[
            SlipLine(_("Reason:"), supplement.reason),
            SlipLine(_("Requested at:"), _when(supplement.requested_at)),
        ],
        closing=[closing],
        signer_title=_("Receiving officer"),
        signer_name=_name(supplement.requested_by),
    )


def _refusal(request: HttpRequest, dossier: Dossier) -> Slip | None:
    refusal = _event(dossier, State.REFUSED)
    if refusal is None:
        return None
    return Slip(
        kind="refusal",
        title=_("REFUSAL TO RECEIVE OR RESOLVE THE DOSSIER"),
        form_number="",
        dossier=dossier,
        lines=[
            SlipLine(
                _("The dossier cannot be received or resolved, for these reasons:"), refusal.note
            ),
            SlipLine(_("Date:"), _when(refusal.at)),
        ],
        signer_title=_("Receiving officer"),
        signer_name=_name(refusal.actor),
    )


def _apology_event(dossier: Dossier) -> DossierEvent | None:
    return next(
        (
            e
            for e in reversed(dossier.events.all())
            if e.action in ("apologise", "apologise_late") and not e.refused
        ),
        None,
    )


def _apology(request: HttpRequest, dossier: Dossier) -> Slip | None:
    apology = _apology_event(dossier)
    if apology is None or dossier.new_due_date is None:
        return None
    reason = apology.note.split(": ", 1)[-1]
    if form_set_on(timezone.localtime(apology.at).date()) == RuleSet.D118_2025:
        title = _("LETTER OF APOLOGY AND REQUEST TO EXTEND THE TIME FOR RESOLUTION")
    else:
        title = _("LETTER OF APOLOGY AND NEW APPOINTMENT FOR RETURNING RESULTS")
    return Slip(
        kind="apology",
        title=title,
        form_number="",
        dossier=dossier,
        lines=[
            SlipLine(_("Received at:"), _when(dossier.received_at)),
            SlipLine(_("Due date on the receipt:"), _when(dossier.due_date)),
            SlipLine(_("Reason for the delay:"), reason),
            SlipLine(_("New appointment:"), _when(dossier.new_due_date)),
        ],
        closing=[
            _(
                "We sincerely apologise for the inconvenience and will return the result on "
                "the new appointment date."
            )
        ],
        signer_title=_("Head of the agency"),
        signer_name="",
    )


def _stop(request: HttpRequest, dossier: Dossier) -> Slip | None:
    stop = _event(dossier, State.STOPPED)
    if stop is None:
        return None
    return Slip(
        kind="stop",
        title=_("NOTICE OF STOPPING THE PROCESSING OF THE DOSSIER"),
        form_number="",
        dossier=dossier,
        lines=[
            SlipLine(_("Received at:"), _when(dossier.received_at)),
            SlipLine(_("Processing stopped on:"), _when(stop.at)),
            SlipLine(_("Reason:"), stop.note),
        ],
        closing=[_("Please come to the one-stop unit to take back your papers.")],
        signer_title=_("Head of the agency"),
        signer_name="",
    )


def _control(request: HttpRequest, dossier: Dossier) -> Slip | None:
    """One row per hand-over: time to the minute, the giver, the receiver, the result."""
    steps = list(dossier.steps.select_related("agency", "received_by", "handed_over_by"))
    if not steps:
        return None
    rows: list[list[str]] = []
    giver_agency, giver_person, previous_result = dossier.agency.name, dossier.received_by, ""
    for step in steps:
        rows.append(
            [
                _when(step.received_at) if step.received_at else "",
                f"{giver_agency} {_name(giver_person)}".strip(),
                f"{step.agency.name} {_name(step.received_by)}".strip(),
                previous_result,
                f"{step.task} ({_when(step.due_date) if step.due_date else step.allotted_days})",
            ]
        )
        giver_agency, giver_person = step.agency.name, step.handed_over_by
        previous_result = step.result or (step.get_timeliness_display() if step.timeliness else "")
    last = steps[-1]
    if last.handed_over_at:
        rows.append(
            [
                _when(last.handed_over_at),
                f"{giver_agency} {_name(giver_person)}".strip(),
                dossier.agency.name,
                previous_result,
                _("Result returned to the one-stop unit"),
            ]
        )
    return Slip(
        kind="control",
        title=_("CONTROL SHEET FOR THE PROCESSING OF THE DOSSIER"),
        form_number="",
        dossier=dossier,
        lines=[
            SlipLine(_("Received at:"), _when(dossier.received_at)),
            *_transfer_line(dossier),
            SlipLine(_("Due date:"), _when(dossier.new_due_date or dossier.due_date)),
        ],
        table_headers=[_("Handed over at"), _("From"), _("To"), _("Result"), _("Step")],
        table_rows=rows,
    )


def _transfer_line(dossier: Dossier) -> list[SlipLine]:
    """A paper dossier received after 15:00 goes to the competent agency at the start of the
    next working day (Decree 61/2018 Art. 18(2); Decree 118/2025 Art. 18(2)); an online one
    reaches it at once."""
    if dossier.channel == Channel.ONLINE:
        return []
    received = timezone.localtime(dossier.complete_at or dossier.received_at)
    return [
        SlipLine(_("To be transferred to the competent agency by:"), _when(transfer_day(received)))
    ]


_BUILDERS = {
    "receipt": _receipt,
    "supplement": _supplement,
    "refusal": _refusal,
    "apology": _apology,
    "stop": _stop,
    "control": _control,
}


def slip_docx(slip: Slip) -> bytes:
    """The same slip as a Word document on A5 paper, for offices that sign and stamp it."""
    dossier = slip.dossier
    document = Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(148), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(10))
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(11)
    head = document.add_table(rows=1, cols=2)
    left, right = head.rows[0].cells
    left.text = safe_text(dossier.agency.name.upper())
    right.text = f"{_('SOCIALIST REPUBLIC OF VIET NAM')}\n{_('Independence - Freedom - Happiness')}"
    for cell in (left, right):
        for paragraph in cell.paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in paragraph.runs:
                run.bold, run.font.size = True, Pt(9.5)
    form = document.add_paragraph(
        f"{_('Form %(number)s') % {'number': slip.form_number}} · {slip.form_set}"
    )
    form.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title_run = title.add_run(safe_text(slip.title))
    title_run.bold, title_run.font.size = True, Pt(12.5)
    for label, value in _header_lines(slip):
        paragraph = document.add_paragraph(safe_text(f"{label} "))
        paragraph.add_run(safe_text(value)).bold = label == _("Dossier code:")
    if slip.items:
        document.add_paragraph(safe_text(slip.items_label))
        for item in slip.items:
            document.add_paragraph(safe_text(item), style="List Number")
    for line in slip.lines:
        document.add_paragraph(safe_text(f"{line.label} {line.value}"))
    if slip.table_rows:
        table = document.add_table(rows=1, cols=len(slip.table_headers))
        table.style = "Table Grid"
        for cell, header in zip(table.rows[0].cells, slip.table_headers, strict=True):
            cell.text = safe_text(header)
        for row in slip.table_rows:
            for cell, value in zip(table.add_row().cells, row, strict=True):
                cell.text = safe_text(value)
    for closing in slip.closing:
        document.add_paragraph(safe_text(closing)).runs[0].italic = True
    if slip.qr_url:
        document.add_paragraph(
            f"{_('See the status of the dossier and rate the service:')} {slip.qr_url}"
        )
    if slip.signer_title:
        sign = document.add_paragraph(safe_text(f"{slip.signer_title}\n\n\n{slip.signer_name}"))
        sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _header_lines(slip: Slip) -> list[tuple[str, str]]:
    dossier = slip.dossier
    return [
        (_("Dossier code:"), dossier.code),
        (_("Received from:"), dossier.applicant_name),
        (_("Procedure:"), f"{dossier.procedure.name} ({dossier.procedure.code})"),
    ]
