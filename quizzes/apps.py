from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quiz definitions, scoring, attempts and paper tallies."""

    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self) -> None:
        from quizzes.models import Quiz, QuizModule
        from workshops import content_cache

        content_cache.watch(Quiz, QuizModule)
