"""The one-stop officers' pages: the dossier list, the inbox and the head's workload, intake,
a dossier and its slips, the book."""

from django.urls import path

from motcua.dossiers import views

app_name = "dossiers"

urlpatterns = [
    path("", views.dossier_list, name="dossier_list"),
    path("inbox/", views.inbox, name="inbox"),
    path("workload/", views.workload, name="workload"),
    path("new/", views.intake_choose, name="intake_choose"),
    path("new/<str:procedure_code>/", views.intake, name="intake"),
    path("book/", views.tracking_book, name="tracking_book"),
    path("<str:code>/", views.dossier_detail, name="dossier_detail"),
    path("<str:code>/act/", views.dossier_act, name="dossier_act"),
    path("<str:code>/steps/", views.dossier_plan, name="dossier_plan"),
    path("<str:code>/slip/<slug:kind>/", views.dossier_slip, name="dossier_slip"),
]
