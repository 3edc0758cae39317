"""The staff pages for surveys: questionnaires, campaigns, invitations, paper entry, results."""

from django.urls import path

from motcua.surveys import questionnaire_views, views

app_name = "surveys"

urlpatterns = [
    path("surveys/", views.campaign_list, name="survey_campaigns"),
    path("surveys/new/", views.campaign_new, name="survey_campaign_new"),
    path("questionnaires/", questionnaire_views.questionnaire_list, name="questionnaires"),
    path(
        "questionnaires/<slug:slug>/draft/",
        questionnaire_views.questionnaire_draft,
        name="questionnaire_draft",
    ),
    path(
        "questionnaires/<slug:slug>/v<int:number>/",
        questionnaire_views.questionnaire_version,
        name="questionnaire_version",
    ),
    path("surveys/<slug:slug>/manage/", views.campaign_manage, name="survey_manage"),
    path("surveys/<slug:slug>/paper/", views.paper_entry, name="paper_entry"),
    path("surveys/<slug:slug>/invitations/", views.invitations, name="survey_invitations"),
    path("surveys/<slug:slug>/cards/", views.invitation_cards, name="survey_cards"),
    path("surveys/<slug:slug>/results/", views.campaign_results_view, name="survey_results"),
    path("surveys/<slug:slug>/report.docx", views.campaign_report, name="survey_report"),
    path("surveys/<slug:slug>/answers.<str:fmt>", views.campaign_answers, name="survey_answers"),
    path("surveys/<slug:slug>/sms.xlsx", views.invitation_sms, name="survey_sms"),
    path("surveys/<slug:slug>/send/", views.invitation_send, name="survey_send"),
    path(
        "surveys/<slug:slug>/paper/mismatches/",
        views.paper_mismatch_list,
        name="paper_mismatches",
    ),
]
