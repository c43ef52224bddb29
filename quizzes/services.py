"""Writes: a participant's quiz attempt, saved once however often it is sent; a trainer's tally
of paper answers."""

import hashlib
import json
import uuid
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from quizzes.models import Answer, Attempt, PaperChoiceCount, PaperTally, Quiz
from quizzes.questions import Question, QuizContent, score
from reach.services import session_change_record
from workshops import audit
from workshops.models import Participant, Session
from workshops.services import SessionStateError


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
    result = score(submission.content.questions, submission.answers, submission.content.pass_mark)
    try:
        # The insert comes first: a resend (or another copy of the form) fails it at once, and
        # the transaction, which has written nothing else yet, is rolled back whole. The common
        # case, a new attempt, costs no lookup and no savepoint.
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
    return attempt, True


@dataclass(frozen=True)
class PaperTallyEntry:
    """What a trainer counted from the paper sheets of one quiz in one phase."""

    quiz: Quiz
    revision_id: int
    content: QuizContent  # the quiz as printed
    phase: str
    sheets: int
    ticks: dict[tuple[str, str], int]  # (question key, choice key) → sheets that ticked it


def paper_tally_errors(
    *, questions: tuple[Question, ...], sheets: int, ticks: dict[tuple[str, str], int]
) -> dict[str, str]:
    """Per question key, why its counts cannot be right (more ticks than sheets)."""
    errors = {}
    for question in questions:
        counts = [ticks.get((question.key, choice.key), 0) for choice in question.choices]
        if any(count > sheets for count in counts):
            errors[question.key] = _(
                "A choice has more ticks than there are sheets (%(sheets)s)."
            ) % {"sheets": sheets}
        elif not question.multiple and sum(counts) > sheets:
            errors[question.key] = _(
                "One answer per sheet: these ticks add up to %(total)s, more than the %(sheets)s "
                "sheets."
            ) % {"total": sum(counts), "sheets": sheets}
    return errors


def paper_tally_record(
    *, session: Session, entry: PaperTallyEntry, by: AbstractBaseUser | None = None
) -> PaperTally:
    """Replace the session's tally for this quiz and phase, and mark the session for aggregation.

    `by` is the person who counted, for the audit log.
    """
    if entry.sheets < 1:
        raise ValidationError(_("Enter how many answer sheets came back."))
    keys = {(q.key, c.key) for q in entry.content.questions for c in q.choices}
    if unknown := set(entry.ticks) - keys:
        raise ValidationError(
            _("Some counts are for choices this quiz does not have: %(n)s.") % {"n": len(unknown)}
        )
    if any(count < 0 for count in entry.ticks.values()):
        raise ValidationError(_("A count cannot be negative."))
    if errors := paper_tally_errors(
        questions=entry.content.questions, sheets=entry.sheets, ticks=entry.ticks
    ):
        raise ValidationError(list(errors.values()))
    with transaction.atomic():
        session = Session.objects.select_for_update().get(pk=session.pk)
        if not session.can_be_counted:
            raise SessionStateError(
                _("The session has not started yet: count the paper answers once it has.")
            )
        if session.participant_data_purged_at is not None:
            # Its quiz figures are frozen (reach.retention): a new tally could not be counted.
            raise SessionStateError(
                _(
                    "This session's answers were deleted at the end of the retention period: "
                    "its paper answers can no longer be changed."
                )
            )
        earlier = (
            PaperTally.objects.filter(
                session=session, quiz_key=entry.quiz.translation_key, phase=entry.phase
            )
            .prefetch_related("counts")
            .first()
        )
        ticks_before = (
            {(c.question_key, c.choice_key): c.count for c in earlier.counts.all()}
            if earlier
            else {}
        )
        if earlier is not None:
            earlier.delete()
        tally = PaperTally.objects.create(
            session=session,
            quiz=entry.quiz,
            quiz_key=entry.quiz.translation_key,
            revision_id=entry.revision_id,
            phase=entry.phase,
            sheets=entry.sheets,
        )
        PaperChoiceCount.objects.bulk_create(
            PaperChoiceCount(tally=tally, question_key=question, choice_key=choice, count=count)
            for (question, choice), count in sorted(entry.ticks.items())
            if count
        )
        session_change_record(session_id=session.pk, reason="paper")
        ticks_after = {cell: count for cell, count in entry.ticks.items() if count}
        sheets_before = earlier.sheets if earlier else None
        if sheets_before != entry.sheets or ticks_before != ticks_after:
            changed = {
                cell
                for cell in ticks_before.keys() | ticks_after.keys()
                if ticks_before.get(cell, 0) != ticks_after.get(cell, 0)
            }
            audit.session_log(
                session=session,
                action=audit.PAPER_TALLY,
                by=by,
                data={
                    "quiz": entry.quiz.title,
                    "quiz_key": str(entry.quiz.translation_key),
                    "phase": entry.phase,
                    "sheets": {"old": sheets_before, "new": entry.sheets},
                    "counts_changed": len(changed),
                },
            )
    return tally
