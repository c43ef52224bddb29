"""`make run` on another address (`make run ADDRESS=...`, `WEB_ADDRESS=... make run`): the links
it prints, and those the worker puts in manual PDFs, name the address actually served."""

import os
import shutil
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

REPO = Path(__file__).resolve().parents[2]


def dev_setting(name: str, **env: str) -> str:
    """A setting as config.settings.dev computes it in a process with this environment."""
    clean = {k: v for k, v in os.environ.items() if k not in ("WEB_ADDRESS", name)}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            f"from django.conf import settings; print(settings.{name})",
        ],
        cwd=REPO,
        env={**clean, "DJANGO_SETTINGS_MODULE": "config.settings.dev", **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout.strip()


@pytest.mark.parametrize(
    ("address", "base_url"),
    [
        ("127.0.0.1:8101", "http://127.0.0.1:8101"),
        ("8102", "http://127.0.0.1:8102"),
        ("0.0.0.0:8103", "http://127.0.0.1:8103"),
    ],
)
def test_development_settings_name_the_address_make_run_serves(address, base_url):
    assert dev_setting("WAGTAILADMIN_BASE_URL", WEB_ADDRESS=address) == base_url


@pytest.mark.django_db
def test_demo_load_prints_every_link_with_the_served_address(settings, tmp_path):
    settings.DEMO_ACCOUNTS_FILE = tmp_path / "demo-accounts.json"
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8101"
    out = StringIO()

    call_command("demo_load", stdout=out)

    links = [word for word in out.getvalue().split() if word.startswith("http")]
    assert len(links) > 5
    assert all(link.startswith("http://127.0.0.1:8101/") for link in links), links


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_with_an_address_passes_it_to_demo_load_and_the_server():
    result = subprocess.run(
        ["make", "--dry-run", "--old-file=install", "run", "ADDRESS=127.0.0.1:8101"],
        cwd=REPO,
        env={k: v for k, v in os.environ.items() if k != "WEB_ADDRESS"},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )

    commands = result.stdout.splitlines()
    assert any("demo_load" in line for line in commands)
    assert any("platform/local" in line for line in commands)
    for line in commands:
        if "demo_load" in line or "platform/local" in line:
            assert line.startswith('WEB_ADDRESS="127.0.0.1:8101" '), line
