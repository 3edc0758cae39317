from django.urls import path

from motcua.portal import dossiers, feedback, surveys, views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("dossiers/lookup/", views.dossier_lookup, name="dossier_lookup"),
    path("dossiers/<str:code>/rate/", views.dossier_rate, name="dossier_rate"),
    path("dossiers/<str:code>/status/<str:token>/", dossiers.dossier_status, name="dossier_status"),
    path("procedures/", views.procedure_search_view, name="procedure_search"),
    path("procedures/<str:code>/", views.procedure_detail, name="procedure_detail"),
    path("procedures/<str:code>/poster/", views.procedure_poster, name="procedure_poster"),
    path(
        "procedures/<str:code>/forms/<uuid:public_id>/",
        views.form_download,
        name="form_download",
    ),
    path(
        "procedures/<str:code>/forms/<uuid:public_id>/print/",
        views.form_print,
        name="form_print",
    ),
    path("surveys/<slug:slug>/", surveys.survey_start, name="survey_start"),
    path("surveys/<slug:slug>/thanks/", surveys.survey_thanks, name="survey_thanks"),
    path(
        "surveys/<slug:slug>/<str:token>/<int:number>/",
        surveys.survey_page,
        name="survey_page",
    ),
    path("feedback/", feedback.feedback_list, name="feedback_list"),
    path("feedback/new/", feedback.feedback_new, name="feedback_new"),
    path("feedback/lookup/", feedback.feedback_lookup, name="feedback_lookup"),
    path("feedback/track/<str:token>/", feedback.feedback_track, name="feedback_track"),
    path("feedback/<str:number>/", feedback.feedback_detail, name="feedback_detail"),
    path(
        "feedback/<str:number>/files/<uuid:public_id>/",
        feedback.feedback_file,
        name="feedback_file",
    ),
]
