"""What a staff member may see and change, unit by unit. Every app asks here.

A membership gives its roles in one unit (directly, or through an agency of that unit's
People's Committee, while the agency exists). Unit heads, coordinators, supervisors and
administrators of a unit also reach every unit below it, so a province's coordinator sees all
communes; through an agency only coordinators and supervisors do. Everyone may read the
historic units that merged into the units they reach, but nobody changes an ended unit.
History widens only the records a user reads, never the objects they reach: an object (a
campaign, a directive, a dossier) is seen when one of its own units, or a unit below them, is
seen; the historic units that those units took over are never added to the object's side, or
two communes that came from one district would meet in it (`sees_any`).
Supervisors only read. A user with no membership in force sees nothing; superusers see and
change everything.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import PermissionDenied
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from motcua.orgs.models import AdministrativeUnit, Membership, Role, UnitKind
from motcua.orgs.selectors import today, unit_descendant_ids, unit_predecessor_ids

M = TypeVar("M", bound=Model)

REACHES_BELOW = frozenset({Role.UNIT_HEAD, Role.COORDINATOR, Role.SUPERVISOR, Role.ADMINISTRATOR})
# Through an agency (a department, the Home Affairs office) only those who consolidate or
# supervise reach the units below; a department head answers for the department alone.
AGENCY_REACHES_BELOW = frozenset({Role.COORDINATOR, Role.SUPERVISOR})
READ_ONLY = frozenset({Role.SUPERVISOR})


@dataclass(frozen=True)
class Access:
    is_superuser: bool = False
    roles_by_unit: dict[int, frozenset[str]] = field(default_factory=dict)
    # Roles held in a top-level unit (the province): province-wide powers such as the catalogue.
    top_roles: frozenset[str] = frozenset()
    view_unit_ids: frozenset[int] = frozenset()
    change_unit_ids: frozenset[int] = frozenset()
    agency_ids: frozenset[int] = frozenset()
    # Agencies where the user holds a role that may change things (a supervisor only reads).
    change_agency_ids: frozenset[int] = frozenset()

    @property
    def is_outsider(self) -> bool:
        return not self.is_superuser and not self.view_unit_ids

    def can_view(self, unit: Any) -> bool:
        return self.is_superuser or _pk(unit) in self.view_unit_ids

    def can_change(self, unit: Any) -> bool:
        return self.is_superuser or _pk(unit) in self.change_unit_ids

    def sees_any(self, unit_ids: Iterable[int]) -> bool:
        """An object that concerns these units is seen when one of them is seen. Pass the
        object's own units and those below them in force, never the historic units they
        took over: the user's side already holds the history they may read, and adding it on
        both sides would let a commune reach another through the district both came from."""
        return self.is_superuser or not self.view_unit_ids.isdisjoint(unit_ids)

    def has_role(self, unit: Any, *roles: str) -> bool:
        if self.is_superuser:
            return True
        return bool(self.roles_by_unit.get(_pk(unit), frozenset()) & set(roles))

    def has_any_role(self, *roles: str) -> bool:
        if self.is_superuser:
            return True
        wanted = set(roles)
        return any(held & wanted for held in self.roles_by_unit.values())

    def has_top_role(self, *roles: str) -> bool:
        return self.is_superuser or bool(self.top_roles & set(roles))

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
        .select_related("unit", "agency", "agency__unit")
    )
    roles: dict[int, set[str]] = {}
    top_roles: set[str] = set()
    view: set[int] = set()
    change: set[int] = set()
    agencies: set[int] = set()
    change_agencies: set[int] = set()
    for membership in memberships:
        if membership.agency is not None:
            if not membership.agency.is_valid_on(day):
                continue  # a closed agency gives its former staff nothing
            agencies.add(membership.agency.pk)
            if membership.role not in READ_ONLY:
                change_agencies.add(membership.agency.pk)
            base = membership.agency.unit
            reaches_below = membership.role in AGENCY_REACHES_BELOW
        else:
            assert membership.unit is not None
            base = membership.unit
            reaches_below = membership.role in REACHES_BELOW
        if not base.is_valid_on(day):
            continue  # a membership in a unit that has ended gives nothing
        reach = unit_descendant_ids([base.pk], on=day) if reaches_below else {base.pk}
        # Province-wide powers come only from a membership in the province itself, never
        # through one of its departments.
        if membership.agency is None and base.kind == UnitKind.PROVINCE:
            top_roles.add(membership.role)
        for unit_id in reach:
            roles.setdefault(unit_id, set()).add(membership.role)
        view |= reach
        if membership.role not in READ_ONLY:
            change |= reach
    # Records of units that merged into the ones reached stay readable; nobody changes a
    # unit that has ended, and a successor never reaches a unit still in force.
    history = set(
        AdministrativeUnit.objects.filter(
            pk__in=unit_predecessor_ids(view), valid_to__lt=day
        ).values_list("pk", flat=True)
    )
    return Access(
        roles_by_unit={unit_id: frozenset(r) for unit_id, r in roles.items()},
        top_roles=frozenset(top_roles),
        view_unit_ids=frozenset(view | history),
        change_unit_ids=frozenset(change),
        agency_ids=frozenset(agencies),
        change_agency_ids=frozenset(change_agencies),
    )


def request_access(request: Any) -> Access:
    """The user's access, computed once per request."""
    cached = getattr(request, "_motcua_access", None)
    if cached is None:
        cached = access_for(request.user)
        request._motcua_access = cached
    return cached


def staff_required(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Logged in and holding at least one membership in force: outsiders see nothing."""

    @login_required
    @wraps(view)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request_access(request).is_outsider:
            raise PermissionDenied(_("You have no role in any unit."))
        return view(request, *args, **kwargs)

    return wrapper
