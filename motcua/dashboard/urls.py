"""The staff pages that combine apps; each single-app page lives in its own app's urls."""

from django.urls import path

from motcua.dashboard import evaluation, indicators, proposals, views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("publication/", views.publication, name="publication"),
    path("units/", views.unit_tree_view, name="unit_tree"),
    path("evaluation/", evaluation.evaluation, name="evaluation"),
    path("postings/", evaluation.postings, name="postings"),
    path("imports/<slug:kind>/", views.import_start, name="import_start"),
    path("imports/<slug:kind>/template.<str:fmt>", views.import_template, name="import_template"),
    path("imports/job/<uuid:public_id>/", views.import_status, name="import_status"),
    path("imports/job/<uuid:public_id>/confirm/", views.import_confirm, name="import_confirm"),
    path("directives/proposals/", proposals.directive_proposals, name="directive_proposals"),
    path("indicators/", indicators.indicator_board, name="indicators"),
    path("indicators/<slug:code>/", indicators.indicator_rows, name="indicator_rows"),
]
