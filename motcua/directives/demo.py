"""Demo directive: the founding directive of motcua (DOMAIN.md §9), a letter asking agencies
and communes to fix what the 2022 satisfaction survey revealed, re-issued by the demo
province about four and a half months before today with its twelve points as tasks.

Most points go to all communes, some to named departments, point 11 to the communes'
culture and society offices (the demo has no Fatherland Front committee), and point 12 is a
quarterly report to the Department of Home Affairs. The units' reports make a realistic
mix: most on time, some late, some overdue with nothing sent; a few difficulties were
answered by the office, a few still wait.

Everything goes through the directives' services and is drawn from one seeded random
generator, so the same day gives the same data; the directive is marked `is_demo` and its
subject starts with "[Dữ liệu mẫu]". Loading again changes nothing."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from motcua.directives import services
from motcua.directives.models import Assignment, AssignmentStatus, Directive, Message, Recurrence
from motcua.directives.services import TaskSpec
from motcua.orgs.demo import REORGANISED
from motcua.orgs.models import AdministrativeUnit, Agency, Membership, Role, UnitKind
from motcua.workdays.selectors import calendar

DEMO_SEED = 2023
DEMO_NUMBER = "1088/UBND-NV"
DEMO_PREFIX = "[Dữ liệu mẫu]"
ISSUED_DAYS_AGO = 135
# The demo logins who report for their communes (motcua.orgs.demo).
DEMO_HEADS = ("demo_head", "demo_head_other")

SUBJECT = (
    f"{DEMO_PREFIX} Khắc phục những hạn chế qua kết quả khảo sát sự hài lòng, nâng cao chất "
    "lượng phục vụ của cơ quan hành chính nhà nước"
)
BODY = (
    "Dữ liệu mẫu, phỏng theo một công văn năm 2023 của một huyện ở Kon Tum.\n\n"
    "Thực hiện chỉ đạo của cấp trên về khắc phục những hạn chế được chỉ ra qua kết quả khảo "
    "sát sự hài lòng của người dân, tổ chức năm 2022, Ủy ban nhân dân tỉnh yêu cầu các sở, "
    "ban, ngành và Ủy ban nhân dân các xã, phường thực hiện tốt các nội dung sau."
)
RECIPIENTS = "- Như trên;\n- Chủ tịch, các Phó Chủ tịch UBND tỉnh;\n- Lưu: VT, NV."
SIGNER = "Phó Chủ tịch Nguyễn Văn An"

# The demo province's departments (motcua.orgs.demo.PROVINCE_AGENCIES), by identifier.
ONE_STOP_CENTRE = "000.00.01.H55"
OFFICE = "000.00.02.H55"
HOME_AFFAIRS = "000.00.03.H55"
JUSTICE = "000.00.04.H55"
AGRICULTURE = "000.00.05.H55"
CONSTRUCTION = "000.00.06.H55"
CULTURE_OFFICES = "culture"  # every commune's culture and society office


@dataclass(frozen=True)
class Point:
    title: str
    done: str  # what a unit reports when it is done
    deadline_days: int | None = None
    all_communes: bool = False
    agencies: tuple[str, ...] = ()
    recurrence: str = ""


POINTS = [
    Point(
        "Đẩy mạnh tuyên truyền về cải cách hành chính và cách sử dụng dịch vụ bưu chính công "
        "ích, dịch vụ công trực tuyến một phần và toàn trình",
        "Đã tuyên truyền trên loa truyền thanh, tại các cuộc họp thôn và trên trang thông tin "
        "điện tử; hướng dẫn trực tiếp người dân nộp hồ sơ trực tuyến tại Bộ phận Một cửa.",
        deadline_days=20,
        all_communes=True,
    ),
    Point(
        "Tăng cường kỷ luật, kỷ cương hành chính và văn hóa công vụ; xử lý kịp thời hành vi "
        "nhũng nhiễu, gây phiền hà, lợi dụng chức vụ, quyền hạn",
        "Đã quán triệt đến toàn thể cán bộ, công chức; ký cam kết thực hiện văn hóa công vụ; "
        "không phát hiện trường hợp nhũng nhiễu.",
        deadline_days=15,
        all_communes=True,
        agencies=(OFFICE,),
    ),
    Point(
        "Thực hiện đầy đủ các nhiệm vụ trong kế hoạch cải cách hành chính hằng năm",
        "Đã hoàn thành các nhiệm vụ trong kế hoạch cải cách hành chính năm theo tiến độ.",
        deadline_days=60,
        agencies=(HOME_AFFAIRS, JUSTICE, AGRICULTURE, CONSTRUCTION),
    ),
    Point(
        "Niêm yết đầy đủ, kịp thời thủ tục hành chính tại Bộ phận Một cửa và trên trang thông "
        "tin điện tử; tiếp nhận, giải quyết tốt hồ sơ, ứng dụng công nghệ thông tin để rút "
        "ngắn thời gian giải quyết, nâng tỷ lệ hồ sơ giải quyết trước và đúng hạn; không yêu "
        "cầu thành phần hồ sơ ngoài quy định; hạn chế việc đi lại nhiều lần; xử lý kịp thời "
        "phản ánh, kiến nghị qua Cổng thông tin điện tử tỉnh và trang thông tin của cơ quan",
        "Đã rà soát, niêm yết đủ thủ tục hành chính đang có hiệu lực; tỷ lệ hồ sơ giải quyết "
        "trước và đúng hạn trong kỳ đạt trên 95 %; không còn phản ánh tồn đọng.",
        deadline_days=10,
        all_communes=True,
        agencies=(ONE_STOP_CENTRE,),
    ),
    Point(
        "Đề xuất nhu cầu bồi dưỡng đạo đức công vụ, kỹ năng cải cách hành chính cho công chức "
        "làm việc tại Bộ phận Một cửa",
        "Đã gửi danh sách công chức đề nghị tham gia bồi dưỡng về Sở Nội vụ.",
        deadline_days=15,
        all_communes=True,
    ),
    Point(
        "Thực hiện phân cấp giải quyết thủ tục hành chính khi có hướng dẫn",
        "Đã rà soát danh mục thủ tục có thể phân cấp và trình phương án phân cấp.",
        deadline_days=130,
        agencies=(JUSTICE, AGRICULTURE, CONSTRUCTION),
    ),
    Point(
        "Sử dụng báo cáo kết quả khảo sát và phản ánh của người dân để khắc phục điểm yếu, "
        "phấn đấu đến năm 2025 mức độ hài lòng đạt trên 90 %",
        "Đã xây dựng kế hoạch khắc phục các tiêu chí có tỷ lệ hài lòng thấp; kết quả khảo sát "
        "quý gần nhất đạt trên 90 %.",
        deadline_days=45,
        all_communes=True,
    ),
    Point(
        "Trang bị cơ sở vật chất cho Bộ phận Một cửa; thường xuyên đánh giá công chức Bộ phận "
        "Một cửa bằng nhiều hình thức (khảo sát sự hài lòng tại từng cơ quan, lãnh đạo đối "
        "thoại với người dân); xử lý công chức thờ ơ, vô cảm, thiếu trách nhiệm, kể cả điều "
        "chuyển vị trí công tác",
        "Đã bổ sung máy tính, máy quét, ghế chờ; tổ chức khảo sát tại Bộ phận Một cửa và đối "
        "thoại với người dân.",
        deadline_days=30,
        all_communes=True,
    ),
    Point(
        "Rà soát, gỡ bỏ ngay các biểu mẫu, quy định đã hết hiệu lực còn niêm yết; bảo đảm "
        "người dân dễ tiếp cận mẫu đơn, hướng dẫn cấp giấy chứng nhận quyền sử dụng đất; rút "
        "ngắn thời gian giải quyết thủ tục thuộc thẩm quyền",
        "Đã gỡ bỏ các biểu mẫu hết hiệu lực; niêm yết mẫu đơn và hướng dẫn cấp giấy chứng "
        "nhận quyền sử dụng đất tại Bộ phận Một cửa.",
        deadline_days=5,
        all_communes=True,
        agencies=(AGRICULTURE,),
    ),
    Point(
        "Tiếp công dân, đối thoại định kỳ; công khai quy hoạch sử dụng đất, thu hồi đất và các "
        "khoản đóng góp tự nguyện; mở rộng bảo hiểm y tế; duy trì cấp nước sinh hoạt; phòng "
        "chống tội phạm, ma túy; bê tông hóa đường giao thông nông thôn; thu gom rác thải, "
        "nhằm cải thiện Chỉ số PAPI",
        "Đã tổ chức đối thoại với nhân dân; công khai quy hoạch sử dụng đất tại trụ sở và "
        "nhà văn hóa thôn.",
        deadline_days=100,
        all_communes=True,
    ),
    Point(
        "Phối hợp với Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội tuyên truyền "
        "cải cách hành chính, thực hiện dân chủ ở cơ sở; giám sát và phản biện xã hội",
        "Đã phối hợp tổ chức tuyên truyền tại các khu dân cư và tiếp nhận ý kiến giám sát.",
        deadline_days=30,
        agencies=(CULTURE_OFFICES,),
    ),
    Point(
        "Báo cáo kết quả thực hiện và khó khăn, vướng mắc về Sở Nội vụ để tổng hợp, tham mưu "
        "Ủy ban nhân dân tỉnh (định kỳ hằng quý)",
        "Báo cáo quý: các nội dung được giao đang được triển khai theo kế hoạch.",
        all_communes=True,
        recurrence=Recurrence.QUARTERLY,
    ),
]

# Difficulties raised (by point), and what became of them: answered, closed, answered then
# questioned again by the unit (open again), or still waiting.
DIFFICULTIES = [
    (
        1,
        "Người dân ở các thôn vùng sâu chưa quen sử dụng dịch vụ công trực tuyến, nhiều hộ "
        "không có điện thoại thông minh.",
        "answered",
        "Bố trí công chức, đoàn viên thanh niên hỗ trợ tại Bộ phận Một cửa và tại thôn; Sở "
        "Nội vụ sẽ gửi tài liệu hướng dẫn bằng hình ảnh.",
    ),
    (
        4,
        "Trang thông tin điện tử của xã chưa được nâng cấp sau sắp xếp đơn vị hành chính, "
        "chưa đăng tải được đầy đủ thủ tục.",
        "closed",
        "Trong khi chờ nâng cấp, liên kết đến danh mục thủ tục trên Cổng dịch vụ công của "
        "tỉnh và niêm yết bản giấy tại Bộ phận Một cửa.",
    ),
    (
        8,
        "Kinh phí mua sắm trang thiết bị cho Bộ phận Một cửa chưa được bố trí trong dự toán năm.",
        "reopened",
        "Lập dự toán bổ sung gửi Sở Tài chính; ưu tiên máy quét và máy tính cho quầy tiếp nhận.",
    ),
    (
        9,
        "Chưa nhận được bộ mẫu đơn mới về cấp giấy chứng nhận quyền sử dụng đất sau khi sắp "
        "xếp đơn vị hành chính.",
        "open",
        "",
    ),
    (
        12,
        "Đề cương báo cáo quý giữa các sở chưa thống nhất, đề nghị ban hành một đề cương chung.",
        "open",
        "",
    ),
]
REPLY = "Xã đã gửi dự toán bổ sung nhưng chưa được phê duyệt, đề nghị Sở Nội vụ có ý kiến."
IN_PROGRESS = "Đang triển khai, đã thực hiện khoảng {progress} % khối lượng công việc."


@dataclass
class _Planned:
    status: str
    progress: int
    day: dt.date
    narrative: str


@dataclass
class _Plan:
    assignment: Assignment
    reports: list[_Planned] = field(default_factory=list)


def _between(rng: random.Random, start: dt.date, end: dt.date) -> dt.date:
    """A day from start to end (end when the range is empty), moved back from a weekend to
    the Friday before."""
    day = end if end <= start else start + dt.timedelta(days=rng.randint(0, (end - start).days))
    return day - dt.timedelta(days=max(0, day.weekday() - 4))


def _plan(
    assignment: Assignment, point: Point, rng: random.Random, issued: dt.date, today: dt.date
) -> _Plan:
    """The reports a unit sends on one assignment, as of today."""
    plan = _Plan(assignment)
    first, last = issued + dt.timedelta(days=1), today - dt.timedelta(days=1)
    due = assignment.due_on
    roll = rng.random()
    if assignment.period_start is not None:  # a period's report: sent, sent late, or not
        if due >= today or roll >= 0.85:
            return plan
        late = roll >= 0.68
        earliest = max(first, assignment.period_end or first)
        day = (
            _between(rng, due + dt.timedelta(days=1), min(due + dt.timedelta(days=12), last))
            if late
            else _between(rng, max(earliest, due - dt.timedelta(days=6)), min(due, last))
        )
        progress = rng.choice([40, 50, 60, 70, 80])
        plan.reports.append(_Planned(AssignmentStatus.IN_PROGRESS, progress, day, point.done))
        return plan
    if due < today:
        outcome = "done" if roll < 0.62 else "late" if roll < 0.77 else "slow" if roll < 0.9 else ""
    else:
        outcome = "early" if roll < 0.3 else "slow" if roll < 0.75 else ""
    if not outcome:
        return plan
    if outcome == "slow" or rng.random() < 0.5:
        progress = rng.choice([20, 30, 40, 50, 60, 70, 80])
        day = _between(rng, first, min(due, last) - dt.timedelta(days=2))
        day = max(day, first)
        text = IN_PROGRESS.format(progress=progress)
        plan.reports.append(_Planned(AssignmentStatus.IN_PROGRESS, progress, day, text))
    if outcome == "slow":
        return plan
    after = plan.reports[-1].day + dt.timedelta(days=1) if plan.reports else first
    if outcome == "late" and due + dt.timedelta(days=1) < last:
        day = _between(rng, due + dt.timedelta(days=1), min(due + dt.timedelta(days=15), last))
    else:  # on time (or early)
        day = _between(rng, max(after, due - dt.timedelta(days=6)), min(due, last))
    plan.reports.append(_Planned(AssignmentStatus.DONE, 100, max(day, after), point.done))
    return plan


def _at(day: dt.date, rng: random.Random) -> dt.datetime:
    zone = timezone.get_current_timezone()
    return dt.datetime.combine(day, dt.time(rng.randint(7, 16), rng.randint(0, 59)), zone)


def _issue_day(today: dt.date) -> dt.date:
    days_off = calendar()
    day = max(today - dt.timedelta(days=ISSUED_DAYS_AGO), REORGANISED)
    while not days_off.is_working_day(day) and day > REORGANISED:
        day -= dt.timedelta(days=1)
    return day


def _organisations(point: Point, province: AdministrativeUnit) -> list[Agency]:
    agencies = []
    for identifier in point.agencies:
        if identifier == CULTURE_OFFICES:
            agencies += list(
                Agency.objects.filter(
                    is_demo=True, unit__parent=province, name__startswith="Phòng Văn hóa"
                ).order_by("identifier")
            )
        else:
            agencies += list(Agency.objects.filter(identifier=identifier, is_demo=True))
    return agencies


@transaction.atomic
def directives_demo(*, today: dt.date | None = None, seed: int = DEMO_SEED) -> int:
    """Load the demo directive once; returns how many assignments it has (0 without the
    demo province)."""
    province = AdministrativeUnit.objects.filter(
        is_demo=True, kind=UnitKind.PROVINCE, valid_from=REORGANISED
    ).first()
    if province is None:
        return 0
    existing = Directive.objects.filter(issuer=province, number=DEMO_NUMBER).first()
    if existing is not None:
        return Assignment.objects.filter(task__directive=existing).count()
    today = today or timezone.localdate()
    office = get_user_model().objects.filter(username="demo_coordinator").first()
    issued = _issue_day(today)
    directive = services.directive_draft(
        issuer=province,
        subject=SUBJECT,
        body=BODY,
        recipients=RECIPIENTS,
        actor=office,
        is_demo=True,
    )
    for point in POINTS:
        services.task_add(
            directive=directive,
            spec=TaskSpec(
                title=point.title,
                deadline_days=point.deadline_days,
                recurrence=point.recurrence,
                repeat_until=issued + dt.timedelta(days=365) if point.recurrence else None,
                all_communes=point.all_communes,
                agencies=_organisations(point, province),
            ),
        )
    services.directive_issue(
        directive=directive, number=DEMO_NUMBER, issued_on=issued, signer=SIGNER, actor=office
    )
    assignments = sorted(
        Assignment.objects.filter(task__directive=directive).select_related(
            "task", "unit", "agency"
        ),
        key=lambda a: (
            a.task.number,
            a.unit.code,
            a.agency.identifier if a.agency else "",
            a.period_start or dt.date.min,
        ),
    )
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data
    plans = [_plan(a, POINTS[a.task.number - 1], rng, issued, today) for a in assignments]
    raised = _place_difficulties(plans, rng, issued, today)
    heads = {
        m.unit_id: m.user
        for m in Membership.objects.filter(
            user__username__in=DEMO_HEADS, role=Role.UNIT_HEAD, unit__isnull=False
        ).select_related("user")
    }
    for number, plan in enumerate(plans):
        actor = heads.get(plan.assignment.unit_id)
        for index, planned in enumerate(plan.reports):
            difficulty = raised.get((number, index))
            services.report_submit(
                assignment=plan.assignment,
                actor=actor,
                status=planned.status,
                progress=planned.progress,
                narrative=planned.narrative,
                client_key=f"demo-directive-{plan.assignment.pk}-{index}",
                difficulties=[difficulty[1]] if difficulty else [],
                at=_at(planned.day, rng),
            )
            if difficulty:
                _answer(plan.assignment, difficulty, planned.day, office, actor, today, rng)
    return len(assignments)


def _place_difficulties(
    plans: list[_Plan], rng: random.Random, issued: dt.date, today: dt.date
) -> dict[tuple[int, int], tuple[int, str, str, str]]:
    """Which report raises each difficulty: the last report of an organisation chosen at
    random among those of its point (one that sent nothing yet sends a progress report)."""
    raised = {}
    for difficulty in DIFFICULTIES:
        candidates = [
            i
            for i, plan in enumerate(plans)
            if plan.assignment.task.number == difficulty[0]
            and plan.assignment.due_on < today + dt.timedelta(days=20)
            and (plan.assignment.period_start is None or plan.assignment.due_on < today)
        ]
        number = rng.choice(candidates)
        plan = plans[number]
        if not plan.reports:
            day = _between(rng, issued + dt.timedelta(days=1), today - dt.timedelta(days=1))
            plan.reports.append(
                _Planned(AssignmentStatus.IN_PROGRESS, 30, day, IN_PROGRESS.format(progress=30))
            )
        raised[(number, len(plan.reports) - 1)] = difficulty
    return raised


def _answer(
    assignment: Assignment,
    difficulty: tuple[int, str, str, str],
    raised_on: dt.date,
    office: object,
    unit: object,
    today: dt.date,
    rng: random.Random,
) -> None:
    _point, _text, fate, answer = difficulty
    if fate == "open":
        return
    raised = assignment.difficulties.order_by("-pk").first()
    assert raised is not None
    answered_on = min(raised_on + dt.timedelta(days=3), today - dt.timedelta(days=1))
    message = services.difficulty_message(
        difficulty=raised, actor=office, text=answer, from_office=True, close=fate == "closed"
    )
    # The services stamp messages with the present moment; the demo's history is older.
    Message.objects.filter(pk=message.pk).update(at=_at(answered_on, rng))
    if fate == "reopened":
        reply = services.difficulty_message(
            difficulty=raised, actor=unit, text=REPLY, from_office=False
        )
        replied_on = min(answered_on + dt.timedelta(days=4), today - dt.timedelta(days=1))
        Message.objects.filter(pk=reply.pk).update(at=_at(replied_on, rng))
