"""Django permissions that follow from roles, so the admin works for the people whose job
it is without hand-made permission lists: a province administrator manages the organisation
and the catalogue, a province coordinator manages the catalogue and the indicators' targets
and reads the organisation."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.backends import BaseBackend
from django.contrib.auth.models import Permission

from motcua.orgs.access import access_for
from motcua.orgs.models import Role

MANAGED = {
    # Viewing users lets the administrator pick them for memberships; changing users (and so
    # their superuser flag) stays with superusers.
    Role.ADMINISTRATOR: {
        "orgs": "all",
        "catalogue": "all",
        "workdays": "all",
        "metrics": "all",
        "feedback": "all",
        "core": "view",
        "auth": "view",
    },
    Role.COORDINATOR: {"catalogue": "all", "orgs": "view", "metrics": "all", "feedback": "all"},
}


class RolePermissionBackend(BaseBackend):
    def get_all_permissions(self, user_obj: Any, obj: Any = None) -> set[str]:
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        cached = getattr(user_obj, "_motcua_role_perms", None)
        if cached is None:
            cached = _role_permissions(user_obj)
            user_obj._motcua_role_perms = cached
        return cached

    def has_perm(self, user_obj: Any, perm: str, obj: Any = None) -> bool:
        return perm in self.get_all_permissions(user_obj, obj)

    def has_module_perms(self, user_obj: Any, app_label: str) -> bool:
        return any(p.startswith(f"{app_label}.") for p in self.get_all_permissions(user_obj))


def _role_permissions(user: Any) -> set[str]:
    access = access_for(user)
    grants: dict[str, str] = {}
    for role, apps in MANAGED.items():
        if access.has_top_role(role):
            for app, level in apps.items():
                if grants.get(app) != "all":
                    grants[app] = level
    if not grants:
        return set()
    perms = Permission.objects.filter(content_type__app_label__in=grants).values_list(
        "content_type__app_label", "codename"
    )
    return {
        f"{app}.{codename}"
        for app, codename in perms
        if grants[app] == "all" or codename.startswith("view_")
    }
