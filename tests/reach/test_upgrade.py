"""Upgrading a deployment keeps its figures: the migration that brought month cells fills them from
the session cells already stored, and the one that keeps question and choice figures per month
only drops the live sessions' session cells of those, so reports read the same right after the
upgrade."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Sum

from quizzes.models import Answer
from reach.models import QuizQuestionCell
from reach.recount import MONTH_ONLY, recount
from reach.services.rebuild import rollups_rebuild, stored_differences
from reach.services.rollups import rows_write

BEFORE = [("reach", "0004_frozen_join_counts")]
AFTER = [("reach", "0007_question_and_choice_figures_per_month_only")]


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
    # Before the upgrade, every session had its question and choice figures per session too.
    before = recount(None)
    for table in MONTH_ONLY:
        rows_write(before, table, frozen=False)
    answered = QuizQuestionCell.objects.aggregate(n=Sum("answered"))["n"]
    session_cells = migrate(BEFORE).loader.project_state(BEFORE).apps
    QuizCell = session_cells.get_model("reach", "QuizCell")
    attempts = QuizCell.objects.aggregate(n=Sum("attempts"))["n"]
    assert attempts == 3 and answered == Answer.objects.count() > 0

    apps = migrate(AFTER).loader.project_state(AFTER).apps
    QuizMonthCell = apps.get_model("reach", "QuizMonthCell")
    QuizQuestionMonthCell = apps.get_model("reach", "QuizQuestionMonthCell")
    assert QuizMonthCell.objects.aggregate(n=Sum("attempts"))["n"] == attempts
    assert QuizQuestionMonthCell.objects.aggregate(n=Sum("answered"))["n"] == answered
    assert not QuizQuestionCell.objects.exists(), "kept per month only, for live sessions"
    assert stored_differences(recount(None)) == {}, "every report cell as a rebuild writes it"
