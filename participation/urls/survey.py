"""The survey step of the participant flow, under /join/<code>/survey/."""

from django.urls import path

from participation.views import survey as views

app_name = "survey"

urlpatterns = [
    path("<str:phase>/<uuid:survey_key>/", views.take, name="take"),
]
