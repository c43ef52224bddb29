"""Backups (platform/backup, which compose's `backup` service runs every night), run for real
against the test run's PostgreSQL: a night's dump restores into an empty database with every row,
a restore never overwrites a database that holds data unless told to, and backups older than the
days kept are deleted, but never after a failed dump.

The databases are made and dropped here, beside the test database; these tests skip where there
is no PostgreSQL (the embedded run), like the other tests that start platform/ scripts.
"""

import os
import re
import shutil
import signal
import subprocess
import sys
import tarfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import psycopg
import pytest
import yaml
from django.conf import settings
from psycopg import sql

from tests.deploy.conftest import PLATFORM, REPO, database_url_of, wait_for
from tests.deploy.test_compose_file import COMPOSE, compose_default, mounts

BACKUP = PLATFORM / "backup"
DAY = 24 * 3600
# A database migrated once for the module's tests (`source`) and dumps restored: started early.
pytestmark = pytest.mark.long

on_postgresql = pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql")
    or not shutil.which("pg_dump"),
    reason="backups are of PostgreSQL, with its client (pg_dump, pg_restore, psql)",
)


def url_of(name: str) -> str:
    return database_url_of({**settings.DATABASES["default"], "NAME": name})


def backup(*args: str, **env: str) -> subprocess.CompletedProcess:
    """Run platform/backup as an operator would, with only the given variables of its own."""
    inherited = {key: value for key, value in os.environ.items() if not key.startswith("BACKUP_")}
    return subprocess.run(
        [str(BACKUP), *args],
        env={**inherited, **env},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def execute(url: str, statement: str | sql.Composed) -> list[tuple]:
    with psycopg.connect(url, autocommit=True) as connection:
        cursor = connection.execute(statement)
        return cursor.fetchall() if cursor.description else []


def row_counts(url: str) -> dict[str, int]:
    """The number of rows of every table of the database."""
    with psycopg.connect(url) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {
            table: connection.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


@pytest.fixture(scope="module")
def databases():
    """Makes empty databases on the test run's server; drops them all at the end."""
    made = []

    def create(role: str) -> str:
        name = f"faro_backup_{role}_{uuid.uuid4().hex[:8]}"
        execute(url_of("postgres"), sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        made.append(name)
        return url_of(name)

    yield create
    for name in made:
        execute(
            url_of("postgres"),
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)),
        )


@pytest.fixture(scope="module")
def source(databases) -> str:
    """A migrated database holding a venue's classes and two trainers, as a deployment's would."""
    url = databases("src")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test_processes",
        "DATABASE_URL": url,
    }
    commands = [
        ["migrate", "--noinput", "-v0"],
        [
            "shell",
            "-c",
            "from tests.workshops.factories import GroupFactory, UserFactory; "
            "GroupFactory.create_batch(3); UserFactory.create_batch(2, groups=['Trainers'])",
        ],
    ]
    for command in commands:
        result = subprocess.run(
            [sys.executable, "manage.py", *command],
            cwd=REPO,
            env=environment,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    return url


def only(folder: Path, pattern: str) -> Path:
    (found,) = folder.glob(pattern)
    return found


@on_postgresql
@pytest.mark.worker
def test_a_nights_dump_restores_into_an_empty_database_with_every_row(source, databases, tmp_path):
    media = tmp_path / "volumes" / "media"
    private = tmp_path / "volumes" / "private"
    (media / "original_images").mkdir(parents=True)
    (media / "original_images" / "poster.jpg").write_bytes(b"jpeg")
    (private / "documents").mkdir(parents=True)
    (private / "documents" / "consent.pdf").write_bytes(b"%PDF")
    folder = tmp_path / "backups"

    made = backup(
        "once",
        DATABASE_URL=source,
        BACKUP_DIR=str(folder),
        BACKUP_FILES=f"{media},{private}",
    )
    assert made.returncode == 0, made.stdout + made.stderr

    dump = only(folder, "faro-*.dump")
    assert re.fullmatch(r"faro-\d{4}-\d\d-\d\dT\d{6}Z\.dump", dump.name)
    assert dump.stat().st_mode & 0o077 == 0, "a dump is readable by its owner only"
    archive = only(folder, "faro-files-*.tar.gz")
    assert archive.name == dump.name.replace("faro-", "faro-files-").replace(".dump", ".tar.gz")
    with tarfile.open(archive) as files:
        assert {"media/original_images/poster.jpg", "private/documents/consent.pdf"} <= set(
            files.getnames()
        )

    target = databases("dst")
    restored = backup("restore", str(dump), DATABASE_URL=target)
    assert restored.returncode == 0, restored.stdout + restored.stderr

    counts = row_counts(source)
    assert counts["workshops_group"] == 3
    assert counts["auth_user"] == 2
    assert counts["wagtailcore_page"] >= 2
    assert row_counts(target) == counts
    # New rows of the restored database get new ids: its sequences were restored too.
    ((next_id, highest),) = execute(
        target,
        "SELECT nextval(pg_get_serial_sequence('workshops_group', 'id')), max(id) "
        "FROM workshops_group",
    )
    assert next_id > highest


@on_postgresql
@pytest.mark.worker
def test_a_restore_refuses_a_database_that_holds_data_unless_forced(source, databases, tmp_path):
    folder = tmp_path / "backups"
    made = backup("once", DATABASE_URL=source, BACKUP_DIR=str(folder), BACKUP_FILES="")
    assert made.returncode == 0, made.stdout + made.stderr
    dump = only(folder, "faro-*.dump")
    assert not list(folder.glob("faro-files-*")), "BACKUP_FILES empty: no archive"
    target = databases("dst")
    assert backup("restore", str(dump), DATABASE_URL=target).returncode == 0
    # What happened after the dump: a class was deleted.
    execute(target, "DELETE FROM workshops_group WHERE id = (SELECT min(id) FROM workshops_group)")

    refused = backup("restore", str(dump), DATABASE_URL=target)

    assert refused.returncode != 0
    assert "not empty" in refused.stderr
    assert "--force" in refused.stderr
    assert row_counts(target)["workshops_group"] == 2, "a refused restore changes nothing"

    forced = backup("restore", str(dump), "--force", DATABASE_URL=target)

    assert forced.returncode == 0, forced.stdout + forced.stderr
    assert row_counts(target) == row_counts(source)


@on_postgresql
@pytest.mark.worker
def test_a_nights_backup_deletes_those_older_than_the_days_kept_but_never_after_failing(
    source, tmp_path
):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = time.time()
    ages = {
        "faro-2026-01-01T020000Z.dump": 10,
        "faro-files-2026-01-01T020000Z.tar.gz": 10,
        "faro-2026-01-09T020000Z.dump": 2,
        "notes.txt": 10,  # not a backup: never deleted
    }
    for name, days in ages.items():
        (folder / name).write_bytes(b"old")
        os.utime(folder / name, (now - days * DAY, now - days * DAY))
    environment = {"BACKUP_DIR": str(folder), "BACKUP_FILES": "", "BACKUP_KEEP_DAYS": "7"}

    failed = backup("once", DATABASE_URL=url_of("faro_backup_missing"), **environment)

    assert failed.returncode != 0
    assert "pg_dump failed; older backups are kept" in failed.stderr
    assert {path.name for path in folder.iterdir()} == set(ages)

    made = backup("once", DATABASE_URL=source, **environment)

    assert made.returncode == 0, made.stdout + made.stderr
    kept = {path.name for path in folder.iterdir()}
    assert kept & set(ages) == {"faro-2026-01-09T020000Z.dump", "notes.txt"}
    (new,) = kept - set(ages)
    assert new.endswith(".dump")
    assert "deleted" in made.stdout


@pytest.mark.worker
def test_the_schedule_waits_for_the_hour_and_stops_at_once_when_compose_stops_it(tmp_path):
    hour = (datetime.now(UTC).hour + 2) % 24
    log = tmp_path / "backup.log"
    environment = {key: value for key, value in os.environ.items() if not key.startswith("BACKUP_")}
    process = subprocess.Popen(
        [str(BACKUP), "schedule"],
        env={
            **environment,
            "DATABASE_URL": "",
            "BACKUP_DIR": str(tmp_path / "backups"),
            "BACKUP_HOUR": str(hour),
        },
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        wait_for(lambda: "next backup" in log.read_text(), timeout=10, what="the schedule")
        waiting = re.search(r"next backup at (\d\d):00 UTC, in (\d+) seconds", log.read_text())
        assert int(waiting[1]) == hour
        assert 3600 < int(waiting[2]) <= 7200
        assert backup("check", BACKUP_DIR=str(tmp_path / "backups")).returncode == 0

        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    assert "stopped" in log.read_text()


def test_a_failed_night_or_an_hour_out_of_range_shows(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    (folder / ".next-backup").write_text(f"{int(time.time()) + 3600}\n")
    (folder / ".last-failure").write_text("2026-12-07 02:00 UTC\n")

    unhealthy = backup("check", BACKUP_DIR=str(folder), DATABASE_URL="")
    refused = backup("schedule", BACKUP_DIR=str(folder), BACKUP_HOUR="24", DATABASE_URL="")

    assert unhealthy.returncode != 0
    assert "2026-12-07 02:00 UTC failed" in unhealthy.stdout
    assert refused.returncode != 0
    assert "BACKUP_HOUR must be an hour from 0 to 23" in refused.stderr


def test_compose_backs_up_every_night_with_the_servers_client_and_no_secret_in_the_file():
    compose = yaml.safe_load(COMPOSE.read_text())
    service = compose["services"]["backup"]
    environment = service["environment"]
    service_mounts = mounts(service)

    # pg_dump of the server's own major version.
    assert service["image"] == compose["services"]["postgres"]["image"]
    assert service_mounts["./platform/backup"] == service["entrypoint"][-1]
    assert service["command"] == ["schedule"]
    assert service_mounts["backups"] == environment["BACKUP_DIR"]
    assert "backups" in compose["volumes"]
    assert environment["BACKUP_FILES"].split(",") == [
        service_mounts["media"],
        service_mounts["private"],
    ]
    assert all(
        volume.endswith(":ro") for volume in service["volumes"] if not volume.startswith("backups")
    )
    assert environment["PGPASSWORD"].startswith("${POSTGRES_PASSWORD:?")
    assert compose_default(environment["BACKUP_HOUR"]) == "2"
    assert compose_default(environment["BACKUP_KEEP_DAYS"]) == "14"
    assert service["healthcheck"]["test"][-1] == "check"
    assert service["restart"] == "unless-stopped"
