"""Writes of the participant's steps: a quiz attempt or a survey response, checked against the
session's steps under a lock on the participant, then saved by the quizzes' or surveys' own
service (one rule for both: `workshops.submissions`).

The rules, whatever a crafted request sends:
- the quiz or survey belongs to this session, in this phase, and a survey is written for this
  participant (else `StepNotInSession`);
- nothing is answered "after the workshop" before the trainer opens the post-test
  (`StepNotOpenYet`: the participant waits);
- nothing is answered "before the workshop" once this participant has sent something after it
  (`StepPassed`): it would not say what was known before;
- once the session is closed, only answers to a form shown while it was open, arriving within
  the grace period, are taken (`StepTooLate`; `participation.answers`).
"""

import datetime as dt
from collections.abc import Callable

from participation.answers import late_answers_allowed
from quizzes.models import Attempt, Phase
from quizzes.selectors import session_quizzes
from quizzes.services import AttemptSubmission, attempt_submit
from surveys.models import Response
from surveys.selectors import participant_surveys
from surveys.services import ResponseSubmission, response_submit
from workshops.models import Participant, Session


class StepRefused(Exception):
    """The session's steps do not allow this submission now."""


class StepNotInSession(StepRefused):
    """This quiz or survey is not asked in this session, in this phase."""


class StepNotOpenYet(StepRefused):
    """After-the-workshop answers before the trainer opened the post-test."""


class StepPassed(StepRefused):
    """Before-the-workshop answers from someone who already answered after it."""


class StepTooLate(StepRefused):
    """Answers to a closed session: from a form shown after it closed, or after the grace."""


def _answered_after(participant: Participant) -> bool:
    return (
        Attempt.objects.filter(participant=participant, phase=Phase.POST).exists()
        or Response.objects.filter(participant=participant, phase=Phase.POST).exists()
    )


def step_check(
    *,
    participant: Participant,
    session: Session,
    phase: str,
    asked: bool,
    issued: dt.datetime | None = None,
) -> None:
    """Raise StepRefused unless the session's steps allow `participant` to answer now, in
    `phase`, something the session asks (`asked`), from a form shown at `issued`. The
    submissions below call it with the participant locked; a view may call it first, to answer
    before reading a form."""
    if not asked:
        raise StepNotInSession
    if not session.is_open and not late_answers_allowed(session=session, issued=issued):
        raise StepTooLate
    if phase == Phase.POST and not session.post_test_is_open:
        raise StepNotOpenYet
    # Post-test answers exist only once the post-test is open (it never closes again).
    if phase == Phase.PRE and session.post_test_is_open and _answered_after(participant):
        raise StepPassed


def _locked(participant: Participant) -> None:
    """Hold the participant's row until the transaction ends: two submissions of one person
    (two tabs, a resend racing the next step) pass the rules one after the other."""
    Participant.objects.select_for_update().filter(pk=participant.pk).values_list("pk").first()


def _checked_step(
    participant: Participant,
    session: Session,
    phase: str,
    *,
    asked: bool,
    issued: dt.datetime | None,
) -> Callable[[], None]:
    """The check a submission runs in its transaction: the participant locked, then the rules."""

    def check() -> None:
        _locked(participant)
        step_check(
            participant=participant, session=session, phase=phase, asked=asked, issued=issued
        )

    return check


def quiz_answers_submit(
    *,
    participant: Participant,
    session: Session,
    submission: AttemptSubmission,
    issued: dt.datetime | None = None,
) -> tuple[Attempt, bool]:
    """Save a participant's answers to a quiz of their session, once, if the steps allow it
    (`issued`: when the form was shown, which a closed session asks).

    Raises StepRefused, ValidationError (answers that do not fit the quiz) or
    SubmissionConflict (the key reused with other answers)."""
    asked = submission.quiz.translation_key in session_quizzes(session=session).get(
        submission.phase, ()
    )

    check = _checked_step(participant, session, submission.phase, asked=asked, issued=issued)
    return attempt_submit(participant=participant, submission=submission, before=check)


def survey_answers_submit(
    *,
    participant: Participant,
    session: Session,
    submission: ResponseSubmission,
    issued: dt.datetime | None = None,
) -> tuple[Response, bool]:
    """Save a participant's answers to a survey of their session, once, if the steps allow it.
    Raises as `quiz_answers_submit`."""
    # The surveys the steps offer this participant: those written for their role and age band.
    asked = submission.survey.translation_key in participant_surveys(
        participant=participant, session=session
    ).get(submission.phase, ())

    check = _checked_step(participant, session, submission.phase, asked=asked, issued=issued)
    return response_submit(participant=participant, submission=submission, before=check)
