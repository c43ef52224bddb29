"""The trainer space, under /trainer/."""

from django.contrib.auth import views as auth_views
from django.urls import path

from participation.views import certificates, paper, paper_sheets, trainer, two_factor

app_name = "trainer"

urlpatterns = [
    path(
        "login/",
        auth_views.LoginView.as_view(
            template_name="participation/trainer/login.html", redirect_authenticated_user=True
        ),
        name="login",
    ),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    # Two-step sign-in, for every account (the admin's sign-in sends here too).
    path("two-factor/", two_factor.two_factor, name="two_factor"),
    path("two-factor/code/", two_factor.two_factor_verify, name="two_factor_verify"),
    path("two-factor/setup/", two_factor.two_factor_setup, name="two_factor_setup"),
    path(
        "two-factor/backup-codes/",
        two_factor.two_factor_backup_codes,
        name="two_factor_backup_codes",
    ),
    path("two-factor/remove/", two_factor.two_factor_remove, name="two_factor_remove"),
    path("", trainer.session_list, name="session_list"),
    path("sessions/new/", trainer.session_create, name="session_create"),
    path("sessions/<int:pk>/", trainer.session_detail, name="session_detail"),
    path("sessions/<int:pk>/edit/", trainer.session_edit, name="session_edit"),
    path("sessions/<int:pk>/open/", trainer.session_open, name="session_open"),
    path("sessions/<int:pk>/close/", trainer.session_close, name="session_close"),
    path(
        "sessions/<int:pk>/post-test/",
        trainer.session_post_test_open,
        name="session_post_test_open",
    ),
    path("sessions/<int:pk>/live/", trainer.session_live, name="session_live"),
    path(
        "sessions/<int:pk>/content/latest/",
        trainer.session_content_latest,
        name="session_content_latest",
    ),
    path(
        "sessions/<int:pk>/participants/remove/",
        trainer.session_participant_remove,
        name="session_participant_remove",
    ),
    path("sessions/<int:pk>/paper/", paper.session_paper, name="session_paper"),
    path(
        "sessions/<int:pk>/paper/<str:phase>/<uuid:quiz_key>/",
        paper.session_paper_tally,
        name="session_paper_tally",
    ),
    path(
        "sessions/<int:pk>/paper/sheet/<str:phase>/<uuid:quiz_key>/",
        paper_sheets.session_paper_sheet,
        name="session_paper_sheet",
    ),
    path(
        "sessions/<int:pk>/paper/survey-sheet/<str:phase>/<uuid:survey_key>/",
        paper_sheets.session_paper_survey_sheet,
        name="session_paper_survey_sheet",
    ),
    path(
        "sessions/<int:pk>/paper/sheet/remove/",
        paper_sheets.session_paper_sheet_remove,
        name="session_paper_sheet_remove",
    ),
    path("sessions/<int:pk>/delete/", trainer.session_delete, name="session_delete"),
    path("sessions/<int:pk>/headcount/", trainer.session_headcount, name="session_headcount"),
    path("sessions/<int:pk>/projector/", trainer.session_projector, name="session_projector"),
    path(
        "sessions/<int:pk>/projector/live/",
        trainer.session_projector_live,
        name="session_projector_live",
    ),
    path("sessions/<int:pk>/qr.svg", trainer.session_qr, name="session_qr"),
    path(
        "sessions/<int:pk>/certificates/",
        certificates.session_certificates,
        name="session_certificates",
    ),
]
