"""The longest built shape: a field inspection of a one-stop desk, with languages, groups
holding repeats, a repeat inside a repeat, choices from files and calculations (see
`xlsform_shapes`)."""

from __future__ import annotations

from motcua.surveys.tests.xlsform_shapes import Columns, workbook

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
