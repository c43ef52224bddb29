"""Settings come from the environment; production refuses to run without its secrets."""

import os
import secrets
import subprocess
import sys

import pytest
from django.conf import settings

REPO = settings.BASE_DIR


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS")}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRODUCTION = "config.settings.production"


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
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="faro.example.org",
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


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
