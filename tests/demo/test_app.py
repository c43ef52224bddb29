"""The demo app: installed by development, test and benchmark settings only, imported by no other
app, its content YAML files."""

import ast
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from demo import content

REPO = Path(settings.BASE_DIR)
APPS = ("config", "workshops", "quizzes", "surveys", "participation", "reach")


def installed_apps(settings_module: str) -> list[str]:
    result = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.conf import settings; print(*settings.INSTALLED_APPS)",
        ],
        cwd=REPO,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": settings_module,
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "faro.example.org",
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return result.stdout.split()


@pytest.mark.parametrize("settings_module", ["config.settings.dev", "config.settings.bench"])
def test_development_and_benchmark_settings_install_the_demo_app_last(settings_module):
    assert installed_apps(settings_module)[-1] == "demo"


def test_production_settings_do_not_install_the_demo_app():
    apps = installed_apps("config.settings.production")

    assert "workshops" in apps
    assert "demo" not in apps


def test_test_settings_install_the_demo_app_last():
    assert settings.INSTALLED_APPS[-1] == "demo"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return names


def test_no_other_app_imports_the_demo_app():
    importing = [
        str(path.relative_to(REPO))
        for app in APPS
        for path in (REPO / app).rglob("*.py")
        if any(name == "demo" or name.startswith("demo.") for name in imported_modules(path))
    ]

    assert importing == []


def test_the_demo_content_is_read_from_its_yaml_files_once():
    slugs = ["golondrina", "preventing-trafficking"]

    assert [campaign["slug"]["en"] for campaign in content.campaigns()] == slugs
    assert content.campaigns()[0] is content.campaigns()[0]
    assert list(content.quizzes()) == list(content.surveys()) == slugs
    assert {venue["name"] for venue in content.venues()} >= {row[0] for row in content.sessions()}
