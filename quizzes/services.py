"""Writes: a participant's quiz attempt, saved once however often it is sent; a trainer's tally
of paper answers."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from quizzes.audit import PAPER_TALLY
from quizzes.models import Answer, Attempt, PaperChoiceCount, PaperTally, Quiz
from quizzes.questions import Question, QuizContent, score
from workshops import audit, outbox
from workshops.models import FigureKind, Participant, Session
from workshops.services import SessionStateError, figure_review_note
from workshops.submissions import answers_digest, submission_save


@dataclass(frozen=True)
class AttemptSubmission:
    key: uuid.UUID
    quiz: Quiz
    revision_id: int
    content: QuizContent  # the quiz as that revision has it: what the participant answered
    phase: str
    answers: dict[str, frozenset[str]]  # question key → chosen choice keys


def attempt_check(submission: AttemptSubmission) -> None:
    """Answers only to the quiz's questions, with their own choices, one where one is asked. A
    question left out counts as not known (the participant's form asks for every one)."""
    questions = {question.key: question for question in submission.content.questions}
    for key, chosen in submission.answers.items():
        question = questions.get(key)
        if question is None:
            raise ValidationError(_("An answer was sent for a question that is not asked here."))
        if not chosen <= question.choice_keys:
            raise ValidationError(_("This answer does not belong to this question. Choose again."))
        if not question.multiple and len(chosen) > 1:
            raise ValidationError(_("Choose one answer to this question."))


def attempt_submit(
    *,
    participant: Participant,
    submission: AttemptSubmission,
    before: Callable[[], None] | None = None,
) -> tuple[Attempt, bool]:
    """Check, score and save an attempt with its answers, and mark its session for aggregation,
    in one transaction (after `before`, the caller's checks). Returns the attempt and whether it
    is new; saved once by the rule of `workshops.submissions` (a conflict raises
    SubmissionConflict, bad answers ValidationError)."""
    attempt_check(submission)
    digest = answers_digest(submission.answers)
    result = score(submission.content.questions, submission.answers, submission.content.pass_mark)

    def write() -> Attempt:
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
        outbox.session_change_announce(session_id=participant.session_id, reason="attempt")
        return attempt

    return submission_save(
        participant_id=participant.pk,
        digest=digest,
        before=before,
        write=write,
        saved_with_key=lambda: Attempt.objects.filter(key=submission.key).first(),
        saved_for_step=lambda: Attempt.objects.get(
            participant=participant,
            quiz_key=submission.quiz.translation_key,
            phase=submission.phase,
        ),
    )


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
    More sheets than the session was planned for by far are saved, but count only once a
    coordinator approves them (`workshops.services.figure_review_note`).

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
        review = figure_review_note(
            session=session,
            kind=FigureKind.PAPER,
            figure=entry.sheets,
            quiz_key=entry.quiz.translation_key,
            phase=entry.phase,
            quiz_title=entry.quiz.title,
        )
        outbox.session_change_announce(session_id=session.pk, reason="paper")
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
                action=PAPER_TALLY,
                by=by,
                data={
                    "quiz": entry.quiz.title,
                    "quiz_key": str(entry.quiz.translation_key),
                    "phase": entry.phase,
                    "sheets": {"old": sheets_before, "new": entry.sheets},
                    "counts_changed": len(changed),
                    "held": review is not None and review.is_waiting,
                },
            )
    return tally
