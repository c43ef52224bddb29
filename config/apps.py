"""The project package as an app, for production settings only (see ProductionChecksConfig)."""

from django.apps import AppConfig


class ProductionChecksConfig(AppConfig):
    """Installed by production settings only: the checks that refuse a configuration unfit to
    serve the public (config/checks.py). No models, templates or URLs."""

    name = "config"
    label = "faro_production"
    verbose_name = "Faro production checks"

    def ready(self) -> None:
        from config.checks import production_checks_register

        production_checks_register()
