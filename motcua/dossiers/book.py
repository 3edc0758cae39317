"""The tracking book of dossiers (sổ theo dõi hồ sơ): Circular 01/2018 form 06, Circular
03/2025 form 07, as an XLSX ready to print on A4 landscape with its header rows repeated on
every page. Like a slip, its form follows the day it is issued (DOMAIN.md §2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from motcua.core.exports import cell_value, safe_text
from motcua.core.identity import phone_mask
from motcua.dossiers.models import Dossier, ProcessingStep
from motcua.dossiers.people import officers
from motcua.dossiers.slips import FORM_NUMBERS, form_set_on
from motcua.dossiers.states import RuleSet
from motcua.orgs.models import Agency

DATE = "DD/MM/YYYY"
THIN = Side(style="thin")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTRE = Alignment(wrap_text=True, horizontal="center", vertical="center")


@dataclass(frozen=True)
class Column:
    title: str
    width: float
    group: str = ""  # the heading over two sub-columns ("date", "signature")


def book_columns() -> list[Column]:
    transfer, result, returned = (
        _("Dossier sent to the resolving agency"),
        _("Result received from the resolving agency"),
        _("Result returned to the person or organisation"),
    )
    day, sign = _("Date"), _("Signature")
    return [
        Column(_("No."), 5),
        Column(_("Dossier code"), 20),
        Column(_("Procedure"), 30),
        Column(_("Number of sets"), 7),
        Column(_("Person or organisation"), 20),
        Column(_("Address, phone"), 22),
        Column(_("Lead resolving agency"), 20),
        Column(_("Received on"), 11),
        Column(_("Appointment for the result"), 11),
        Column(day, 11, transfer),
        Column(sign, 9, transfer),
        Column(day, 11, result),
        Column(sign, 9, result),
        Column(day, 11, returned),
        Column(sign, 9, returned),
        Column(_("Receiving officer"), 22),
        Column(_("Notes"), 20),
    ]


def _day(value: dt.datetime | None) -> dt.date | None:
    return timezone.localtime(value).date() if value else None


def _header(sheet: Worksheet, agency: Agency, start: dt.date, end: dt.date, issued: dt.date) -> int:
    """The title block and the column headings; returns the first row of the headings."""
    columns = book_columns()
    last = get_column_letter(len(columns))
    number = FORM_NUMBERS[form_set_on(issued)]["book"]
    circular = (
        _("Circular 01/2018/TT-VPCP")
        if form_set_on(issued) == RuleSet.D61_2018
        else _("Circular 03/2025/TT-VPCP")
    )
    lines = [
        (_("Form %(number)s") % {"number": number} + f" · {circular}", Font(italic=True)),
        (agency.name.upper(), Font(bold=True)),
        (_("TRACKING BOOK OF DOSSIERS"), Font(bold=True, size=14)),
        (
            _("Unit: %(agency)s, %(unit)s") % {"agency": agency.name, "unit": agency.unit.name},
            Font(),
        ),
        (
            _("Period: from %(start)s to %(end)s")
            % {"start": f"{start:%d/%m/%Y}", "end": f"{end:%d/%m/%Y}"},
            Font(),
        ),
    ]
    for row, (text, font) in enumerate(lines, start=1):
        sheet.merge_cells(f"A{row}:{last}{row}")
        cell = sheet.cell(row=row, column=1, value=safe_text(text))
        cell.font, cell.alignment = font, Alignment(horizontal="center")
    top = len(lines) + 2
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width
        if column.group:
            sheet.cell(row=top, column=index, value=column.group)
            sheet.cell(row=top + 1, column=index, value=column.title)
        else:
            sheet.cell(row=top, column=index, value=column.title)
            sheet.merge_cells(start_row=top, start_column=index, end_row=top + 1, end_column=index)
        sheet.cell(row=top + 2, column=index, value=f"({index})")
    for index in range(1, len(columns), 1):
        if columns[index - 1].group and columns[index - 1].group == columns[index].group:
            sheet.merge_cells(start_row=top, start_column=index, end_row=top, end_column=index + 1)
    for row in sheet.iter_rows(min_row=top, max_row=top + 2, max_col=len(columns)):
        for cell in row:
            cell.font, cell.alignment, cell.border = Font(bold=True), CENTRE, BOX
    return top


def _page_setup(sheet: Worksheet, top: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.5
    sheet.print_title_rows = f"{top}:{top + 2}"
    sheet.freeze_panes = f"A{top + 3}"


def tracking_book_workbook(
    *, agency: Agency, start: dt.date, end: dt.date, today: dt.date | None = None
) -> Workbook:
    """The book of one receiving agency over a period: one row per dossier received, dates
    as dd/mm/yyyy, officers by full name and title, phone numbers masked. Four queries."""
    issued = today or timezone.localdate()
    dossiers = list(
        Dossier.objects.filter(
            agency=agency, received_at__date__gte=start, received_at__date__lte=end
        )
        .select_related("procedure")
        .prefetch_related(
            Prefetch("steps", queryset=ProcessingStep.objects.select_related("agency"))
        )
        .order_by("received_at", "code")
    )
    people = officers(d.received_by_id for d in dossiers)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = str(_("Tracking book"))[:31]
    top = _header(sheet, agency, start, end, issued)
    for number, d in enumerate(dossiers, start=1):
        steps = list(d.steps.all())
        first, last = (steps[0], steps[-1]) if steps else (None, None)
        notes = [str(d.get_state_display())]
        if d.timeliness:
            notes.append(str(d.get_timeliness_display()))
        officer = people.get(d.received_by_id or 0)
        values = [
            number,
            d.code,
            d.procedure.name,
            1,
            d.applicant_name,
            ", ".join(v for v in (d.applicant_address, phone_mask(d.applicant_phone)) if v),
            first.agency.name if first else agency.name,
            _day(d.received_at),
            d.new_due_date or d.due_date,
            _day(first.received_at) if first else None,
            "",
            _day(last.handed_over_at) if last else None,
            "",
            _day(d.returned_at),
            "",
            officer.label if officer else "",
            "; ".join(notes),
        ]
        row = top + 2 + number
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column, value=cell_value(value))
            cell.border, cell.alignment = BOX, WRAP
            if isinstance(value, dt.date):
                cell.number_format = DATE
    _page_setup(sheet, top)
    return workbook
