"""Scale-out that works: a read replica for the reports, PgBouncer in transaction mode, and Redis
Sentinel for the broker, the result store and the cache (docs/operations.md, "Scale-out").

Settings are built in a fresh process from the environment an operator gives, as a deployment
builds them; the router and its middleware are exercised here, on the reports, the reach API and
the participant flow.
"""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.db import transaction
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from config.celery_app import app
from config.db_routers import (
    REPLICA_DB_ALIAS,
    ReportReplicaMiddleware,
    ReportReplicaRouter,
    report_reads,
    report_reads_wanted,
)
from reach import tasks as reach_tasks
from reach.models import QuizMonthCell, ReachCell, SessionChange, SessionRollup
from reach.services.rebuild import rollups_rebuild
from tests.reach.world import World, world  # noqa: F401
from workshops.models import Session

REPO = Path(settings.BASE_DIR)
# Taken out of the environment the tests run in: each test says what it sets.
VARIABLES = (
    "DATABASE_URL",
    "DATABASE_REPLICA_URL",
    "REDIS_URL",
    "REDIS_SENTINELS",
    "REDIS_SENTINEL_MASTER",
    "CACHE_URL",
    "EMAIL_URL",
    "PASSWORD_RESET_ENABLED",
    "WAGTAILADMIN_BASE_URL",
)
PGBOUNCER = "postgres://faro:secret@pgbouncer:6432/faro?disable_server_side_cursors=True"
REPLICA = "postgres://faro:secret@pgbouncer:6432/faro_replica?disable_server_side_cursors=True"

SHOW = """
import json
import django
django.setup()
from django.conf import settings
from django.core.cache import cache
from django.db import connections
from config.celery_app import app

default = connections["default"]
params = default.get_connection_params() if default.vendor == "postgresql" else {}
answer = {
    "databases": {
        alias: {key: value for key, value in entry.items() if key != "PASSWORD"}
        for alias, entry in settings.DATABASES.items()
    },
    "routers": list(settings.DATABASE_ROUTERS),
    "middleware": list(settings.MIDDLEWARE),
    "mode": settings.RUNTIME_MODE,
    "broker_url": app.conf.broker_url,
    "broker_options": app.conf.broker_transport_options,
    "result_backend": app.conf.result_backend,
    "result_options": app.conf.result_backend_transport_options,
    "backend_class": type(app.backend).__name__,
    "transport": app.connection_for_write().transport_cls,
    "cache": settings.CACHES["default"],
    "prepare_threshold": params.get("prepare_threshold", "unset"),
    "cursor_factory": params["cursor_factory"].__name__ if params else None,
}
if "RedisCache" in settings.CACHES["default"]["BACKEND"]:
    pool = cache.client.get_client(write=False).connection_pool
    answer["cache_pool"] = [
        type(pool).__name__,
        getattr(pool, "service_name", None),
        pool.connection_kwargs.get("db"),
    ]
print(json.dumps(answer, default=str))
"""


def settings_with(**environment: str) -> dict:
    """What production settings make of this environment, in a fresh process (nothing connects)."""
    clean = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=REPO,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(64),
            "ALLOWED_HOSTS": "faro.example.org",
            "PASSWORD_RESET_ENABLED": "False",
            **environment,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- settings ----------------------------------------------------------------------------------


def test_without_the_scale_out_variables_nothing_changes():
    shown = settings_with(DATABASE_URL=PGBOUNCER, REDIS_URL="redis://redis:6379/0")

    assert set(shown["databases"]) == {"default"}
    assert shown["routers"] == []
    assert "config.db_routers.ReportReplicaMiddleware" not in shown["middleware"]
    assert shown["broker_url"] == shown["result_backend"] == "redis://redis:6379/0"
    assert "master_name" not in shown["broker_options"]
    assert shown["cache"]["LOCATION"] == "redis://redis:6379/0"
    assert "CLIENT_CLASS" not in shown["cache"]["OPTIONS"]


def test_a_replica_url_adds_the_replica_database_the_router_and_its_middleware():
    shown = settings_with(DATABASE_URL=PGBOUNCER, DATABASE_REPLICA_URL=REPLICA)

    replica = shown["databases"]["replica"]
    assert (replica["HOST"], replica["PORT"], replica["NAME"]) == (
        "pgbouncer",
        6432,
        "faro_replica",
    )
    assert replica["DISABLE_SERVER_SIDE_CURSORS"] is True
    assert replica["TEST"]["MIRROR"] == "default"
    assert shown["routers"] == ["config.db_routers.ReportReplicaRouter"]
    assert "config.db_routers.ReportReplicaMiddleware" in shown["middleware"]


def test_through_pgbouncer_no_server_side_cursor_and_no_prepared_statement_is_used():
    shown = settings_with(DATABASE_URL=PGBOUNCER)

    default = shown["databases"]["default"]
    assert (default["HOST"], default["PORT"]) == ("pgbouncer", 6432)
    assert default["DISABLE_SERVER_SIDE_CURSORS"] is True
    # psycopg 3 as Django sets it up: no statement prepared on the server, parameters bound on
    # the client (a prepared statement lives in one server connection, which transaction pooling
    # hands to another client after each transaction).
    assert shown["prepare_threshold"] is None
    assert shown["cursor_factory"] == "Cursor"


# SQL that keeps state in a server connection beyond a transaction: under transaction pooling the
# next transaction may run on another connection. (`.iterator()` is safe: with
# DISABLE_SERVER_SIDE_CURSORS it fetches in chunks on the client; so is a temporary table dropped
# when its transaction commits.) SQL is written in capitals here.
SESSION_STATE = re.compile(
    r"pg_advisory_lock|pg_try_advisory_lock\(|\bPREPARE\s|\bLISTEN\s|WITH HOLD|"
    r"CREATE\s+TEMP(?!ORARY TABLE \S+ ON COMMIT DROP\b)|server_side_binding|prepare_threshold|"
    r"execute\(\s*f?[\"']SET\s(?!LOCAL)"
)


def test_no_code_relies_on_a_database_session_outliving_its_transaction():
    apps = ("config", "workshops", "quizzes", "surveys", "participation", "reach")
    found = [
        f"{path.relative_to(REPO)}: {match[0]}"
        for app_name in apps
        for path in (REPO / app_name).rglob("*.py")
        for match in SESSION_STATE.finditer(path.read_text())
    ]

    assert found == []


def test_sentinels_give_the_broker_the_result_store_and_the_cache_their_master():
    shown = settings_with(
        REDIS_SENTINELS="sentinel-0:26379,sentinel-1:26380,sentinel-2",
        REDIS_SENTINEL_MASTER="faro-master",
        REDIS_URL="redis://:redis-password@unused/2",
    )

    urls = [
        "sentinel://:redis-password@sentinel-0:26379/2",
        "sentinel://:redis-password@sentinel-1:26380/2",
        "sentinel://:redis-password@sentinel-2:26379/2",
    ]
    assert shown["mode"] == "full"
    assert shown["broker_url"] == ";".join(urls)
    assert shown["transport"] == "sentinel"
    assert shown["broker_options"]["master_name"] == "faro-master"
    assert shown["result_backend"] == ";".join(urls)
    assert shown["result_options"] == {"master_name": "faro-master"}
    assert shown["backend_class"] == "SentinelBackend"
    options = shown["cache"]["OPTIONS"]
    assert options["CLIENT_CLASS"] == "django_redis.client.SentinelClient"
    assert options["CONNECTION_FACTORY"] == "django_redis.pool.SentinelConnectionFactory"
    assert options["SENTINELS"] == [
        ["sentinel-0", 26379],
        ["sentinel-1", 26380],
        ["sentinel-2", 26379],
    ]
    # Down or slow, the cache still costs a request half a second at most (base.py).
    assert options["IGNORE_EXCEPTIONS"] is True
    # Every cache call goes to the master, never to a replica that may lag behind a lock.
    assert shown["cache"]["LOCATION"] == ["redis://:redis-password@faro-master/2"]
    assert shown["cache_pool"] == ["SentinelConnectionPool", "faro-master", 2]


def test_the_sentinel_master_name_defaults_to_mymaster_and_redis_url_is_optional():
    shown = settings_with(REDIS_SENTINELS="sentinel-0:26379")

    assert shown["broker_url"] == "sentinel://sentinel-0:26379/0"
    assert shown["broker_options"]["master_name"] == "mymaster"
    assert shown["cache_pool"] == ["SentinelConnectionPool", "mymaster", 0]


# --- the router ----------------------------------------------------------------------------------


# Outside the transaction pytest-django wraps a test in: the router keeps reads inside one on the
# primary. Wagtail's pages, which its migrations made, are put back afterwards.
outside_a_transaction = pytest.mark.django_db(transaction=True, serialized_rollback=True)


@outside_a_transaction
def test_the_router_sends_report_reads_of_figures_to_the_replica_and_nothing_else():
    router = ReportReplicaRouter()

    assert router.db_for_read(ReachCell) is None
    with report_reads():
        assert router.db_for_read(ReachCell) == REPLICA_DB_ALIAS
        assert router.db_for_read(QuizMonthCell) == REPLICA_DB_ALIAS
        assert router.db_for_read(SessionRollup) == REPLICA_DB_ALIAS
        # Sessions, the outbox and everything else are read where they are written.
        assert router.db_for_read(Session) is None
        assert router.db_for_read(SessionChange) is None
        assert router.db_for_write(ReachCell) == "default"
        # Inside a transaction, a read sees what the transaction wrote.
        with transaction.atomic():
            assert router.db_for_read(ReachCell) is None
    assert router.db_for_read(ReachCell) is None
    assert router.allow_migrate("default", "reach") is True
    assert router.allow_migrate(REPLICA_DB_ALIAS, "reach") is False


def test_a_task_reads_from_the_primary_even_when_run_inside_a_report_request():
    router = ReportReplicaRouter()

    @app.task(name="tests.replica_read_decision", shared=False)
    def decision() -> str | None:
        return router.db_for_read(ReachCell)

    with report_reads():
        assert decision.apply().get() is None


def middleware_marks(path: str) -> bool:
    seen = []

    def view(request):
        seen.append(report_reads_wanted())
        return HttpResponse()

    ReportReplicaMiddleware(view)(RequestFactory().get(path))
    assert report_reads_wanted() is False  # not after the request
    return seen[0]


def test_the_middleware_marks_the_reports_and_the_reach_api_only():
    assert middleware_marks(reverse("reports:home")) is True
    assert middleware_marks(reverse("reports:campaign", args=["golondrina"])) is True
    assert middleware_marks(reverse("reach_api:openapi-json")) is True
    assert middleware_marks(reverse("join")) is False
    assert middleware_marks(reverse("join_code", args=["ABCD1234"])) is False
    assert middleware_marks("/trainer/") is False
    assert middleware_marks("/en/") is False


class RecordingRouter(ReportReplicaRouter):
    """Notes where the replica router would send each read, and leaves every read on the test
    database (which the replica mirrors)."""

    def __init__(self):
        self.decisions: list[tuple[str, str | None]] = []

    def db_for_read(self, model, **hints):
        self.decisions.append((model._meta.label, super().db_for_read(model, **hints)))
        return None


@pytest.fixture
def recorded(settings) -> RecordingRouter:
    router = RecordingRouter()
    settings.DATABASE_ROUTERS = [router]
    settings.MIDDLEWARE = [
        settings.MIDDLEWARE[0],
        "config.db_routers.ReportReplicaMiddleware",
        *settings.MIDDLEWARE[1:],
    ]
    return router


@outside_a_transaction
def test_a_coordinators_report_reads_its_figures_from_the_replica(
    client,
    people,
    world: World,  # noqa: F811
    recorded,
):
    world.headcount(0, [("students", "female", "10-13", 14), ("students", "male", "10-13", 12)])
    rollups_rebuild()
    recorded.decisions.clear()
    client.force_login(people.coordinator)

    response = client.get(reverse("reports:campaign", args=[world.campaign.slug]))

    assert response.status_code == 200
    assert response.context["report"].total.attendances == 26
    to_replica = {label for label, alias in recorded.decisions if alias == REPLICA_DB_ALIAS}
    assert "reach.ReachCell" in to_replica
    assert all(label.startswith("reach.") for label in to_replica)
    assert ("workshops.Session", REPLICA_DB_ALIAS) not in recorded.decisions


@pytest.mark.django_db
def test_the_participant_flow_and_the_refresh_and_rebuild_tasks_never_read_the_replica(
    client,
    world: World,  # noqa: F811
    recorded,
):
    session = world.sessions[0]
    client.get(reverse("join_code", args=[session.join_code]))
    # Even run eagerly inside a report's request, the tasks recount from the primary.
    with report_reads():
        reach_tasks.session_refresh.apply(args=[session.pk]).get()
        reach_tasks.rollups_rebuild.apply().get()

    assert {label for label, _alias in recorded.decisions} >= {"reach.ReachCell"}
    assert all(alias is None for _label, alias in recorded.decisions)
