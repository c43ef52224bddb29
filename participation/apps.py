from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ParticipationConfig(AppConfig):
    """Joining a session, the participant's steps through its quizzes and surveys and the rules
    between them, and the trainer space that runs a session: what combines quizzes and surveys,
    which do not know each other."""

    name = "participation"
    verbose_name = _("Participation")
