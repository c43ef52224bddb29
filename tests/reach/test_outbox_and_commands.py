"""The outbox catches refreshes the broker lost; the commands rebuild and print the figures."""

import datetime as dt
import json
import time

import pytest
from django.core.management import CommandError, call_command
from django.db.models import Sum
from django.utils import timezone
from kombu.exceptions import OperationalError

from reach import tasks
from reach.models import QuizCell, ReachCell, SessionChange
from reach.services.rebuild import rollups_rebuild
from reach.services.refresh import (
    changes_sweep,
    session_refresh_finished,
    session_refresh_request,
    session_refresh_started,
)
from tests.workshops.factories import SessionFactory

pytestmark = pytest.mark.django_db


def broker_down(*args, **kwargs):
    raise OperationalError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")


def test_a_submission_made_while_the_broker_is_down_is_saved_and_swept_a_minute_later(
    world, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr(tasks.session_refresh, "apply_async", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        world.join(0, "students", "female", "10-13")
        world.submit(0, "pre", 0)
    assert not QuizCell.objects.exists(), "no refresh could be queued"
    assert SessionChange.objects.filter(session=world.sessions[0]).count() == 2
    assert changes_sweep() == [], "changes younger than a minute are left to the tasks"

    SessionChange.objects.update(created_at=timezone.now() - dt.timedelta(minutes=2))
    assert changes_sweep() == [world.sessions[0].pk]
    assert QuizCell.objects.aggregate(n=Sum("attempts"))["n"] == 1
    assert not SessionChange.objects.exists()
    assert rollups_rebuild().differences == {}


class Queue:
    """Stands in for the broker: what was queued, and how long each task was told to wait."""

    def __init__(self):
        self.tasks: list[tuple[int, float | None]] = []

    def apply_async(self, args, countdown=None):
        self.tasks.append((*args, countdown))

    @property
    def sessions(self) -> list[int]:
        return [session_id for session_id, _countdown in self.tasks]


def test_a_burst_of_changes_queues_one_refresh_while_one_is_waiting(world, monkeypatch):
    queue = Queue()
    monkeypatch.setattr(tasks.session_refresh, "apply_async", queue.apply_async)
    session_id = world.sessions[1].pk
    session_refresh_started(session_id=session_id)
    for _ in range(5):
        session_refresh_request(session_id=session_id)
    assert queue.sessions == [session_id]
    session_refresh_started(session_id=session_id)  # the worker picked it up
    session_refresh_request(session_id=session_id)
    assert queue.sessions == [session_id, session_id]
    session_refresh_started(session_id=session_id)


def test_a_session_changing_without_pause_is_recounted_at_a_pace_its_size_sets(
    world, monkeypatch, settings
):
    settings.REACH_REFRESH_INTERVAL_SECONDS = 1.0
    queue = Queue()
    monkeypatch.setattr(tasks.session_refresh, "apply_async", queue.apply_async)
    quiet, busy = world.sessions[0].pk, world.sessions[1].pk
    session_refresh_request(session_id=quiet)
    assert queue.tasks == [(quiet, None)], "no refresh ran lately: counted at once"

    # The worker just took 0.15 s to recount the busy session: the next recount starts five
    # times that after it started.
    session_refresh_finished(session_id=busy, started=time.time() - 0.15)
    session_refresh_request(session_id=busy)
    [(session_id, countdown)] = queue.tasks[1:]
    assert session_id == busy and 0.4 < countdown <= 0.75

    # A recount of 3 s: while the next one runs, a change waits the whole interval, no more.
    session_refresh_finished(session_id=busy, started=time.time() - 3)
    session_refresh_started(session_id=busy)
    session_refresh_request(session_id=busy)
    assert 0.9 < queue.tasks[-1][1] <= 1.0

    settings.REACH_REFRESH_INTERVAL_SECONDS = 0
    session_refresh_started(session_id=busy)
    session_refresh_request(session_id=busy)
    assert queue.tasks[-1] == (busy, None), "no spacing: recounted after every change"


def test_a_session_made_after_another_was_deleted_is_refreshed_at_once(world, monkeypatch):
    """The refresh keys in the cache name a session by its id, and outlive it when it is deleted.
    No later session meets them: a committed id is never given out again (SQLite's AUTOINCREMENT,
    PostgreSQL's sequences), so the embedded mode cannot hold back a new session's refresh."""
    queue = Queue()
    monkeypatch.setattr(tasks.session_refresh, "apply_async", queue.apply_async)
    doomed = SessionFactory(campaign=world.campaign, venue=world.sessions[0].venue)
    session_refresh_request(session_id=doomed.pk)
    session_refresh_finished(session_id=doomed.pk, started=time.time() - 0.5)
    doomed_id = doomed.pk
    doomed.delete()

    newcomer = SessionFactory(campaign=world.campaign, venue=world.sessions[0].venue)
    assert newcomer.pk != doomed_id
    session_refresh_request(session_id=newcomer.pk)
    assert queue.tasks == [(doomed_id, None), (newcomer.pk, None)]


def test_reach_rebuild_says_the_rollups_matched_or_what_it_repaired(world, capsys):
    world.headcount(0, [("students", "female", "10-13", 14)])
    call_command("reach_rebuild")
    assert "differed and were replaced" in capsys.readouterr().out  # nothing had refreshed yet
    call_command("reach_rebuild")
    out = capsys.readouterr()
    assert "they matched a full recount" in out.out
    assert "10/10 done" in out.err

    ReachCell.objects.update(people=99)
    call_command("reach_rebuild")
    out = capsys.readouterr().out
    assert "differed and were replaced" in out and "ReachCell" in out
    assert ReachCell.objects.get().people == 14


def test_reach_report_prints_the_headline_figures_of_the_report(world, capsys):
    world.campaign.audiences.update(target_reach=40)
    world.headcount(0, [("students", "female", "10-13", 14), ("students", "male", "10-13", 6)])
    rollups_rebuild()
    call_command("reach_report", campaign=world.campaign.slug)
    out = capsys.readouterr().out
    assert "People reached:          20" in out
    assert "Students" in out and "50" in out
    call_command("reach_report", campaign=world.campaign.slug, json=True)
    figures = json.loads(capsys.readouterr().out)
    assert figures["people"] == 20
    assert figures["audiences"][0] == {
        "audience": "students",
        "label": "Students",
        "people": 20,
        "target": 40,
        "percent": 50,
    }


def test_reach_report_prints_a_hidden_figure_as_fewer_than_five(world, capsys):
    world.headcount(0, [("students", "female", "10-13", 3)])  # the campaign's only people
    rollups_rebuild()
    call_command("reach_report", "--campaign", world.campaign.slug)
    out = capsys.readouterr().out
    assert "People reached:          <5" in out and " 3\n" not in out


def test_reach_report_names_the_known_campaigns_when_the_slug_is_wrong(world):
    with pytest.raises(CommandError, match=f"Known: .*{world.campaign.slug}"):
        call_command("reach_report", campaign="golondrinna")
