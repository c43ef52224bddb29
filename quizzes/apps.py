from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class QuizzesConfig(AppConfig):
    """Quiz definitions, scoring, attempts and paper tallies."""

    name = "quizzes"
    verbose_name = _("Quizzes")

    def ready(self) -> None:
        from quizzes.models import Quiz, QuizModule
        from quizzes.selectors import session_quiz_keys, session_quizzes_answered
        from workshops import content_cache, snippets

        content_cache.watch(Quiz, QuizModule)
        snippets.pinnable_register(Quiz, asked=session_quiz_keys, answered=session_quizzes_answered)
