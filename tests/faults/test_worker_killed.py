"""A worker killed in the middle of an aggregation leaves the rollups as they were, never
half-written, and the next run repairs them; two workers refreshing the same session at once give
the rows of one refresh."""

import os
import signal

import psycopg
import pytest
from django.db import connection

from config.celery_app import app
from reach.models import SessionChange
from reach.services.rollups import session_refresh
from tests.deploy.conftest import database_url_of
from tests.faults.conftest import needs_services, rollup_differences, until, worker_start
from tests.reach.world import GENDERS, rollup_rows

pytestmark = [
    needs_services,
    pytest.mark.worker,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def tasks_to_the_broker():
    """Call it once the test's world is counted: from then on this process sends its tasks to the
    broker, for the workers the test started (until then they ran at once, in this process)."""
    eager = app.conf.task_always_eager

    def switch() -> None:
        app.conf.task_always_eager = False

    yield switch
    app.conf.task_always_eager = eager


@pytest.fixture
def own_connection():
    """A database connection of the test's own, outside Django's, to hold locks with."""
    with connection.cursor():
        url = database_url_of(connection.settings_dict)
    with psycopg.connect(url) as conn:
        yield conn


def backends_of_workers(conn) -> list[dict]:
    """The worker processes' database sessions: what they wait for, which tables they wrote."""
    conn.execute("SELECT pg_stat_clear_snapshot()")  # fresh figures inside a transaction too
    rows = conn.execute(
        """
        SELECT a.pid, a.wait_event_type,
               array_remove(array_agg(DISTINCT c.relname) FILTER (
                   WHERE l.mode = 'RowExclusiveLock' AND l.granted), NULL)
        FROM pg_stat_activity a
        LEFT JOIN pg_locks l ON l.pid = a.pid
        LEFT JOIN pg_class c ON c.oid = l.relation
        WHERE a.datname = current_database() AND a.pid <> pg_backend_pid()
          AND a.backend_type = 'client backend' AND a.state <> 'idle'
        GROUP BY a.pid, a.wait_event_type
        """
    ).fetchall()
    return [
        {"pid": pid, "waits_for": wait, "wrote": set(tables or [])} for pid, wait, tables in rows
    ]


def test_a_worker_killed_half_way_through_a_refresh_leaves_the_old_rollups_and_the_next_repairs(
    world, processes, own_connection, tasks_to_the_broker
):
    for person, gender in enumerate(GENDERS):
        world.join(0, "students", gender, "10-13")
        world.submit(person, "pre", person)
    before = rollup_rows()
    assert rollup_differences() == {}
    worker = worker_start(processes, REACH_SWEEP_AFTER_SECONDS="0")
    worker_process = processes.started[-1][0]
    tasks_to_the_broker()

    # Hold a lock on the partition's reach rows: the worker's refresh writes the session's rows,
    # then waits here, half-way through its transaction.
    session = world.sessions[0]
    with own_connection.transaction():
        own_connection.execute(
            "SELECT id FROM reach_reachcell WHERE campaign_id = %s AND venue_id = %s FOR UPDATE",
            [session.campaign_id, session.venue_id],
        )
        world.submit(0, "post", 0)  # committed; its refresh goes to the worker
        half_way = until(
            lambda: [
                backend
                for backend in backends_of_workers(own_connection)
                if backend["waits_for"] == "Lock" and "reach_sessionrollup" in backend["wrote"]
            ],
            timeout=30,
            what="the worker to be half-way through the refresh",
            logs=[worker],
        )
        os.killpg(worker_process.pid, signal.SIGKILL)
        worker_process.wait()
    # The lock is released: the dead worker's transaction cannot commit, and is rolled back.
    until(
        lambda: not backends_of_workers(own_connection),
        timeout=30,
        what="the killed worker's transaction to end",
    )
    assert half_way[0]["wrote"] >= {"reach_sessionrollup", "reach_quizcell"}
    assert rollup_rows() == before, "the rollups are the old ones, not half of the new ones"
    assert SessionChange.objects.filter(session=session).exists(), "the change is still due"

    # The next run (here the sweep, as beat sends it) repairs them.
    worker = worker_start(processes, name="next", REACH_SWEEP_AFTER_SECONDS="0")
    swept = app.send_task("reach.changes_sweep").get(timeout=60)
    assert swept == [session.pk]
    assert rollup_differences() == {}
    assert rollup_rows() != before
    assert not SessionChange.objects.exists()


def test_two_workers_refreshing_the_same_session_at_once_write_what_one_would(
    world, processes, own_connection, tasks_to_the_broker
):
    for person, gender in enumerate(GENDERS):
        world.join(0, "students", gender, "14-17")
        world.join(1, "students", gender, "14-17")
        world.submit(person, "pre", person)
    logs = [worker_start(processes, name=name) for name in ("one", "two")]
    tasks_to_the_broker()
    session = world.sessions[0]

    # Both refreshes arrive while the venue is locked, so that they run at the same moment.
    with own_connection.transaction():
        own_connection.execute(
            "SELECT id FROM workshops_venue WHERE id = %s FOR UPDATE", [session.venue_id]
        )
        results = [app.send_task("reach.session_refresh", args=[session.pk]) for _ in range(2)]
        until(
            lambda: (
                len([b for b in backends_of_workers(own_connection) if b["waits_for"] == "Lock"])
                == 2
            ),
            timeout=30,
            what="both workers to be waiting to refresh the session",
            logs=logs,
        )
    assert [result.get(timeout=60) for result in results] == [1, 1]
    twice = rollup_rows()

    session_refresh(session_id=session.pk)  # once more, alone
    assert rollup_rows() == twice
    assert rollup_differences() == {}
