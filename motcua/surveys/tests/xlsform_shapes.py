"""Workbooks shaped like the XLSForms people really send, with invented wording.

Forms made with other tools (ODK, KoboToolbox, Excel by hand) carry features the import has to
map or note: several languages, groups holding repeats, repeats inside repeats, choice
filters, choices from external files, calculations and the notes that show them, metadata,
media, unknown language names, single-colon headers, headers with trailing spaces, `list name`
written with a space, Excel booleans and formulas, typographic quotes in expressions, empty
spacer rows and formatted but empty rows below the last one typed. Each builder here
reproduces one such shape cell by cell, so the tests keep covering them in a clone that has
no real-world forms at hand.

Row numbers matter: the import places its notes by sheet, row and column, and the tests check
those places. An empty list is an empty spacer row in the workbook; in the longer survey
sheets a comment marks every fifth row.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import PatternFill


class _Blank:
    def __repr__(self) -> str:
        return "BLANK"


# A formatted cell without a value: spreadsheet tools keep such cells (a fill, a border) far
# below the last row typed, and a reader must not take them for content.
BLANK: Any = _Blank()
_FILL = PatternFill("solid", fgColor="FFF2CC")


def workbook(**sheets: list[Any]) -> bytes:
    """An XLSX with a sheet per keyword, in order. An empty list is an empty row; a `BLANK`
    cell is written with a fill and no value."""
    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append([None if value is BLANK else value for value in row])
            for index, value in enumerate(row, start=1):
                if value is BLANK:
                    sheet.cell(row=sheet.max_row, column=index).fill = _FILL
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def blank_rows(count: int, width: int) -> list[list[Any]]:
    return [[BLANK] * width for _ in range(count)]


class Columns:
    """A sheet's header by short keyword, so that a row names its cells instead of counting
    the empty ones before them: `Columns(type="type", vi="label::Vietnamese (vi)")`."""

    def __init__(self, **headers: str) -> None:
        self.keys = list(headers)
        self.header: list[Any] = list(headers.values())

    def __call__(self, **cells: Any) -> list[Any]:
        unknown = set(cells) - set(self.keys)
        if unknown:
            raise KeyError(f"no such column: {', '.join(sorted(unknown))}")
        row = [cells.get(key) for key in self.keys]
        while row and row[-1] is None:
            row.pop()
        return row


# A fee receipt: metadata, media and no languages -------------------------------------------

RECEIPT_METADATA = ("start", "end", "today", "deviceid", "subscriberid", "imei", "phonenumber")
RECEIPT_IMAGE_ROW = 13


def fee_receipt_form() -> bytes:
    """Plain `label` columns, a row of phone metadata per type from row 2, an `audio` column,
    an image question, a question named `required`, `list name` written with a space, and a
    settings sheet with only the old `id_string`."""
    survey = [
        ["type", "name", "label", "required", "audio"],
        ["start", "start", "Giờ bắt đầu"],
        ["end", "end", "Giờ kết thúc"],
        ["today", "today", "Ngày nhập"],
        ["deviceid", "deviceid", "Mã máy"],
        ["subscriberid", "subscriberid", "Mã thuê bao"],
        ["imei", "imei", "Số IMEI"],
        ["phonenumber", "phonenumber", "Số điện thoại"],
        ["date", "paid_date", "Ngày nộp phí", "yes"],
        ["text", "procedure", "Thủ tục đã làm", "yes", "thu_tuc.m4a"],
        ["decimal", "amount", "Số tiền đã nộp", "yes"],
        ["select_one fee_type_list", "fee_type", "Loại phí", "yes"],
        ["image", "receipt_photo", "Ảnh biên lai"],
        ["select_one payment_list", "payment", "Hình thức nộp"],
        ["select_one yes_no", "required", "Có được cấp biên lai không?", "yes"],
    ]
    choices = [
        ["list name", "name", "label"],
        ["fee_type_list", "registration", "Lệ phí đăng ký"],
        ["fee_type_list", "certificate", "Lệ phí cấp giấy chứng nhận"],
        ["fee_type_list", "copy", "Phí sao y"],
        ["fee_type_list", "appraisal", "Phí thẩm định"],
        ["fee_type_list", "postage", "Phí trả kết quả qua bưu điện"],
        ["fee_type_list", "express", "Phí làm nhanh"],
        ["fee_type_list", "other", "khác"],
        ["yes_no", "yes", "Có"],
        ["yes_no", "no", "Không"],
        ["payment_list", "cash", "Tiền mặt"],
        ["payment_list", "transfer", "Chuyển khoản"],
        ["payment_list", "portal", "Cổng dịch vụ công"],
        ["payment_list", "post", "qua bưu điện"],
    ]
    settings = [["id_string"], ["fee_receipt"]]
    return workbook(survey=survey, choices=choices, settings=settings)


# Cascading selects: province, district, commune --------------------------------------------

CASCADE_TITLE = "Khảo sát theo địa bàn"


def area_cascade_form() -> bytes:
    """Three selects, each filtered on the one before through extra columns on the choices
    sheet, with empty spacer rows between the lists and formatted empty rows below the last
    row of every sheet."""
    survey = [
        ["type", "name", "label", "choice_filter"],
        ["select_one provinces", "province", "Chọn tỉnh, thành phố"],
        ["select_one districts", "district", "Chọn quận, huyện", "province=${province}"],
        ["select_one communes", "commune", "Chọn phường, xã", "district=${district}"],
        *blank_rows(16, 4),
    ]
    choices = [
        ["list_name", "name", "label", "province", "district"],
        ["provinces", "ha_noi", "Hà Nội"],
        ["provinces", "da_nang", "Đà Nẵng"],
        [],
        ["districts", "ba_dinh", "Ba Đình", "ha_noi"],
        ["districts", "dong_da", "Đống Đa", "ha_noi"],
        ["districts", "hai_chau", "Hải Châu", "da_nang"],
        ["districts", "son_tra", "Sơn Trà", "da_nang"],
        [BLANK, BLANK, BLANK],
        ["communes", "kim_ma", "Kim Mã", "ha_noi", "ba_dinh"],
        ["communes", "ngoc_ha", "Ngọc Hà", "ha_noi", "ba_dinh"],
        ["communes", "lang_thuong", "Láng Thượng", "ha_noi", "dong_da"],
        ["communes", "o_cho_dua", "Ô Chợ Dừa", "ha_noi", "dong_da"],
        ["communes", "thach_thang", "Thạch Thang", "da_nang", "hai_chau"],
        ["communes", "an_hai_bac", "An Hải Bắc", "da_nang", "son_tra"],
        *blank_rows(5, 5),
    ]
    settings = [["form_title", "form_id"], [CASCADE_TITLE, "area_cascade"], *blank_rows(18, 6)]
    return workbook(survey=survey, choices=choices, settings=settings)


# An easy-read language with no code and typographic quotes ---------------------------------

EASY_READ = "Tiếng Việt dễ hiểu"
EASY_READ_CODE = "tieng-viet-de-hieu"
EASY_READ_HINT = "Đừng đọc to các lựa chọn; chọn “Khác” nếu không có lựa chọn nào đúng"


def easy_read_form() -> bytes:
    """Languages written as names only (`label::English`, and one no table knows), a
    `constraint_message` column without a language, typographic quotes in `relevant` and in
    a hint, and a choices sheet whose header starts in column B below which an empty row
    follows, with filter columns nobody filled."""
    survey = [
        [
            "type",
            "name",
            "label::English",
            f"label::{EASY_READ}",
            "appearance",
            "hint::English",
            f"hint::{EASY_READ}",
            "relevant",
            "constraint",
            "constraint_message",
            "required",
        ],
        [
            "select_one visit_reason_list",
            "visit_reason",
            "1. Why did you come to the centre today?",
            "1. Hôm nay bạn đến đây để làm gì?",
            None,
            "Don’t read the options aloud",
            EASY_READ_HINT,
        ],
        [
            "text",
            "visit_reason_other",
            "Please say what for",
            "Bạn hãy nói rõ hơn",
            None,
            None,
            None,
            "selected(${visit_reason}, ‘other’)",
        ],
    ]
    choices = [
        [None, "list name", "name", "label::English", f"label::{EASY_READ}", "district", "ward"],
        [],
        [None, "visit_reason_list", "submit", "To hand in papers", "Nộp giấy tờ"],
        [None, "visit_reason_list", "collect", "To collect a result", "Lấy kết quả"],
        [None, "visit_reason_list", "ask", "To ask a question", "Hỏi thông tin"],
        [None, "visit_reason_list", "pay", "To pay a fee", "Nộp phí"],
        [None, "visit_reason_list", "other", "Other", "Khác"],
        [None, "visit_reason_list", "no_answer", "Would rather not say", "Không muốn nói"],
    ]
    return workbook(survey=survey, choices=choices)


# A group written with a single colon in its header -----------------------------------------

PROXY_PHONE_ROW = 4


def proxy_group_form() -> bytes:
    """`label:English (en)` with one colon, a question before a group, and a type pyxform
    knows but the questionnaires cannot hold inside the group. No choices, no settings."""
    survey = [
        ["type", "name", "label:English (en)"],
        ["text", "applicant_name", "What is your full name?"],
        ["begin group", "proxy", "Authorised person"],
        ["phone number", "proxy_phone", "What is the authorised person's phone number?"],
        ["integer", "proxy_age", "How old is the authorised person?"],
        ["end group"],
    ]
    return workbook(survey=survey)


# Every column of the XLSForm specification -------------------------------------------------

EVERY_COLUMN_REPEAT_ROW = 15


def every_column_form() -> bytes:
    """The columns and types of the XLSForm specification in one workbook: lowercase language
    names (`english`, `chinese`), a plain `hint`, media and app columns, a number as a label,
    a note with only an image, a repeat holding groups (one closed by an `end group` row with
    a name, one named `name`), every question type, calculations, metadata and notes showing
    them, a name that Excel turned into a boolean, an `=TRUE()` formula, choices with only an
    image, settings with formulas, an extra sheet and formatted empty rows."""
    c = Columns(
        type="type",
        name="name",
        rows="rows",
        repeat_count="repeat_count",
        en="label::english",
        hint="hint",
        constraint="constraint",
        message_en="constraint_message::english",
        message_zh="constraint_message::chinese",
        required_message="requiredMsg",
        required="required",
        appearance="appearance",
        default="default",
        relevant="relevant",
        read_only="read_only",
        calculation="calculation",
        hint_zh="hint::chinese",
        zh="label::chinese",
        image="image",
        audio="audio",
        image_en="image::english",
        audio_zh="media::audio::chinese",
        video="media::video",
        autoplay="autoplay",
        button="buttonText",
        no_app="noAppErrorString",
    )
    survey = [
        c.header,  # 1
        c(type="select_one yes_no", name="declined", en="Would you rather not answer?"),
        c(type="begin group", name="survey_body", relevant="not(selected(${declined}, 'yes'))"),
        c(type="text", name="respondent_name", rows=3.0, en="Your name"),
        c(
            type="note",
            name="greeting",
            en="Thank you, ${respondent_name}",
            hint="Try a name that is not in the form",
        ),  # 5
        c(type="text", name="address", en="Your address", hint_zh="请填写", zh="地址"),
        c(
            type="note",
            name="email_seen",
            en="You typed an email address",
            relevant="regex(${address}, '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,4}')",
        ),
        c(
            type="note",
            name="numbered_note",
            en=2.0,
            hint="a number as a label",
            hint_zh="-",
            zh="-",
        ),
        c(
            type="text",
            name="waiting_area",
            en="Describe the waiting area",
            hint="Every kind of media, in more than one language.",
            hint_zh="请描述",
            zh="等候区",
            image="waiting.jpg",
            audio="waiting.wav",
            image_en="waiting_en.jpg",
            audio_zh="waiting_zh.wav",
            video="waiting.mov",
            autoplay="audio",
        ),
        c(type="note", name="floor_plan", image="waiting.jpg"),  # 10
        c(
            type="select_one yes_no",
            name="visited_before",
            en="Have you been here before?",
            appearance="autocomplete",
        ),
        c(
            type="select_one yes_no",
            name="came_alone",
            en="Did you come alone?",
            appearance="minimal",
        ),
        c(type="integer", name="counters_open", en="Counters open"),
        c(
            type="decimal",
            name="staff_per_counter",
            en="Staff per counter",
            constraint=". <= ${counters_open}",
        ),
        c(type="begin repeat", name="counters", repeat_count=2.0, en="Counters"),  # 15
        c(type="begin group", name="counter_details", appearance="field-list"),
        c(
            type="text",
            name="counter_name",
            en="Counter name",
            required_message="The counter needs a name.",
            required="yes",
        ),
        c(
            type="select_multiple yes_no",
            name="counter_flags",
            en="What does the counter show?",
            constraint="not(selected(., 'yes') and selected (., 'no'))",
            message_en="Sorry ${respondent_name}, “yes” and “no” cannot both be chosen.",
            message_zh="对不起 ${respondent_name}，“是”和“否”不能同时选择。",
            required="no",
            appearance="minimal",
        ),
        c(type="end group", name="closing_name"),
        c(
            type="begin group",
            name="counter_checks",
            en="Counter checks",
            appearance="field-list",
        ),  # 20
        c(
            type="select_one yes_no",
            name="has-queue-screen",
            en="A queue screen?",
            appearance="label",
        ),
        c(
            type="select_one yes_no",
            name="has-fee-board",
            en="A fee board?",
            required="=TRUE()",
            appearance="list-nolabel",
        ),
        c(type="end group"),
        c(type="begin group", name="name", appearance="table-list"),
        c(
            type="select_one yes_no",
            name="counter_clean",
            en="Is the counter clean?",
            hint="Look at the desk and chairs",
        ),  # 25
        c(type="end group"),
        c(type="select_one ticket", name="ticket-kind", en="Queue ticket", appearance="compact"),
        c(
            type="select_one ticket",
            name="ticket-kind-2",
            en="Second queue ticket",
            appearance="compact-2",
        ),
        c(type="end repeat"),
        c(type="acknowledge", name="rules_read", en="I have read the rules"),  # 30
        c(type="date", name="visit_date", en="Date of the visit"),
        c(type="time", name="visit_time", en="Time of the visit"),
        c(type="datetime", name="visit_datetime", en="Date and time of the visit"),
        c(type="geopoint", name="desk_point", en="Where is the desk?"),
        c(type="barcode", name="dossier_code", en="Scan the dossier code"),  # 35
        c(type="image", name="desk_photo", en="Photograph the desk"),
        c(type="audio", name="comment_audio", en="Record a comment"),
        c(type="video", name="queue_video", en="Film the queue"),
        c(type="note", name="almost_done", en="Almost done"),
        c(type="calculate", name="total_counters", calculation="2+2"),  # 40
        c(type="note", name="total_shown", en="${total_counters}"),
        c(type="start", name="start"),
        c(type="note", name="start_shown", en="Started at ${start}"),
        c(type="end", name="end"),
        c(type="note", name="end_shown", en="Ended at ${end}"),  # 45
        c(type="today", name="today"),
        c(type="note", name="today_shown", en="Today is ${today}"),
        c(type="deviceid", name="deviceid"),
        c(type="note", name="deviceid_shown", en="Device ${deviceid}"),
        c(type="uri:deviceid", name="uri_deviceid"),  # 50
        c(type="note", name="uri_deviceid_shown", en="Device ${uri_deviceid}"),
        c(type="phonenumber", name="phonenumber"),
        c(type="note", name="phonenumber_shown", en="Phone ${phonenumber}"),
        c(type="text", name="_1", en="A name that starts with _"),
        # Excel turns a typed FALSE into a boolean cell.
        c(type="text", name=False, en="A name that is a boolean"),  # 55
        c(type="end group", name="survey_body"),
        c(
            type="integer",
            name="counter_app",
            en="Count with another app",
            appearance="ex:org.example.counter.CountActivity",
            button="Open the counter",
            no_app="The counter app is not installed.",
        ),
        *blank_rows(20, 26),
    ]
    choices = [
        ["list_name", "name", "label", "image", "label::chinese"],
        ["yes_no", "yes", "Yes", None, "是"],
        ["yes_no", "no", "No", None, "否"],
        ["ticket", "paper", None, "paper.jpg"],
        ["ticket", "sms", None, "sms.jpg"],
        *blank_rows(10, 5),
    ]
    settings = [
        [
            "form_title",
            "form_id",
            "submission_url",
            "default_language",
            "add_none_option",
            "omit_instanceID",
            "clean_text_values",
            "instance_name",
        ],
        [
            "Every column",
            "Every column",
            "https://collect.example.org/submission",
            None,
            "=FALSE()",
            "=FALSE()",
            "=TRUE()",
            "${respondent_name}",
        ],
        *blank_rows(10, 8),
    ]
    columns = [
        ["list_name", "name", "label"],
        ["areas", "urban", "Urban"],
        ["areas", "rural", "Rural"],
    ]
    return workbook(survey=survey, choices=choices, settings=settings, columns=columns)


# Every builder, by the file name an import gets: the name makes the slug when the settings
# give none.
BUILT_FORMS: dict[str, Callable[[], bytes]] = {
    "desk_inspection.xlsx": lambda: _inspection().desk_inspection_form(),
    "fee_receipt.xlsx": fee_receipt_form,
    "area_cascade.xlsx": area_cascade_form,
    "easy_read.xlsx": easy_read_form,
    "proxy.xlsx": proxy_group_form,
    "every_column.xlsx": every_column_form,
}


def _inspection() -> Any:
    # The inspection builder imports this module's helpers; imported on use, not at load.
    from motcua.surveys.tests import xlsform_inspection

    return xlsform_inspection
