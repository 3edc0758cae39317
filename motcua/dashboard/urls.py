from django.urls import path

from motcua.dashboard import directives, dossier_views, indicators, questionnaires, surveys, views
from motcua.dashboard import evaluation as evaluation_views

app_name = "dashboard"

urlpatterns = [
    path("", views.home, name="home"),
    path("publication/", views.publication, name="publication"),
    path("units/", views.unit_tree_view, name="unit_tree"),
    path("evaluation/", evaluation_views.evaluation, name="evaluation"),
    path("postings/", evaluation_views.postings, name="postings"),
    path("dossiers/", dossier_views.dossier_list, name="dossier_list"),
    path("dossiers/new/", dossier_views.intake_choose, name="intake_choose"),
    path("dossiers/new/<str:procedure_code>/", dossier_views.intake, name="intake"),
    path("dossiers/book/", dossier_views.tracking_book, name="tracking_book"),
    path("dossiers/<str:code>/", dossier_views.dossier_detail, name="dossier_detail"),
    path("dossiers/<str:code>/act/", dossier_views.dossier_act, name="dossier_act"),
    path("dossiers/<str:code>/steps/", dossier_views.dossier_plan, name="dossier_plan"),
    path("dossiers/<str:code>/slip/<slug:kind>/", dossier_views.dossier_slip, name="dossier_slip"),
    path("surveys/", surveys.campaign_list, name="survey_campaigns"),
    path("surveys/new/", surveys.campaign_new, name="survey_campaign_new"),
    path("questionnaires/", questionnaires.questionnaire_list, name="questionnaires"),
    path(
        "questionnaires/<slug:slug>/draft/",
        questionnaires.questionnaire_draft,
        name="questionnaire_draft",
    ),
    path(
        "questionnaires/<slug:slug>/v<int:number>/",
        questionnaires.questionnaire_version,
        name="questionnaire_version",
    ),
    path("surveys/<slug:slug>/manage/", surveys.campaign_manage, name="survey_manage"),
    path("surveys/<slug:slug>/paper/", surveys.paper_entry, name="paper_entry"),
    path("surveys/<slug:slug>/invitations/", surveys.invitations, name="survey_invitations"),
    path("surveys/<slug:slug>/cards/", surveys.invitation_cards, name="survey_cards"),
    path("surveys/<slug:slug>/results/", surveys.campaign_results_view, name="survey_results"),
    path("surveys/<slug:slug>/report.docx", surveys.campaign_report, name="survey_report"),
    path("surveys/<slug:slug>/answers.<str:fmt>", surveys.campaign_answers, name="survey_answers"),
    path("surveys/<slug:slug>/sms.xlsx", surveys.invitation_sms, name="survey_sms"),
    path("surveys/<slug:slug>/send/", surveys.invitation_send, name="survey_send"),
    path(
        "surveys/<slug:slug>/paper/mismatches/",
        surveys.paper_mismatch_list,
        name="paper_mismatches",
    ),
    path("imports/<slug:kind>/", views.import_start, name="import_start"),
    path("imports/<slug:kind>/template.<str:fmt>", views.import_template, name="import_template"),
    path("imports/job/<uuid:public_id>/", views.import_status, name="import_status"),
    path("imports/job/<uuid:public_id>/confirm/", views.import_confirm, name="import_confirm"),
    path("directives/", directives.directive_list, name="directive_list"),
    path("directives/new/", directives.directive_new, name="directive_new"),
    path("directives/<int:pk>/", directives.directive_detail, name="directive_detail"),
    path("directives/<int:pk>/edit/", directives.directive_edit, name="directive_edit"),
    path("directives/<int:pk>/report.docx", directives.directive_report, name="directive_report"),
    path(
        "directives/<int:pk>/attachments/<int:attachment_pk>/",
        directives.directive_attachment,
        name="directive_attachment",
    ),
    path("directives/difficulties/", directives.difficulty_queue, name="directive_difficulties"),
    path(
        "directives/difficulties/<int:pk>/message/",
        directives.difficulty_message,
        name="directive_difficulty_message",
    ),
    path(
        "directives/evidence/<uuid:public_id>/",
        directives.evidence_download,
        name="directive_evidence",
    ),
    path("indicators/", indicators.indicator_board, name="indicators"),
    path("indicators/<slug:code>/", indicators.indicator_rows, name="indicator_rows"),
    path("tasks/", directives.task_queue, name="directive_tasks"),
    path("tasks/<int:pk>/", directives.task_history, name="directive_task"),
    path("tasks/<int:pk>/report/", directives.task_report, name="directive_task_report"),
]
