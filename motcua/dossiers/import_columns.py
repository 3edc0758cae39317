"""The columns of a dossier import file and the parsers of its cells, each raising ValueError
with a message for the person who typed it. The import itself is in `importing`."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _l

from motcua.core.tabular import (
    parse_bool,
    parse_date,
)
from motcua.core.textfold import fold
from motcua.dossiers.models import (
    ApplicantKind,
    Channel,
)
from motcua.dossiers.states import State

DOSSIER_COLUMNS = [
    "code",
    "procedure_code",
    "agency_identifier",
    "channel",
    "received_at",
    "complete_at",
    "due_date",
    "finished_at",
    "returned_at",
    "state",
    "applicant_kind",
    "applicant_name",
    "applicant_phone",
    "applicant_id_number",
    "applicant_address",
    "paid_online",
    "digitised",
    "electronic_result",
    "synced_national_portal",
    "supplement_requested_at",
    "supplement_received_at",
    "supplement_reason",
    "visits",
]
DOSSIER_REQUIRED = ["code", "procedure_code", "channel", "received_at", "applicant_name"]
# Column headers as the portal's and provincial systems' exports write them.
DOSSIER_LABELS: dict[str, list[Any]] = {
    "code": [_l("Dossier code"), "Mã hồ sơ", "Số hồ sơ"],
    "procedure_code": [_l("Procedure code"), "Mã thủ tục", "Mã TTHC", "Mã thủ tục hành chính"],
    "agency_identifier": [
        _l("Receiving agency identifier"),
        "Mã cơ quan",
        "Mã đơn vị",
        "Mã định danh cơ quan",
        "Mã cơ quan tiếp nhận",
    ],
    "channel": [_l("Channel"), "Hình thức nộp", "Kênh nộp", "Hình thức tiếp nhận"],
    "received_at": [_l("Received at"), "Ngày tiếp nhận", "Thời gian tiếp nhận"],
    "complete_at": [_l("Complete dossier received at"), "Ngày nhận đủ hồ sơ"],
    "due_date": [_l("Due date"), "Ngày hẹn trả", "Ngày hẹn trả kết quả", "Hạn xử lý"],
    "finished_at": [
        _l("Finished at"),
        "Ngày có kết quả",
        "Ngày hoàn thành",
        "Ngày kết thúc xử lý",
    ],
    "returned_at": [_l("Result returned at"), "Ngày trả kết quả"],
    "state": [_l("State"), "Trạng thái", "Trạng thái hồ sơ"],
    "applicant_kind": [_l("Applicant kind"), "Loại chủ hồ sơ", "Đối tượng nộp"],
    "applicant_name": [_l("Applicant's name"), "Chủ hồ sơ", "Tên chủ hồ sơ", "Người nộp"],
    "applicant_phone": [_l("Phone"), "Số điện thoại", "Điện thoại"],
    "applicant_id_number": [
        _l("ID number"),
        "Số CCCD",
        "Số định danh cá nhân",
        "Số giấy tờ tùy thân",
    ],
    "applicant_address": [_l("Address"), "Địa chỉ"],
    "paid_online": [_l("Fees paid online"), "Thanh toán trực tuyến"],
    "digitised": [_l("Digitised"), "Đã số hóa", "Số hóa hồ sơ"],
    "electronic_result": [_l("Electronic result"), "Kết quả điện tử"],
    "synced_national_portal": [
        _l("Synchronised to the national portal"),
        "Đồng bộ DVCQG",
        "Đã đồng bộ Cổng DVCQG",
    ],
    "supplement_requested_at": [_l("Supplement requested at"), "Ngày yêu cầu bổ sung"],
    "supplement_received_at": [_l("Supplement received at"), "Ngày nhận bổ sung"],
    "supplement_reason": [_l("What was missing"), "Nội dung yêu cầu bổ sung", "Lý do bổ sung"],
    "visits": [_l("Visits by the applicant"), "Số lần đi lại"],
}

# Clocks differ between systems; later than this is refused as "in the future".
CLOCK_SLACK = dt.timedelta(days=1)

CODE_PATTERN = re.compile(r"^([0-9A-Z.]+)-(\d{2})(\d{2})(\d{2})-(\d{4})$")
_DAY_FIRST = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2})[:hH](\d{2})(?::(\d{2}))?)?$"
)
_ID_SEPARATORS = re.compile(r"[\s.\-]")
# Excel counts days from 30 December 1899 (its day 60, 29 February 1900, never existed).
_EXCEL_DAY_ZERO = dt.date(1899, 12, 30)

# Words officers and exports use in these columns, folded.
_WORDS: dict[str, dict[str, str]] = {
    "channel": {
        "truc tiep": Channel.COUNTER,
        "tai quay": Channel.COUNTER,
        "nop truc tiep": Channel.COUNTER,
        "mot cua": Channel.COUNTER,
        "buu chinh": Channel.POSTAL,
        "buu dien": Channel.POSTAL,
        "buu chinh cong ich": Channel.POSTAL,
        "qua buu chinh": Channel.POSTAL,
        "truc tuyen": Channel.ONLINE,
        "qua mang": Channel.ONLINE,
        "dich vu cong truc tuyen": Channel.ONLINE,
        "nop truc tuyen": Channel.ONLINE,
    },
    "state": {
        "cho tiep nhan": State.WAITING_ONLINE,
        "cho tiep nhan truc tuyen": State.WAITING_ONLINE,
        "cho bo sung": State.SUPPLEMENT_REQUESTED,
        "yeu cau bo sung": State.SUPPLEMENT_REQUESTED,
        "dang bo sung": State.SUPPLEMENT_REQUESTED,
        "da tiep nhan": State.RECEIVED,
        "moi tiep nhan": State.RECEIVED,
        "tiep nhan": State.RECEIVED,
        "dang xu ly": State.PROCESSING,
        "dang giai quyet": State.PROCESSING,
        "cho thuc hien nghia vu tai chinh": State.FINANCIAL_OBLIGATION,
        "nghia vu tai chinh": State.FINANCIAL_OBLIGATION,
        "dung xu ly": State.STOPPED,
        "tam dung": State.STOPPED,
        "rut ho so": State.WITHDRAWN,
        "da rut": State.WITHDRAWN,
        "cong dan rut ho so": State.WITHDRAWN,
        "tu choi": State.REFUSED,
        "khong tiep nhan": State.REFUSED,
        "da giai quyet": State.RESOLVED,
        "da co ket qua": State.RESOLVED,
        "hoan thanh": State.RESOLVED,
        "da xu ly xong": State.RESOLVED,
        "da tra ket qua": State.RETURNED,
        "tra ket qua": State.RETURNED,
    },
    "applicant_kind": {
        "ca nhan": ApplicantKind.PERSON,
        "cong dan": ApplicantKind.PERSON,
        "to chuc": ApplicantKind.ORGANISATION,
        "doanh nghiep": ApplicantKind.ORGANISATION,
    },
}
_CHOICES: dict[str, Any] = {
    "channel": Channel,
    "state": State,
    "applicant_kind": ApplicantKind,
}

# Columns that, when the file has them, overwrite the dossier's field on re-import; a file
# without one leaves that field of existing dossiers as it was.
# What a moment earlier than it should be means, by column; `at` is the earlier moment.
_ORDER = {
    "complete_at": _l("before the dossier was received (%(at)s)"),
    "finished_at": _l("finished before it was received (%(at)s)"),
    "returned_at": _l("returned before it was finished (%(at)s)"),
    "supplement_requested_at": _l("requested before the dossier was received (%(at)s)"),
    "supplement_received_at": _l("received before the supplement was requested (%(at)s)"),
}
_OPTIONAL_FIELDS = {
    "returned_at": ["returned_at"],
    "applicant_kind": ["applicant_kind"],
    "applicant_phone": ["applicant_phone"],
    "applicant_id_number": ["applicant_id_hash", "applicant_id_last4"],
    "applicant_address": ["applicant_address"],
    "paid_online": ["paid_online"],
    "digitised": ["digitised"],
    "electronic_result": ["electronic_result"],
    "synced_national_portal": ["synced_national_portal"],
    "visits": ["visits"],
}
_ALWAYS_FIELDS = [
    "procedure",
    "agency",
    "unit",
    "state",
    "rule_set",
    "channel",
    "received_at",
    "complete_at",
    "due_date",
    "finished_at",
    "timeliness",
    "applicant_name",
    "is_demo",
]
_FOREIGN_KEYS = {"procedure", "agency", "unit"}


# --- cell parsers: each raises ValueError with a message for the person -----------------


def parse_moment(value: Any, zone: dt.tzinfo | None = None) -> dt.datetime | None:
    """A date and time: an Excel date cell or serial number, ISO `2025-07-01 08:30` (with or
    without an offset), or Vietnamese `01/07/2025 08:30` (day first; seconds optional; a
    date alone is midnight). A time without an offset is local (Asia/Ho_Chi_Minh)."""
    if value is None or value == "":
        return None
    zone = zone or timezone.get_default_timezone()
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time(), tzinfo=zone)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 73051:  # Excel's 1 January 1900 to 1 January 2100
            raise ValueError(_("%s is not a date and time") % value)
        moment = dt.datetime.combine(_EXCEL_DAY_ZERO, dt.time(), tzinfo=zone) + dt.timedelta(
            seconds=round(float(value) * 86400)
        )
    else:
        text = str(value).strip()
        match = _DAY_FIRST.match(text)
        try:
            if match:
                day, month, year, hour, minute, second = match.groups()
                moment = dt.datetime(
                    int(year),
                    int(month),
                    int(day),
                    int(hour or 0),
                    int(minute or 0),
                    int(second or 0),
                    tzinfo=zone,
                )
            else:
                moment = dt.datetime.fromisoformat(text)
        except ValueError:
            raise ValueError(
                _("“%s” is not a date and time (use 31/12/2025 14:30 or 2025-12-31 14:30)")
                % text[:40]
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    if not 2000 <= moment.year <= 2099:
        raise ValueError(_("%s is not a plausible year") % moment.year)
    return moment


def _parse_day(value: Any) -> dt.date | None:
    if isinstance(value, str) and len(value) == 10 and value[4] == "-":
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    return parse_date(value)


def _parse_flag(value: Any) -> bool:
    # Exports write 0/1 on almost every row: answer those before the general parser.
    flag = _FLAG_WORDS.get(value) if isinstance(value, str) else None
    return parse_bool(value) if flag is None else flag


_FLAG_WORDS = {"0": False, "1": True, "x": True, "yes": True, "no": False}


@functools.lru_cache(maxsize=1024)
def _choice(column: str, value: str) -> str:
    choices = _CHOICES[column]
    text = fold(value)
    for choice in choices:
        if text in {choice.value, fold(str(choice.label)), fold(choice.value.replace("_", " "))}:
            return str(choice.value)
    if text in _WORDS[column]:
        return str(_WORDS[column][text])
    raise ValueError(
        _("“%(value)s” is not one of: %(allowed)s")
        % {"value": value[:60], "allowed": ", ".join(f"{c.value} ({c.label})" for c in choices)}
    )


def _parse_choice(column: str) -> Callable[[Any], str]:
    def parse(value: Any) -> str:
        return _choice(column, str(value).strip())

    return parse


def _parse_id_number(value: Any) -> str:
    # The number itself is never repeated in a message: messages are printed and logged.
    if isinstance(value, bool | int | float):
        raise ValueError(
            _(
                "the ID number is a number in Excel and may have lost its leading zeros; "
                "format the column as Text and type it again"
            )
        )
    digits = _ID_SEPARATORS.sub("", str(value))
    if not digits.isdigit() or not 9 <= len(digits) <= 13:
        raise ValueError(_("not an ID number (9 to 13 digits expected)"))
    return digits


_MOMENTS = [
    "received_at",
    "complete_at",
    "finished_at",
    "returned_at",
    "supplement_requested_at",
    "supplement_received_at",
]
_FLAGS = ["paid_online", "digitised", "electronic_result", "synced_national_portal"]
_TEXT_LIMITS = {
    "code": 48,
    "procedure_code": 32,
    "agency_identifier": 32,
    "applicant_name": 200,
    "applicant_phone": 20,
    "applicant_address": 300,
    "supplement_reason": 2000,
}


def dossier_template_rows() -> list[list[Any]]:
    """Header and one example row for the downloadable import template."""
    example = {
        "code": "000.10.01.H55-250703-0001",
        "procedure_code": "1.001193",
        "agency_identifier": "000.10.01.H55",
        "channel": "Trực tiếp",
        "received_at": "03/07/2025 08:30",
        "complete_at": "",
        "due_date": "",
        "finished_at": "03/07/2025 10:15",
        "returned_at": "03/07/2025 10:40",
        "state": "returned",
        "applicant_kind": "person",
        "applicant_name": "Nguyễn Văn An",
        "applicant_phone": "0905123456",
        "applicant_id_number": "",
        "applicant_address": "Thôn 1, xã Đăk Hà",
        "paid_online": "no",
        "digitised": "yes",
        "electronic_result": "yes",
        "synced_national_portal": "yes",
        "supplement_requested_at": "",
        "supplement_received_at": "",
        "supplement_reason": "",
        "visits": 2,
    }
    return [DOSSIER_COLUMNS, [example[c] for c in DOSSIER_COLUMNS]]
