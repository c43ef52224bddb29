"""Writes: a participant's quiz attempt, saved once however often it is sent."""

import hashlib
import json
import uuid
from dataclasses import dataclass

from django.db import IntegrityError, transaction

from quizzes.models import Answer, Attempt, Quiz
from quizzes.questions import QuizContent, score
from reach.services import session_change_record
from workshops.models import Participant


class AttemptConflict(Exception):
    """This attempt key was already used with other answers: the first answers stand."""

    def __init__(self, attempt: Attempt):
        super().__init__("attempt key reused with different answers")
        self.attempt = attempt


class AttemptAlreadyTaken(Exception):
    """The participant already took this quiz in this phase, from another copy of the form."""

    def __init__(self, attempt: Attempt):
        super().__init__("quiz already taken in this phase")
        self.attempt = attempt


@dataclass(frozen=True)
class AttemptSubmission:
    key: uuid.UUID
    quiz: Quiz
    revision_id: int
    content: QuizContent  # the quiz as that revision has it: what the participant answered
    phase: str
    answers: dict[str, frozenset[str]]  # question key → chosen choice keys


def answers_digest(answers: dict[str, frozenset[str]]) -> str:
    """A fingerprint of a set of answers, equal for equal answers whatever their order."""
    canonical = json.dumps(
        {question: sorted(choices) for question, choices in answers.items()}, sort_keys=True
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _replayed(attempt: Attempt, *, participant: Participant, digest: str) -> Attempt:
    if attempt.participant_id != participant.pk or attempt.answers_digest != digest:
        raise AttemptConflict(attempt)
    return attempt


def attempt_submit(
    *, participant: Participant, submission: AttemptSubmission
) -> tuple[Attempt, bool]:
    """Score and save an attempt with its answers, and mark its session for aggregation, in one
    transaction. Returns the attempt and whether it is new.

    Sending the same form again returns the attempt saved the first time (even when both arrive
    at once); the same key with other answers raises AttemptConflict, a second copy of the form
    for a quiz already taken raises AttemptAlreadyTaken.
    """
    digest = answers_digest(submission.answers)
    with transaction.atomic():
        existing = Attempt.objects.filter(key=submission.key).first()
        if existing is not None:
            return _replayed(existing, participant=participant, digest=digest), False
        result = score(
            submission.content.questions, submission.answers, submission.content.pass_mark
        )
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(
                    key=submission.key,
                    participant=participant,
                    session_id=participant.session_id,
                    quiz=submission.quiz,
                    quiz_key=submission.quiz.translation_key,
                    revision_id=submission.revision_id,
                    phase=submission.phase,
                    correct_count=result.correct_count,
                    question_count=result.question_count,
                    passed=result.passed,
                    answers_digest=digest,
                )
        except IntegrityError:
            # Another request got there first: a resend of this form, or another copy of it.
            existing = Attempt.objects.filter(key=submission.key).first()
            if existing is not None:
                return _replayed(existing, participant=participant, digest=digest), False
            raise AttemptAlreadyTaken(
                Attempt.objects.get(
                    participant=participant,
                    quiz_key=submission.quiz.translation_key,
                    phase=submission.phase,
                )
            ) from None
        Answer.objects.bulk_create(
            Answer(
                attempt=attempt,
                question_key=question.key,
                choice_keys=sorted(submission.answers.get(question.key, ())),
                is_correct=result.correct_by_question[question.key],
            )
            for question in submission.content.questions
        )
        session_change_record(session_id=participant.session_id, reason="attempt")
    return attempt, True
