from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SurveysConfig(AppConfig):
    """Survey definitions, responses and the participant survey flow."""

    name = "surveys"
    verbose_name = _("Surveys")
