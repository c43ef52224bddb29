"""Writes of the participant's steps: a quiz attempt or a survey response, checked against the
session's steps (under a lock on the participant once the post-test is open), then saved by the
quizzes' or surveys' own service (one rule for both: `workshops.submissions`).

The rules, whatever a crafted request sends:
- the quiz or survey belongs to this session, in this phase, and a survey is written for this
  participant (else `StepNotInSession`);
- nothing is answered "after the workshop" before the trainer opens the post-test
  (`StepNotOpenYet`: the participant waits);
- nothing is answered "before the workshop" once this participant has sent something after it
  (`StepPassed`): it would not say what was known before;
- once the session is closed, only answers to a form shown while it was open, arriving within
  the grace period, are taken (`StepTooLate`; `participation.answers`).

Paper sheets typed in by the trainer, one at a time, are saved by the same services: each sheet
is a participant of its own (`Participant.from_paper`) with one attempt or one response, so that
it is scored, paired by its code and counted in the survey results as a phone's answers are. Their
rules are the class tally's: once the session has started, until its answers are deleted, whatever
the phones' steps; a sheet sent twice is saved once (its key is the participant's join key).
"""

import datetime as dt
import uuid
from collections.abc import Callable

from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from participation.answers import late_answers_allowed
from quizzes.models import Attempt, Phase
from quizzes.selectors import session_quizzes
from quizzes.services import AttemptSubmission, attempt_submit
from surveys.models import Response
from surveys.selectors import participant_surveys, session_surveys
from surveys.services import ResponseSubmission, response_submit
from workshops import audit, outbox
from workshops.models import Participant, Session
from workshops.services import ParticipantProfile, SessionStateError
from workshops.submissions import SubmissionConflict, answers_digest


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
    submissions below call it with the participant locked when its rules read other rows
    (`_rules_read_answers`); a view may call it first, to answer before reading a form."""
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


def _rules_read_answers(session: Session) -> bool:
    """Whether a submission's check must hold the participant: once the post-test is open, a
    "before" answer is refused after an "after" one, a rule that reads the participant's other
    answers. Until then no rule reads another row (the key's uniqueness keeps resends and copies
    of a step to one, `workshops.submissions`), and taking no lock saves a round trip on every
    pre-test an assembly sends. The session is read before the transaction either way, as it
    was when every submission took the lock."""
    return session.post_test_is_open


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
        if _rules_read_answers(session):
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


def _paper_sheet_check(session: Session, *, asked: bool) -> None:
    """Lock the session and refuse a sheet it cannot count (as a class tally would be refused)."""
    if not asked:
        raise StepNotInSession
    locked = Session.objects.select_for_update().get(pk=session.pk)
    if not locked.can_be_counted:
        raise SessionStateError(
            _("The session has not started yet: enter the paper sheets once it has.")
        )
    if locked.participant_data_purged_at is not None:
        raise SessionStateError(
            _(
                "This session's answers were deleted at the end of the retention period: "
                "no paper sheet can be added to it."
            )
        )


def _paper_participant_add(
    session: Session, profile: ParticipantProfile, key: uuid.UUID
) -> Participant:
    """The person behind one sheet: no cookie (no phone will ever be them), the sheet's key as
    join key, so a resent sheet fails at once on it."""
    return Participant.objects.create(
        session=session,
        role=profile.role,
        age_band=profile.age_band,
        gender=profile.gender,
        language=profile.language,
        sgic=profile.sgic,
        join_key=key,
        cookie_key=None,
        from_paper=True,
    )


def _paper_resent(model, session: Session, key: uuid.UUID, answers: dict):
    """The sheet saved first under this key, when these are its answers; else a conflict."""
    saved = model.objects.filter(key=key, session=session, participant__from_paper=True).first()
    if saved is None:
        raise ValidationError(_("This sheet could not be saved: open the form again."))
    if saved.answers_digest != answers_digest(answers):
        raise SubmissionConflict(saved)
    return saved


def paper_quiz_sheet_submit(
    *, session: Session, profile: ParticipantProfile, submission: AttemptSubmission
) -> tuple[Attempt, bool]:
    """Save one paper answer sheet of a quiz as a paper participant's scored attempt, once; returns
    it and whether it is new. Raises StepNotInSession, SessionStateError, ValidationError or
    SubmissionConflict (the same form sent again with other answers)."""
    asked = submission.quiz.translation_key in session_quizzes(session=session).get(
        submission.phase, ()
    )
    try:
        with transaction.atomic():
            _paper_sheet_check(session, asked=asked)
            participant = _paper_participant_add(session, profile, submission.key)
            attempt, _new = attempt_submit(participant=participant, submission=submission)
    except IntegrityError:
        return _paper_resent(Attempt, session, submission.key, submission.answers), False
    return attempt, True


def paper_survey_sheet_submit(
    *, session: Session, profile: ParticipantProfile, submission: ResponseSubmission
) -> tuple[Response, bool]:
    """Save one paper survey sheet as a paper participant's response, once; raises as
    `paper_quiz_sheet_submit`."""
    asked = submission.survey.translation_key in session_surveys(session=session).get(
        submission.phase, ()
    )
    try:
        with transaction.atomic():
            _paper_sheet_check(session, asked=asked)
            participant = _paper_participant_add(session, profile, submission.key)
            response, _new = response_submit(participant=participant, submission=submission)
    except IntegrityError:
        return _paper_resent(Response, session, submission.key, submission.answers), False
    return response, True


def paper_sheet_remove(
    *, session: Session, key: uuid.UUID, by: AbstractBaseUser | None = None
) -> Participant:
    """Take back a sheet typed in by mistake: its participant stops counting, as one the trainer
    removed (`Participant.removed_at`), with an audit entry. Removing twice changes nothing."""
    with transaction.atomic():
        _paper_sheet_check(session, asked=True)
        participant = (
            Participant.objects.select_for_update()
            .filter(session=session, join_key=key, from_paper=True)
            .first()
        )
        if participant is None:
            raise ValidationError(_("This sheet is not one of this session's paper sheets."))
        if participant.removed_at is not None:
            return participant
        participant.removed_at = timezone.now()
        participant.save(update_fields=["removed_at"])
        audit.session_log(
            session=session,
            action=audit.PARTICIPANT_REMOVE,
            by=by,
            data={
                "participant": participant.label,
                "joined": Participant.objects.filter(
                    session=session, removed_at__isnull=True, from_paper=False
                ).count(),
            },
        )
        outbox.session_change_announce(session_id=session.pk, reason="removed")
    return participant
