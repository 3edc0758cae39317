"""Demo dossiers: a few years of one-stop work in the demo communes, loaded through the
dossier import (`dossiers_import`) like a portal export, then ratings and inter-agency steps
written in bulk.

The mix is meant to make the dashboards worth looking at: most dossiers early or on time but
5-15 % late depending on the unit, one in ten with a supplement, some refused, withdrawn or
stopped, a few still in process (some overdue), more online filing every year, and ratings on
about 40 % of the finished dossiers with some units clearly weaker than others. Everything is
drawn from one seeded random generator, so the same seed and day give the same data.

Dossiers received before the 1 July 2025 reorganisation are filed under the commune that took
over the old units: the demo has no agencies of its own for the old communes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils import timezone

from motcua.catalogue.models import Procedure, Status
from motcua.dossiers.deadlines import dossier_due_date
from motcua.dossiers.importing import DOSSIER_COLUMNS, dossiers_import
from motcua.dossiers.models import (
    AgenciesContacted,
    Attitude,
    Contacts,
    Dossier,
    ProcessingStep,
    Rating,
)
from motcua.dossiers.states import State
from motcua.dossiers.timeliness import Timeliness
from motcua.orgs.models import Agency, AgencyKind, Membership, Role
from motcua.workdays.engine import Calendar
from motcua.workdays.selectors import calendar

DEMO_SEED = 766
FAMILY_NAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng"]
FAMILY_NAMES += ["Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "A", "Y", "Rơ Châm", "Siu"]
MIDDLE_NAMES = ["Văn", "Thị", "Minh", "Hữu", "Thanh", "Quốc", "Ngọc", "Đức", "Thu", "Xuân"]
GIVEN_NAMES = ["An", "Bình", "Cường", "Dung", "Dũng", "Hà", "Hải", "Hằng", "Hoa", "Hùng"]
GIVEN_NAMES += ["Khánh", "Lan", "Linh", "Long", "Mai", "Nam", "Nga", "Phúc", "Quân", "Sơn"]
GIVEN_NAMES += ["Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vy", "Blưk", "H'Hen", "Rin", "Đam"]
VILLAGES = ["Thôn 1", "Thôn 2", "Thôn 3", "Thôn 4", "Thôn Kon Klốc", "Làng Plei Rơ Wăk"]
VILLAGES += ["Tổ dân phố 1", "Tổ dân phố 2", "Tổ dân phố 5", "Thôn Đăk Lấp"]
COMPANIES = ["Công ty TNHH Tây Nguyên Xanh", "Hợp tác xã Cà phê Đăk Hà", "Công ty CP Sâm Ngọc Linh"]
COMPANIES += ["Công ty TNHH Xây dựng Kon Tum", "Hộ kinh doanh Tạp hóa Hòa Bình"]
COMMENTS = [
    "Cán bộ hướng dẫn tận tình.",
    "Nhận kết quả sớm hơn hẹn, rất hài lòng.",
    "Thủ tục nhanh gọn.",
    "Phải chờ lâu ở quầy.",
    "Trễ hẹn nhưng có thư xin lỗi.",
    "Nên bố trí thêm ghế ngồi chờ.",
    "Nộp trực tuyến thuận tiện.",
]
# Fields whose dossiers go through several agencies (liên thông) in the demo catalogue.
INTER_AGENCY_FIELDS = {"Đất đai", "Hoạt động xây dựng", "Môi trường"}
# How often each field's procedures are used, relative to the others.
FIELD_WEIGHTS = {"Hộ tịch": 10, "Chứng thực": 14, "Đất đai": 5, "Bảo trợ xã hội": 3}


@dataclass(frozen=True)
class UnitProfile:
    """How one receiving agency performs: what makes the rankings differ."""

    late: float  # share of judged dossiers finished after the due date
    quality: float  # 0 (weakest) to 1 (best): satisfaction, attitude
    online: float  # share filed online in the last year; less in earlier years
    digitised: float
    electronic_result: float
    weight: float  # how many dossiers it receives, relative to the others


def _profiles(agencies: list[Agency], seed: int) -> dict[int, UnitProfile]:
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not a secret
    spread = [i / max(len(agencies) - 1, 1) for i in range(len(agencies))]
    late_order, quality_order = spread[:], spread[:]
    rng.shuffle(late_order)
    rng.shuffle(quality_order)
    profiles = {}
    for agency, late, quality in zip(agencies, late_order, quality_order, strict=True):
        is_province = agency.unit.kind == "province"
        profiles[agency.pk] = UnitProfile(
            late=round(0.04 + 0.12 * late, 3),
            # Late units tend to be rated lower, but not always.
            quality=round(0.6 * quality + 0.4 * (1 - late), 3),
            online=round(rng.uniform(0.3, 0.65), 3),
            digitised=round(rng.uniform(0.6, 0.97), 3),
            electronic_result=round(rng.uniform(0.45, 0.92), 3),
            weight=3.0 if is_province else rng.uniform(0.6, 1.6),
        )
    return profiles


@dataclass
class _Draft:
    """One generated dossier before it is written as an import row."""

    agency: Agency
    procedure: Procedure
    received_at: dt.datetime
    values: dict[str, Any]
    supplement: bool = False
    rated: bool = False


def _at(day: dt.date, rng: random.Random, zone: Any, start: int = 7, end: int = 17) -> dt.datetime:
    minutes = rng.randrange((end - start) * 60)
    return dt.datetime.combine(day, dt.time(start + minutes // 60, minutes % 60), tzinfo=zone)


def _finish_day(
    cal: Calendar, receipt: dt.date, due: dt.date, late: bool, rng: random.Random
) -> dt.date:
    """A working day early, on the due date, or late by one to six working days."""
    if late:
        return cal.add_working_days(due, rng.choice((1, 1, 1, 2, 2, 3, 4, 6)))
    available = cal.working_days_between(receipt, due)
    if available <= 1 or rng.random() < 0.18:
        return due
    return cal.add_working_days(receipt, rng.randrange(available))


def _stamp(moment: dt.datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment else ""


def _applicant(rng: random.Random, procedure: Procedure) -> tuple[str, str]:
    if procedure.field.name in ("Thành lập và hoạt động doanh nghiệp", "Lao động"):
        return "organisation", rng.choice(COMPANIES)
    name = f"{rng.choice(FAMILY_NAMES)} {rng.choice(MIDDLE_NAMES)} {rng.choice(GIVEN_NAMES)}"
    return "person", name


def demo_dossiers_generate(
    *, years: int = 3, per_year: int = 20000, seed: int = DEMO_SEED, today: dt.date | None = None
) -> list[_Draft]:
    """The demo dossiers as import rows, in order of receipt, without writing anything."""
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not a secret
    zone = timezone.get_default_timezone()
    now = timezone.now()
    today = today or timezone.localdate()
    cal = calendar()
    agencies = list(
        Agency.objects.filter(is_demo=True, kind=AgencyKind.ONE_STOP)
        .select_related("unit")
        .order_by("identifier")
    )
    procedures = list(
        Procedure.objects.filter(is_demo=True, status=Status.PUBLISHED)
        .select_related("field")
        .order_by("code")
    )
    if not agencies or not procedures:
        return []
    profiles = _profiles(agencies, seed)
    by_level = {
        level: [p for p in procedures if p.level == level] for level in ("commune", "province")
    }
    weights = {
        level: [FIELD_WEIGHTS.get(p.field.name, 1.5) for p in items]
        for level, items in by_level.items()
    }
    first = today - dt.timedelta(days=365 * years)
    days = [
        first + dt.timedelta(days=n)
        for n in range((today - first).days)
        if cal.is_working_day(first + dt.timedelta(days=n))
    ]
    agency_weights = [profiles[a.pk].weight for a in agencies]
    drafts: list[_Draft] = []
    for _n in range(years * per_year):
        day = rng.choice(days)
        agency = rng.choices(agencies, agency_weights)[0]
        level = "province" if agency.unit.kind == "province" else "commune"
        pool = by_level[level] or procedures
        procedure = rng.choices(pool, weights[level] if by_level[level] else None)[0]
        received_at = _at(day, rng, zone, 7, 16)
        drafts.append(_Draft(agency, procedure, received_at, {}))
    drafts.sort(key=lambda d: (d.received_at, d.agency.identifier))
    sequence: dict[tuple[int, dt.date], int] = {}
    for draft in drafts:
        _fill(draft, rng=rng, cal=cal, profile=profiles[draft.agency.pk], now=now, today=today)
        key = (draft.agency.pk, draft.received_at.date())
        sequence[key] = number = sequence.get(key, 0) + 1
        draft.values["code"] = f"{draft.agency.identifier}-{draft.received_at:%y%m%d}-{number:04d}"
    return drafts


def _fill(
    draft: _Draft,
    *,
    rng: random.Random,
    cal: Calendar,
    profile: UnitProfile,
    now: dt.datetime,
    today: dt.date,
) -> None:
    procedure, received_at = draft.procedure, draft.received_at
    zone = received_at.tzinfo
    age_years = (today - received_at.date()).days / 365
    online_share = max(0.05, profile.online - 0.12 * age_years)
    online_allowed = procedure.accepts_online_filing
    roll = rng.random()
    channel = "postal" if roll < 0.07 else "counter"
    if online_allowed and roll > 1 - online_share:
        channel = "online"
    kind, name = _applicant(rng, procedure)
    values: dict[str, Any] = {
        "procedure_code": procedure.code,
        "agency_identifier": draft.agency.identifier,
        "channel": channel,
        "received_at": _stamp(received_at),
        "applicant_kind": kind,
        "applicant_name": name,
        "applicant_phone": f"0{rng.choice('39785')}{rng.randrange(10**8):08d}",
        "applicant_id_number": f"0{rng.randrange(62, 65)}{rng.randrange(10**9):09d}",
        "applicant_address": f"{rng.choice(VILLAGES)}, {draft.agency.unit.name}",
        "digitised": rng.random() < profile.digitised,
        "synced_national_portal": rng.random() < 0.97,
        "paid_online": False,
        "electronic_result": False,
    }
    visits = 1
    complete_at: dt.datetime | None = received_at
    if rng.random() < 0.10:
        draft.supplement = True
        values["supplement_requested_at"] = _stamp(received_at)
        fulfilled_day = cal.add_working_days(received_at.date(), rng.choice((1, 2, 3, 5, 8)))
        fulfilled_at = _at(fulfilled_day, rng, zone, 8, 16)
        if fulfilled_at > now:
            values["state"] = State.SUPPLEMENT_REQUESTED
            draft.values = values
            return
        values["supplement_received_at"] = _stamp(fulfilled_at)
        complete_at = fulfilled_at
        visits += 1 if channel == "counter" else 0
    assert complete_at is not None
    # The rule the import applies to the generated row (deadlines.dossier_due_date).
    due = dossier_due_date(procedure, complete_at, days_off=cal)
    receipt = complete_at.date()
    outcome = rng.random()
    if outcome < 0.02:
        state = State.REFUSED
        finished_at = _at(cal.add_working_days(receipt, 1), rng, zone, 8, 16)
    elif outcome < 0.03:
        state = State.WITHDRAWN
        finished_at = _at(cal.add_working_days(receipt, rng.randrange(1, 4)), rng, zone, 8, 16)
    elif outcome < 0.04:
        state = State.STOPPED
        finished_at = _at(cal.add_working_days(receipt, rng.randrange(1, 4)), rng, zone, 8, 16)
    else:
        state = State.RETURNED
        late = rng.random() < profile.late
        finish = receipt if due is None else _finish_day(cal, receipt, due, late, rng)
        finished_at = _at(finish, rng, zone, 8, 17)
        if finished_at < complete_at:
            finished_at = complete_at + dt.timedelta(minutes=rng.randrange(20, 120))
        # A few dossiers of the last three months are still open well past their due date.
        if due is not None and 15 < (today - received_at.date()).days < 90 and rng.random() < 0.04:
            finished_at = now + dt.timedelta(days=365)
    if finished_at > now:
        values["state"] = State.PROCESSING if rng.random() < 0.8 else State.RECEIVED
        values["visits"] = visits
        draft.values = values
        return
    values["finished_at"] = _stamp(finished_at)
    values["state"] = state
    if state == State.RETURNED:
        by_post = channel != "counter" and rng.random() < 0.5
        returned_at = finished_at + dt.timedelta(hours=rng.choice((1, 2, 4, 20, 24, 48)))
        if returned_at > now:
            values["state"] = State.RESOLVED
        else:
            values["returned_at"] = _stamp(returned_at)
            visits += 0 if by_post else 1
        values["electronic_result"] = rng.random() < profile.electronic_result
        fee_bearing = procedure.fee_bearing
        values["paid_online"] = bool(fee_bearing and channel == "online" and rng.random() < 0.7)
        draft.rated = rng.random() < 0.4
    values["visits"] = visits
    draft.values = values


def _csv(drafts: list[_Draft]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(DOSSIER_COLUMNS)
    for draft in drafts:
        values = draft.values
        writer.writerow(
            [
                ("1" if values[c] else "0")
                if isinstance(values.get(c), bool)
                else values.get(c, "")
                for c in DOSSIER_COLUMNS
            ]
        )
    return out.getvalue().encode()


def _rating(
    rng: random.Random, profile: UnitProfile, late: bool, supplement: bool
) -> dict[str, Any]:
    quality = profile.quality - (0.35 if late else 0) - (0.1 if supplement else 0)
    roll = rng.random()
    if roll < 0.5 + 0.3 * quality:
        satisfaction = 5
    elif roll < 0.82 + 0.12 * quality:
        satisfaction = 4
    else:
        satisfaction = rng.choice((1, 2, 2, 3, 3, 3))
    harassing = rng.random() < 0.02 * (1 - profile.quality)
    return {
        "satisfaction": satisfaction,
        "contacts": Contacts.ONCE
        if supplement
        else (Contacts.MORE if rng.random() < 0.02 else Contacts.NONE),
        "agencies": AgenciesContacted.MORE
        if rng.random() < 0.04
        else (AgenciesContacted.NONE if rng.random() < 0.3 else AgenciesContacted.ONE_STOP),
        "attitude": Attitude.HARASSING
        if harassing
        else (Attitude.COURTEOUS if satisfaction >= 4 else Attitude.ACCEPTABLE),
        "comment": rng.choice(COMMENTS) if rng.random() < 0.15 else "",
    }


def demo_dossiers_load(
    *,
    years: int = 3,
    per_year: int = 20000,
    seed: int = DEMO_SEED,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Load (or load again: the codes are the same) the demo dossiers, their ratings and the
    steps of inter-agency dossiers. Returns how many dossiers the demo has."""
    drafts = demo_dossiers_generate(years=years, per_year=per_year, seed=seed, today=today)
    if not drafts:
        return 0
    with transaction.atomic():
        result = dossiers_import(
            data=_csv(drafts), filename="demo-dossiers.csv", is_demo=True, progress=progress
        )
        if not result.ok:
            raise ValueError("; ".join(str(p) for p in result.problems[:10]))
        _ratings_and_steps(drafts, seed=seed)
        _counter_officers()
        _assigned_officers()
    return len(drafts)


def _counter_officers() -> None:
    """The demo counter officers received their agencies' dossiers, so their queue and the
    officers' scores have something to show."""
    for membership in Membership.objects.filter(
        role=Role.COUNTER_OFFICER, agency__is_demo=True, user__isnull=False
    ):
        Dossier.objects.filter(
            is_demo=True, agency_id=membership.agency_id, received_by__isnull=True
        ).update(received_by_id=membership.user_id)


OPEN_STEPS_PER_OFFICER = 8


def _assigned_officers() -> None:
    """Every demo step names the officer who held it (the first member of its agency), and
    each demo processing officer holds a few dossiers still in process, so the inbox and
    the head's view of who holds what have something to show."""
    members: dict[int, int] = {}
    for membership in Membership.objects.filter(agency__is_demo=True).order_by("pk"):
        members.setdefault(membership.agency_id, membership.user_id)
    for agency_id, user_id in members.items():
        ProcessingStep.objects.filter(
            dossier__is_demo=True, agency_id=agency_id, assignee__isnull=True
        ).update(assignee_id=user_id)
    for membership in Membership.objects.filter(
        role=Role.PROCESSING_OFFICER, agency__is_demo=True
    ).select_related("agency"):
        waiting = Dossier.objects.filter(
            is_demo=True,
            unit_id=membership.agency.unit_id,
            state__in=[State.RECEIVED, State.PROCESSING],
            complete_at__isnull=False,
            steps__isnull=True,
        ).order_by("-received_at")[:OPEN_STEPS_PER_OFFICER]
        ProcessingStep.objects.bulk_create(
            ProcessingStep(
                dossier=dossier,
                position=1,
                agency=membership.agency,
                task="Thẩm định hồ sơ",
                allotted_days=max(1, (dossier.procedure.time_limit_value or 2) // 2),
                received_at=dossier.complete_at + dt.timedelta(hours=1),
                received_by_id=membership.user_id,
                assignee_id=membership.user_id,
                due_date=dossier.due_date,
            )
            for dossier in waiting.select_related("procedure")
            if dossier.complete_at is not None
        )


def _ratings_and_steps(drafts: list[_Draft], *, seed: int) -> None:
    rng = random.Random(seed + 1)  # noqa: S311 - reproducible demo data
    agencies = list(Agency.objects.filter(is_demo=True).select_related("unit"))
    one_stop = [a for a in agencies if a.kind == AgencyKind.ONE_STOP]
    profiles = _profiles(sorted(one_stop, key=lambda a: a.identifier), seed)
    specialised = {
        a.unit_id: a for a in agencies if a.kind == AgencyKind.SPECIALISED and "Kinh tế" in a.name
    }
    specialised |= {
        a.unit_id: a
        for a in agencies
        if a.kind == AgencyKind.SPECIALISED
        and a.unit.kind == "province"
        and a.unit_id not in specialised
    }
    dossiers = {
        code: (pk, timeliness, finished_at, returned_at)
        for code, pk, timeliness, finished_at, returned_at in Dossier.objects.filter(
            is_demo=True
        ).values_list("code", "pk", "timeliness", "finished_at", "returned_at")
    }
    rated = set(Rating.objects.filter(dossier__is_demo=True).values_list("dossier_id", flat=True))
    stepped = set(
        ProcessingStep.objects.filter(dossier__is_demo=True).values_list("dossier_id", flat=True)
    )
    ratings: list[Rating] = []
    rated_at: list[dt.datetime] = []
    steps: list[ProcessingStep] = []
    for draft in drafts:
        pk, timeliness, finished_at, returned_at = dossiers[draft.values["code"]]
        if draft.rated and returned_at is not None and pk not in rated:
            late = timeliness == Timeliness.LATE
            answers = _rating(rng, profiles[draft.agency.pk], late, draft.supplement)
            ratings.append(Rating(dossier_id=pk, **answers))
            rated_at.append(returned_at + dt.timedelta(hours=rng.randrange(1, 72)))
        partner = specialised.get(draft.agency.unit_id)
        if (
            partner is not None
            and finished_at is not None
            and pk not in stepped
            and draft.procedure.field.name in INTER_AGENCY_FIELDS
            and draft.values["state"] in (State.RETURNED, State.RESOLVED)
        ):
            steps += _steps(pk, draft, partner, finished_at, timeliness)
    created = Rating.objects.bulk_create(ratings, batch_size=1000)
    # bulk_create stamps them with today (auto_now_add); a rating is given after the result
    # was returned, and bulk_update writes the values as they are.
    for rating, moment in zip(created, rated_at, strict=True):
        rating.created_at = rating.updated_at = moment
    Rating.objects.bulk_update(created, ["created_at", "updated_at"], batch_size=1000)
    ProcessingStep.objects.bulk_create(steps, batch_size=1000)


def _steps(
    dossier_id: int, draft: _Draft, partner: Agency, finished_at: dt.datetime, timeliness: str
) -> list[ProcessingStep]:
    """Two steps of a liên thông dossier: the specialised office appraises, the one-stop unit
    signs and returns; their allotted days add up to the procedure's limit."""
    limit = draft.procedure.time_limit_value or 1
    first_days = max(1, round(limit * 0.7))
    span = finished_at - draft.received_at
    received_at = draft.received_at + span * 0.1
    handed_at = draft.received_at + span * 0.75
    late = timeliness == Timeliness.LATE
    return [
        ProcessingStep(
            dossier_id=dossier_id,
            position=1,
            agency=partner,
            task="Thẩm định hồ sơ, lấy ý kiến cơ quan liên quan",
            allotted_days=first_days,
            received_at=received_at,
            handed_over_at=handed_at,
            result="Đủ điều kiện",
            timeliness=Timeliness.LATE if late else Timeliness.EARLY,
        ),
        ProcessingStep(
            dossier_id=dossier_id,
            position=2,
            agency=draft.agency,
            task="Trình ký, trả kết quả",
            allotted_days=max(limit - first_days, 0),
            received_at=handed_at,
            handed_over_at=finished_at,
            result="Đã ký",
            timeliness=Timeliness.ON_TIME,
        ),
    ]


def has_real_dossiers() -> bool:
    return Dossier.objects.filter(is_demo=False).exists()
