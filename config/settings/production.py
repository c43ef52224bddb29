"""Production settings: everything secret or site-specific comes from the environment."""

from django.core.exceptions import ImproperlyConfigured

from config.checks import mail_sends

from .base import *  # noqa: F403
from .base import EMAIL_BACKEND, INSTALLED_APPS, PASSWORD_RESET_ENABLED, STORAGES, env

DEBUG = False

SECRET_KEY = env.str("SECRET_KEY", default="")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured(
        "SECRET_KEY is not set (or shorter than 50 characters). Production settings refuse to "
        "start without one. Generate one with:\n"
        "  python -c 'import secrets; print(secrets.token_urlsafe(64))'\n"
        "and pass it in the environment (see .env.example)."
    )
if not env.list("ALLOWED_HOSTS", default=[]):
    raise ImproperlyConfigured(
        "ALLOWED_HOSTS is not set. List the host names the site answers to, comma-separated, "
        "e.g. ALLOWED_HOSTS=faro.example.org (see .env.example)."
    )

# A mail backend that sends nothing (consolemail://, the default) would put password-reset links
# in the log. `manage.py check`, `check --deploy` and `migrate` refuse it while password reset is
# on (config/checks.py, installed below), naming the backend; a process started without them (a
# bare gunicorn) still offers no reset: the link is never written anywhere but in a mail.
INSTALLED_APPS = [*INSTALLED_APPS, "config.apps.ProductionChecksConfig"]
WAGTAIL_PASSWORD_RESET_ENABLED = PASSWORD_RESET_ENABLED and mail_sends(EMAIL_BACKEND)

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# HTTPS: the site runs behind a TLS-terminating proxy that sets X-Forwarded-Proto, replacing any
# the client sent (platform/nginx/faro.conf.template does; gunicorn is published nowhere else).
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
DEMO_ACCOUNTS_ALLOWED = False

# Every account reads children's free texts, the reports or the admin only after its second step
# (base.py, "Two-step sign-in"); `check --deploy` warns while it is turned off (config/checks.py).
TWO_FACTOR_REQUIRED = env.bool("TWO_FACTOR_REQUIRED", default=True)
