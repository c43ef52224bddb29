"""The participant flow after joining, under /join/<code>/ (the code is passed to every view)."""

from django.urls import path

from participation.views import certificates, offline, progress
from participation.views import quiz as views

app_name = "quiz"

urlpatterns = [
    path("next/", views.next_step, name="next"),
    path("results/<uuid:key>/", views.result, name="result"),
    path("<str:phase>/<uuid:quiz_key>/", views.take, name="take"),
    path("wait/", views.wait, name="wait"),
    path("wait/progress/", progress.progress, name="progress"),
    path("done/", views.done, name="done"),
    path("certificate/", certificates.certificate, name="certificate"),
    path("sw.js", offline.service_worker, name="service_worker"),
    path("offline/", offline.offline, name="offline"),
    path("late/", offline.late, name="late"),
]
