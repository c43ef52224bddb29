"""Settings come from the environment; production refuses to run without its secrets."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

REPO = settings.BASE_DIR


# Variables the production settings require (or refuse), taken out of the environment the tests
# run in so that each test says what it sets.
PRODUCTION_VARIABLES = (
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "EMAIL_URL",
    "PASSWORD_RESET_ENABLED",
    "WAGTAILADMIN_BASE_URL",
    "TWO_FACTOR_REQUIRED",
    "STAFF_SESSION_IDLE_MINUTES",
)


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    return python("manage.py", *args, **env)


def python(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in PRODUCTION_VARIABLES}
    return subprocess.run(
        [sys.executable, *args],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = "config.settings.production"
# What a production deployment must set, besides mail (or turning password reset off).
REQUIRED = {"SECRET_KEY": secrets.token_urlsafe(64), "ALLOWED_HOSTS": "faro.example.org"}
MAIL = {
    "EMAIL_URL": "smtp+tls://faro:secret@smtp.example.org:587",
    "WAGTAILADMIN_BASE_URL": "https://faro.example.org",
}


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", DJANGO_SETTINGS_MODULE=PRODUCTION, ALLOWED_HOSTS="faro.example.org")

    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr
    assert "secrets.token_urlsafe" in result.stderr


def test_production_refuses_a_short_secret_key():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        SECRET_KEY="short",
        ALLOWED_HOSTS="faro.example.org",
    )

    assert result.returncode != 0
    assert "SECRET_KEY is not set (or shorter than 50 characters)" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage(
        "check", DJANGO_SETTINGS_MODULE=PRODUCTION, SECRET_KEY=secrets.token_urlsafe(64)
    )

    assert result.returncode != 0
    assert "ALLOWED_HOSTS is not set" in result.stderr


def test_production_deploy_check_finds_no_issues_with_the_required_variables():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        **REQUIRED,
        **MAIL,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


@pytest.mark.parametrize(
    ("email_url", "backend"),
    [
        (None, "console"),  # the default
        ("memorymail://", "locmem"),
        ("dummymail://", "dummy"),
        ("filemail:///tmp/faro-mail", "filebased"),
    ],
)
def test_production_deploy_check_fails_naming_a_mail_backend_that_sends_nothing(email_url, backend):
    mail = {**MAIL, "EMAIL_URL": email_url}
    if email_url is None:
        del mail["EMAIL_URL"]

    result = manage("check", "--deploy", DJANGO_SETTINGS_MODULE=PRODUCTION, **REQUIRED, **mail)

    assert result.returncode != 0
    assert f"(faro.E001) The mail backend is django.core.mail.backends.{backend}.EmailBackend" in (
        result.stderr
    )
    assert "password-reset links" in result.stderr
    assert "PASSWORD_RESET_ENABLED=False" in result.stderr


def test_production_refuses_to_migrate_while_reset_links_would_go_to_the_log(tmp_path):
    """docker-compose.yml starts web, worker and beat only once `migrate` has succeeded."""
    result = manage(
        "migrate",
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        **REQUIRED,
    )

    assert result.returncode != 0
    assert "django.core.mail.backends.console.EmailBackend, which sends nothing" in result.stderr
    assert "Applying" not in result.stdout


def test_production_deploy_check_fails_when_reset_links_would_point_elsewhere_than_https():
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        **REQUIRED,
        EMAIL_URL=MAIL["EMAIL_URL"],
    )

    assert result.returncode != 0
    assert "(faro.E002) WAGTAILADMIN_BASE_URL is 'http://127.0.0.1:8000'" in result.stderr


def password_reset_offered(**env: str) -> bool:
    """Whether the Wagtail admin offers password reset, as its views and sign-in page ask."""
    code = (
        "import django; django.setup(); "
        "from wagtail.admin.views.account import password_reset_enabled; "
        "print(password_reset_enabled())"
    )
    result = python("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip() == "True"


def test_production_starts_without_mail_once_password_reset_is_turned_off():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        PASSWORD_RESET_ENABLED="False",
        **REQUIRED,
    )

    assert result.returncode == 0, result.stderr
    assert not password_reset_offered(
        DJANGO_SETTINGS_MODULE=PRODUCTION, PASSWORD_RESET_ENABLED="False", **REQUIRED
    )


def test_production_offers_password_reset_only_when_mail_is_sent():
    assert password_reset_offered(DJANGO_SETTINGS_MODULE=PRODUCTION, **REQUIRED, **MAIL)
    # Started without the checks (a bare gunicorn), it still never puts a link in the log.
    assert not password_reset_offered(DJANGO_SETTINGS_MODULE=PRODUCTION, **REQUIRED)


def sign_in_settings(**env: str) -> str:
    """TWO_FACTOR_REQUIRED and STAFF_SESSION_IDLE_MINUTES as a settings module reads them."""
    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.TWO_FACTOR_REQUIRED, s.STAFF_SESSION_IDLE_MINUTES)"
    )
    result = python("-c", code, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_requires_two_step_sign_in_and_signs_idle_staff_out_by_default():
    assert sign_in_settings(DJANGO_SETTINGS_MODULE=PRODUCTION, **REQUIRED) == "True 30"
    # `make run` and the embedded mode: demo accounts sign in with their password.
    assert sign_in_settings(DJANGO_SETTINGS_MODULE="config.settings.dev") == "False 30"
    assert (
        sign_in_settings(
            DJANGO_SETTINGS_MODULE=PRODUCTION, STAFF_SESSION_IDLE_MINUTES="10", **REQUIRED
        )
        == "True 10"
    )


def test_production_warns_while_two_step_sign_in_is_turned_off():
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE=PRODUCTION,
        TWO_FACTOR_REQUIRED="False",
        **REQUIRED,
        **MAIL,
    )

    assert result.returncode == 0, result.stderr  # an operator may mean it...
    assert "(faro.W001) TWO_FACTOR_REQUIRED is off" in result.stderr  # ...and is told each time


def test_development_settings_run_without_any_variable():
    result = manage("check", DJANGO_SETTINGS_MODULE="config.settings.dev")

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("redis_url", "mode", "transport"),
    [("", "embedded", "filesystem"), ("redis://127.0.0.1:6379/3", "full", "redis")],
)
def test_redis_url_chooses_between_embedded_and_full_mode(redis_url, mode, transport):
    code = (
        "from django.conf import settings as s; "
        "print(s.RUNTIME_MODE, s.CELERY_BROKER_URL.split(':')[0], s.CACHES['default']['BACKEND'])"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=REPO,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.dev", "REDIS_URL": redis_url},
        capture_output=True,
        text=True,
        check=True,
    )

    printed_mode, printed_transport, cache_backend = result.stdout.split()
    assert (printed_mode, printed_transport) == (mode, transport)
    assert ("Redis" in cache_backend) == (mode == "full")
