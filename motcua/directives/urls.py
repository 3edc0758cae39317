"""The staff pages for directives: the list, one directive, tasks, reports and difficulties."""

from django.urls import path

from motcua.directives import editor, views

app_name = "directives"

urlpatterns = [
    path("directives/", views.directive_list, name="directive_list"),
    path("directives/new/", editor.directive_new, name="directive_new"),
    path("directives/<int:pk>/", views.directive_detail, name="directive_detail"),
    path("directives/<int:pk>/edit/", editor.directive_edit, name="directive_edit"),
    path("directives/<int:pk>/report.docx", views.directive_report, name="directive_report"),
    path(
        "directives/<int:pk>/attachments/<int:attachment_pk>/",
        views.directive_attachment,
        name="directive_attachment",
    ),
    path("directives/difficulties/", views.difficulty_queue, name="directive_difficulties"),
    path(
        "directives/difficulties/<int:pk>/message/",
        views.difficulty_message,
        name="directive_difficulty_message",
    ),
    path(
        "directives/evidence/<uuid:public_id>/",
        views.evidence_download,
        name="directive_evidence",
    ),
    path("tasks/", views.task_queue, name="directive_tasks"),
    path("tasks/<int:pk>/", views.task_history, name="directive_task"),
    path("tasks/<int:pk>/report/", views.task_report, name="directive_task_report"),
]
