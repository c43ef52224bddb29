"""System checks of a production configuration (registered by `config.apps.ProductionChecksConfig`,
which only production settings install).

They are ordinary checks, not `--deploy` ones: `manage.py check`, `check --deploy` and `migrate`
(which docker-compose.yml runs before web, worker and beat may start) all refuse the configuration
with the message below, while `collectstatic` (the image build) and settings import stay free of
them. Two-step sign-in turned off is a warning only: an operator may mean it, and sees it each time.
"""

from django.conf import settings
from django.core import checks
from django.core.checks import Error, register

# Django's mail backends that send nothing: they print a mail to the log, keep it in memory or
# drop it, or write it to a file on the server.
MAIL_BACKENDS_THAT_SEND_NOTHING = (
    "django.core.mail.backends.console.EmailBackend",
    "django.core.mail.backends.locmem.EmailBackend",
    "django.core.mail.backends.dummy.EmailBackend",
    "django.core.mail.backends.filebased.EmailBackend",
)


def mail_sends(backend: str) -> bool:
    """Whether mail given to this backend reaches a mailbox (as far as settings can tell)."""
    return backend not in MAIL_BACKENDS_THAT_SEND_NOTHING


def password_reset_mail_check(app_configs=None, **kwargs) -> list[Error]:
    """A password-reset link goes by mail only, to the address Wagtail's admin builds it with."""
    if not settings.PASSWORD_RESET_ENABLED:
        return []
    errors = []
    if not mail_sends(settings.EMAIL_BACKEND):
        errors.append(
            Error(
                f"The mail backend is {settings.EMAIL_BACKEND}, which sends nothing: "
                "password-reset links for the admin would go to the log (or a file) instead "
                "of the person who asked.",
                hint=(
                    "Set EMAIL_URL to a real mail server, e.g. "
                    "EMAIL_URL=smtp+tls://user:password@smtp.example.org:587, or turn password "
                    "reset off with PASSWORD_RESET_ENABLED=False (see .env.example)."
                ),
                id="faro.E001",
            )
        )
    if not settings.WAGTAILADMIN_BASE_URL.startswith("https://"):
        errors.append(
            Error(
                f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL!r}: password-reset "
                "mails would link there.",
                hint=(
                    "Set WAGTAILADMIN_BASE_URL to the site's public https:// address, e.g. "
                    "WAGTAILADMIN_BASE_URL=https://faro.example.org, or turn password reset off "
                    "with PASSWORD_RESET_ENABLED=False."
                ),
                id="faro.E002",
            )
        )
    return errors


def two_factor_check(app_configs=None, **kwargs) -> list[checks.Warning]:
    """Production requires two-step sign-in unless an operator turned it off on purpose."""
    if settings.TWO_FACTOR_REQUIRED:
        return []
    return [
        checks.Warning(
            "TWO_FACTOR_REQUIRED is off: a password alone opens children's free texts, the "
            "reports and the admin.",
            hint=(
                "Remove TWO_FACTOR_REQUIRED=False from the environment, so that every account "
                "gives a code from its authenticator app after its password "
                '(docs/operations.md, "Two-step sign-in").'
            ),
            id="faro.W001",
        )
    ]


def production_checks_register() -> None:
    register(password_reset_mail_check)
    register(two_factor_check)
