"""Demo feedback: a year of citizens' feedback across the demo communes, routed to their
offices, mostly answered in time and published, some late, some still open past their
deadline, a few complaints redirected, duplicates merged, and the citizens' word on the
answers. Deterministic; loading again changes nothing."""

from __future__ import annotations

import datetime as dt
import random

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from motcua.core.pagecache import section_changed
from motcua.feedback import services
from motcua.feedback.models import Category, Event, Feedback, RoutingRule, State
from motcua.orgs.models import AdministrativeUnit, Agency, AgencyKind, UnitKind
from motcua.workdays.selectors import calendar

SEED = 2008  # Decree 20/2008 on feedback and petitions
PER_MONTH = 20
TEXTS = {
    "thu-tuc": [
        (
            "Hướng dẫn hồ sơ chưa rõ",
            "Cán bộ hướng dẫn hồ sơ đăng ký khai sinh chưa rõ, phải đi lại nhiều lần.",
        ),
        (
            "Yêu cầu giấy tờ ngoài quy định",
            "Bộ phận một cửa yêu cầu nộp thêm bản sao giấy tờ không có trong quy định.",
        ),
        (
            "Biểu mẫu cũ còn niêm yết",
            "Tại bộ phận một cửa vẫn còn niêm yết mẫu tờ khai đã hết hiệu lực.",
        ),
    ],
    "can-bo": [
        ("Thái độ chưa đúng mực", "Cán bộ tiếp nhận hồ sơ có thái độ thiếu tôn trọng người dân."),
        (
            "Hẹn trả kết quả nhiều lần",
            "Hồ sơ của tôi bị hẹn lại nhiều lần mà không có văn bản xin lỗi.",
        ),
    ],
    "duong-giao-thong": [
        ("Ổ gà trên đường liên thôn", "Đường liên thôn có nhiều ổ gà lớn, mùa mưa rất nguy hiểm."),
        ("Cầu tràn sạt lở", "Cầu tràn qua suối bị sạt lở một bên, xe máy đi lại khó khăn."),
    ],
    "nuoc-sach": [
        ("Mất nước sinh hoạt", "Khu dân cư bị mất nước sinh hoạt nhiều ngày chưa được khắc phục."),
        ("Nước đục", "Nước máy có màu đục và mùi lạ sau mưa lớn."),
    ],
    "rac-thai": [
        ("Rác không được thu gom", "Điểm tập kết rác ở đầu thôn không được thu gom đúng lịch."),
        ("Đốt rác gây khói", "Có người đốt rác gần khu dân cư gây khói bụi."),
    ],
    "khac": [
        ("Đề nghị lắp đèn đường", "Đề nghị lắp thêm đèn chiếu sáng đoạn đường trước trường học.")
    ],
}
ANSWERS = {
    "thu-tuc": "Ủy ban nhân dân xã đã chấn chỉnh việc hướng dẫn và niêm yết thủ tục theo quy định.",
    "can-bo": "Đã kiểm tra, làm việc với cán bộ liên quan và có biện pháp xử lý theo quy định.",
    "duong-giao-thong": "Đã bố trí kinh phí sửa chữa, hoàn thành trong tháng.",
    "nuoc-sach": "Đơn vị cấp nước đã khắc phục sự cố và kiểm tra chất lượng nước.",
    "rac-thai": "Đã yêu cầu đơn vị thu gom thực hiện đúng lịch và nhắc nhở người vi phạm.",
    "khac": "Kiến nghị đã được đưa vào kế hoạch đầu tư năm sau.",
}
# Where each category goes in a commune: the one-stop centre, the office, the economy office.
ROUTES = {
    "thu-tuc": AgencyKind.ONE_STOP,
    "can-bo": AgencyKind.OFFICE,
    "duong-giao-thong": "Phòng Kinh tế",
    "nuoc-sach": "Phòng Kinh tế",
    "rac-thai": "Phòng Kinh tế",
    "khac": AgencyKind.OFFICE,
}


def _routes(communes: list[AdministrativeUnit]) -> None:
    categories = {c.code: c for c in Category.objects.all()}
    for commune in communes:
        for code, where in ROUTES.items():
            agencies = Agency.objects.filter(unit=commune)
            agency = (
                agencies.filter(name__startswith=where).first()
                if where == "Phòng Kinh tế"
                else agencies.filter(kind=where).first()
            )
            if agency is not None and code in categories:
                RoutingRule.objects.get_or_create(
                    category=categories[code], unit=commune, defaults={"agency": agency}
                )


def _moment(rng: random.Random, day: dt.date) -> dt.datetime:
    zone = timezone.get_default_timezone()
    return dt.datetime.combine(day, dt.time(rng.randint(7, 16), rng.randint(0, 59)), tzinfo=zone)


def _backdate(item: Feedback, **fields: object) -> None:
    Feedback.objects.filter(pk=item.pk).update(**fields)


@transaction.atomic
def feedback_demo(*, today: dt.date | None = None) -> int:
    """A year of feedback up to today; returns how many items the demo holds."""
    if Feedback.objects.filter(is_demo=True).exists():
        return Feedback.objects.filter(is_demo=True).count()
    if Feedback.objects.exists():
        return 0  # real feedback: the demo never mixes with it
    today = today or timezone.localdate()
    communes = list(
        AdministrativeUnit.objects.valid_on(today)
        .filter(is_demo=True, kind__in=[UnitKind.COMMUNE, UnitKind.WARD])
        .order_by("code")
    )
    if not communes:
        return 0
    _routes(communes)
    rng = random.Random(SEED)  # noqa: S311 - invented demo data, not secrets
    days = calendar()
    categories = {c.code: c for c in Category.objects.all()}
    # A few communes answer slowly: their items are late more often.
    slow = {c.pk for c in communes[:2]}
    start = today - dt.timedelta(days=365)
    made: list[Feedback] = []
    contacts: dict[int, tuple[str, str]] = {}
    for n in range(PER_MONTH * 12):
        day = start + dt.timedelta(days=rng.randrange(365))
        if not days.is_working_day(day):
            day = days.next_working_day(day)
        if day > today:
            continue
        commune = rng.choice(communes)
        code = rng.choices(list(TEXTS), weights=(25, 10, 25, 15, 15, 10))[0]
        title, text = rng.choice(TEXTS[code])
        kind = rng.choices(["feedback", "petition", "complaint"], weights=(80, 17, 3))[0]
        at = _moment(rng, day)
        item = services.feedback_register(
            submission=services.Submission(
                category=categories[code],
                unit=commune,
                title=title,
                text=f"{text} (Thôn {rng.randint(1, 9)})",
                kind=kind,
                anonymous=True,
            ),
            channel=rng.choices(["web", "phone", "in_person", "letter"], weights=(50, 25, 15, 10))[
                0
            ],
            received_at=at,
        )
        if rng.random() < 0.6:  # named; the contact is set at the end, so no notice goes out
            contacts[item.pk] = (f"Người dân {n + 1}", f"09{rng.randint(10000000, 99999999)}")
        item.is_demo = True  # later full saves (answer, publish) keep it
        _backdate(item, is_demo=True)
        Event.objects.filter(feedback=item).update(at=at)
        made.append(item)
        if item.state == State.REDIRECTED or item.due_on is None:
            continue
        if rng.random() < 0.04:
            continue  # forgotten: open past its deadline, for the escalation to find
        late = rng.random() < (0.35 if commune.pk in slow else 0.08)
        answered_on = (
            days.add_working_days(item.due_on, rng.randint(1, 6))
            if late
            else days.add_working_days(day, rng.randint(2, 14))
        )
        if answered_on > today:
            continue  # still open: overdue or not yet due
        services.feedback_answer(
            item=item,
            actor=None,
            text=ANSWERS[code],
            substantiated=rng.random() < 0.4 if categories[code].about_conduct else None,
        )
        answered_at = _moment(rng, answered_on)
        item.answered_at, item.answered_on_time = answered_at, answered_on <= item.due_on
        _backdate(item, answered_at=answered_at, answered_on_time=item.answered_on_time)
        publish_on = days.add_working_days(answered_on, rng.randint(0, 2))
        if publish_on > today or rng.random() < 0.05:
            continue  # waiting for the review
        services.feedback_publish(
            item=item,
            actor=None,
            public_title=title,
            public_text=item.public_text,
            public_answer=item.public_answer,
        )
        published_at = _moment(rng, publish_on)
        _backdate(item, published_at=published_at)
        if rng.random() < 0.6:
            unhappy = rng.random() < (0.3 if late else 0.08)
            _backdate(
                item,
                resolved=not unhappy,
                rating=rng.choice([1, 2]) if unhappy else rng.choice([4, 5, 5]),
                rated_at=published_at + dt.timedelta(days=2),
            )
    # Repeats: a few items are sent again a few days later and merged into the first.
    for original in rng.sample(made, k=min(12, len(made))):
        if original.state in (State.REDIRECTED, State.MERGED):
            continue
        again_day = timezone.localdate(original.received_at) + dt.timedelta(days=3)
        if again_day > today:
            continue
        repeat = services.feedback_register(
            submission=services.Submission(
                category=original.category,
                unit=original.unit,
                title=original.title,
                text=original.text,
                anonymous=True,
            ),
            channel="web",
            received_at=_moment(rng, again_day),
        )
        repeat.is_demo = True
        _backdate(repeat, is_demo=True)
        services.feedback_merge(item=repeat, into=original, actor=None)
    # The invented citizens agreed to the use of their contact when they sent it.
    for pk, (name, phone) in contacts.items():
        Feedback.objects.filter(pk=pk).update(
            anonymous=False,
            contact_name=name,
            contact_phone=phone,
            contact_consent_at=F("received_at"),
        )
    section_changed("feedback")  # dates and contacts set by update(), without signals
    return Feedback.objects.filter(is_demo=True).count()
