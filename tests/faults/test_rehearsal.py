"""The scale-out rehearsal (issue 26): the whole scale-out assembly on one machine, and a school's
burst through it while parts of it fail.

Two gunicorn instances behind the proxy (platform/nginx's template, with an upstream of both), two
Celery workers for the figures, the PDF worker and beat; PgBouncer in transaction mode in front of
the test database; a streaming replica of the machine's PostgreSQL (pg_basebackup), which the
reports read their figures from; Redis as a master, a replica and a Sentinel. All of it on free
ports of this machine, started by the test and stopped at its end, whatever happens.

200 phones, eight classes of 25 each behind its school's address, join a session and send its quiz
through the proxy. Mid-burst the Redis master stops (Sentinel promotes the replica), and one
gunicorn instance and one worker are killed with SIGKILL. A phone whose request got no answer
sends the same form again, as a person does (same form, same key): that is what "never doubled"
is about. Then every phone has its result, each person and each attempt is stored once, the
rollups equal a recount once the surviving worker drained the outbox, and the reach API, read
through the proxy from the replica, shows the 200 once the replica has caught up. Its replay is
held paused until the figures are counted, which shows that they come from the replica. A worker
or beat that stops on its own is started again, as a deployment's restart policy does.

It runs once, on PostgreSQL and Redis (CI's second pass). It needs Debian's pgbouncer and nginx,
PostgreSQL's server binaries, and a pg_hba.conf line that allows replication from 127.0.0.1
(.ci/run installs and adds them): without them it skips saying what is missing, and on CI fails.
"""

import contextlib
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
import redis
import requests
from django.conf import settings
from django.db import connection
from django.urls import reverse
from requests.adapters import HTTPAdapter

from quizzes.models import Answer, Attempt
from reach.models import SessionChange
from reach.services.tokens import api_token_create
from tests.deploy.conftest import free_port, wait_for
from tests.deploy.test_proxy import NGINX, Proxy
from tests.faults.conftest import (
    Phone,
    PostgresCluster,
    needs_services,
    page_form,
    rollup_differences,
    until,
    web_start,
    worker_start,
)
from workshops.models import Participant

pytestmark = [
    needs_services,
    pytest.mark.worker,
    pytest.mark.rehearsal,
    # Gunicorn and the workers read the test database: committed rows only.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PGBOUNCER = Path("/usr/sbin/pgbouncer")
PHONES = 200
SCHOOLS = 8  # each behind one address: 25 phones, well under the proxy's 50 per address
FAULTS_AFTER = 60  # submissions answered before the faults: mid-burst
RESENDS = 8  # how often a phone sends a request that got no answer again
SENTINEL_MASTER = "faro-rehearsal"
# The quiz of tests/content.py: one answer per question.
QUESTIONS = 3


def tools_missing(reason: str) -> None:
    """Skip, saying what is missing; on CI (where .ci/run installs everything), fail."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"the rehearsal cannot run on CI: {reason}")
    pytest.skip(reason)


def running_as_root() -> bool:
    return os.geteuid() == 0


def process_stop(process: subprocess.Popen | None) -> None:
    """SIGTERM, and SIGKILL if that is not enough within ten seconds."""
    if process and process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def owned_by_postgres(folder: Path) -> None:
    """PostgreSQL and PgBouncer refuse to run as root: as root, they run as `postgres`."""
    if running_as_root():
        for path in [folder, *folder.rglob("*")]:
            shutil.chown(path, "postgres", "postgres")


# --- PostgreSQL: PgBouncer in front, a streaming replica beside --------------------------------


@dataclass
class PgBouncer:
    """Debian's pgbouncer in transaction pooling mode, in front of the machine's PostgreSQL; its
    files in a folder of /tmp that the postgres user reaches (pytest's tmp_path is root's only)."""

    primary: dict
    root: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="faro-pgbouncer-")))
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    def url(self, database: str) -> str:
        return (
            f"postgres://{self.primary['USER']}@127.0.0.1:{self.port}/{database}"
            "?disable_server_side_cursors=True"
        )

    def start(self) -> None:
        (self.root / "userlist.txt").write_text(f'"{self.primary["USER"]}" ""\n')
        (self.root / "pgbouncer.ini").write_text(
            f"""
            [databases]
            * = host={self.primary["HOST"] or "127.0.0.1"} port={self.primary["PORT"] or 5432}
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {self.port}
            unix_socket_dir =
            auth_type = trust
            auth_file = {self.root / "userlist.txt"}
            pool_mode = transaction
            max_client_conn = 500
            default_pool_size = 20
            ignore_startup_parameters = extra_float_digits,options
            pidfile = {self.root / "pgbouncer.pid"}
            """
        )
        owned_by_postgres(self.root)
        as_postgres = ["-u", "postgres"] if running_as_root() else []
        self.process = subprocess.Popen(
            [str(PGBOUNCER), *as_postgres, str(self.root / "pgbouncer.ini")],
            stdout=(self.root / "pgbouncer.log").open("w"),
            stderr=subprocess.STDOUT,
        )
        wait_for(self.answers, timeout=15, what="pgbouncer", logs=[self.root / "pgbouncer.log"])

    def answers(self) -> bool:
        try:
            with psycopg.connect(self.url("postgres").split("?")[0], connect_timeout=2) as conn:
                return conn.execute("SELECT 1").fetchone() == (1,)
        except psycopg.Error:
            return False

    def stop(self) -> None:
        process_stop(self.process)
        shutil.rmtree(self.root, ignore_errors=True)


class StreamingReplica(PostgresCluster):
    """A hot standby of the machine's PostgreSQL in a folder of its own: pg_basebackup -R, which
    writes the primary's address into it, then pg_ctl on a free port."""

    # Hot standby refuses to start with less of these than its primary has.
    FOLLOWS_PRIMARY = (
        "max_connections",
        "max_worker_processes",
        "max_wal_senders",
        "max_prepared_transactions",
        "max_locks_per_transaction",
    )

    def __init__(self, primary: dict):
        super().__init__()
        self.primary = primary

    def init(self) -> None:
        if running_as_root():
            shutil.chown(self.root, "postgres", "postgres")
        copied = self._run(
            str(self.bin / "pg_basebackup"),
            *("-h", self.primary["HOST"] or "127.0.0.1", "-p", str(self.primary["PORT"] or 5432)),
            *("-U", self.primary["USER"] or "postgres", "-D", str(self.data)),
            *("--write-recovery-conf", "--checkpoint=fast", "--wal-method=stream"),
            check=False,
        )
        if copied.returncode:
            tools_missing(
                "pg_basebackup could not copy the machine's PostgreSQL (does pg_hba.conf allow "
                f"replication from 127.0.0.1? .ci/run adds the line): {copied.stderr.strip()}"
            )
        with connection.cursor() as cursor:
            followed = []
            for name in self.FOLLOWS_PRIMARY:
                cursor.execute(f"SHOW {name}")
                followed.append(f"{name} = {cursor.fetchone()[0]}")
        # Debian keeps a cluster's configuration outside its data folder: the copy has none.
        (self.data / "postgresql.conf").write_text("\n".join(["hot_standby = on", *followed]))
        (self.data / "pg_hba.conf").write_text(
            "local all all trust\nhost all all 127.0.0.1/32 trust\n"
        )
        owned_by_postgres(self.root)

    def replay_pause(self) -> None:
        self.psql("SELECT pg_wal_replay_pause()", database="postgres")

    def replay_resume(self) -> None:
        self.psql("SELECT pg_wal_replay_resume()", database="postgres")

    def streaming(self) -> bool:
        return self.psql("SELECT status FROM pg_stat_wal_receiver", database="postgres") == (
            "streaming"
        )


# --- Redis: a master, its replica, a Sentinel --------------------------------------------------


@dataclass
class RedisNode:
    """A redis-server (or Sentinel) of our own, nothing kept on disk."""

    root: Path
    name: str
    port: int = field(default_factory=free_port)
    process: subprocess.Popen | None = None

    def start(self, *arguments: str) -> None:
        self.process = subprocess.Popen(
            [shutil.which("redis-server") or "redis-server", *arguments],
            stdout=(self.root / f"{self.name}.log").open("a"),
            stderr=subprocess.STDOUT,
        )
        wait_for(self.answers, timeout=10, what=f"redis {self.name}", logs=[self.log])

    @property
    def log(self) -> Path:
        return self.root / f"{self.name}.log"

    @property
    def client(self) -> redis.Redis:
        return redis.Redis(port=self.port, socket_timeout=2, decode_responses=True)

    def answers(self) -> bool:
        try:
            return self.client.ping()
        except redis.RedisError:
            return False

    def stop(self) -> None:
        process_stop(self.process)


class RedisWithSentinel:
    """A master and one replica, watched by one Sentinel (quorum 1) that fails over after a
    second without the master."""

    def __init__(self, root: Path):
        self.root = root
        self.master = RedisNode(root, "master")
        self.replica = RedisNode(root, "replica")
        self.sentinel = RedisNode(root, "sentinel")

    @property
    def nodes(self) -> list[RedisNode]:
        return [self.master, self.replica, self.sentinel]

    def start(self) -> None:
        server = ("--bind", "127.0.0.1", "--save", "", "--appendonly", "no")
        self.master.start("--port", str(self.master.port), *server, "--dir", str(self.root))
        self.replica.start(
            *("--port", str(self.replica.port), *server, "--dir", str(self.root)),
            *("--replicaof", "127.0.0.1", str(self.master.port)),
        )
        wait_for(
            lambda: self.replica.client.info("replication")["master_link_status"] == "up",
            timeout=15,
            what="the Redis replica to follow its master",
            logs=[self.replica.log],
        )
        conf = self.root / "sentinel.conf"  # Sentinel writes what it learns into it
        conf.write_text(
            f"port {self.sentinel.port}\nbind 127.0.0.1\ndir {self.root}\n"
            f"sentinel monitor {SENTINEL_MASTER} 127.0.0.1 {self.master.port} 1\n"
            f"sentinel down-after-milliseconds {SENTINEL_MASTER} 1000\n"
            f"sentinel failover-timeout {SENTINEL_MASTER} 5000\n"
        )
        self.sentinel.start(str(conf), "--sentinel")
        wait_for(
            lambda: self.sentinel.client.sentinel_slaves(SENTINEL_MASTER),
            timeout=20,
            what="the Sentinel to know the replica",
            logs=[self.sentinel.log],
        )

    def master_port(self) -> int:
        _host, port = self.sentinel.client.sentinel_get_master_addr_by_name(SENTINEL_MASTER)
        return int(port)

    def stop(self) -> None:
        for node in reversed(self.nodes):
            node.stop()


# --- phones behind their schools' addresses ----------------------------------------------------


class FromAddress(HTTPAdapter):
    """Connections from one address of 127.0.0.0/8: a school's, as the proxy sees it."""

    def __init__(self, address: str):
        self.address = address
        super().__init__()

    def init_poolmanager(self, *args, **kwargs):
        kwargs["source_address"] = (self.address, 0)
        super().init_poolmanager(*args, **kwargs)


@dataclass
class SchoolPhone(Phone):
    """A phone that reaches the site through the proxy from its school's address, and sends a
    request that got no answer (a connection lost, a 502 or 503) again, as its owner would."""

    address: str = "127.0.0.1"
    certificate: str = ""
    resent: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.http.trust_env = False  # else REQUESTS_CA_BUNDLE would override `verify`
        self.http.verify = self.certificate
        self.http.mount("https://", FromAddress(self.address))

    def again(self, send) -> requests.Response:
        for _ in range(RESENDS):
            try:
                response = send()
            except requests.RequestException as error:
                response, last = None, error
            else:
                last = response.status_code
            if response is not None and response.status_code not in (502, 503, 504):
                return response
            self.resent += 1
            time.sleep(0.5)
        raise AssertionError(f"no answer after {RESENDS} tries from {self.address}: {last!r}")

    def join(self, session) -> None:
        """Type the code, read what is asked and why, say who you are and agree: the welcome
        form with its own join key, so that sending it again joins once."""
        code = session.join_code
        self.again(lambda: self.get(reverse("join")))
        token = self.http.cookies["csrftoken"]
        answer = self.again(
            lambda: self.post(reverse("join"), {"csrfmiddlewaretoken": token, "code": code})
        )
        assert answer.status_code == 302, answer.text[:1000]
        welcome = reverse("join_code", args=[code])
        page = self.again(lambda: self.get(welcome))
        assert page.status_code == 200, page.text[:1000]
        data = {
            "csrfmiddlewaretoken": token,
            "join_key": page_form(page.text, having="join_key").fields["join_key"],
            "agree": "yes",
            "role": "students",
            "age_band": session.age_band,
            "gender": "female",
        }
        answer = self.again(lambda: self.post(welcome, data))
        assert answer.status_code == 302, answer.text[:2000]

    def quiz_send(self, session) -> tuple[int, str | None]:
        """Open the quiz and send it (again, with the same key, until it is answered)."""
        page = self.again(lambda: self.get(reverse("quiz:next", args=[session.join_code])))
        assert page.status_code == 200, page.text[:1000]
        form = page_form(page.text, having="key")
        path = form.action or page.url.removeprefix(self.base)
        answer = self.again(lambda: self.post(path, dict(form.fields)))
        return answer.status_code, answer.headers.get("Location")


# --- the assembly ------------------------------------------------------------------------------


@dataclass
class Restarted:
    """A worker or beat that the test leaves running, under the restart policy of a deployment
    (compose's `restart: unless-stopped`): started again when it stops on its own. kombu may stop
    a worker that holds a task when the Redis master goes away (docs/architecture.md, "Faults")."""

    name: str
    start: Callable[[], subprocess.Popen]
    process: subprocess.Popen | None = None
    restarts: int = 0

    def keep_running(self) -> None:
        if self.process is not None and self.process.poll() is None:
            return
        if self.process is not None:
            self.restarts += 1
        self.process = self.start()


@dataclass
class Assembly:
    """Everything the rehearsal started, what the test breaks and reads."""

    proxy: Proxy
    redis: RedisWithSentinel
    replica: StreamingReplica
    web_doomed: subprocess.Popen
    web_survivor: subprocess.Popen
    worker_doomed: subprocess.Popen
    restarted: list[Restarted]
    logs: list[Path]

    def kept_running(self) -> bool:
        for part in self.restarted:
            part.keep_running()
        return True


@pytest.fixture
def assembly(processes, open_session, tmp_path):
    """Start every part of the scale-out on this machine; stop them all at the end."""
    tools = {"pgbouncer": PGBOUNCER, "nginx": NGINX, "redis-server": shutil.which("redis-server")}
    missing = [name for name, path in tools.items() if not (path and Path(path).exists())]
    if missing:
        tools_missing(f"the rehearsal needs {', '.join(missing)} (.ci/run installs them)")
    open_session.expected_size = PHONES
    open_session.save(update_fields=["expected_size"])
    primary = dict(connection.settings_dict)
    started = time.monotonic()
    # Each part is stopped at the end, the last started first, even when another fails to stop.
    with contextlib.ExitStack() as stops:
        replica = StreamingReplica(primary)
        stops.callback(replica.remove)
        replica.init()
        replica.start()
        wait_for(replica.streaming, timeout=30, what="the replica to stream from the primary")
        bouncer = PgBouncer(primary)
        stops.callback(bouncer.stop)
        bouncer.start()
        redis_nodes = RedisWithSentinel(tmp_path / "redis")
        (tmp_path / "redis").mkdir()
        stops.callback(redis_nodes.stop)
        redis_nodes.start()

        env = {
            "DATABASE_URL": bouncer.url(primary["NAME"]),
            "DATABASE_REPLICA_URL": replica.url_of(primary["NAME"]),
            "REDIS_URL": "",  # the Sentinels name the master
            "REDIS_SENTINELS": f"127.0.0.1:{redis_nodes.sentinel.port}",
            "REDIS_SENTINEL_MASTER": SENTINEL_MASTER,
            "REACH_SWEEP_SECONDS": "1",
            "REACH_SWEEP_AFTER_SECONDS": "2",
        }
        stops.callback(processes.stop)
        webs, web_processes = [], []
        for _ in range(2):
            webs.append(web_start(processes, workers=2, TRUSTED_PROXY_COUNT="1", **env))
            web_processes.append(processes.started[-1][0])

        def worker(name: str, queue: str) -> Callable[[], subprocess.Popen]:
            def start() -> subprocess.Popen:
                worker_start(processes, name=name, WORKER_QUEUES=queue, **env)
                return processes.started[-1][0]

            return start

        def beat() -> subprocess.Popen:
            processes.start("beat", **env)
            return processes.started[-1][0]

        worker_doomed = worker("one", settings.CELERY_TASK_DEFAULT_QUEUE)()
        restarted = [
            Restarted("worker two", worker("two", settings.CELERY_TASK_DEFAULT_QUEUE)),
            Restarted("the PDF worker", worker("pdf", settings.CELERY_PDF_QUEUE)),
            Restarted("beat", beat),
        ]
        for part in restarted:
            part.keep_running()

        servers = " ".join(f"server {web.url.removeprefix('http://')};" for web in webs)
        static_root = tmp_path / "static"
        static_root.mkdir()
        proxy = Proxy(
            root=tmp_path / "nginx",
            web="faro_rehearsal_web",
            media_root=Path(settings.MEDIA_ROOT),
            private_root=Path(settings.PRIVATE_MEDIA_ROOT),
            static_root=static_root,
            # Both instances, as the proxy finds them behind one name (compose's --scale web=2).
            http_extra=f"upstream faro_rehearsal_web {{ {servers} }}",
        )
        proxy.root.mkdir()
        stops.callback(proxy.stop)
        proxy.start(("/health/", "/join/"))
        print(f"\nthe assembly started in {time.monotonic() - started:.1f} s")

        yield Assembly(
            proxy=proxy,
            redis=redis_nodes,
            replica=replica,
            web_doomed=web_processes[1],
            web_survivor=web_processes[0],
            worker_doomed=worker_doomed,
            restarted=restarted,
            logs=[
                *processes.logs,
                proxy.log,
                proxy.root / "error.log",
                *(node.log for node in redis_nodes.nodes),
                bouncer.root / "pgbouncer.log",
                replica.root / "server.log",
            ],
        )


def killed(process: subprocess.Popen) -> None:
    """SIGKILL to the process and its children (gunicorn's workers, celery's pool)."""
    os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.mark.long
def test_two_hundred_phones_lose_nothing_through_a_redis_failover_and_a_web_and_worker_killed(
    assembly, open_session, people
):
    session = open_session
    _token, token = api_token_create(user=people.coordinator, name="rehearsal")
    headline = reverse("reach_api:campaigns") + f"/{session.campaign.slug}"

    def reported() -> dict:
        answer = assembly.proxy.get(headline, headers={"Authorization": f"Bearer {token}"})
        assert answer.status_code == 200, answer.text[:1000]
        return answer.json()

    # The replica replays nothing from here until the figures are counted on the primary.
    assembly.replica.replay_pause()

    phones = [
        SchoolPhone(
            assembly.proxy.url,
            address=f"127.0.0.{11 + index % SCHOOLS}",
            certificate=assembly.proxy.certificate,
        )
        for index in range(PHONES)
    ]
    answers: list = [None] * PHONES
    sent = threading.Semaphore(0)

    def phone_goes(index: int) -> None:
        time.sleep(index * 0.03)  # a class arrives over a few seconds, not in one instant
        try:
            phones[index].join(session)
            answers[index] = phones[index].quiz_send(session)
        except Exception as error:  # shown in the test's failure, not lost in a thread
            answers[index] = error
        sent.release()

    threads = [threading.Thread(target=phone_goes, args=(i,)) for i in range(PHONES)]
    burst = time.monotonic()
    for thread in threads:
        thread.start()
    for _ in range(FAULTS_AFTER):
        assert sent.acquire(timeout=120), "the burst stalled before the faults"
    faults = time.monotonic()
    master = assembly.redis.master_port()
    assembly.redis.master.stop()
    killed(assembly.web_doomed)
    killed(assembly.worker_doomed)
    failover = until(
        lambda: assembly.redis.master_port() != master and time.monotonic(),
        timeout=30,
        what="Sentinel to promote the replica",
        logs=[assembly.redis.sentinel.log],
    )
    for thread in threads:
        thread.join(timeout=180)
    took = time.monotonic() - burst

    assert [answer for answer in answers if not isinstance(answer, tuple)] == []
    assert {status for status, _ in answers} == {302}, answers
    assert all("/results/" in location for _, location in answers), answers
    assert assembly.redis.master_port() == assembly.redis.replica.port
    # Nothing lost, nothing doubled: one person per phone, one attempt each, its answers once.
    assert Participant.objects.filter(session=session).count() == PHONES
    assert Attempt.objects.filter(session=session).count() == PHONES
    assert Answer.objects.filter(attempt__session=session).count() == PHONES * QUESTIONS

    until(
        lambda: (
            assembly.kept_running()
            and not SessionChange.objects.exists()
            and not rollup_differences()
        ),
        timeout=90,
        what="the surviving worker to count every change",
        logs=assembly.logs,
    )
    counted = time.monotonic()
    assert rollup_differences() == {}
    assert assembly.web_survivor.poll() is None, "the surviving web instance stopped"

    # The report reads the replica, still paused: not yet the 200. Once it replays, it is.
    before = reported()
    assert before["joined"] != PHONES, before
    assembly.replica.replay_resume()
    after = until(
        lambda: (figures := reported())["joined"] == PHONES and figures,
        timeout=30,
        what="the report read from the replica to show the 200",
        logs=[assembly.replica.root / "server.log"],
    )
    caught_up = time.monotonic()
    assert [quiz["pre_attempts"] for quiz in after["quizzes"]] == [PHONES]
    assert after["waiting"] == 0

    resent = sum(phone.resent for phone in phones)
    restarts = [f"{part.name} ({part.restarts})" for part in assembly.restarted if part.restarts]
    print(
        f"\n{PHONES} phones joined and sent their quiz through the proxy in {took:.1f} s"
        f" ({resent} requests sent again by their phones); faults {faults - burst:.1f} s in;"
        f" Sentinel promoted the replica {failover - faults:.1f} s after the master stopped;"
        f" rollups equal to a recount {counted - burst:.1f} s after the burst began;"
        f" the replica's report showed the 200 {caught_up - counted:.1f} s after replay resumed;"
        f" started again after stopping on their own: {', '.join(restarts) or 'none'}"
    )
