from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    """Rollup tables, aggregation tasks, coordinator reports and exports."""

    name = "reach"
    verbose_name = _("Reach")
