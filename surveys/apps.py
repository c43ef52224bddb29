from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """Survey definitions and responses."""

    name = "surveys"
    verbose_name = _("Surveys")

    def ready(self) -> None:
        from surveys.models import Survey, SurveyModule
        from surveys.selectors import session_survey_keys, session_surveys_answered
        from workshops import content_cache, snippets

        content_cache.watch(Survey, SurveyModule)
        snippets.pinnable_register(
            Survey, asked=session_survey_keys, answered=session_surveys_answered
        )
