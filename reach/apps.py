from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReachConfig(AppConfig):
    """Rollup tables, aggregation tasks, coordinator reports and exports: a reader downstream of
    the domain, started by its outbox signals."""

    name = "reach"
    verbose_name = _("Reach")

    def ready(self) -> None:
        from reach import receivers

        receivers.receivers_connect()
