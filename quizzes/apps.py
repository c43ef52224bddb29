from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quiz definitions, attempts, scoring and the participant quiz flow."""

    name = "quizzes"
    verbose_name = _("Quizzes")
