"""The benchmark code keeps working: `python -m bench.run --smoke` runs every measure with tiny
numbers (the figures mean nothing at that size; the full run is `make bench`)."""

import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from django.conf import settings

from tests.production_static import production_static_root  # noqa: F401

REPO = Path(settings.BASE_DIR)
FIGURES = (
    "submission throughput",
    "submission latency at 8 clients",
    "join then submit",
    "assembly",
    "freshness",
    "quiz page weight",
    "bulk load",
    "rollup rebuild, first",
    "rollup rebuild, nightly",
    "report scaling",
)

pytestmark = pytest.mark.skipif(
    not (settings.DATABASES["default"]["ENGINE"].endswith("postgresql") and settings.REDIS_URL),
    reason="the benchmarks run against PostgreSQL and Redis",
)


@pytest.fixture
def bench_database():
    """A database of the smoke run's own, dropped afterwards."""
    server = urlsplit(os.environ["DATABASE_URL"])
    name = f"faro_bench_smoke_{uuid.uuid4().hex[:8]}"
    yield urlunsplit(server._replace(path=f"/{name}"))
    with psycopg.connect(urlunsplit(server._replace(path="/postgres")), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.mark.long
def test_the_smoke_run_of_the_benchmarks_prints_every_figure_with_its_target(
    bench_database,
    tmp_path,
    production_static_root,  # noqa: F811
):
    env = {
        **os.environ,
        "BENCH_DATABASE_URL": bench_database,
        "BENCH_REDIS_URL": settings.REDIS_URL.rsplit("/", 1)[0] + "/3",
        "BENCH_WORK_DIR": str(tmp_path),
        # The static files as production settings collect them, once for the test session
        # (tests/production_static.py); the benchmark's settings add no static files of their own.
        "BENCH_STATIC_ROOT": str(production_static_root),
    }
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = subprocess.run(
        [sys.executable, "-m", "bench.run", "--smoke"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-6000:]
    for figure in FIGURES:
        assert f"  {figure}" in result.stdout, output[-6000:]
    assert "target" in result.stdout
    assert f"serving the static files in {production_static_root}" in result.stdout
