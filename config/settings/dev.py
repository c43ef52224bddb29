"""Development and demo settings: what `make run` uses."""

from .base import *  # noqa: F403
from .base import INSTALLED_APPS, env

DEBUG = env.bool("DEBUG", default=True)
# A development-only key: production.py refuses to start without a real SECRET_KEY.
# An empty SECRET_KEY (as in a .env copied from .env.example) also falls back to it.
SECRET_KEY = env.str("SECRET_KEY", default="") or "dev-only-insecure-key-never-use-in-production"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[]) or ["127.0.0.1", "localhost", "[::1]"]
DEMO_ACCOUNTS_ALLOWED = True
# The demo content and `demo_load`, last: the demo app builds on all the others.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
