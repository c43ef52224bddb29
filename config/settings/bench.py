"""The platform's production settings, plus the floor view's URL (bench/urls.py).

The benchmark serves the platform exactly as a deployment does (gunicorn, production settings,
compressed manifest static files, HTTPS behind a proxy, which the load tool signals with
X-Forwarded-Proto); bench/run.py sets the environment these settings read. They live here rather
than in bench/ because config/__init__.py reads the settings while they are being imported.
"""

from .production import *  # noqa: F403
from .production import INSTALLED_APPS

ROOT_URLCONF = "bench.urls"

# The benchmarks load the demo content, and made-up participants in bulk (`demo_load
# --participants N`): the demo app, which production does not install, comes last.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
DEMO_VOLUME_ALLOWED = True
