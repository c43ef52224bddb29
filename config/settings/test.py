"""Settings for the test suite.

PostgreSQL and Redis when DATABASE_URL and REDIS_URL are set (CI), otherwise SQLite and the embedded
broker. Processes that tests start from platform/ (gunicorn, celery worker and beat) use these
settings too, through test_processes.py, and reach the test database through DATABASE_URL.

A test run never touches what a developer's `make run` uses on the same machine: files go under
var/test/, and on a shared Redis the run has a queue and cache prefix of its own (FARO_TEST_RUN,
inherited by the processes the tests start).
"""

import os
import uuid

from .base import *  # noqa: F403
from .base import CACHES, DATABASES, INSTALLED_APPS, PDF_TASKS, REDIS_URL, VAR_DIR

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105 (never used outside the test suite)
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

TEST_VAR_DIR = VAR_DIR / "test"
TEST_RUN = os.environ.setdefault("FARO_TEST_RUN", uuid.uuid4().hex[:12])
if worker := os.environ.get("PYTEST_XDIST_WORKER"):
    # Tests run in parallel processes (pytest-xdist): each has its own queue, cache and files.
    TEST_RUN = f"{TEST_RUN}-{worker}"

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # the demo content and `demo_load`, as in dev.py
DEMO_ACCOUNTS_ALLOWED = True
MEDIA_ROOT = TEST_VAR_DIR / f"media-{TEST_RUN}"
PRIVATE_MEDIA_ROOT = TEST_VAR_DIR / f"private-{TEST_RUN}"
DEMO_ACCOUNTS_FILE = TEST_VAR_DIR / f"demo-accounts-{TEST_RUN}.json"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # A file, not memory, so that worker processes started by the tests see the same data; one
    # per run, so that two runs on the same checkout never share a database.
    DATABASES["default"]["TEST"] = {"NAME": str(TEST_VAR_DIR / f"test-{TEST_RUN}.sqlite3")}

CACHES["default"]["KEY_PREFIX"] = f"test-{TEST_RUN}"
if not REDIS_URL:
    # A folder per run and per process: tests/conftest.py empties it before each test.
    CACHES["default"]["LOCATION"] = str(TEST_VAR_DIR / f"cache-{TEST_RUN}")

# Tasks run in the test process, where a test asks for them (on_commit callbacks only run inside
# django_capture_on_commit_callbacks). tests/deploy/ turns this off to use a real worker.
CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_DEFAULT_QUEUE = f"faro-test-{TEST_RUN}"
# The queues and routes of base.py, under this run's names.
CELERY_PDF_QUEUE = f"{CELERY_TASK_DEFAULT_QUEUE}-pdf"
CELERY_TASK_QUEUES = {
    queue: {"exchange": queue, "routing_key": queue}
    for queue in (CELERY_TASK_DEFAULT_QUEUE, CELERY_PDF_QUEUE)
}
CELERY_TASK_ROUTES = {task: {"queue": CELERY_PDF_QUEUE} for task in PDF_TASKS}
CELERY_BEAT_SCHEDULE_FILENAME = str(TEST_VAR_DIR / f"celerybeat-schedule-{TEST_RUN}")
if not REDIS_URL:
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(TEST_VAR_DIR / "broker" / "messages"),
        "data_folder_out": str(TEST_VAR_DIR / "broker" / "messages"),
        "control_folder": str(TEST_VAR_DIR / "broker" / "control"),
        "store_processed": False,
    }
