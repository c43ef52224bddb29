from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkshopsConfig(AppConfig):
    """Campaigns, workshop modules and manuals; venues, groups, sessions, participants, and the
    outbox that tells who counts them what changed."""

    name = "workshops"
    verbose_name = _("Workshops")

    def ready(self) -> None:
        # signals and signin connect receivers.
        from workshops import content_cache, signals, signin  # noqa: F401

        content_cache.receivers_connect()
