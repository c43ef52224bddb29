"""Start the entry scripts of platform/ as real processes, as docker-compose.yml does."""

import os
import signal
import socket
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from django.conf import settings
from django.db import connection

REPO = Path(settings.BASE_DIR)
PLATFORM = REPO / "platform"


def database_url_of(settings_dict: dict) -> str:
    """A DATABASE_URL that reaches the database Django is connected to (the test database)."""
    if settings_dict["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings_dict['NAME']}"
    user = quote(settings_dict["USER"] or "")
    password = f":{quote(settings_dict['PASSWORD'])}" if settings_dict["PASSWORD"] else ""
    host = settings_dict["HOST"] or "127.0.0.1"
    port = settings_dict["PORT"] or 5432
    return f"postgres://{user}{password}@{host}:{port}/{settings_dict['NAME']}"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(condition: Callable[[], object], *, timeout: float, what: str, logs=()) -> object:
    """Poll until condition() is truthy; fail with the processes' output if it never is."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    output = "\n".join(f"--- {log.name}\n{log.read_text()[-4000:]}" for log in logs)
    pytest.fail(f"Timed out after {timeout}s waiting for {what}.\n{output}")


class Processes:
    """Processes started from platform/, stopped (and their logs kept) at the end of a test."""

    def __init__(self, env: dict[str, str], log_dir: Path):
        self.env = env
        self.log_dir = log_dir
        self.started: list[tuple[subprocess.Popen, Path]] = []
        self.counts: dict[str, int] = {}

    def start(self, script: str, *args: str, **extra_env: str) -> Path:
        """Start platform/<script>; return the file its output goes to (script-2.log for its
        second process, and so on: two workers never write to the same file)."""
        self.counts[script] = count = self.counts.get(script, 0) + 1
        log = self.log_dir / (f"{script}-{count}.log" if count > 1 else f"{script}.log")
        process = subprocess.Popen(
            [str(PLATFORM / script), *args],
            cwd=REPO,
            env={**self.env, **extra_env},
            stdout=log.open("w"),
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.started.append((process, log))
        return log

    def run(self, script: str, *args: str, timeout: float = 300, **extra_env: str):
        return subprocess.run(
            [str(PLATFORM / script), *args],
            cwd=REPO,
            env={**self.env, **extra_env},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    @property
    def logs(self) -> list[Path]:
        return [log for _, log in self.started]

    def stop(self) -> None:
        # The scripts exec their program, so SIGTERM reaches gunicorn or celery itself, which then
        # stops its own children (signalling the whole group makes celery slower to stop).
        for process, _ in self.started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process, _ in self.started:
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


@pytest.fixture
def processes(django_db_setup, django_db_blocker, tmp_path) -> Iterator[Processes]:
    """Run platform/ scripts against the test database and this run's broker queue, emptied
    first: a worker never starts on tasks an earlier test left, naming its rolled-back rows."""
    from config.celery_app import app

    app.control.purge()
    with django_db_blocker.unblock():
        url = database_url_of(connection.settings_dict)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test_processes",
        "DATABASE_URL": url,
        "PYTHONUNBUFFERED": "1",
    }
    started = Processes(env, tmp_path)
    yield started
    started.stop()
