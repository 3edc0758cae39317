from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _


class MotcuaAdminSite(admin.AdminSite):
    site_header = _("motcua administration")
    site_title = _("motcua administration")
    index_title = _("Units, staff and the procedure catalogue")

    def has_permission(self, request: HttpRequest) -> bool:
        """Staff flag or a role that grants admin permissions (see orgs.backends)."""
        user = request.user
        if not user.is_active:
            return False
        return bool(user.is_staff or user.get_all_permissions())
