from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quiz definitions, attempts, scoring and the participant quiz flow."""

    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self) -> None:
        from quizzes import content_cache

        content_cache.receivers_connect()
