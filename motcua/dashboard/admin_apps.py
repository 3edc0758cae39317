from django.contrib.admin.apps import AdminConfig


class MotcuaAdminConfig(AdminConfig):
    default_site = "motcua.dashboard.admin_site.MotcuaAdminSite"
