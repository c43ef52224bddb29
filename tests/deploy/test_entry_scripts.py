"""The entry scripts in platform/ that docker-compose.yml runs, run here for real.

Each compose service's command is exercised: migrate builds a schema from nothing, web serves
/health/ through gunicorn, worker consumes tasks from the broker in use (Redis on CI), and beat
sends the periodic heartbeat that a worker then executes.
"""

import json
import re
import secrets
import urllib.request

import pytest
from django.conf import settings

from config.celery_app import app, worker_heartbeat
from config.health import HEARTBEAT_CACHE_KEY, worker_status
from tests.deploy.conftest import database_url_of, free_port, wait_for

pytestmark = pytest.mark.worker


@pytest.fixture
def empty_database(tmp_path):
    """A SQLite database with no tables at all: what a first embedded run starts from."""
    return database_url_of({"ENGINE": "sqlite3", "NAME": str(tmp_path / "fresh.sqlite3")})


# On PostgreSQL, test_first_run.py's fresh install runs platform/migrate twice on an empty database
# and checks all this there, and more, on the same schema: migrating one more takes a minute.
@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"),
    reason="test_first_run.py migrates an empty PostgreSQL database through platform/migrate",
)
def test_migrate_script_builds_the_whole_schema_on_an_empty_database(processes, empty_database):
    result = processes.run("migrate", DATABASE_URL=empty_database)
    assert result.returncode == 0, result.stdout + result.stderr

    again = processes.run("migrate", DATABASE_URL=empty_database)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "No migrations to apply." in again.stdout


def test_web_script_serves_health_with_production_settings_and_logs_no_client_address(processes):
    port = free_port()
    log = processes.start(
        "web",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="faro.example.org",
        WEB_BIND=f"127.0.0.1:{port}",
        WEB_WORKERS="1",
    )

    def health():
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health/", timeout=2) as answer:
                return answer.status, json.loads(answer.read())
        except OSError:
            return None

    status, body = wait_for(health, timeout=60, what="gunicorn to answer /health/", logs=[log])

    assert status == 200
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["broker"]["ok"] is True
    # gunicorn writes the access line just after the response, so it may lag the answer a little.
    access_lines = wait_for(
        lambda: [line for line in log.read_text().splitlines() if "GET /health/" in line],
        timeout=10,
        what="gunicorn's access log line",
        logs=[log],
    )
    assert not any(re.search(r"127\.0\.0\.1|urllib", line) for line in access_lines)


def heartbeat_from(sender: str) -> dict | None:
    status = worker_status()
    return status if status.get("sender") == sender else None


def test_worker_script_announces_itself_to_health_when_ready(processes):
    log = processes.start("worker", "--concurrency", "1")

    wait_for(lambda: heartbeat_from("worker start"), timeout=60, what="worker start", logs=[log])


@pytest.fixture
def tasks_through_the_broker():
    """Send tasks from this process to the broker (the test settings run them eagerly)."""
    eager = app.conf.task_always_eager
    app.conf.task_always_eager = False
    yield
    app.conf.task_always_eager = eager


def test_worker_script_executes_a_task_sent_through_the_broker(processes, tasks_through_the_broker):
    log = processes.start("worker", "--concurrency", "1")

    worker_heartbeat.apply_async(kwargs={"sender": "test-suite"})

    beat = wait_for(
        lambda: heartbeat_from("test-suite"),
        timeout=60,
        what="the worker to execute faro.worker_heartbeat",
        logs=[log],
    )
    assert beat["seconds_ago"] <= 60
    # The worker logs the success just after the task has written the heartbeat.
    wait_for(
        lambda: re.search(r"Task faro\.worker_heartbeat\[[0-9a-f-]+\] succeeded", log.read_text()),
        timeout=10,
        what="the worker to log the task's success",
        logs=[log],
    )
    transport = settings.CELERY_BROKER_URL.split("://", 1)[0]
    assert f"transport:   {transport}://" in log.read_text()


def test_beat_script_schedules_the_heartbeat_that_a_worker_runs(processes):
    logs = [
        processes.start("worker", "--concurrency", "1", WORKER_HEARTBEAT_SECONDS="1"),
        processes.start("beat", WORKER_HEARTBEAT_SECONDS="1"),
    ]

    wait_for(
        lambda: heartbeat_from("beat"),
        timeout=60,
        what="beat to send the heartbeat and the worker to run it",
        logs=logs,
    )

    assert "Sending due task worker heartbeat" in logs[1].read_text()


@pytest.fixture(autouse=True)
def _no_heartbeat_yet():
    from django.core.cache import cache

    cache.delete(HEARTBEAT_CACHE_KEY)
    yield
    cache.delete(HEARTBEAT_CACHE_KEY)
