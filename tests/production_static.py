"""The static files as a deployment's image collects them (production settings: whitenoise's
compressed manifest storage), collected once per test session and shared by every test that
serves them: `collectstatic` takes the better part of half a minute there.

Under pytest-xdist the workers share the session's base folder: the first worker to ask collects
into it while holding a lock, and a marker written once the files are complete tells the others
(and later asks in the same worker) to use them as they are. The tests that serve these files only
read them (gunicorn with whitenoise); none may write there.

A test module uses the fixture by importing it: `from tests.production_static import
production_static_root  # noqa: F401`.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from filelock import FileLock

REPO = Path(settings.BASE_DIR)
# What production settings need to start; collectstatic reads nothing else of a deployment's.
ENVIRONMENT = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": secrets.token_urlsafe(64),
    "ALLOWED_HOSTS": "faro.example.org",
    "WAGTAILADMIN_BASE_URL": "https://faro.example.org",
    "EMAIL_URL": "smtp+tls://faro:secret@smtp.example.org:587",
}


def shared_folder(tmp_path_factory) -> Path:
    """The folder every worker of this test session sees: the session's base temporary folder
    (each xdist worker's own is a folder inside it)."""
    base = tmp_path_factory.getbasetemp()
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


@pytest.fixture(scope="session")
def production_static_root(tmp_path_factory) -> Path:
    """STATIC_ROOT holding the static files collected with production settings, complete
    (its staticfiles.json, the manifest, is there); collected by the first worker that asks."""
    shared = shared_folder(tmp_path_factory)
    root = shared / "production-static"
    complete = shared / "production-static.complete"
    with FileLock(str(shared / "production-static.lock")):
        if not complete.exists():
            collected = subprocess.run(
                [sys.executable, "manage.py", "collectstatic", "--noinput", "--clear", "-v0"],
                cwd=REPO,
                env={**os.environ, **ENVIRONMENT, "STATIC_ROOT": str(root)},
                capture_output=True,
                text=True,
                timeout=300,
                check=False,
            )
            assert collected.returncode == 0, collected.stderr
            assert (root / "staticfiles.json").is_file(), "collectstatic wrote no manifest"
            complete.write_text("collected\n")
    return root
