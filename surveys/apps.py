from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """Survey definitions and responses."""

    name = "surveys"
    verbose_name = _("Surveys")

    def ready(self) -> None:
        from surveys.models import Survey, SurveyModule
        from workshops import content_cache

        content_cache.watch(Survey, SurveyModule)
