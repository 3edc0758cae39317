"""The officers a dossier can go to, named as everywhere else (`orgs.people`): full name in
the Vietnamese order and the title of their post, never the login name."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import QuerySet
from django.utils import timezone

from motcua.core.textfold import collation_key
from motcua.orgs.models import Agency, Membership, Role
from motcua.orgs.people import ROLE_ORDER, Person, full_name, people, person, post_title

# An officer as the dossier pages show one: `pk`, `name`, `title` and `label`.
Officer = Person


def officers(user_ids: Iterable[int | None]) -> dict[int, Person]:
    """The officers with these ids, with their titles: two queries, however many."""
    return people(user_ids)


def officer_label(user: Any) -> str:
    """One officer's name and title; empty for no one."""
    found = person(user)
    return found.label if found else ""


def _grouped(memberships: QuerySet[Membership]) -> dict[int, Person]:
    """People from their memberships in force, each titled by their main post."""
    held: dict[int, tuple[Any, list[Membership]]] = {}
    for membership in memberships:
        held.setdefault(membership.user_id, (membership.user, []))[1].append(membership)
    found = {}
    for user, posts in held.values():
        main = min(
            posts,
            key=lambda m: ROLE_ORDER.index(m.role) if m.role in ROLE_ORDER else len(ROLE_ORDER),
        )
        found[user.pk] = Person(user.pk, full_name(user), post_title(main))
    return found


# Who may be given a dossier's step: those who handle dossiers, never a supervisor or a
# coordinator who only reads or consolidates.
RECEIVING_STEP_ROLES = (Role.COUNTER_OFFICER, Role.PROCESSING_OFFICER, Role.UNIT_HEAD)


def _in_force() -> QuerySet[Membership]:
    return (
        Membership.objects.valid_on(timezone.localdate())
        .filter(user__is_active=True, role__in=RECEIVING_STEP_ROLES)
        .select_related("user", "unit", "agency")
        .order_by("pk")
    )


def may_receive_step(user: Any, agency_id: int) -> bool:
    """The user may be given a step of this agency: an active officer who handles dossiers
    there. The one rule behind the pickers and the services that check their answer."""
    return _in_force().filter(user_id=user.pk, agency_id=agency_id).exists()


def agency_officers(agency_id: int | None) -> list[Person]:
    """The staff who may receive a step in this agency (a membership in force in it), with
    their titles: one query."""
    if agency_id is None:
        return []
    members = _in_force().filter(agency_id=agency_id).values("user_id")
    found = _grouped(_in_force().filter(user_id__in=members))
    return sorted(found.values(), key=lambda o: (collation_key(o.name), o.pk))


@dataclass(frozen=True)
class AgencyStaff:
    """An agency with the officers a dossier can be sent to there."""

    agency_id: int
    agency: str
    officers: list[Person]


def unit_agency_staff(unit_id: int) -> list[AgencyStaff]:
    """The agencies in force of a People's Committee with their staff: one query."""
    day = timezone.localdate()
    memberships = _in_force().filter(
        agency__unit_id=unit_id, agency__in=Agency.objects.valid_on(day)
    )
    by_agency: dict[int, tuple[str, list[Membership]]] = {}
    for membership in memberships:
        assert membership.agency is not None
        by_agency.setdefault(membership.agency.pk, (membership.agency.name, []))[1].append(
            membership
        )
    staff = []
    for agency_id, (name, posts) in sorted(
        by_agency.items(), key=lambda item: collation_key(item[1][0])
    ):
        found = _grouped_posts(posts)
        staff.append(
            AgencyStaff(
                agency_id, name, sorted(found.values(), key=lambda o: (collation_key(o.name), o.pk))
            )
        )
    return staff


def _grouped_posts(posts: list[Membership]) -> dict[int, Person]:
    return {
        m.user_id: Person(m.user_id, full_name(m.user), post_title(m))
        for m in sorted(posts, key=lambda m: -_rank(m.role))
    }


def _rank(role: str) -> int:
    return ROLE_ORDER.index(role) if role in ROLE_ORDER else len(ROLE_ORDER)
