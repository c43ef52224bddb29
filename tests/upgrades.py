"""For tests of a data migration: migrate the test database to a point in its history, and back
to the latest schema afterwards."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor


def migrate(targets) -> MigrationExecutor:
    """Migrate to `targets` ([(app, migration name)]); returns the executor, whose loader knows
    the historical models."""
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.fixture
def back_to_the_latest_schema():
    """Migrating back unapplies what depends on it in other apps too: the next tests of this
    process need every migration applied again."""
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
