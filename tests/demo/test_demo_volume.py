"""`manage.py demo_load --participants N`: volume generated for benchmarks (demo/volume.py).

The demo content and history are loaded once for the module (inside a transaction rolled back at
the end); each test generates its participants in its own transaction on top.
"""

import datetime as dt
import statistics
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import transaction
from django.db.models import Count, F, Sum
from django.test import override_settings
from wagtail.models import Locale

from demo.volume import MONTHS, VOLUME_TRAINER, demo_volume_ensure
from quizzes.models import Answer, Attempt
from quizzes.selectors import prepost_matching
from reach.services.rebuild import rollups_rebuild
from surveys.models import Response, ResponseAnswer
from workshops.models import Attendance, CampaignPage, Group, Participant, Session

pytestmark = pytest.mark.django_db

N = 200


@pytest.fixture(scope="module", autouse=True)
def _demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo content, accounts and history, once for every test here."""
    accounts = tmp_path_factory.mktemp("volume") / "demo-accounts.json"
    with (
        django_db_blocker.unblock(),
        override_settings(DEMO_ACCOUNTS_FILE=accounts),
        transaction.atomic(),
    ):
        call_command("demo_load", stdout=StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture(autouse=True)
def _accounts_file(settings, tmp_path):
    settings.DEMO_ACCOUNTS_FILE = tmp_path / "demo-accounts.json"


def demo_load(*args: str) -> str:
    out = StringIO()
    call_command("demo_load", *args, stdout=out)
    return out.getvalue()


def campaigns() -> list[CampaignPage]:
    return list(CampaignPage.objects.filter(locale=Locale.get_default()))


def generated_sessions():
    return Session.objects.filter(trainer__username=VOLUME_TRAINER)


def snapshot() -> dict[str, list]:
    """The generated data without database ids: what a seeded load must reproduce."""
    sessions = generated_sessions()
    return {
        "sessions": sorted(
            sessions.values_list(
                "venue__name", "group__name", "group__size", "scheduled_start", "audience",
                "age_band", "language", "expected_size", "session_modules__module__slug",
            )
        ),
        "headcounts": sorted(
            Attendance.objects.filter(session__in=sessions).values_list(
                "session__group__name", "session__scheduled_start", "role", "gender", "age_band",
                "count",
            )
        ),
        "participants": sorted(
            Participant.objects.filter(session__in=sessions).values_list(
                "session__group__name", "session__scheduled_start", "role", "age_band", "gender",
                "language", "sgic", "joined_at",
            )
        ),
        "attempts": sorted(
            Attempt.objects.filter(session__in=sessions).values_list(
                "key", "participant__joined_at", "participant__sgic", "quiz__title", "phase",
                "correct_count", "question_count", "passed", "answers_digest", "submitted_at",
            )
        ),
        "answers": sorted(
            Answer.objects.filter(attempt__session__in=sessions).values_list(
                "attempt__key", "question_key", "choice_keys", "is_correct"
            )
        ),
        "responses": sorted(
            Response.objects.filter(session__in=sessions).values_list(
                "key", "participant__joined_at", "survey__title", "phase", "answers_digest",
                "submitted_at",
            )
        ),
        "response_answers": sorted(
            ResponseAnswer.objects.filter(response__session__in=sessions).values_list(
                "response__key", "question_key", "choice_keys", "text", "flagged"
            )
        ),
    }  # fmt: skip


def test_the_command_generates_n_participants_with_ten_answers_each_and_says_how_long():
    output = demo_load("--participants", str(N))

    assert f"participants {N}/{N} · " in output
    assert "Generated volume loaded in " in output and "Reach figures counted (" in output
    sessions = generated_sessions()
    assert Participant.objects.filter(session__in=sessions).count() == N
    answers = Answer.objects.filter(attempt__session__in=sessions).count()
    assert 9 * N <= answers <= 11 * N
    assert Attempt.objects.filter(session__in=sessions).count() * 6 == answers
    assert Response.objects.filter(session__in=sessions).exists()
    # Nothing per row went through the services: no outbox rows were left for the sweep.
    assert not sessions.filter(pending_changes__isnull=False).exists()


def test_the_rollups_equal_a_recount_after_the_load():
    demo_load("--participants", str(N))

    assert rollups_rebuild().total == 0


def test_no_rebuild_leaves_the_rollups_to_the_caller():
    output = demo_load("--participants", str(N), "--no-rebuild")

    assert "Reach figures counted" not in output and "--no-rebuild" in output
    assert rollups_rebuild().total > 0


def test_attempts_are_in_their_participants_sessions_with_realistic_figures():
    demo_volume_ensure(participants=N, campaigns=campaigns())
    sessions = generated_sessions()
    attempts = Attempt.objects.filter(session__in=sessions)

    assert not attempts.exclude(participant__session=F("session")).exists()
    assert (
        not Response.objects.filter(session__in=sessions)
        .exclude(participant__session=F("session"))
        .exists()
    )
    assert set(attempts.values_list("question_count", flat=True)) == {6}
    # Every participant took the pre-test, the post-test or both; nobody took one twice.
    taken = Participant.objects.filter(session__in=sessions).annotate(n=Count("attempts"))
    assert set(taken.values_list("n", flat=True)) <= {1, 2}
    # Rooms of 20 to 45 people (a class teacher may join them), closed, in the past months.
    today = dt.date.today()
    for session in sessions.select_related("group"):
        assert 20 <= session.group.size <= 45
        assert session.expected_size <= 46 and session.is_closed
        assert session.participants.count() <= session.participant_cap
        assert session.closed_at.date() < today.replace(day=1)
        assert (today - session.scheduled_start.date()).days <= 31 * (MONTHS + 1)
        headcount = session.attendance.aggregate(n=Sum("count"))["n"]
        assert headcount is None or 0 < headcount <= session.expected_size
    roles = set(Participant.objects.filter(session__in=sessions).values_list("role", flat=True))
    assert roles <= {"students", "teachers", "single_mothers", "professionals"}
    assert set(sessions.values_list("campaign__slug", flat=True)) <= {
        "golondrina",
        "preventing-trafficking",
    }
    scores = {
        phase: statistics.mean(attempts.filter(phase=phase).values_list("correct_count", flat=True))
        for phase in ("pre", "post")
    }
    assert scores["pre"] + 0.5 < scores["post"]


def test_post_tests_are_matched_to_pre_tests_by_phone_and_by_code():
    demo_volume_ensure(participants=2 * N, campaigns=campaigns())

    matching = prepost_matching(session_ids=list(generated_sessions().values_list("pk", flat=True)))

    by = {how: sum(pair.by == how for pair in matching.pairs) for how in ("participant", "code")}
    assert by["participant"] > 0 and by["code"] > 0
    assert len(matching.pairs) >= 0.8 * matching.post_count
    gains = [pair.post.score_percent - pair.pre.score_percent for pair in matching.pairs]
    assert statistics.mean(gains) > 10


def test_the_same_n_gives_the_same_data_with_copy_or_with_inserts():
    demo_volume_ensure(participants=N, campaigns=campaigns())
    first = snapshot()
    assert len(first["participants"]) == N and first["responses"]
    demo_volume_ensure(participants=0, campaigns=campaigns())
    assert not generated_sessions().exists()

    demo_volume_ensure(participants=N, campaigns=campaigns(), copy=False)

    assert snapshot() == first


def test_loading_again_keeps_the_same_n_and_replaces_another():
    demo_load("--participants", str(N), "--no-rebuild")
    participants = Participant.objects.count()
    groups = Group.objects.count()

    output = demo_load("--participants", str(N), "--no-rebuild")

    assert "Generated volume kept" in output
    assert (Participant.objects.count(), Group.objects.count()) == (participants, groups)

    output = demo_load("--participants", str(N // 2), "--no-rebuild")

    assert f"replacing {N}" in output
    assert Participant.objects.filter(session__in=generated_sessions()).count() == N // 2
    assert Participant.objects.count() == participants - N + N // 2
    assert not Group.objects.filter(sessions__isnull=True).exists()

    output = demo_load("--participants", "0")

    assert "removed" in output
    assert not generated_sessions().exists()
    assert rollups_rebuild().total == 0


def test_made_up_participants_are_refused_by_deployment_settings(settings):
    settings.DEMO_ACCOUNTS_ALLOWED = False
    settings.DEMO_VOLUME_ALLOWED = False
    with pytest.raises(CommandError, match="never on a deployment"):
        demo_load("--participants", str(N))
    assert not generated_sessions().exists()
