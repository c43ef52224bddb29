"""Rollups: every change refreshes its session's figures, and they always equal a fresh count."""

import datetime as dt
from collections import Counter

import pytest
from django.db import connection, transaction
from django.db.models import Sum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizzes.models import Answer
from quizzes.questions import content_at_revision
from reach.models import (
    QuizCell,
    QuizChoiceMonthCell,
    QuizMonthCell,
    QuizQuestionMonthCell,
    ReachCell,
    SessionChange,
    SessionRollup,
    SurveyChoiceMonthCell,
)
from reach.recount import QUIZ_QUESTION, recount
from reach.recount.database import DatabaseCount
from reach.services.rebuild import rollups_rebuild
from reach.services.rollups import session_refresh
from surveys.questions import content_at_revision as survey_at_revision
from tests.concurrency import at_once
from tests.quizzes.factories import Q_SINGLE
from tests.reach.world import (
    AGE_BANDS,
    GENDERS,
    PHASES,
    ROLES,
    ROLLUPS,
    World,
    expected_quiz,
    expected_reach,
    expected_survey,
    rollup_rows,
)
from tests.workshops.factories import VenueFactory
from workshops.models import Session
from workshops.services import SessionPlan, session_delete, session_update

pytestmark = pytest.mark.django_db

sessions = st.integers(0, 2)
roles, genders, age_bands = map(st.sampled_from, (ROLES, GENDERS, AGE_BANDS))
person = st.tuples(roles, genders, age_bands)
headcount_cell = st.tuples(roles, genders, age_bands, st.integers(0, 12))
changes = st.one_of(
    st.tuples(st.just("join"), sessions, person),
    st.tuples(st.just("submit"), st.integers(0, 20), st.sampled_from(PHASES), st.integers(0, 2)),
    st.tuples(
        st.just("paper"),
        sessions,
        st.sampled_from(PHASES),
        st.one_of(st.integers(1, 9), st.integers(61, 70)),  # or far above the 30 planned
        st.integers(0, 9),
    ),
    st.tuples(st.just("headcount"), sessions, st.lists(headcount_cell, max_size=3)),
    # Figures far above the plan, and a coordinator's decision on them.
    st.tuples(st.just("crowd"), sessions, st.integers(61, 700)),
    st.tuples(st.just("decide"), sessions, st.booleans()),
    st.tuples(st.just("respond"), st.integers(0, 20), st.sampled_from("12345")),
)


def _apply(world: World, change: tuple) -> None:
    kind, *args = change
    if kind == "join":
        world.join(args[0], *args[1])
    elif kind == "headcount":
        world.headcount(args[0], list(args[1]))
    else:
        getattr(world, kind)(*args)


def assert_rollups_equal_a_fresh_count(world: World) -> None:
    reach = expected_reach(world.sessions)
    cells = ReachCell.objects.filter(campaign=world.campaign)
    for measure in ("people", "attendances", "joined"):
        assert (cells.aggregate(n=Sum(measure))["n"] or 0) == sum(reach[measure].values())
        for (role, gender, age_band), n in reach[measure].items():
            stored = cells.filter(audience=role, gender=gender, age_band=age_band)
            assert stored.aggregate(n=Sum(measure))["n"] == n, (measure, role, gender, age_band)
    quiz = expected_quiz()
    for phase in PHASES:
        stored = QuizCell.objects.filter(phase=phase).aggregate(
            attempts=Sum("attempts"),
            paper_sheets=Sum("paper_sheets"),
            passed=Sum("passed"),
            correct=Sum("correct"),
            questions=Sum("questions"),
        )
        expected = quiz["totals"].get(phase, {})
        assert {k: v or 0 for k, v in stored.items()} == {k: expected.get(k, 0) for k in stored}
    for (phase, question_key), expected in quiz["questions"].items():
        stored = QuizQuestionMonthCell.objects.filter(phase=phase, question_key=question_key)
        assert stored.aggregate(n=Sum("answered"))["n"] == expected["answered"]
        assert stored.aggregate(n=Sum("correct"))["n"] == expected["correct"]
    chosen = expected_survey()
    stored = SurveyChoiceMonthCell.objects.aggregate(n=Sum("count"))["n"]
    assert (stored or 0) == sum(chosen.values())
    for (question_key, choice_key), n in chosen.items():
        stored = SurveyChoiceMonthCell.objects.filter(
            question_key=question_key, choice_key=choice_key
        )
        assert stored.aggregate(n=Sum("count"))["n"] == n
    assert not SessionChange.objects.exists(), "every change was absorbed"


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(changes, min_size=1, max_size=10))
def test_rollups_equal_a_fresh_count_after_any_sequence_of_changes(
    world, django_capture_on_commit_callbacks, steps
):
    with transaction.atomic():
        # Each example starts from the same world and leaves nothing behind.
        content_at_revision.cache_clear()
        survey_at_revision.cache_clear()
        world.participants = []
        for change in steps:
            with django_capture_on_commit_callbacks(execute=True):
                _apply(world, change)
        assert_rollups_equal_a_fresh_count(world)
        # The incremental refreshes left exactly what a full rebuild writes.
        assert rollups_rebuild().differences == {}
        transaction.set_rollback(True)


def test_a_rebuild_run_twice_changes_nothing_the_second_time(world):
    world.join(0, "students", "female", "10-13")
    world.join(2, "teachers", "male", "18+")
    world.submit(0, "pre", 1)
    world.submit(0, "post", 0)
    world.headcount(1, [("students", "female", "10-13", 12)])
    world.paper(2, "post", 4, 3)
    first = rollups_rebuild()
    assert first.total > 0, "no refresh had run: the first rebuild writes every row"
    stored = {table.__name__: list(table.objects.values()) for table in (ReachCell, QuizCell)}
    assert rollups_rebuild().differences == {}
    assert stored == {
        table.__name__: list(table.objects.values()) for table in (ReachCell, QuizCell)
    }
    assert not SessionChange.objects.exists()


def test_a_first_rebuild_writes_the_rows_the_refreshes_wrote_and_can_run_again_at_once(
    world, django_capture_on_commit_callbacks
):
    """A first rebuild groups the answers once for every month cell it writes (on PostgreSQL,
    in temporary tables): it writes the rows the refreshes wrote, and the grouped answers are
    gone when it ends, so that another can run in the same transaction."""
    with django_capture_on_commit_callbacks(execute=True):
        for session, person in (
            (0, ("students", "female", "10-13")),
            (2, ("teachers", "male", "18+")),
        ):
            world.join(session, *person)
        world.submit(0, "pre", 1)
        world.submit(0, "post", 0)
        world.submit(1, "pre", 2)
        world.respond(0, "4")
        world.respond(1, "2")
        world.paper(2, "post", 4, 3)
    refreshed = rollup_rows()
    assert refreshed["QuizChoiceMonthCell"] and refreshed["SurveyChoiceMonthCell"]
    with transaction.atomic():
        for model in ROLLUPS:
            model.objects.all().delete()
        assert rollups_rebuild().total > 0, "written from empty rollups"
        assert rollup_rows() == refreshed
        for model in ROLLUPS:
            model.objects.all().delete()
        rollups_rebuild()
        assert rollup_rows() == refreshed


def test_answers_grouped_for_a_count_that_failed_do_not_stand_in_the_way_of_the_next(world):
    world.join(0, "students", "female", "10-13")
    world.submit(0, "pre", 1)
    result = recount(None)

    def question_rows() -> list[tuple]:
        query = result.month_query(QUIZ_QUESTION)
        with connection.cursor() as cursor:
            cursor.execute(query.sql, query.params)
            return sorted(cursor.fetchall())

    counted = question_rows()
    assert counted, "the answers make question cells"
    with transaction.atomic():
        with pytest.raises(RuntimeError), transaction.atomic(), result.answers_grouped():
            # A worker killed half way: its savepoint, and the grouped answers, are gone.
            raise RuntimeError("killed")
        with result.answers_grouped():
            assert question_rows() == counted


def test_a_refresh_run_twice_gives_the_same_rows(world, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        world.join(0, "students", "female", "10-13")
        world.submit(0, "pre", 0)
    rows = list(QuizCell.objects.values_list("session", "phase", "attempts", "correct"))
    session_refresh(session_id=world.sessions[0].pk)
    session_refresh(session_id=world.sessions[0].pk)
    assert list(QuizCell.objects.values_list("session", "phase", "attempts", "correct")) == rows
    assert rollups_rebuild().differences == {}


def test_a_group_seen_twice_counts_its_people_once_and_its_attendances_twice(world):
    world.headcount(0, [("students", "female", "10-13", 14), ("students", "male", "10-13", 12)])
    world.headcount(1, [("students", "female", "10-13", 15), ("students", "male", "10-13", 10)])
    rollups_rebuild()
    cells = ReachCell.objects.filter(venue=world.sessions[0].venue)
    assert cells.aggregate(n=Sum("people"))["n"] == 15 + 12
    assert cells.aggregate(n=Sum("attendances"))["n"] == 26 + 25


def test_the_headcount_replaces_who_joined_once_the_trainer_records_it(world):
    for _ in range(3):
        world.join(0, "students", "female", "10-13")
    session_refresh(session_id=world.sessions[0].pk)
    assert SessionRollup.objects.get(session=world.sessions[0]).attendances == 3
    world.headcount(0, [("students", "female", "10-13", 20)])
    session_refresh(session_id=world.sessions[0].pk)
    rollup = SessionRollup.objects.get(session=world.sessions[0])
    assert (rollup.headcount, rollup.joined, rollup.attendances) == (20, 3, 20)


def plan_elsewhere(session: Session, tree, venue) -> SessionPlan:
    """The session's plan, at another venue and 40 days later (another month)."""
    return SessionPlan(
        campaign=tree.campaign,
        modules=[tree.module],
        venue=venue,
        group_name="9A",
        scheduled_start=session.scheduled_start + dt.timedelta(days=40),
        audience=session.audience,
        age_band=session.age_band,
        language=session.language,
        expected_size=30,
    )


def test_a_session_moved_to_another_school_leaves_nothing_at_the_first(
    world, tree, django_capture_on_commit_callbacks
):
    session = world.sessions[2]
    world.headcount(2, [("students", "female", "14-17", 9)])
    session_refresh(session_id=session.pk)
    before = session.venue
    elsewhere = VenueFactory(name="Colegio La Concordia", locality="La Candelaria")
    with django_capture_on_commit_callbacks(execute=True):
        session_update(session=session, plan=plan_elsewhere(session, tree, elsewhere))
    assert not ReachCell.objects.filter(venue=before).exists()
    moved = ReachCell.objects.get(venue=elsewhere)
    assert (moved.locality, moved.people) == ("La Candelaria", 9)


def test_a_deleted_session_is_no_longer_counted(world, tree, django_capture_on_commit_callbacks):
    planned = Session.objects.create(
        trainer=world.sessions[0].trainer,
        campaign=tree.campaign,
        venue=world.sessions[2].venue,
        group=world.sessions[2].group,
        scheduled_start=world.sessions[2].scheduled_start - dt.timedelta(days=3),
        audience="students",
        age_band="14-17",
        language="es",
        expected_size=30,
    )
    world.sessions.append(planned)
    with django_capture_on_commit_callbacks(execute=True):
        world.headcount(3, [("students", "male", "14-17", 7)])
    assert ReachCell.objects.filter(venue=planned.venue).aggregate(n=Sum("people"))["n"] == 7
    with django_capture_on_commit_callbacks(execute=True):
        session_delete(session=planned)
    assert not ReachCell.objects.filter(venue=planned.venue).exists()


def test_paper_ticks_count_for_questions_with_one_right_answer(world):
    world.paper(1, "pre", 8, 5)
    rollups_rebuild()
    question = QuizQuestionMonthCell.objects.get(question_key=Q_SINGLE)
    assert (question.answered, question.correct) == (8, 5)
    assert (question.audience, question.gender) == ("students", "not_stated")
    assert QuizCell.objects.get().paper_sheets == 8


def test_a_rebuild_that_wrote_rows_leaves_the_database_planning_with_their_number(world):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite plans without table statistics")
    world.join(0, "students", "female", "10-13")
    world.submit(0, "pre", 1)
    world.headcount(1, [("students", "female", "10-13", 12)])

    def rows_planned(model) -> float:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT reltuples FROM pg_class WHERE oid = %s::regclass", [model._meta.db_table]
            )
            return cursor.fetchone()[0]

    assert rollups_rebuild().total > 0
    for model in (ReachCell, QuizCell, QuizQuestionMonthCell, QuizChoiceMonthCell):
        assert rows_planned(model) == model.objects.count() > 0, model.__name__


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_refreshes_of_one_place_at_once_give_the_rows_of_one(world):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite runs one writing transaction at a time: nothing to race")
    world.headcount(0, [("students", "female", "10-13", 14)])
    world.headcount(1, [("students", "female", "10-13", 15)])
    world.join(0, "students", "male", "10-13")
    world.submit(0, "pre", 0)
    sessions = [world.sessions[index % 2].pk for index in range(4)]
    _results, errors = at_once(*[lambda pk=pk: session_refresh(session_id=pk) for pk in sessions])
    assert errors == []
    assert rollups_rebuild().differences == {}
    assert ReachCell.objects.filter(gender="female").get().people == 15


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a_nightly_rebuild_checks_the_answers_on_a_second_connection_and_repairs_what_drifted(
    world, monkeypatch
):
    """Run as the nightly task runs it, in no other transaction, the check of the question and
    choice cells against the answers (most of a nightly rebuild) goes on a connection of its own
    beside the rest; what it finds is repaired as before."""
    if connection.vendor != "postgresql":
        pytest.skip("the embedded SQLite database checks everything on the rebuild's connection")
    world.join(0, "students", "female", "10-13")
    world.join(1, "students", "male", "10-13")
    world.submit(0, "pre", 0)
    world.submit(1, "pre", 1)
    for session in world.sessions[:2]:
        session_refresh(session_id=session.pk)
    right = sorted(QuizQuestionMonthCell.objects.values_list("question_key", "answered"))
    drifted = {
        "QuizQuestionMonthCell": QuizQuestionMonthCell.objects.update(answered=99),
        "QuizMonthCell": QuizMonthCell.objects.update(attempts=9),
    }
    checked_on = []
    check = DatabaseCount.month_differences

    def spied(self, *args, **kwargs):
        checked_on.append(connection.connection.info.backend_pid)
        return check(self, *args, **kwargs)

    monkeypatch.setattr(DatabaseCount, "month_differences", spied)
    assert rollups_rebuild().differences == drifted
    assert len(checked_on) == 1
    assert checked_on[0] != connection.connection.info.backend_pid
    assert sorted(QuizQuestionMonthCell.objects.values_list("question_key", "answered")) == right
    assert QuizMonthCell.objects.aggregate(n=Sum("attempts"))["n"] == 2
    assert rollups_rebuild().differences == {}


# --- the month cells, which reports read ---------------------------------------------------


def month_attempts(**where) -> int:
    return QuizMonthCell.objects.filter(**where).aggregate(n=Sum("attempts"))["n"] or 0


def test_the_report_cells_add_up_every_session_of_the_month(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for session in (0, 1, 1):
            world.join(session, "students", "female", "10-13")
        for participant in range(3):
            world.submit(participant, "pre", participant % 2)
    venue, month = (
        world.sessions[0].venue,
        SessionRollup.objects.get(session=world.sessions[0]).month,
    )
    assert SessionRollup.objects.get(session=world.sessions[1]).month == month
    cell = QuizMonthCell.objects.get(venue=venue, month=month, phase="pre")
    per_session = QuizCell.objects.filter(venue=venue, month=month, phase="pre")
    assert per_session.count() == 2, "one row per session"
    assert (cell.attempts, cell.correct) == (
        3,
        per_session.aggregate(n=Sum("correct"))["n"],
    )
    assert rollups_rebuild().differences == {}


def test_a_session_moved_to_another_school_and_month_takes_its_answers_there(
    world, tree, django_capture_on_commit_callbacks
):
    session = world.sessions[2]
    with django_capture_on_commit_callbacks(execute=True):
        world.join(2, "students", "male", "14-17")
        world.submit(0, "pre", 0)
    before = (session.venue, SessionRollup.objects.get(session=session).month)
    assert month_attempts(venue=before[0], month=before[1]) == 1
    elsewhere = VenueFactory(name="Colegio La Concordia", locality="La Candelaria")
    with django_capture_on_commit_callbacks(execute=True):
        session_update(session=session, plan=plan_elsewhere(session, tree, elsewhere))
    assert month_attempts(venue=before[0]) == 0, "nothing left at the first school"
    assert not QuizChoiceMonthCell.objects.filter(venue=before[0]).exists()
    moved = QuizMonthCell.objects.get(venue=elsewhere)
    assert (moved.locality, moved.attempts) == ("La Candelaria", 1)
    assert moved.month != before[1]
    assert rollups_rebuild().differences == {}


def test_a_deleted_sessions_paper_answers_leave_the_report(
    world, tree, django_capture_on_commit_callbacks
):
    held = world.sessions[2]
    planned = Session.objects.create(
        trainer=held.trainer,
        campaign=tree.campaign,
        venue=held.venue,
        group=held.group,
        scheduled_start=held.scheduled_start - dt.timedelta(days=3),
        audience="students",
        age_band="14-17",
        language="es",
        expected_size=30,
    )
    world.sessions.append(planned)
    with django_capture_on_commit_callbacks(execute=True):
        world.paper(2, "pre", 5, 4)
        world.paper(3, "pre", 8, 5)  # a planned session that started: its sheets count
    assert QuizMonthCell.objects.aggregate(n=Sum("paper_sheets"))["n"] == 13
    with django_capture_on_commit_callbacks(execute=True):
        session_delete(session=planned)
    assert QuizMonthCell.objects.aggregate(n=Sum("paper_sheets"))["n"] == 5
    assert rollups_rebuild().differences == {}


def test_the_nightly_rebuild_repairs_a_report_cell_that_drifted_and_names_it(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        world.join(0, "students", "female", "10-13")
        world.submit(0, "post", 0)
    right = list(QuizMonthCell.objects.values_list("attempts", "correct"))
    QuizMonthCell.objects.update(attempts=7)
    QuizChoiceMonthCell.objects.filter(pk=QuizChoiceMonthCell.objects.first().pk).delete()
    repaired = rollups_rebuild()
    assert repaired.differences == {"QuizMonthCell": 1, "QuizChoiceMonthCell": 1}
    assert list(QuizMonthCell.objects.values_list("attempts", "correct")) == right
    assert rollups_rebuild().differences == {}


def test_a_rebuild_that_repairs_a_session_cell_repairs_and_names_its_month_cell_too(
    world, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        world.join(0, "students", "female", "10-13")
        world.submit(0, "pre", 0)
    QuizCell.objects.update(attempts=9)
    QuizMonthCell.objects.update(attempts=9)  # both wrong, and agreeing with each other
    repaired = rollups_rebuild()
    assert repaired.differences == {"QuizCell": 1, "QuizMonthCell": 1}
    assert month_attempts() == 1


def test_each_question_is_counted_in_the_school_and_month_of_the_session_it_was_answered_in(
    world, tree, django_capture_on_commit_callbacks
):
    """Two sessions of one school and month, a third at the same school a month later: where
    only month cells are kept, the answers of the first two are counted together, and the
    third's stay in their own month, in a refresh, a first rebuild and a nightly check alike."""
    later = world.sessions[2]
    school = world.sessions[0].venue
    with django_capture_on_commit_callbacks(execute=True):
        session_update(session=later, plan=plan_elsewhere(later, tree, school))
        for session, gender in ((0, "female"), (1, "male"), (1, "female"), (2, "female")):
            world.join(session, "students", gender, "10-13")
        for participant in range(4):
            world.submit(participant, "pre", participant % 3)
    expected = Counter()
    for answer in Answer.objects.select_related("attempt"):
        month = SessionRollup.objects.get(session_id=answer.attempt.session_id).month
        expected[(month, answer.question_key)] += 1
    assert len({month for month, _question in expected}) == 2

    def counted() -> Counter:
        found = Counter()
        for cell in QuizQuestionMonthCell.objects.filter(venue=school):
            found[(cell.month, cell.question_key)] += cell.answered
        return found

    assert counted() == expected
    rows = {}
    for model in (QuizQuestionMonthCell, QuizChoiceMonthCell):
        rows[model.__name__] = model.objects.count()
        model.objects.all().delete()
    assert rollups_rebuild().differences == rows
    assert counted() == expected
    assert rollups_rebuild().differences == {}
