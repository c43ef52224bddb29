"""Self-generated codes are erased a month after their session, and every pair they made stays.

In the world's class 7B (session 0), pupils take the pre-test on their own phone and the post-test
on a shared tablet, so only their codes pair the two (one code with a slip of one element, and two
pupils whose equal codes make them ambiguous and unpaired); two more take both on the same phone.
Class 9A (session 2, another school) does the same and ended yesterday.
"""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.db.models import Sum
from hypothesis import HealthCheck, given
from hypothesis import settings as examples
from hypothesis import strategies as st

from config.celery_app import app
from quizzes.models import Attempt
from quizzes.questions import content_at_revision
from quizzes.selectors import prepost_matching
from reach import retention, tasks
from reach.models import QuizCell
from reach.services.rebuild import rollups_rebuild
from reach.services.rollups import campaign_refresh, session_refresh
from tests.reach.test_retention import OLD, ended_ago, headline
from tests.reach.world import World, rollup_rows
from workshops.models import Participant, Session
from workshops.services import ParticipantProfile, participant_join, session_close

pytestmark = pytest.mark.django_db

A_MONTH = dt.timedelta(days=31)  # past the default period of 30 days

# (code on the phone of the pre-test, code on the tablet of the post-test): the last two pupils
# gave the same code, so neither post-test can tell whose pre-test is its own.
TABLET_PUPILS = [
    ("M031B", "M031B"),
    ("A112C", "A112C"),
    ("L074S", "L074S"),
    ("R095P", "R094P"),  # one element misremembered: still paired
    ("T120B", "T120B"),
    ("E061C", "E061C"),
    ("E061C", "E061C"),
]


def join(world: World, session: int, code: str, gender: str = "female") -> int:
    """A pupil joins with a self-generated code; returns their index in `world.participants`."""
    profile = ParticipantProfile(
        role="students", age_band="10-13", language="en", gender=gender, sgic=code
    )
    world.participants.append(participant_join(session=world.sessions[session], profile=profile))
    return len(world.participants) - 1


def pupils_answer(world: World, session: int) -> None:
    for number, (pre_code, post_code) in enumerate(TABLET_PUPILS):
        world.submit(join(world, session, pre_code), "pre", number % 3)
        world.submit(join(world, session, post_code, "male"), "post", (number + 1) % 3)
    for number, code in enumerate(["S021N", ""]):
        same_phone = join(world, session, code)
        world.submit(same_phone, "pre", number)
        world.submit(same_phone, "post", 2)


def held_ago(sessions: list[Session], age: dt.timedelta) -> None:
    """Move sessions back in time, and their figures with them (a session's month may change)."""
    ended_ago(sessions, age)
    rollups_rebuild()


def codes(sessions: list[Session]) -> list[str]:
    participants = Participant.objects.filter(session__in=sessions).exclude(sgic="")
    return sorted(participants.values_list("sgic", flat=True))


def pairs() -> set[tuple[int, int, str]]:
    """(pre-test, post-test, how) of every pair the matching finds."""
    return {
        (pair.pre.attempt_id, pair.post.attempt_id, pair.by)
        for pair in prepost_matching(session_ids=None).pairs
    }


def post_test_pairs() -> int:
    """The pairs the rollups count."""
    return QuizCell.objects.filter(phase="post").aggregate(n=Sum("pairs"))["n"]


@pytest.fixture
def answered(world: World) -> World:
    pupils_answer(world, 0)
    pupils_answer(world, 2)
    return world


def test_a_month_after_a_session_no_pupil_keeps_a_code_and_the_pairs_and_gain_are_unchanged(
    answered, capsys
):
    class_7b, class_9a = answered.sessions[:2], answered.sessions[2:]
    held_ago(class_7b, A_MONTH)
    rows, figures, matched = rollup_rows(), headline(answered, capsys), pairs()
    (quiz,) = figures["quizzes"]
    # 5 pairs by code and 2 by phone in each class; the two namesakes stay unpaired.
    assert quiz["matched_pairs"] == 2 * 7 and quiz["gain"] is not None
    assert sum(by == "code" for _pre, _post, by in matched) == 2 * 5
    kept = codes(class_9a)

    report = retention.participant_codes_erase()

    assert (report.sessions, report.codes, report.pairs, report.kept) == (1, 15, 5, 0)
    assert codes(class_7b) == [], "no pupil of 7B keeps a code"
    assert codes(class_9a) == kept, "9A's session ended yesterday"
    assert rollup_rows() == rows
    assert headline(answered, capsys) == figures
    assert pairs() == matched

    # Later refreshes and the nightly rebuild count the same pairs without the codes.
    session_refresh(session_id=class_7b[0].pk)
    campaign_refresh(campaign_id=answered.campaign.pk)
    assert rollup_rows() == rows
    assert rollups_rebuild().differences == {}
    assert rollup_rows() == rows
    assert retention.participant_codes_erase().sessions == 0, "an erasure run twice erases nothing"

    # So does the purge at the end of the retention period, and what it leaves.
    held_ago(class_7b, OLD)
    rows = rollup_rows()
    assert retention.participant_data_purge().sessions == 2
    assert rollup_rows() == rows
    assert rollups_rebuild().differences == {}
    assert headline(answered, capsys) == figures


def test_a_session_ended_less_than_a_month_ago_keeps_its_codes(answered):
    before = codes(answered.sessions)
    held_ago(answered.sessions[:1], dt.timedelta(days=29))

    assert retention.participant_codes_erase().sessions == 0
    assert codes(answered.sessions) == before

    held_ago(answered.sessions[:1], dt.timedelta(days=2))
    assert retention.participant_codes_erase().sessions == 1
    assert codes(answered.sessions[:1]) == []


def test_a_session_closed_lately_keeps_its_codes_however_long_ago_it_started(answered):
    session = answered.sessions[0]
    held_ago([session], A_MONTH)
    session_close(session=Session.objects.get(pk=session.pk))  # the trainer closes it today
    assert retention.participant_codes_erase().sessions == 0
    assert codes([session])


def test_the_code_retention_setting_is_respected(answered, settings, capsys):
    held_ago(answered.sessions[:2], dt.timedelta(days=100))
    before = codes(answered.sessions)

    settings.PARTICIPANT_CODE_RETENTION_DAYS = 0  # kept as long as the participant data
    assert retention.participant_codes_erase().sessions == 0
    call_command("participant_codes_erase")
    assert "codes are kept with the participant data" in capsys.readouterr().out
    settings.PARTICIPANT_CODE_RETENTION_DAYS = 101
    assert retention.participant_codes_erase().sessions == 0
    assert codes(answered.sessions) == before

    settings.PARTICIPANT_CODE_RETENTION_DAYS = 99
    assert retention.participant_codes_erase().sessions == 1
    assert codes(answered.sessions[:2]) == []
    settings.PARTICIPANT_CODE_RETENTION_DAYS = -1
    with pytest.raises(Exception, match="cannot be negative"):
        retention.participant_codes_erase()


@pytest.mark.parametrize(("value", "days"), [(None, 30), ("", 30), ("0", 0), ("7", 7)])
def test_the_code_retention_period_is_read_from_the_environment(value, days):
    environment = {k: v for k, v in os.environ.items() if k != "PARTICIPANT_CODE_RETENTION_DAYS"}
    if value is not None:
        environment["PARTICIPANT_CODE_RETENTION_DAYS"] = value
    read = "from config.settings import base; print(base.PARTICIPANT_CODE_RETENTION_DAYS)"
    result = subprocess.run(
        [sys.executable, "-c", read],
        env=environment,
        cwd=Path(__file__).resolve().parents[2],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == str(days)
    example = (Path(__file__).resolve().parents[2] / ".env.example").read_text()
    assert "# PARTICIPANT_CODE_RETENTION_DAYS=30\n" in example


def test_an_erasure_that_would_change_a_figure_erases_nothing(answered, monkeypatch):
    held_ago(answered.sessions[:2], A_MONTH)
    rows, before = rollup_rows(), codes(answered.sessions)
    # As if the pairs were not kept: without the codes, the recount would lose them.
    monkeypatch.setattr(retention, "prepost_code_pairs", lambda session_ids: [])
    logged = []
    monkeypatch.setattr(
        retention.logger, "error", lambda message, *args: logged.append(message % args)
    )

    report = retention.participant_codes_erase()

    assert (report.sessions, report.kept) == (0, 1)
    assert codes(answered.sessions) == before
    assert not Attempt.objects.filter(code_paired_pre__isnull=False).exists()
    assert rollup_rows() == rows
    assert logged == [
        f"self-generated codes of session {answered.sessions[0].pk} kept: "
        "a recount would change {'QuizCell': 1}"
    ]
    assert not any(code in logged[0] for code in before), "the log never holds a code"
    with pytest.raises(CommandError, match="1 session"):
        call_command("participant_codes_erase")
    assert codes(answered.sessions) == before


def test_the_command_says_what_it_would_erase_and_its_dry_run_erases_nothing(answered, capsys):
    held_ago(answered.sessions, A_MONTH)
    before = codes(answered.sessions)

    call_command("participant_codes_erase", dry_run=True)

    out = capsys.readouterr().out
    assert "Would erase the self-generated codes of sessions ended before" in out
    assert "sessions                  2" in out and "codes                    30" in out
    assert "pairs kept               10" in out
    assert codes(answered.sessions) == before

    call_command("participant_codes_erase")
    assert "Erased the self-generated codes" in capsys.readouterr().out
    assert codes(answered.sessions) == []
    call_command("participant_codes_erase")
    assert "Nothing to erase" in capsys.readouterr().out


def test_beat_erases_the_codes_every_day(answered, settings):
    schedule = {
        entry["task"]: entry["schedule"] for entry in settings.CELERY_BEAT_SCHEDULE.values()
    }
    assert "reach.participant_codes_erase" in app.tasks
    assert schedule["reach.participant_codes_erase"].hour == {4}
    held_ago(answered.sessions[:2], A_MONTH)
    assert tasks.participant_codes_erase.delay().get()["codes"] == 15


def test_a_pair_kept_without_the_codes_gives_way_to_a_late_answer_from_the_same_phone(answered):
    held_ago(answered.sessions[:2], A_MONTH)
    retention.participant_codes_erase()
    counted = post_test_pairs()
    # The first pupil's phone sends, late, the post-test it had queued: the pupil's pre-test is
    # now paired with it, and the tablet's post-test paired by the code no longer is.
    world = answered
    world.submit(0, "post", 2)
    session_refresh(session_id=world.sessions[0].pk)

    tablet_post = Attempt.objects.get(participant=world.participants[1], phase="post")
    matched = pairs()
    assert not any(post == tablet_post.pk for _pre, post, _by in matched)
    own_pre = Attempt.objects.get(participant=world.participants[0], phase="pre")
    assert [by for pre, _post, by in matched if pre == own_pre.pk] == ["participant"]
    assert post_test_pairs() == counted == len(matched)
    assert rollups_rebuild().differences == {}


codes_drawn = st.sampled_from(["", "M031B", "M031C", "M041B", "A112C", "A112D"])
pupils = st.lists(
    st.tuples(
        st.sampled_from([0, 1, 2]),  # session
        codes_drawn,
        st.sampled_from(["pre", "post", "both"]),
        st.integers(0, 2),  # answers
    ),
    min_size=1,
    max_size=14,
)


@examples(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=pupils)
def test_erasing_the_codes_of_any_class_keeps_every_pair_and_figure(world, drawn):
    with transaction.atomic():
        content_at_revision.cache_clear()
        world.participants = []
        for session, code, phases, answers in drawn:
            pupil = join(world, session, code)
            for phase in ("pre", "post") if phases == "both" else (phases,):
                world.submit(pupil, phase, answers)
        held_ago(world.sessions, A_MONTH)
        rows, matched = rollup_rows(), pairs()

        assert retention.participant_codes_erase().kept == 0

        assert codes(world.sessions) == []
        assert pairs() == matched
        assert rollup_rows() == rows
        assert rollups_rebuild().differences == {}
        transaction.set_rollback(True)
