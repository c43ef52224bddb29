"""Private Redis and PostgreSQL servers that the fault tests stop and start, and a participant that
talks HTTP to a running gunicorn.

The fault tests never stop the machine's shared services: other test processes run beside them
(pytest-xdist) and would fail for no reason of their own. Each test that breaks a service starts its
own instance of the real server on a free port, points the platform's processes at it, breaks it
and brings it back, and stops it at the end.
"""

import os
import re
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
import requests
from django.conf import settings
from django.db import connection
from django.urls import reverse

from reach.recount import recount
from reach.services.rebuild import stored_differences
from tests.deploy.conftest import database_url_of, free_port, processes, wait_for  # noqa: F401
from tests.reach.world import world  # noqa: F401

REQUEST_TIMEOUT = 30  # no request of a test may hang longer than this


def _on_postgresql() -> bool:
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


needs_services = pytest.mark.skipif(
    not (_on_postgresql() and settings.REDIS_URL),
    reason="fault tests run on PostgreSQL and Redis (CI); the embedded mode has neither",
)


# --- servers ---------------------------------------------------------------------------------


class RedisServer:
    """A redis-server of our own, nothing kept on disk, like the machine's."""

    def __init__(self, workdir: Path):
        self.port = free_port()
        self.workdir = workdir
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def ping(self) -> bool:
        result = subprocess.run(
            ["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True, check=False
        )
        return result.stdout.strip() == "PONG"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                shutil.which("redis-server") or "redis-server",
                *("--port", str(self.port), "--bind", "127.0.0.1"),
                *("--save", "", "--appendonly", "no", "--dir", str(self.workdir)),
            ],
            stdout=(self.workdir / "redis.log").open("a"),
            stderr=subprocess.STDOUT,
        )
        wait_for(self.ping, timeout=10, what="redis-server to answer")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)
        self.process = None


class PostgresCluster:
    """A PostgreSQL cluster of our own (initdb in a temporary folder, the machine's binaries)."""

    def __init__(self):
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="faro-faults-pg-"))
        self.data = self.root / "data"
        bindir = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        candidates = [Path(bindir)] if bindir else []
        candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
        self.bin = next((path for path in candidates if (path / "initdb").exists()), None)
        if self.bin is None:
            pytest.fail("PostgreSQL's server binaries (initdb, pg_ctl) are not installed")

    def _run(self, *command: str, check: bool = True) -> subprocess.CompletedProcess:
        # The server refuses to run as root: as root, run it as the machine's postgres user.
        prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        return subprocess.run(
            [*prefix, *command], capture_output=True, text=True, check=check, timeout=60
        )

    def url_of(self, database: str) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    @property
    def url(self) -> str:
        return self.url_of("faro")

    def init(self) -> None:
        if os.geteuid() == 0:
            shutil.chown(self.root, "postgres", "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "-A", "trust")
        self._run(str(self.bin / "initdb"), "--version")

    def start(self) -> None:
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off"
        self._run(
            str(self.bin / "pg_ctl"),
            *("-D", str(self.data), "-o", options, "-l", str(self.root / "server.log")),
            *("-w", "start"),
        )

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def psql(self, sql: str, database: str = "faro") -> str:
        return subprocess.run(
            ["psql", "-tA", "-v", "ON_ERROR_STOP=1", "-c", sql, self.url_of(database)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()

    def copy_of_test_database(self) -> None:
        """Create database `faro` here holding what the test database holds now."""
        self.psql("CREATE DATABASE faro", database="postgres")
        with connection.cursor():
            source = database_url_of(connection.settings_dict)
        dump = subprocess.run(
            ["pg_dump", "--no-owner", "--no-privileges", source],
            capture_output=True,
            check=True,
        )
        subprocess.run(
            ["psql", "-q", "-v", "ON_ERROR_STOP=1", self.url],
            input=dump.stdout,
            capture_output=True,
            check=True,
        )

    def remove(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", check=False
        )
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def redis_server(tmp_path) -> Iterator[RedisServer]:
    server = RedisServer(tmp_path)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def postgres_cluster() -> Iterator[PostgresCluster]:
    cluster = PostgresCluster()
    cluster.init()
    cluster.start()
    yield cluster
    cluster.remove()


# --- the platform's processes ----------------------------------------------------------------


@dataclass
class Web:
    url: str
    log: Path

    def wait_ready(self) -> None:
        def answers():
            try:
                return requests.get(f"{self.url}/health/", timeout=10).status_code in (200, 503)
            except requests.RequestException:
                return False

        wait_for(answers, timeout=60, what="gunicorn to answer", logs=[self.log])


def web_start(processes, workers: int = 2, **env: str) -> Web:  # noqa: F811
    """gunicorn from platform/web on a free port of 127.0.0.1."""
    port = free_port()
    log = processes.start(
        "web",
        *("--workers", str(workers), "--threads", "4"),
        "--preload",  # Django is imported once, before the workers fork: a faster start
        WEB_BIND=f"127.0.0.1:{port}",  # (a --bind argument would add to the script's, not replace)
        **env,
    )
    web = Web(f"http://127.0.0.1:{port}", log)
    web.wait_ready()
    return web


def worker_start(processes, name: str = "worker", **env: str) -> Path:  # noqa: F811
    """A Celery worker from platform/worker, one process, ready when this returns."""
    log = processes.start(
        "worker",
        *("--concurrency", "1", "--hostname", f"{name}@%h"),
        *("--without-mingle", "--without-gossip"),  # nothing to sync with: ready sooner
        **env,
    )
    wait_for(
        lambda: "ready." in log.read_text(),
        timeout=60,
        what=f"the worker {name} to be ready",
        logs=[log],
    )
    return log


# --- a participant's phone, over HTTP -------------------------------------------------------


@dataclass
class Form:
    action: str | None
    fields: dict[str, list[str]] = field(default_factory=dict)


class _Forms(HTMLParser):
    """The POST forms of a page: their hidden fields, and the first choice of each question."""

    def __init__(self):
        super().__init__()
        self.forms: list[Form] = []
        self._current: Form | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._current = Form(attrs.get("action"))
            self.forms.append(self._current)
        elif tag == "input" and self._current and attrs.get("name"):
            kind = attrs.get("type", "text")
            name, value = attrs["name"], attrs.get("value", "")
            if kind == "hidden":
                self._current.fields.setdefault(name, []).append(value)
            elif kind in ("radio", "checkbox") and name not in self._current.fields:
                self._current.fields[name] = [value]

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def page_form(html: str, having: str) -> Form:
    """The POST form of a page that has a field named `having`."""
    parser = _Forms()
    parser.feed(html)
    forms = [form for form in parser.forms if having in form.fields]
    assert forms, f"no form with {having!r} on the page:\n{html[:3000]}"
    return forms[0]


@dataclass
class Phone:
    """One participant's browser: its own cookies (session, CSRF), nothing shared."""

    base: str
    http: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self):
        # A new connection per request: a kept-alive one that the server closes just as the phone
        # sends on it is reset, which a browser retries but this client would not.
        self.http.headers["Connection"] = "close"

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, timeout=REQUEST_TIMEOUT)

    def post(self, path: str, data, referer: str | None = None) -> requests.Response:
        return self.http.post(
            self.base + path,
            data=data,
            headers={"Referer": self.base + (referer or path)},
            timeout=REQUEST_TIMEOUT,
            allow_redirects=False,
        )

    def join(self, session) -> None:
        """Type the code, read what is asked and why, say who you are and agree."""
        code = session.join_code
        page = self.get(reverse("join"))
        token = self.http.cookies["csrftoken"]
        answer = self.post(reverse("join"), {"csrfmiddlewaretoken": token, "code": code})
        assert answer.status_code == 302, answer.text[:1000]
        welcome = reverse("join_code", args=[code])
        page = self.get(welcome)
        assert page.status_code == 200, page.text[:1000]
        answer = self.post(
            welcome,
            {
                "csrfmiddlewaretoken": token,
                "agree": "yes",
                "role": "students",
                "age_band": session.age_band,
                "gender": "female",
            },
        )
        assert answer.status_code == 302, answer.text[:2000]

    def quiz_form(self, session) -> tuple[str, dict[str, list[str]]]:
        """Open the quiz the flow offers now: where to send it, and a filled form (a fresh key)."""
        page = self.http.get(
            self.base + reverse("quiz:next", args=[session.join_code]), timeout=REQUEST_TIMEOUT
        )
        assert page.status_code == 200, page.text[:1000]
        form = page_form(page.text, having="key")
        path = form.action or re.sub(r"^https?://[^/]+", "", page.url)
        return path, dict(form.fields)


def new_key() -> str:
    return str(uuid.uuid4())


# --- the check every fault test ends with ----------------------------------------------------


def rollup_differences() -> dict[str, int]:
    """Rows of each rollup table that differ from a recount of the source now (none: exact)."""
    return stored_differences(recount(None))


def until(condition, *, timeout: float, what: str, logs=()) -> object:
    return wait_for(condition, timeout=timeout, what=what, logs=logs)


def elapsed(since: float) -> float:
    return time.monotonic() - since
