"""Saving an attempt: with its outbox row or not at all; once, even when sent twice at once."""

import uuid

import pytest
from django.db.models import Sum

import reach.receivers
from quizzes import services
from quizzes.models import Answer, Attempt
from quizzes.questions import content_of
from reach.models import QuizCell, SessionChange
from tests.concurrency import at_once
from tests.quizzes.factories import ALL_RIGHT
from workshops.models import Participant


def submission(quiz, key=None, answers=ALL_RIGHT, phase="pre"):
    return services.AttemptSubmission(
        key=key or uuid.uuid4(),
        quiz=quiz,
        revision_id=quiz.live_revision_id,
        content=content_of(quiz),
        phase=phase,
        answers={question: frozenset(choices) for question, choices in answers.items()},
    )


def participant_in(session) -> Participant:
    return Participant.objects.create(
        session=session, role="students", age_band="10-13", language="en"
    )


@pytest.mark.django_db
def test_an_attempt_is_not_saved_when_its_session_cannot_be_marked_for_aggregation(
    open_session, quiz, monkeypatch
):
    def outbox_down(**kwargs):
        raise RuntimeError("outbox table unavailable")

    monkeypatch.setattr(reach.receivers, "session_change_record", outbox_down)
    with pytest.raises(RuntimeError):
        services.attempt_submit(
            participant=participant_in(open_session), submission=submission(quiz)
        )
    assert not Attempt.objects.exists()
    assert not Answer.objects.exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_attempt_sent_twice_at_the_same_moment_is_saved_once(open_session, quiz):
    participant = participant_in(open_session)
    sent = submission(quiz)
    results, errors = at_once(
        *[lambda: services.attempt_submit(participant=participant, submission=sent)] * 4
    )
    assert errors == []
    assert sorted(created for _attempt, created in results) == [False, False, False, True]
    assert len({attempt.pk for attempt, _created in results}) == 1
    assert Attempt.objects.count() == 1
    assert Answer.objects.count() == 3
    # Its refresh ran on commit (tasks are eager here): the rollups count it once.
    assert QuizCell.objects.aggregate(n=Sum("attempts"))["n"] == 1
    assert not SessionChange.objects.exists()
