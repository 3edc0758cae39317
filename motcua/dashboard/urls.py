from django.urls import path

from motcua.dashboard import views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("publication/", views.publication, name="publication"),
    path("units/", views.unit_tree_view, name="unit_tree"),
    path("dossiers/<str:code>/", views.dossier_detail, name="dossier_detail"),
    path("dossiers/<str:code>/receipt/", views.dossier_receipt, name="dossier_receipt"),
    path("dossiers/<str:code>/refusal/", views.dossier_refusal_slip, name="dossier_refusal_slip"),
    path(
        "dossiers/<str:code>/supplement/",
        views.dossier_supplement_slip,
        name="dossier_supplement_slip",
    ),
    path("imports/<slug:kind>/", views.import_start, name="import_start"),
    path("imports/<slug:kind>/template.<str:fmt>", views.import_template, name="import_template"),
    path("imports/job/<uuid:public_id>/", views.import_status, name="import_status"),
    path("imports/job/<uuid:public_id>/confirm/", views.import_confirm, name="import_confirm"),
]
