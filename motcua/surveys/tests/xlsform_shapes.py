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


# A field inspection of a one-stop desk -------------------------------------------------------

# Rows of `desk_inspection_form` the tests point at.
INSPECTION_REPEATS = (33, 57, 67, 74)  # the outer `begin repeat` rows
INSPECTION_NESTED_REPEAT = 44  # inside the first
INSPECTION_FROM_FILE = (16, 17, 18, 20)
INSPECTION_CALCULATIONS = (26, 27)
INSPECTION_SHOWS_CALCULATION = 28
INSPECTION_START = 11
INSPECTION_TYPOGRAPHIC_QUOTES = 9


def desk_inspection_form() -> bytes:
    """Two languages with codes and the second one the default, groups with spacer rows
    between them, choices from external files filtered on earlier answers, calculations and a
    note that shows them, metadata, media with parameters, four repeats (one inside another,
    counted by an answer), typographic quotes in `relevant`, a conditional `required` inside a
    repeat, a 1..5 list that is no satisfaction scale, and a `name ` header with a trailing
    space on the choices sheet."""
    c = Columns(
        type="type",
        name="name",
        vi="label::Vietnamese (vi)",
        en="label::English (en)",
        hint_vi="hint::Vietnamese (vi)",
        hint_en="hint::English (en)",
        required="required",
        relevant="relevant",
        constraint="constraint",
        message_vi="constraint_message::Vietnamese (vi)",
        message_en="constraint_message::English (en)",
        choice_filter="choice_filter",
        appearance="appearance",
        calculation="calculation",
        repeat_count="repeat_count",
        parameters="parameters",
    )
    choose = {"hint_vi": "Chọn một", "hint_en": "Choose one", "required": "yes"}
    type_in = {"hint_vi": "Nhập", "hint_en": "Type", "required": "yes"}
    survey = [
        c.header,  # 1
        c(
            type="begin group",
            name="intro",
            vi="Giới thiệu",
            en="Introduction",
            appearance="field-list",
        ),
        c(
            type="note",
            name="intro_title",
            vi="Phiếu kiểm tra bộ phận một cửa",
            en="One-stop desk inspection form",
        ),
        c(
            type="note",
            name="intro_contact",
            vi="Gửi phiếu trong ngày kiểm tra",
            en="Send the form on the day of the visit",
        ),
        c(type="end group"),  # 5
        [],
        c(
            type="begin group",
            name="inspector",
            vi="\nThông tin người kiểm tra",
            en="Inspector details.",
        ),
        c(
            type="select_one inspector",
            name="inspector_name",
            vi="Họ tên của bạn",
            en="Your name",
            **choose,
        ),
        c(
            type="text",
            name="inspector_name_other",
            vi="Họ tên của bạn",
            en="Your name",
            relevant="${inspector_name} = ‘other’",
            **type_in,
        ),
        c(
            type="text",
            name="inspector_phone",
            vi="Số điện thoại của bạn",
            en="Your phone number",
            constraint="regex(., '^0[0-9]{9}$')",
            message_vi="Số điện thoại gồm 10 chữ số",
            message_en="A 10-digit phone number",
            **type_in,
        ),  # 10
        c(type="start", name="start"),
        c(type="end", name="end"),
        c(type="end group"),
        [],
        c(type="begin group", name="location", vi="Địa điểm", en="Location"),  # 15
        c(
            type="select_one_from_file provinces.csv",
            name="province_id",
            vi="Tỉnh",
            en="Province",
            appearance="autocomplete ",
            **choose,
        ),
        c(
            type="select_one_from_file  districts.csv",
            name="district_id",
            vi="Huyện",
            en="District",
            choice_filter="province_id=${province_id}",
            appearance="autocomplete",
            **choose,
        ),
        c(
            type="select_one_from_file communes.csv",
            name="commune_id",
            vi="Xã",
            en="Commune",
            choice_filter="district_id=${district_id}",
            appearance="autocomplete ",
            **choose,
        ),
        c(
            type="select_one opening_year",
            name="desk_year",
            vi="Bộ phận một cửa hoạt động từ năm nào?",
            en="Since which year has the desk been open?",
            **type_in,
        ),
        c(
            type="select_one_from_file desks.csv",
            name="desk_id",
            vi="Mã bộ phận một cửa",
            en="Desk code",
            choice_filter="commune_id=${commune_id} and desk_year=${desk_year}",
            appearance="autocomplete ",
            **choose,
        ),  # 20
        c(
            type="integer",
            name="counters_open",
            vi="Số quầy đang mở",
            en="Counters open",
            **type_in,
        ),
        c(
            type="geopoint",
            name="desk_location",
            vi="Vị trí bộ phận một cửa",
            en="Desk location",
            hint_vi="Bấm ghi",
            hint_en="Press record",
            required="yes",
        ),
        c(
            type="image",
            name="desk_photo",
            vi="Chụp ảnh khu chờ (không bắt buộc)",
            en="Optionally photograph the waiting area",
            parameters="max-pixels=1024",
        ),
        c(
            type="select_one yes_no",
            name="queue_screen",
            vi="Có màn hình gọi số thứ tự không?",
            en="Is there a queue-number screen?",
            **choose,
        ),
        c(
            type="integer",
            name="waiting_people",
            vi="Số người đang chờ",
            en="People waiting",
            **type_in,
        ),  # 25
        c(
            type="calculate",
            name="wait_minutes",
            calculation="round(${waiting_people} * 6 div ${counters_open}, 0)",
        ),
        c(type="calculate", name="wait_hours", calculation="round(${wait_minutes} div 60, 1)"),
        c(
            type="note",
            name="wait_note",
            vi="Thời gian chờ ước tính: ${wait_minutes} phút (${wait_hours} giờ).",
            en="Estimated wait: ${wait_minutes} minutes (${wait_hours} hours).",
        ),
        c(type="end group"),
        [],  # 30
        c(
            type="select_one crowding",
            name="crowding",
            vi="Khu chờ đông đến mức nào?",
            en="How crowded is the waiting area?",
            **choose,
        ),
        c(
            type="select_one yes_no",
            name="any_counters",
            vi="Có quầy nào cần quan sát không?",
            en="Are there counters to observe?",
            **choose,
        ),
        c(
            type="begin repeat",
            name="counters",
            vi="Quầy",
            en="Counters",
            relevant="${any_counters} = ‘yes’",
        ),
        c(type="calculate", name="desk_id_copy", calculation="${desk_id}"),
        c(
            type="integer", name="counter_number", vi="Số quầy", en="Counter number", **type_in
        ),  # 35
        c(
            type="select_one_from_file services.csv",
            name="service_id",
            vi="Lĩnh vực của quầy",
            en="The counter's field",
            appearance="autocomplete",
            **choose,
        ),
        c(
            type="text",
            name="service_other",
            vi="Lĩnh vực khác",
            en="Other field",
            relevant="${service_id}=‘other’",
            **type_in,
        ),
        c(
            type="integer",
            name="staff_count",
            vi="Số cán bộ tại quầy",
            en="Staff at the counter",
            **type_in,
        ),
        c(
            type="decimal",
            name="served_minutes",
            vi="Phục vụ một người mất bao nhiêu phút?",
            en="How many minutes does one visitor take?",
            constraint=". < ${wait_minutes}",
            message_vi="Kiểm tra lại: lâu hơn thời gian chờ.",
            message_en="Check again: longer than the wait.",
            **type_in,
        ),
        c(
            type="calculate", name="visitor_floor", calculation="if(${staff_count} > 1, 10, 5)"
        ),  # 40
        c(
            type="decimal",
            name="counter_area",
            vi="Diện tích quầy (m²) (không bắt buộc)",
            en="Counter area (m²) (optional)",
            hint_vi="Nhập",
            hint_en="Type",
        ),
        c(
            type="integer",
            name="visitor_count",
            vi="Quầy phục vụ bao nhiêu người khi quan sát?",
            en="How many visitors did the counter serve while observed?",
        ),
        [],
        c(
            type="begin repeat",
            name="visitors",
            vi="Người dân tại quầy số ${counter_number}",
            en="Visitors at counter ${counter_number}",
            repeat_count="${visitor_count}",
        ),
        c(type="calculate", name="counter_copy", calculation="${counter_number}"),  # 45
        c(
            type="integer",
            name="visit_minutes",
            vi="Người này được phục vụ bao nhiêu phút?",
            en="How many minutes was this visitor served?",
            constraint=".  >= ${visitor_floor}",
            message_vi=" Tối thiểu ${visitor_floor} phút.",
            message_en="At least ${visitor_floor} minutes.",
            **type_in,
        ),
        c(
            type="image",
            name="queue_photo",
            vi="Chụp ảnh phiếu số thứ tự",
            en="Photograph the queue ticket",
            required="yes",
            relevant="${visit_minutes} >= 60",
            parameters="max-pixels=1024",
        ),
        c(type="select_one outcome", name="visit_outcome", vi="Kết quả", en="Outcome", **choose),
        c(
            type="select_one crowding",
            name="crowding_then",
            vi="Khu chờ lúc đó",
            en="The waiting area then",
            relevant="${visit_outcome}=‘returned’",
            **choose,
        ),
        c(
            type="decimal",
            name="returns",
            vi="Số lần phải quay lại (không bắt buộc)",
            en="Times asked to come back (optional)",
            hint_vi="Nhập",
            hint_en="Type",
            required="${visit_outcome}=‘returned’",
        ),  # 50
        c(
            type="text",
            name="visitor_notes",
            vi="Ghi chú về người dân",
            en="Notes on the visitor",
            hint_vi="Nhập",
            hint_en="Type",
        ),
        c(type="end repeat"),
        [],
        c(type="end repeat"),
        [],  # 55
        c(
            type="select_one yes_no",
            name="suggestion_box",
            vi="Có hòm thư góp ý không?",
            en="Is there a suggestion box?",
            **choose,
        ),
        c(
            type="begin repeat",
            name="suggestions",
            vi="Thư góp ý",
            en="Suggestions",
            relevant="${suggestion_box}=‘yes’",
        ),
        c(
            type="select_one_from_file services.csv",
            name="suggestion_service",
            vi="Lĩnh vực được góp ý",
            en="Field concerned",
            appearance="autocomplete",
            **choose,
        ),
        c(
            type="text",
            name="suggestion_service_other",
            vi="Lĩnh vực khác",
            en="Other field",
            relevant="${suggestion_service}=‘other’",
            **type_in,
        ),
        c(
            type="integer",
            name="suggestion_age",
            vi="Thư đã gửi bao nhiêu ngày?",
            en="How many days ago was it sent?",
            **type_in,
        ),  # 60
        c(
            type="image",
            name="suggestion_photo",
            vi="Chụp ảnh thư",
            en="Photograph the letter",
            parameters="max-pixels=1024",
        ),
        c(
            type="select_one yes_no",
            name="suggestion_answered",
            vi="Đã trả lời chưa?",
            en="Answered yet?",
            **choose,
        ),
        c(
            type="text",
            name="suggestion_notes",
            vi="Ghi chú về thư",
            en="Notes on the letter",
            hint_vi="Nhập",
            hint_en="Type",
        ),
        c(type="end repeat"),
        [],  # 65
        c(
            type="select_one yes_no",
            name="posted_fees",
            vi="Có niêm yết phí, lệ phí không?",
            en="Are the fees posted?",
            **choose,
        ),
        c(
            type="begin repeat",
            name="fee_boards",
            vi="Bảng niêm yết phí",
            en="Fee boards",
            relevant="${posted_fees}=‘yes’",
        ),
        c(
            type="select_one_from_file services.csv",
            name="fee_service",
            vi="Lĩnh vực",
            en="Field",
            appearance="autocomplete",
            **choose,
        ),
        c(
            type="integer",
            name="fee_items",
            vi="Số khoản phí được niêm yết",
            en="Fees posted",
            **type_in,
        ),
        c(type="end repeat"),  # 70
        c(
            type="select_one yes_no",
            name="posted_steps",
            vi="Có niêm yết quy trình không?",
            en="Are the procedures posted?",
            **choose,
        ),
        [],
        [],
        c(
            type="begin repeat",
            name="step_boards",
            vi="Bảng niêm yết quy trình",
            en="Procedure boards",
            relevant="${posted_steps}=‘yes’",
        ),
        c(
            type="select_one_from_file services.csv",
            name="step_service",
            vi="Lĩnh vực",
            en="Field",
            appearance="autocomplete",
            **choose,
        ),  # 75
        c(
            type="integer",
            name="step_items",
            vi="Số quy trình được niêm yết",
            en="Procedures posted",
            **type_in,
        ),
        c(type="end repeat"),
        [],
        c(
            type="select_multiple problems",
            name="problems",
            vi="Những điểm cần khắc phục",
            en="What needs fixing",
            hint_vi="Chọn tất cả",
            hint_en="Choose all that apply",
            required="yes",
        ),
        [],  # 80
        c(
            type="text",
            name="remarks",
            vi="Nhận xét chung",
            en="General remarks",
            hint_vi="Nhập",
            hint_en="Type",
        ),
        c(type="deviceid", name="deviceid"),
    ]
    choices = [
        ["list_name", "name ", "label::Vietnamese (vi)", "label::English (en)"],
        ["yes_no", "yes", "Có", "Yes"],
        ["yes_no", "no", "Không", "No"],
        ["outcome", "done", "Đã xong", "Done"],
        ["outcome", "returned", "Hẹn lại", "Asked to come back"],
        # A list only the external files use; its one row reads like a header.
        ["desk", "desk_key", "desk_name", "desk_name"],
        *(["opening_year", year, year, year] for year in range(2019, 2026)),
        ["crowding", 1, "Vắng", "Empty"],
        ["crowding", 2, "Ít người", "A few people"],
        ["crowding", 3, "Vừa phải", "Moderate"],
        ["crowding", 4, "Đông", "Busy"],
        ["crowding", 5, "Rất đông", "Very crowded"],
        ["problems", "signs", "Thiếu biển chỉ dẫn", "Missing signs"],
        ["problems", "seats", "Thiếu ghế chờ ", "Not enough seats"],
        ["problems", "queue", "Không có số thứ tự", "No queue numbers"],
        ["problems", "fees", "Không niêm yết phí", "Fees not posted"],
        ["problems", "none", "Không có", "None"],
        ["inspector", "Lan", "Lan", "Lan"],
        ["inspector", "Minh", "Minh", "Minh"],
        ["inspector", "other", "Người khác", "Someone else"],
    ]
    settings = [["default_language", "version"], ["Vietnamese (vi)", "2024061001"]]
    return workbook(survey=survey, choices=choices, settings=settings)


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
    "desk_inspection.xlsx": desk_inspection_form,
    "fee_receipt.xlsx": fee_receipt_form,
    "area_cascade.xlsx": area_cascade_form,
    "easy_read.xlsx": easy_read_form,
    "proxy.xlsx": proxy_group_form,
    "every_column.xlsx": every_column_form,
}
