"""Demo organisation: a province after the 1 July 2025 reorganisation, the historic district
and city its ten communes and wards came from, their agencies and one demo login per role.

Names are modelled on the former Kon Tum province; codes and mergers are illustrative, not
an official record. Every row is marked `is_demo`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction

from motcua.orgs.models import (
    AdministrativeUnit,
    Agency,
    AgencyKind,
    Membership,
    Role,
    UnitKind,
    UnitSuccession,
)

REORGANISED = dt.date(2025, 7, 1)
LAST_OLD_DAY = dt.date(2025, 6, 30)
DEMO_PASSWORD = "motcua-demo-2025"  # noqa: S105 - printed for the demo logins

# New unit code, name, kind, and the old units (code, name, kind) merged into it.
NEW_UNITS: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "23416",
        "Xã Đăk Hà",
        UnitKind.COMMUNE,
        [
            ("23416", "Thị trấn Đăk Hà", UnitKind.WARD),
            ("23419", "Xã Đăk Mar", UnitKind.COMMUNE),
            ("23425", "Xã Hà Mòn", UnitKind.COMMUNE),
        ],
    ),
    (
        "23428",
        "Xã Đăk Ui",
        UnitKind.COMMUNE,
        [
            ("23428", "Xã Đăk Ui", UnitKind.COMMUNE),
            ("23431", "Xã Đăk Hring", UnitKind.COMMUNE),
        ],
    ),
    (
        "23434",
        "Xã Ngọk Réo",
        UnitKind.COMMUNE,
        [
            ("23434", "Xã Ngọk Réo", UnitKind.COMMUNE),
            ("23437", "Xã Ngọk Wang", UnitKind.COMMUNE),
        ],
    ),
    (
        "23440",
        "Xã Đăk Pxi",
        UnitKind.COMMUNE,
        [
            ("23440", "Xã Đăk Pxi", UnitKind.COMMUNE),
            ("23443", "Xã Đăk Long", UnitKind.COMMUNE),
        ],
    ),
    (
        "23446",
        "Xã Đăk La",
        UnitKind.COMMUNE,
        [
            ("23446", "Xã Đăk La", UnitKind.COMMUNE),
        ],
    ),
    (
        "23281",
        "Phường Kon Tum",
        UnitKind.WARD,
        [
            ("23281", "Phường Quyết Thắng", UnitKind.WARD),
            ("23284", "Phường Thắng Lợi", UnitKind.WARD),
            ("23287", "Phường Thống Nhất", UnitKind.WARD),
        ],
    ),
    (
        "23293",
        "Phường Đăk Cấm",
        UnitKind.WARD,
        [
            ("23293", "Phường Ngô Mây", UnitKind.WARD),
            ("23296", "Xã Đăk Cấm", UnitKind.COMMUNE),
        ],
    ),
    (
        "23302",
        "Phường Đăk Bla",
        UnitKind.WARD,
        [
            ("23302", "Phường Lê Lợi", UnitKind.WARD),
            ("23305", "Phường Trường Chinh", UnitKind.WARD),
            ("23308", "Xã Đăk Blà", UnitKind.COMMUNE),
        ],
    ),
    (
        "23314",
        "Phường Đăk Rơ Wa",
        UnitKind.WARD,
        [
            ("23314", "Xã Đăk Rơ Wa", UnitKind.COMMUNE),
            ("23317", "Xã Vinh Quang", UnitKind.COMMUNE),
        ],
    ),
    (
        "23320",
        "Xã Ngọk Bay",
        UnitKind.COMMUNE,
        [
            ("23320", "Xã Ngọk Bay", UnitKind.COMMUNE),
            ("23323", "Xã Kroong", UnitKind.COMMUNE),
        ],
    ),
]
# Which historic district each old unit belonged to.
OLD_DISTRICTS = [("613", "Huyện Đăk Hà", 5), ("608", "Thành phố Kon Tum", 5)]

PROVINCE_AGENCIES = [
    ("Trung tâm Phục vụ hành chính công tỉnh", AgencyKind.ONE_STOP, "000.00.01.H55", False),
    ("Văn phòng Ủy ban nhân dân tỉnh", AgencyKind.OFFICE, "000.00.02.H55", False),
    ("Sở Nội vụ", AgencyKind.SPECIALISED, "000.00.03.H55", True),
    ("Sở Tư pháp", AgencyKind.SPECIALISED, "000.00.04.H55", False),
    ("Sở Nông nghiệp và Môi trường", AgencyKind.SPECIALISED, "000.00.05.H55", False),
    ("Sở Xây dựng", AgencyKind.SPECIALISED, "000.00.06.H55", False),
]
COMMUNE_AGENCIES = [
    ("Trung tâm Phục vụ hành chính công", AgencyKind.ONE_STOP, 1, False),
    ("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", AgencyKind.OFFICE, 2, True),
    ("Phòng Kinh tế", AgencyKind.SPECIALISED, 3, False),
    ("Phòng Văn hóa - Xã hội", AgencyKind.SPECIALISED, 4, False),
]


@dataclass(frozen=True)
class DemoLogin:
    username: str
    role: str
    where: str


def _unit(code: str, valid_from: dt.date | None, **fields: object) -> AdministrativeUnit:
    unit, _created = AdministrativeUnit.objects.update_or_create(
        code=code, valid_from=valid_from, defaults={**fields, "is_demo": True}
    )
    return unit


def _link(old: AdministrativeUnit, new: AdministrativeUnit) -> None:
    UnitSuccession.objects.update_or_create(
        predecessor=old, successor=new, defaults={"effective_on": REORGANISED}
    )


@transaction.atomic
def load_demo_orgs() -> list[DemoLogin]:
    old_province = _unit(
        "62", None, kind=UnitKind.PROVINCE, name="Tỉnh Kon Tum", valid_to=LAST_OLD_DAY
    )
    province = _unit("51", REORGANISED, kind=UnitKind.PROVINCE, name="Tỉnh Quảng Ngãi")
    _link(old_province, province)
    districts = [
        _unit(
            code,
            None,
            kind=UnitKind.DISTRICT,
            name=name,
            parent=old_province,
            valid_to=LAST_OLD_DAY,
        )
        for code, name, _count in OLD_DISTRICTS
    ]
    communes: list[AdministrativeUnit] = []
    for index, (code, name, kind, olds) in enumerate(NEW_UNITS):
        new = _unit(code, REORGANISED, kind=kind, name=name, parent=province)
        communes.append(new)
        district = districts[0] if index < OLD_DISTRICTS[0][2] else districts[1]
        for old_code, old_name, old_kind in olds:
            old = _unit(
                old_code, None, kind=old_kind, name=old_name, parent=district, valid_to=LAST_OLD_DAY
            )
            _link(old, new)
        _link(district, new)
    for name, kind, identifier, home_affairs in PROVINCE_AGENCIES:
        Agency.objects.update_or_create(
            identifier=identifier,
            defaults={
                "unit": province,
                "name": name,
                "kind": kind,
                "is_home_affairs_office": home_affairs,
                "valid_from": REORGANISED,
                "is_demo": True,
            },
        )
    for number, commune in enumerate(communes, start=10):
        for name, kind, seq, home_affairs in COMMUNE_AGENCIES:
            Agency.objects.update_or_create(
                identifier=f"000.{number:02d}.{seq:02d}.H55",
                defaults={
                    "unit": commune,
                    "name": f"{name} {commune.name}",
                    "kind": kind,
                    "is_home_affairs_office": home_affairs,
                    "valid_from": REORGANISED,
                    "is_demo": True,
                },
            )
    return _load_demo_staff(province, communes[0], communes[1])


def _load_demo_staff(
    province: AdministrativeUnit, commune: AdministrativeUnit, other: AdministrativeUnit
) -> list[DemoLogin]:
    one_stop = Agency.objects.get(unit=commune, kind=AgencyKind.ONE_STOP)
    culture = Agency.objects.get(unit=commune, name__startswith="Phòng Văn hóa")
    seats: list[tuple[str, str, dict[str, Any], str]] = [
        ("demo_counter", Role.COUNTER_OFFICER, {"agency": one_stop}, one_stop.name),
        ("demo_processing", Role.PROCESSING_OFFICER, {"agency": culture}, culture.name),
        ("demo_head", Role.UNIT_HEAD, {"unit": commune}, commune.name),
        ("demo_head_other", Role.UNIT_HEAD, {"unit": other}, other.name),
        ("demo_coordinator", Role.COORDINATOR, {"unit": province}, province.name),
        ("demo_supervisor", Role.SUPERVISOR, {"unit": province}, province.name),
        ("demo_admin", Role.ADMINISTRATOR, {"unit": province}, province.name),
    ]
    # Family name and given names, as people are named on slips and reports.
    names = {
        "demo_counter": ("Nguyễn", "Thị Hoa"),
        "demo_processing": ("Trần", "Văn Minh"),
        "demo_head": ("Lê", "Quốc Dũng"),
        "demo_head_other": ("Phạm", "Văn Tài"),
        "demo_coordinator": ("Hoàng", "Thị Lan"),
        "demo_supervisor": ("Võ", "Minh Tuấn"),
        "demo_admin": ("Đặng", "Thu Hà"),
    }
    user_model = get_user_model()
    logins = []
    for username, role, where, label in seats:
        user, created = user_model.objects.get_or_create(username=username)
        if created:
            user.set_password(DEMO_PASSWORD)
        user.last_name, user.first_name = names[username]
        user.is_staff = user.is_superuser = role == Role.ADMINISTRATOR
        user.save()
        Membership.objects.update_or_create(
            user=user, role=role, defaults={**where, "valid_from": REORGANISED}
        )
        logins.append(DemoLogin(username, str(Role(role).label), label))
    return logins


def demo_logins() -> list[DemoLogin]:
    """The demo logins already in the database, to remind whoever starts the server."""
    memberships = (
        Membership.objects.filter(user__username__startswith="demo_", user__is_active=True)
        .select_related("user", "unit", "agency")
        .order_by("pk")
    )
    return [
        DemoLogin(m.user.username, str(m.get_role_display()), str(m.unit or m.agency))
        for m in memberships
    ]


def has_real_orgs() -> bool:
    return (
        AdministrativeUnit.objects.filter(is_demo=False).exists()
        or Agency.objects.filter(is_demo=False).exists()
    )
