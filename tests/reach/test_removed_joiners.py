"""Joiners the trainer removed (scripted joins, people not in the room) count in no figure: not as
reach when no headcount was recorded, nor by their tests, pairs or survey answers; the nightly
rebuild and the end of the retention period agree."""

import uuid

import pytest

from quizzes.questions import content_at_revision
from quizzes.services import AttemptSubmission, attempt_submit
from reach import retention
from reach.services.rebuild import rollups_rebuild
from tests.reach.test_retention import OLD, ended_ago, everyone_answers, headline
from tests.reach.world import ANSWER_SETS, World, rollup_rows
from workshops.models import Participant
from workshops.services import ParticipantProfile, participant_join, participant_remove

pytestmark = pytest.mark.django_db

CODE = "M031B"  # a self-generated code: the fakes' post-test pairs with a pre-test by it


def fake_joins(world: World, session: int, *, sgic: str = "") -> Participant:
    """A joiner who is not in the room (class 9A has no headcount: joiners are its reach)."""
    profile = ParticipantProfile(
        role="students", age_band="14-17", language="en", gender="male", sgic=sgic
    )
    fake = participant_join(session=world.sessions[session], profile=profile)
    world.participants.append(fake)
    return fake


def takes(world: World, participant: Participant, phase: str, answers: int) -> None:
    revision_id = world.quiz.live_revision_id
    attempt_submit(
        participant=participant,
        submission=AttemptSubmission(
            key=uuid.uuid4(),
            quiz=world.quiz,
            revision_id=revision_id,
            content=content_at_revision(revision_id),
            phase=phase,
            answers={k: frozenset(v) for k, v in ANSWER_SETS[answers].items()},
        ),
    )


def test_removed_joiners_count_in_no_report(world, capsys, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        everyone_answers(world)
    rollups_rebuild()
    rows, figures = rollup_rows(), headline(world, capsys)

    with django_capture_on_commit_callbacks(execute=True):
        # One fake takes both tests on its phone (a pair by phone) and the survey; two more
        # take one test each with the same code (a pair by code).
        scripted = fake_joins(world, 2)
        takes(world, scripted, "pre", 2)
        takes(world, scripted, "post", 0)
        world.respond(len(world.participants) - 1, "1")
        before, after = fake_joins(world, 2, sgic=CODE), fake_joins(world, 2, sgic=CODE)
        takes(world, before, "pre", 1)
        takes(world, after, "post", 0)
    assert headline(world, capsys) != figures, "the fakes counted as reach and in the tests"

    with django_capture_on_commit_callbacks(execute=True):
        for fake in (scripted, before, after):
            participant_remove(session=world.sessions[2], participant=fake, by=None)

    assert rollup_rows() == rows
    assert headline(world, capsys) == figures
    assert rollups_rebuild().differences == {}


def test_a_removed_pre_test_pairs_with_nobody(world, django_capture_on_commit_callbacks):
    """A removed participant's pre-test is left out of the pairs a code makes, while the real
    participant's post-test still counts, unpaired."""
    with django_capture_on_commit_callbacks(execute=True):
        everyone_answers(world)
    rollups_rebuild()
    with django_capture_on_commit_callbacks(execute=True):
        real = fake_joins(world, 2, sgic=CODE)
        takes(world, real, "post", 0)
    rows = rollup_rows()
    with django_capture_on_commit_callbacks(execute=True):
        fake = fake_joins(world, 2, sgic=CODE)
        takes(world, fake, "pre", 1)
    assert rollup_rows() != rows  # the fake's pre-test, and the pair it made
    with django_capture_on_commit_callbacks(execute=True):
        participant_remove(session=world.sessions[2], participant=fake, by=None)
    assert rollup_rows() == rows
    assert rollups_rebuild().differences == {}


def test_the_end_of_the_retention_period_keeps_the_figures_without_removed_joiners(
    world, capsys, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        everyone_answers(world)
        fake = fake_joins(world, 2)
        takes(world, fake, "pre", 2)
        participant_remove(session=world.sessions[2], participant=fake, by=None)
    ended_ago(world.sessions, OLD)
    rollups_rebuild()
    rows, figures = rollup_rows(), headline(world, capsys)

    report = retention.participant_data_purge()

    assert report.kept == 0 and report.groups == 2
    assert not Participant.objects.exists()
    assert rollup_rows() == rows
    assert headline(world, capsys) == figures
    assert rollups_rebuild().differences == {}
