from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from motcua.api import api, not_found
from motcua.core.language import language_choose

# Errors outside a view's own handling answer in the format of the part of the site asked:
# problem+json under /api/, Open311's errors under /open311/, a page elsewhere; a lost
# database answers 503 with Retry-After (motcua/core/faults.py).
handler400 = "motcua.core.faults.bad_request"
handler403 = "motcua.core.faults.permission_denied"
handler404 = "motcua.core.faults.page_not_found"
handler500 = "motcua.core.faults.server_error"

urlpatterns = [
    path("", include("motcua.portal.urls")),
    path("staff/", include("motcua.dashboard.urls")),
    path("staff/dossiers/", include("motcua.dossiers.urls")),
    path("staff/feedback/", include("motcua.feedback.urls")),
    path("staff/", include("motcua.surveys.urls")),
    path("staff/", include("motcua.directives.urls")),
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Links, not a form: pages kept whole for every visitor carry no CSRF token.
    path("lang/<str:code>/", language_choose, name="language_choose"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
    path("api/v1/", api.urls),
    re_path(r"^api/v1/(?P<rest>.*)$", not_found),
    path("open311/v2/", include("motcua.portal.open311")),
]
