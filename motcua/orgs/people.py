"""How people are named on every staff page, slip, report and export: the full name in the
Vietnamese order (family name first) and the title of the post they hold, never the login name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from motcua.orgs.models import Membership, Role

NO_NAME = gettext_lazy("Officer without a recorded name")

# When a person holds several posts, the one that says most about what they sign.
ROLE_ORDER = (
    Role.UNIT_HEAD,
    Role.PROCESSING_OFFICER,
    Role.COUNTER_OFFICER,
    Role.COORDINATOR,
    Role.SUPERVISOR,
    Role.ADMINISTRATOR,
)


def name_of(first_name: str | None, last_name: str | None) -> str:
    """ "Nguyễn Thị Hoa" from first name "Thị Hoa" and last (family) name "Nguyễn"; an honest
    placeholder when neither is recorded."""
    name = " ".join(f"{last_name or ''} {first_name or ''}".split())
    return name or str(NO_NAME)


def full_name(user: Any) -> str:
    return name_of(user.first_name, user.last_name)


@dataclass(frozen=True)
class Person:
    pk: int
    name: str
    title: str  # "Unit head, Xã Đăk Hà"; empty for someone with no post in force

    @property
    def label(self) -> str:
        if not self.title:
            return self.name
        return _("%(name)s (%(title)s)") % {"name": self.name, "title": self.title}

    def __str__(self) -> str:
        return self.label


def post_title(membership: Membership) -> str:
    """ "Công chức tiếp nhận, Trung tâm Phục vụ hành chính công Xã Đăk Hà": the role and where
    it is held."""
    place = membership.agency or membership.unit
    role = membership.get_role_display()
    return _("%(role)s, %(place)s") % {"role": role, "place": place.name} if place else role


def people(user_ids: Iterable[int | None], *, on: dt.date | None = None) -> dict[int, Person]:
    """The people with these ids, each with the title of their main post in force on the day
    (today by default). Two queries for any number of people; none for nobody."""
    wanted = {pk for pk in user_ids if pk}
    if not wanted:
        return {}
    users = get_user_model().objects.filter(pk__in=wanted).only("first_name", "last_name")
    return people_of(list(users), on=on)


def people_of(users: Iterable[Any], *, on: dt.date | None = None) -> dict[int, Person]:
    """`people` for users already read: one query for their posts."""
    found = {user.pk: user for user in users if user is not None}
    if not found:
        return {}
    posts: dict[int, list[Membership]] = {}
    memberships = (
        Membership.objects.valid_on(on or timezone.localdate())
        .filter(user_id__in=found)
        .select_related("unit", "agency")
        .order_by("pk")
    )
    for membership in memberships:
        posts.setdefault(membership.user_id, []).append(membership)
    return {pk: _person(user, posts.get(pk, [])) for pk, user in found.items()}


def _person(user: Any, held: list[Membership]) -> Person:
    main = min(
        held,
        key=lambda m: ROLE_ORDER.index(m.role) if m.role in ROLE_ORDER else len(ROLE_ORDER),
        default=None,
    )
    return Person(user.pk, full_name(user), post_title(main) if main else "")


def person(user: Any, *, on: dt.date | None = None) -> Person | None:
    """One person, as `people` names them; None for nobody."""
    if user is None:
        return None
    return people([user.pk], on=on).get(user.pk)
