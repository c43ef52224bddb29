"""The benchmark's verdict and its database, without running the benchmarks: a full run that
misses a target ends with a non-zero status and names it, a smoke run is not held to its targets,
and the database is dropped only when `--drop` says so."""

import contextlib
import os
import uuid
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from django.conf import settings

from bench import run
from bench.run import EXISTS, MISSED, Figure, database_create, verdict


def figure(name: str, met: bool | None) -> Figure:
    return Figure(name, "measured", None, "the target", met)


def test_a_full_run_that_misses_a_target_ends_non_zero_and_says_which(capsys):
    figures = [figure("freshness", False), figure("quiz page weight", True), figure("load", None)]

    assert verdict(figures) == MISSED != 0
    said = capsys.readouterr().out
    assert "Missed 1 target(s): freshness." in said
    assert "quiz page weight" not in said


def test_a_full_run_that_meets_every_target_ends_with_0(capsys):
    assert verdict([figure("freshness", True), figure("bulk load", None)]) == 0
    assert "Every target met." in capsys.readouterr().out


def test_a_smoke_run_names_the_targets_it_missed_but_ends_with_0(capsys):
    assert verdict([figure("rollup rebuild", False)], smoke=True) == 0
    assert "Missed 1 target(s): rollup rebuild." in capsys.readouterr().out


def test_the_help_explains_drop(capsys):
    with pytest.raises(SystemExit) as ended:
        run.main(["--help"])
    assert ended.value.code == 0
    assert "--drop" in capsys.readouterr().out


needs_postgresql = pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="the benchmark database is a PostgreSQL one",
)


@pytest.fixture
def bench_database():
    """The URL of a database of the test's own, which does not exist yet; dropped afterwards."""
    server = urlsplit(os.environ["DATABASE_URL"])
    name = f"faro_bench_drop_{uuid.uuid4().hex[:8]}"
    yield urlunsplit(server._replace(path=f"/{name}"))
    with psycopg.connect(urlunsplit(server._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@needs_postgresql
def test_an_existing_database_is_kept_unless_drop_is_given(bench_database):
    assert database_create(bench_database), "a database that does not exist is created"
    with psycopg.connect(bench_database, autocommit=True) as conn:
        conn.execute("CREATE TABLE kept (id integer)")

    assert not database_create(bench_database), "without --drop, one that exists is kept"
    with psycopg.connect(bench_database) as conn:
        assert conn.execute("SELECT to_regclass('kept')").fetchone()[0] == "kept"

    assert database_create(bench_database, drop=True), "with --drop, it is dropped and created"
    with psycopg.connect(bench_database) as conn:
        assert conn.execute("SELECT to_regclass('kept')").fetchone()[0] is None


@needs_postgresql
def test_a_run_on_an_existing_database_stops_before_touching_anything(
    bench_database, monkeypatch, capsys
):
    database_create(bench_database)
    monkeypatch.setenv("BENCH_DATABASE_URL", bench_database)
    environment = dict(os.environ)

    assert run.main(["--smoke"]) == EXISTS

    assert dict(os.environ) == environment, "nothing was set up for a run"
    said = capsys.readouterr().err
    assert "exists" in said and "--drop" in said and "DROP DATABASE" in said


class MachineGettingBusy:
    """A fake load tool on a machine that another program slows to half speed halfway through
    the run: every kind of request goes half as fast from then on."""

    def __init__(self, speeds: dict[str, float], measures: int):
        self.speeds = speeds
        self.measures = measures
        self.made = 0

    def __call__(self, servers, user, scale, phones=None, visit=None, seconds=None):
        self.made += 1
        slowdown = 1.0 if self.made <= self.measures // 2 else 0.5
        rps = self.speeds[user] * slowdown
        return {
            "rps": rps,
            "requests": int(rps * seconds),
            "failures": 0,
            "p50": 20 / slowdown,
            "p99": 80 / slowdown,
            "by_name": {run.VISIT_DONE: rps / 4},
        }


class IdleServers:
    def idle(self):
        pass


def test_a_machine_getting_busy_mid_run_leaves_the_ratios_where_they_were(monkeypatch, capsys):
    speeds = {"Floor": 1300.0, "Submitter": 390.0, "Visitor": 340.0}
    monkeypatch.setattr(run, "locust", MachineGettingBusy(speeds, measures=3 * run.FULL.rounds))
    monkeypatch.setattr(run, "phones_file", lambda world: None)
    monkeypatch.setattr(run, "visit_file", lambda world: None)
    monkeypatch.setattr("bench.data.submission_world", lambda **kwargs: None)
    monkeypatch.setattr("django.db.connection.cursor", lambda: contextlib.nullcontext(FakeCursor()))
    measured = run.Run(run.FULL)

    run.submission(measured, IdleServers())

    ratios = {figure.name: figure.ratio for figure in measured.figures}
    assert ratios["submission throughput"] == pytest.approx(390 / 1300)
    # Four requests per visit, a quarter of the requests ending one.
    assert ratios["join then submit"] == pytest.approx(340 / 4 / 1300)
    assert "4.0 requests" in capsys.readouterr().out


class FakeCursor:
    def execute(self, sql):
        pass
