"""What a staff member may see and change, unit by unit. Every app asks here.

A membership gives its roles in one unit (directly, or through an agency of that unit's
People's Committee). Unit heads, coordinators, supervisors and administrators also reach every
unit below theirs, so a province's coordinator sees all communes. Everyone reaches the
historic units that merged into the units they reach. Supervisors only read. A user with
no membership in force sees nothing; superusers see and change everything.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, TypeVar

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import Model, QuerySet

from motcua.orgs.models import Membership, Role
from motcua.orgs.selectors import today, unit_descendant_ids, unit_predecessor_ids

M = TypeVar("M", bound=Model)

REACHES_BELOW = frozenset({Role.UNIT_HEAD, Role.COORDINATOR, Role.SUPERVISOR, Role.ADMINISTRATOR})
READ_ONLY = frozenset({Role.SUPERVISOR})


@dataclass(frozen=True)
class Access:
    is_superuser: bool = False
    roles_by_unit: dict[int, frozenset[str]] = field(default_factory=dict)
    view_unit_ids: frozenset[int] = frozenset()
    change_unit_ids: frozenset[int] = frozenset()
    agency_ids: frozenset[int] = frozenset()

    @property
    def is_outsider(self) -> bool:
        return not self.is_superuser and not self.view_unit_ids

    def can_view(self, unit: Any) -> bool:
        return self.is_superuser or _pk(unit) in self.view_unit_ids

    def can_change(self, unit: Any) -> bool:
        return self.is_superuser or _pk(unit) in self.change_unit_ids

    def has_role(self, unit: Any, *roles: str) -> bool:
        if self.is_superuser:
            return True
        return bool(self.roles_by_unit.get(_pk(unit), frozenset()) & set(roles))

    def has_any_role(self, *roles: str) -> bool:
        if self.is_superuser:
            return True
        wanted = set(roles)
        return any(held & wanted for held in self.roles_by_unit.values())

    def visible(self, queryset: QuerySet[M], unit_field: str = "unit") -> QuerySet[M]:
        """Narrow any queryset with a foreign key to a unit to what this user may see."""
        if self.is_superuser:
            return queryset
        return queryset.filter(**{f"{unit_field}__in": self.view_unit_ids})

    def changeable(self, queryset: QuerySet[M], unit_field: str = "unit") -> QuerySet[M]:
        if self.is_superuser:
            return queryset
        return queryset.filter(**{f"{unit_field}__in": self.change_unit_ids})


def _pk(unit: Any) -> int:
    return unit if isinstance(unit, int) else unit.pk


def access_for(user: AbstractBaseUser | AnonymousUser, *, on: dt.date | None = None) -> Access:
    if not user.is_authenticated or not user.is_active:
        return Access()
    if getattr(user, "is_superuser", False):
        return Access(is_superuser=True)
    day = on or today()
    memberships = (
        Membership.objects.valid_on(day)
        .filter(user_id=user.pk)
        .select_related("agency")
        .only("unit_id", "agency_id", "agency__unit_id", "role")
    )
    roles: dict[int, set[str]] = {}
    view: set[int] = set()
    change: set[int] = set()
    agencies: set[int] = set()
    for membership in memberships:
        if membership.agency_id:
            agencies.add(membership.agency_id)
            base = membership.agency.unit_id
        else:
            base = membership.unit_id
        assert base is not None
        reach = unit_descendant_ids([base], on=day) if membership.role in REACHES_BELOW else {base}
        for unit_id in reach:
            roles.setdefault(unit_id, set()).add(membership.role)
        view |= reach
        if membership.role not in READ_ONLY:
            change |= reach
    history = unit_predecessor_ids(view)
    return Access(
        roles_by_unit={unit_id: frozenset(r) for unit_id, r in roles.items()},
        view_unit_ids=frozenset(view | history),
        change_unit_ids=frozenset(change | unit_predecessor_ids(change)),
        agency_ids=frozenset(agencies),
    )


def request_access(request: Any) -> Access:
    """The user's access, computed once per request."""
    cached = getattr(request, "_motcua_access", None)
    if cached is None:
        cached = access_for(request.user)
        request._motcua_access = cached
    return cached
