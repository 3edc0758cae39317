from __future__ import annotations

from django.contrib import admin
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from django.utils.translation import gettext_noop


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


# Admin messages that Django's own Vietnamese catalogue lacks. Marked here, they reach the
# project's catalogue, which Django reads before its own.
DJANGO_ADMIN_MESSAGES = (
    gettext_noop("Model name"),
    gettext_noop("Change or view list link"),
    gettext_noop("Filter navigation items"),
    gettext_noop("Show counts"),
    gettext_noop("Hide counts"),
    gettext_noop("Select all objects on this page for an action"),
    gettext_noop("Select this object for an action - {}"),
    gettext_noop("After you’ve created a user, you’ll be able to edit more user options."),
    gettext_noop(
        "Whether the user will be able to authenticate using a password or not. "
        "If disabled, they may still be able to authenticate using other backends, "
        "such as Single Sign-On or LDAP."
    ),
)
