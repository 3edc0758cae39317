"""The staff pages for feedback and petitions: the queues, officers' entry, one item."""

from django.urls import path

from motcua.feedback import views

app_name = "feedback"

urlpatterns = [
    path("", views.feedback_list, name="feedback_list"),
    path("new/", views.feedback_new, name="feedback_new"),
    path("files/<uuid:public_id>/", views.feedback_attachment, name="feedback_attachment"),
    path("<str:number>/", views.feedback_detail, name="feedback_detail"),
]
