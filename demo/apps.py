from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content (YAML under demo/content/) and its loaders, behind `manage.py demo_load`.

    Installed only by the development, test and benchmark settings, last: it builds on every other
    app, and none of them imports it.
    """

    name = "demo"
    verbose_name = _("Demo")
