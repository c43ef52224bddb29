"""Retention: participant data of old groups is deleted, and every figure it made stays.

The world's class 7B (sessions 0 and 1, one school) is made to have ended long ago; class 9A
(session 2, another school) ended yesterday.
"""

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import F, Sum
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from config.celery_app import app
from quizzes.models import Answer, Attempt
from quizzes.questions import content_at_revision
from reach import pdf, retention, tasks
from reach.models import (
    FrozenJoinCount,
    QuizCell,
    QuizChoiceCell,
    QuizQuestionCell,
    QuizQuestionMonthCell,
    ReachCell,
    SessionRollup,
    SurveyCell,
    SurveyChoiceCell,
)
from reach.services.rebuild import rollups_rebuild
from reach.services.rollups import campaign_refresh, session_refresh
from surveys.models import Response, ResponseAnswer
from surveys.questions import content_at_revision as survey_at_revision
from tests.reach.test_rollups import _apply, changes
from tests.reach.world import MONTH_CELLS, PURGED_SHARES, World, rollup_rows
from tests.workshops.factories import SessionFactory
from workshops.models import Participant, Session, SessionState
from workshops.services import (
    ParticipantProfile,
    SessionStateError,
    participant_join,
    session_close,
    session_open,
)

pytestmark = pytest.mark.django_db

OLD = dt.timedelta(days=400)  # past the default retention period of 365 days


def participant_data(sessions: list[Session]) -> dict[str, int]:
    ids = [session.pk for session in sessions]
    return {
        "participants": Participant.objects.filter(session__in=ids).count(),
        "attempts": Attempt.objects.filter(session__in=ids).count(),
        "answers": Answer.objects.filter(attempt__session__in=ids).count(),
        "responses": Response.objects.filter(session__in=ids).count(),
        "response answers": ResponseAnswer.objects.filter(response__session__in=ids).count(),
    }


def ended_ago(sessions: list[Session], age: dt.timedelta) -> None:
    """Move sessions back in time, as if they had been held `age` ago."""
    Session.objects.filter(pk__in=[session.pk for session in sessions]).update(
        scheduled_start=F("scheduled_start") - age,
        opened_at=F("opened_at") - age,
        closed_at=F("closed_at") - age,
    )


def headline(world: World, capsys) -> dict:
    """The report's headline figures, as `reach_report` prints them."""
    call_command("reach_report", campaign=world.campaign.slug, json=True)
    figures = json.loads(capsys.readouterr().out)
    return {k: v for k, v in figures.items() if k not in ("refreshed_at", "waiting")}


def everyone_answers(world: World) -> None:
    """People join every session, take both tests and the survey; paper in two sessions; the
    trainer of 7B's follow-up records a headcount (session 0 counts who joined)."""
    for session, role, gender, age_band in [
        (0, "students", "female", "10-13"),
        (0, "students", "female", "10-13"),
        (0, "students", "male", "10-13"),
        (0, "teachers", "female", "18+"),
        (1, "students", "female", "10-13"),
        (1, "students", "not_stated", "10-13"),
        (2, "students", "female", "14-17"),
        (2, "students", "male", "14-17"),
    ]:
        world.join(session, role, gender, age_band)
    for index in range(len(world.participants)):
        world.submit(index, "pre", index % 3)
        world.submit(index, "post", (index + 1) % 3)
        world.respond(index, "12345"[index % 5])
    world.paper(0, "pre", 6, 2)
    world.paper(2, "post", 5, 4)
    world.headcount(1, [("students", "female", "10-13", 9), ("students", "male", "10-13", 7)])


@pytest.fixture
def answered(world: World) -> World:
    everyone_answers(world)
    session_close(session=world.sessions[1])  # 7B's first session was never closed
    ended_ago(world.sessions[:2], OLD)
    rollups_rebuild()
    return world


def test_a_purge_keeps_every_figure_and_deletes_the_participant_data_of_old_groups(
    answered, capsys
):
    class_7b, class_9a = answered.sessions[:2], answered.sessions[2:]
    rows, figures = rollup_rows(), headline(answered, capsys)
    kept = participant_data(class_9a)
    assert all(participant_data(class_7b).values()) and all(kept.values())

    report = retention.participant_data_purge()

    assert (report.groups, report.sessions, report.participants) == (1, 2, 6)
    assert report.attempts == 12 and report.responses == 6
    assert participant_data(class_7b) == dict.fromkeys(kept, 0), "nothing of 7B's people is left"
    assert participant_data(class_9a) == kept
    assert rollup_rows() == rows
    assert headline(answered, capsys) == figures
    purged = Session.objects.filter(participant_data_purged_at__isnull=False)
    assert set(purged) == set(class_7b)
    assert all(session.state == SessionState.CLOSED for session in purged)
    # Who joined session 0 (no headcount) is what its group's reach still needs.
    frozen = FrozenJoinCount.objects.filter(session=class_7b[0])
    assert sorted(frozen.values_list("role", "gender", "age_band", "count")) == [
        ("students", "female", "10-13", 2),
        ("students", "male", "10-13", 1),
        ("teachers", "female", "18+", 1),
    ]

    # Later refreshes and the nightly rebuild recount what they can and keep the rest.
    session_refresh(session_id=class_7b[0].pk)
    campaign_refresh(campaign_id=answered.campaign.pk)
    assert rollup_rows() == rows
    assert rollups_rebuild().differences == {}
    assert rollup_rows() == rows
    assert retention.participant_data_purge().sessions == 0, "a purge run twice deletes nothing"


def test_a_purged_groups_question_and_choice_figures_are_kept_apart_and_still_count(answered):
    class_7b = [session.pk for session in answered.sessions[:2]]
    months = rollup_rows(MONTH_CELLS)
    assert all(rows == [] for rows in rollup_rows(PURGED_SHARES).values()), "kept per month only"

    retention.participant_data_purge()

    for model in PURGED_SHARES:
        kept = set(model.objects.values_list("session_id", flat=True))
        assert kept == set(class_7b), model.__name__  # 7B's share, and no one else's
    assert rollup_rows(MONTH_CELLS) == months
    # 9A's answers change; the month cells add 7B's share to what 9A's answers count now.
    answered.join(2, "students", "female", "14-17")
    answered.submit(len(answered.participants) - 1, "pre", 0)
    campaign_refresh(campaign_id=answered.campaign.pk)
    assert rollup_rows(MONTH_CELLS) != months
    assert rollups_rebuild().differences == {}
    session_refresh(session_id=class_7b[0])
    assert rollups_rebuild().differences == {}
    answered_by_7b = QuizQuestionMonthCell.objects.filter(
        venue=answered.sessions[0].venue, phase="pre"
    ).aggregate(n=Sum("answered"))["n"]
    assert answered_by_7b == sum(
        QuizQuestionCell.objects.filter(phase="pre").values_list("answered", flat=True)
    )


def test_a_purged_session_takes_no_more_participants(answered):
    retention.participant_data_purge()
    with pytest.raises(SessionStateError):
        participant_join(
            session=answered.sessions[0],
            profile=ParticipantProfile(role="students", age_band="10-13", language="en"),
        )


def test_the_trainer_reads_that_the_answers_were_deleted_and_why(answered, client):
    retention.participant_data_purge()
    session = answered.sessions[0]
    client.force_login(session.trainer)
    page = client.get(reverse("trainer:session_detail", args=[session.pk])).text
    assert "Answers deleted" in page and "The retention period was over" in page


def test_a_group_with_a_session_still_within_the_period_is_kept(world):
    everyone_answers(world)
    ended_ago(world.sessions[:1], OLD)  # 7B's first session is old, its follow-up is not
    ended_ago(world.sessions[2:], OLD)
    before = participant_data(world.sessions[:2])

    report = retention.participant_data_purge()

    assert report.sessions == 1 and report.groups == 1
    assert participant_data(world.sessions[:2]) == before
    assert participant_data(world.sessions[2:])["participants"] == 0
    assert not Session.objects.filter(
        group=world.sessions[0].group, participant_data_purged_at__isnull=False
    ).exists()


def test_a_follow_up_after_the_purge_still_counts_the_group_once(
    world, tree, django_capture_on_commit_callbacks
):
    for _ in range(3):
        world.join(0, "students", "female", "10-13")
    ended_ago(world.sessions[:2], OLD)
    retention.participant_data_purge()
    assert not Participant.objects.filter(session=world.sessions[0]).exists()

    follow_up = SessionFactory(
        campaign=tree.campaign,
        venue=world.sessions[0].venue,
        group=world.sessions[0].group,
        scheduled_start=timezone.now() - dt.timedelta(hours=1),
    )
    world.sessions.append(session_open(session=follow_up))
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(4):
            world.join(3, "students", "female", "10-13")

    cells = ReachCell.objects.filter(venue=follow_up.venue)
    assert cells.aggregate(n=Sum("people"))["n"] == 4, "the 3 of the purged session are among them"
    assert cells.aggregate(n=Sum("attendances"))["n"] == 3 + 4
    assert cells.aggregate(n=Sum("joined"))["n"] == 3 + 4
    assert rollups_rebuild().differences == {}
    assert cells.aggregate(n=Sum("people"))["n"] == 4
    assert retention.participant_data_purge().sessions == 0, "the follow-up is within the period"


def test_a_late_headcount_of_a_purged_session_counts_and_late_paper_answers_are_refused(
    answered, django_capture_on_commit_callbacks
):
    retention.participant_data_purge()
    quiz_rows = {model.__name__: rows for model, rows in _quiz_and_survey_rows().items()}
    with django_capture_on_commit_callbacks(execute=True):
        answered.headcount(0, [("students", "female", "10-13", 11)])
    rollup = SessionRollup.objects.get(session=answered.sessions[0])
    assert (rollup.headcount, rollup.joined, rollup.attendances) == (11, 4, 11)
    cells = ReachCell.objects.filter(venue=answered.sessions[0].venue)
    # The group's girls: 11 at the first session, 9 at the follow-up; its boys: 7.
    assert cells.aggregate(n=Sum("people"))["n"] == 11 + 7
    assert cells.aggregate(n=Sum("attendances"))["n"] == 11 + 16
    assert cells.aggregate(n=Sum("joined"))["n"] == 4 + 2
    assert {m.__name__: rows for m, rows in _quiz_and_survey_rows().items()} == quiz_rows
    assert rollups_rebuild().differences == {}

    with pytest.raises(SessionStateError, match="retention period"):
        answered.paper(0, "post", 3, 1)


def _quiz_and_survey_rows() -> dict:
    return {
        model: sorted(model.objects.values_list("session", "phase", "audience"), key=repr)
        for model in (QuizCell, QuizQuestionCell, QuizChoiceCell, SurveyCell, SurveyChoiceCell)
    }


def test_a_purge_that_would_change_a_figure_deletes_nothing(answered, monkeypatch):
    rows = rollup_rows()
    before = participant_data(answered.sessions[:2])
    monkeypatch.setattr(retention, "stored_differences", lambda result: {"ReachCell": 1})
    logged = []
    monkeypatch.setattr(
        retention.logger, "error", lambda message, *args: logged.append(message % args)
    )

    assert retention.participant_data_purge().sessions == 0

    assert participant_data(answered.sessions[:2]) == before
    assert not Session.objects.filter(participant_data_purged_at__isnull=False).exists()
    assert not FrozenJoinCount.objects.exists()
    assert rollup_rows() == rows
    assert logged == [
        f"participant data of group {answered.sessions[0].group_id} kept: "
        "a recount would change {'ReachCell': 1}"
    ]
    with pytest.raises(CommandError, match="1 group"):
        call_command("participant_data_purge")
    assert participant_data(answered.sessions[:2]) == before


def test_the_retention_setting_is_respected(answered, settings, capsys):
    settings.PARTICIPANT_DATA_RETENTION_DAYS = 500
    assert retention.participant_data_purge().sessions == 0
    settings.PARTICIPANT_DATA_RETENTION_DAYS = 0  # never
    assert retention.participant_data_purge().sessions == 0
    call_command("participant_data_purge")
    assert "participant data is kept" in capsys.readouterr().out
    assert Participant.objects.filter(session=answered.sessions[0]).exists()
    settings.PARTICIPANT_DATA_RETENTION_DAYS = 399
    assert retention.participant_data_purge().sessions == 2
    settings.PARTICIPANT_DATA_RETENTION_DAYS = -1
    with pytest.raises(Exception, match="cannot be negative"):
        retention.participant_data_purge()


@pytest.mark.parametrize(("value", "days"), [(None, 365), ("", 365), ("0", 0), ("90", 90)])
def test_the_retention_period_is_read_from_the_environment(value, days):
    environment = {k: v for k, v in os.environ.items() if k != "PARTICIPANT_DATA_RETENTION_DAYS"}
    if value is not None:
        environment["PARTICIPANT_DATA_RETENTION_DAYS"] = value
    read = "from config.settings import base; print(base.PARTICIPANT_DATA_RETENTION_DAYS)"
    result = subprocess.run(
        [sys.executable, "-c", read],
        env=environment,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == str(days)


def test_the_command_says_what_it_would_delete_and_its_dry_run_deletes_nothing(answered, capsys):
    rows = rollup_rows()
    before = participant_data(answered.sessions)

    call_command("participant_data_purge", dry_run=True)

    out = capsys.readouterr().out
    assert "Would delete the participant data of sessions ended before" in out
    assert "sessions                  2" in out and "participants              6" in out
    assert "quiz attempts            12" in out and "survey responses          6" in out
    assert participant_data(answered.sessions) == before
    assert not Session.objects.filter(participant_data_purged_at__isnull=False).exists()
    assert rollup_rows() == rows

    call_command("participant_data_purge")
    assert "Deleted the participant data" in capsys.readouterr().out
    assert participant_data(answered.sessions[:2])["participants"] == 0
    call_command("participant_data_purge")
    assert "Nothing to delete" in capsys.readouterr().out


def test_beat_runs_the_purge_every_day_and_the_pdf_cleanup_every_hour(answered, settings):
    schedule = {
        entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()
    }
    for task in ("reach.participant_data_purge", "reach.report_pdfs_delete"):
        assert task in app.tasks
        assert len(schedule[task].minute) == 1
    assert schedule["reach.participant_data_purge"].hour == {4}
    # A donor PDF goes at most an hour after its job: a day after it was made, not two.
    assert schedule["reach.report_pdfs_delete"].hour == set(range(24))
    assert tasks.participant_data_purge.delay().get()["sessions"] == 2


@pytest.fixture
def pdf_files(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    names = [default_storage.save(f"{pdf.PDF_FOLDER}/{n}.pdf", ContentFile(b"%PDF")) for n in "ab"]
    elsewhere = default_storage.save("documents/keep.pdf", ContentFile(b"%PDF"))
    yield names, elsewhere
    for name in [*names, elsewhere]:
        default_storage.delete(name)


def test_report_pdfs_older_than_their_job_are_deleted_and_fresh_ones_kept(pdf_files):
    (old, fresh), elsewhere = pdf_files
    long_ago = (timezone.now() - dt.timedelta(days=1, hours=2)).timestamp()
    for name in (old, elsewhere):
        os.utime(default_storage.path(name), (long_ago, long_ago))

    assert tasks.report_pdfs_delete.delay().get() == 1

    assert not default_storage.exists(old)
    assert default_storage.exists(fresh) and default_storage.exists(elsewhere)
    assert pdf.report_pdfs_delete(now=timezone.now() + dt.timedelta(days=2)) == 1


@examples(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(changes, min_size=1, max_size=10))
def test_a_purge_after_any_sequence_of_changes_keeps_every_figure(
    world, django_capture_on_commit_callbacks, steps
):
    with transaction.atomic():
        content_at_revision.cache_clear()
        survey_at_revision.cache_clear()
        world.participants = []
        for change in steps:
            with django_capture_on_commit_callbacks(execute=True):
                _apply(world, change)
        ended_ago(world.sessions[:2], OLD)
        rollups_rebuild()
        rows = rollup_rows()
        retention.participant_data_purge()
        assert participant_data(world.sessions[:2])["participants"] == 0
        assert rollup_rows() == rows
        assert rollups_rebuild().differences == {}
        transaction.set_rollback(True)
