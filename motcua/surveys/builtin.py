"""The questionnaires motcua ships with, in Vietnamese and English.

The structures follow DOMAIN.md §5. The five elements of Decision 2640/QĐ-BNV are verified;
the list of criteria inside them (often quoted as 22) is not, and neither is the exact wording
of Decision 1001/QĐ-BNV's questions: both templates say so in their description, and a unit
adapts them by making a new version.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from motcua.surveys.models import ItemKind, QuestionnaireKind


@dataclass(frozen=True)
class BuiltinItem:
    name: str
    vi: str
    en: str
    kind: str = ItemKind.SATISFACTION
    choice_list: str = "satisfaction"
    required: bool = False
    relevant: str = ""
    in_index: bool = True


@dataclass(frozen=True)
class BuiltinSection:
    name: str
    vi: str
    en: str
    items: tuple[BuiltinItem, ...]
    is_element: bool = True


@dataclass(frozen=True)
class BuiltinQuestionnaire:
    slug: str
    kind: str
    title: str
    description: str
    sections: tuple[BuiltinSection, ...]
    choices: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)


SATISFACTION_CHOICES = (
    ("1", "Rất không hài lòng", "Very dissatisfied"),
    ("2", "Không hài lòng", "Dissatisfied"),
    ("3", "Bình thường", "Neither satisfied nor dissatisfied"),
    ("4", "Hài lòng", "Satisfied"),
    ("5", "Rất hài lòng", "Very satisfied"),
)
YES_NO = (("yes", "Có", "Yes"), ("no", "Không", "No"))


def _criteria(prefix: str, pairs: list[tuple[str, str]]) -> tuple[BuiltinItem, ...]:
    return tuple(
        BuiltinItem(name=f"{prefix}{n}", vi=vi, en=en) for n, (vi, en) in enumerate(pairs, 1)
    )


SIPAS_SERVICE = BuiltinQuestionnaire(
    slug="sipas-2640",
    kind=QuestionnaireKind.SIPAS_SERVICE,
    title="Khảo sát sự hài lòng về sự phục vụ hành chính (SIPAS)",
    description=(
        "The five elements of Decision 2640/QĐ-BNV (access to services; administrative "
        "procedures; officials who handle the case; results; receiving and handling comments "
        "and feedback), each rated on a 5-level scale. The elements are verified; the criteria "
        "inside them are NOT verified against the Decision's annex (the count of 22 is as often "
        "quoted): check them before an official survey and adapt them in a new version."
    ),
    sections=(
        BuiltinSection(
            "access",
            "Tiếp cận dịch vụ",
            "Access to services",
            _criteria(
                "access_",
                [
                    ("Nơi ngồi chờ có đủ chỗ ngồi", "There are enough seats while waiting"),
                    (
                        "Trang thiết bị phục vụ người dân đầy đủ",
                        "The equipment for citizens is sufficient",
                    ),
                    (
                        "Trang thiết bị phục vụ người dân hiện đại, dễ sử dụng",
                        "The equipment is modern and easy to use",
                    ),
                ],
            ),
        ),
        BuiltinSection(
            "procedure",
            "Thủ tục hành chính",
            "Administrative procedures",
            _criteria(
                "procedure_",
                [
                    ("Thủ tục được niêm yết công khai đầy đủ", "The procedure is posted in full"),
                    (
                        "Thủ tục được niêm yết công khai chính xác",
                        "The procedure is posted accurately",
                    ),
                    (
                        "Thành phần hồ sơ phải nộp đúng quy định",
                        "The papers asked for are those the rules list",
                    ),
                    ("Phí, lệ phí phải nộp đúng quy định", "The fees paid are those the rules set"),
                    (
                        "Thời hạn giải quyết đúng quy định",
                        "The handling time is within the legal limit",
                    ),
                ],
            ),
        ),
        BuiltinSection(
            "officials",
            "Công chức trực tiếp giải quyết công việc",
            "Officials who handle the case",
            _criteria(
                "officials_",
                [
                    ("Công chức có thái độ giao tiếp lịch sự", "Officials are courteous"),
                    ("Công chức chú ý lắng nghe ý kiến", "Officials listen attentively"),
                    (
                        "Công chức trả lời, giải thích đầy đủ các ý kiến",
                        "Officials answer and explain fully",
                    ),
                    (
                        "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo",
                        "Officials guide the forms patiently",
                    ),
                    (
                        "Công chức hướng dẫn kê khai hồ sơ dễ hiểu",
                        "Officials' guidance is easy to understand",
                    ),
                    (
                        "Công chức tuân thủ đúng quy định trong giải quyết công việc",
                        "Officials follow the rules",
                    ),
                ],
            ),
        ),
        BuiltinSection(
            "result",
            "Kết quả giải quyết công việc",
            "Results of the service",
            _criteria(
                "result_",
                [
                    ("Kết quả đúng quy định", "The result is as the rules provide"),
                    ("Kết quả có thông tin đầy đủ", "The result's information is complete"),
                    ("Kết quả có thông tin chính xác", "The result's information is accurate"),
                ],
            ),
        ),
        BuiltinSection(
            "feedback",
            "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
            "Receiving and handling comments and feedback",
            _criteria(
                "feedback_",
                [
                    (
                        "Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị",
                        "There is a way to send comments and feedback",
                    ),
                    (
                        "Người dân dễ dàng thực hiện góp ý, phản ánh, kiến nghị",
                        "Sending comments is easy",
                    ),
                    (
                        "Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị",
                        "Comments are received and handled actively",
                    ),
                    (
                        "Cơ quan thông báo kịp thời kết quả xử lý góp ý, phản ánh, kiến nghị",
                        "The outcome of comments is reported promptly",
                    ),
                ],
            ),
        ),
        BuiltinSection(
            "overall",
            "Đánh giá chung",
            "Overall",
            (
                BuiltinItem(
                    "overall",
                    "Mức độ hài lòng chung về sự phục vụ",
                    "Overall satisfaction with the service",
                    required=True,
                ),
            ),
            is_element=False,
        ),
    ),
    choices={"satisfaction": SATISFACTION_CHOICES},
)

POLICY_GROUPS = [
    ("economy", "Phát triển kinh tế", "Economic development"),
    ("health", "Khám bệnh, chữa bệnh", "Medical treatment"),
    ("education", "Giáo dục phổ thông", "General education"),
    ("water", "Nước sinh hoạt", "Domestic water"),
    ("electricity", "Điện sinh hoạt", "Electricity"),
    ("order", "Trật tự, an toàn xã hội", "Public order"),
    ("roads", "Giao thông đường bộ", "Road transport"),
    ("social", "An sinh xã hội", "Social security"),
    ("reform", "Cải cách hành chính", "Administrative reform"),
]

SIPAS_2023 = BuiltinQuestionnaire(
    slug="sipas-1001",
    kind=QuestionnaireKind.SIPAS_2023,
    title="Khảo sát sự hài lòng của người dân, tổ chức giai đoạn 2023-2026",
    description=(
        "The structure of Decision 1001/QĐ-BNV: perceptions and assessments, satisfaction with "
        "public policy (the 9 policy groups rated in 2023) and with public administrative "
        "services, needs and expectations. The structure is verified; the wording of the "
        "questions is NOT the Decision's and must be checked before an official survey."
    ),
    sections=(
        BuiltinSection(
            "perception",
            "Nhận thức, đánh giá",
            "Perceptions and assessments",
            (
                BuiltinItem(
                    "harassed",
                    "Ông/bà có bị gây phiền hà, sách nhiễu khi giải quyết công việc không?",
                    "Were you harassed while your case was handled?",
                    kind=ItemKind.SELECT_ONE,
                    choice_list="yes_no",
                    in_index=False,
                ),
                BuiltinItem(
                    "unofficial_payment",
                    "Ông/bà có phải trả thêm chi phí ngoài quy định không?",
                    "Did you have to pay anything beyond the official fees?",
                    kind=ItemKind.SELECT_ONE,
                    choice_list="yes_no",
                    in_index=False,
                ),
                BuiltinItem(
                    "channel_suitable",
                    "Hình thức nộp hồ sơ, nhận kết quả phù hợp với ông/bà",
                    "The ways to hand in and collect papers suit you",
                ),
            ),
            is_element=False,
        ),
        BuiltinSection(
            "policy",
            "Sự hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách",
            "Satisfaction with public policy",
            tuple(BuiltinItem(f"policy_{key}", vi, en) for key, vi, en in POLICY_GROUPS),
        ),
        BuiltinSection(
            "service",
            "Sự hài lòng đối với việc cung ứng dịch vụ hành chính công",
            "Satisfaction with public administrative services",
            (
                BuiltinItem("service_access", "Tiếp cận dịch vụ", "Access to services"),
                BuiltinItem("service_procedure", "Thủ tục hành chính", "Administrative procedures"),
                BuiltinItem("service_officials", "Công chức", "Officials"),
                BuiltinItem("service_result", "Kết quả", "Results"),
                BuiltinItem(
                    "service_feedback",
                    "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
                    "Handling of feedback",
                ),
            ),
        ),
        BuiltinSection(
            "expectation",
            "Nhu cầu, mong đợi",
            "Needs and expectations",
            (
                BuiltinItem(
                    "improve",
                    "Cơ quan cần cải thiện điều gì nhất?",
                    "What should the administration improve most?",
                    kind=ItemKind.SELECT_MULTIPLE,
                    choice_list="improvements",
                    in_index=False,
                ),
                BuiltinItem(
                    "suggestion",
                    "Góp ý khác",
                    "Other suggestions",
                    kind=ItemKind.TEXT,
                    choice_list="",
                    in_index=False,
                ),
            ),
            is_element=False,
        ),
    ),
    choices={
        "satisfaction": SATISFACTION_CHOICES,
        "yes_no": YES_NO,
        "improvements": (
            ("fewer_papers", "Giảm giấy tờ", "Fewer papers"),
            ("faster", "Rút ngắn thời gian", "Shorter handling time"),
            ("attitude", "Thái độ phục vụ", "Officials' attitude"),
            ("online", "Dịch vụ công trực tuyến", "Online services"),
            ("information", "Thông tin, hướng dẫn", "Information and guidance"),
        ),
    },
)

EXIT = BuiltinQuestionnaire(
    slug="exit",
    kind=QuestionnaireKind.EXIT,
    title="Phiếu lấy ý kiến khi nhận kết quả",
    description="A short exit questionnaire for one dossier, answered when collecting the result.",
    sections=(
        BuiltinSection(
            "exit",
            "Ý kiến về hồ sơ vừa giải quyết",
            "About the dossier just handled",
            (
                BuiltinItem(
                    "overall",
                    "Mức độ hài lòng chung",
                    "Overall satisfaction",
                    required=True,
                ),
                BuiltinItem("officials", "Thái độ của công chức", "The officials' attitude"),
                BuiltinItem("time", "Thời gian giải quyết", "The handling time"),
                BuiltinItem(
                    "extra_visits",
                    "Số lần phải đi lại thêm",
                    "Extra visits you had to make",
                    kind=ItemKind.INTEGER,
                    choice_list="",
                    in_index=False,
                ),
                BuiltinItem(
                    "comment",
                    "Góp ý",
                    "Comment",
                    kind=ItemKind.TEXT,
                    choice_list="",
                    in_index=False,
                ),
            ),
        ),
    ),
    choices={"satisfaction": SATISFACTION_CHOICES},
)

BUILTIN = (SIPAS_SERVICE, SIPAS_2023, EXIT)
