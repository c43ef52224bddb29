"""Development and demo settings: what `make run` uses."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
# A development-only key: production.py refuses to start without a real SECRET_KEY.
# An empty SECRET_KEY (as in a .env copied from .env.example) also falls back to it.
SECRET_KEY = env.str("SECRET_KEY", default="") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[]) or ["127.0.0.1", "localhost", "[::1]"]


def _browser_address(address: str) -> str:
    """The address a browser on this machine uses for the one runserver listens on: "8101" and
    "0.0.0.0:8101" are 127.0.0.1:8101, "[::]:8101" is [::1]:8101."""
    host, _, port = address.rpartition(":")
    host = {"": "127.0.0.1", "0.0.0.0": "127.0.0.1", "[::]": "[::1]"}.get(host, host)  # noqa: S104
    return f"{host}:{port}"


# What `make run` serves (platform/local): the links it prints, the e-mails and the manual PDFs
# name this address unless WAGTAILADMIN_BASE_URL says otherwise.
WEB_ADDRESS = env.str("WEB_ADDRESS", default="127.0.0.1:8000")
WAGTAILADMIN_BASE_URL = env.str(
    "WAGTAILADMIN_BASE_URL", default=f"http://{_browser_address(WEB_ADDRESS)}"
)
DEMO_ACCOUNTS_ALLOWED = True
# The demo content and `demo_load`, last: the demo app builds on all the others.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
