"""Upgrading a deployment keeps its figures: the migration that brought month cells fills them from
the session cells already stored, so reports read the same right after the upgrade."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Sum

from reach.recount import recount
from reach.services.rebuild import rollups_rebuild, stored_differences

BEFORE = [("reach", "0004_frozen_join_counts")]
AFTER = [("reach", "0005_rollups_by_month")]


def migrate(targets) -> MigrationExecutor:
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_month_cells_start_as_the_sum_of_the_session_cells_stored_before_the_upgrade(world):
    world.join(0, "students", "female", "10-13")
    world.join(1, "students", "female", "10-13")
    world.join(1, "teachers", "male", "18+")
    for participant in range(3):
        world.submit(participant, "pre", participant % 2)
    world.respond(0, "4")
    rollups_rebuild()
    session_cells = migrate(BEFORE).loader.project_state(BEFORE).apps
    QuizCell = session_cells.get_model("reach", "QuizCell")
    attempts = QuizCell.objects.aggregate(n=Sum("attempts"))["n"]
    assert attempts == 3

    apps = migrate(AFTER).loader.project_state(AFTER).apps
    QuizMonthCell = apps.get_model("reach", "QuizMonthCell")
    assert QuizMonthCell.objects.aggregate(n=Sum("attempts"))["n"] == attempts
    assert stored_differences(recount(None)) == {}, "every report cell as a rebuild writes it"
