"""Writes: a participant's survey response, saved once however often it is sent."""

import hashlib
import json
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from reach.services import session_change_record
from surveys.disclosure import text_discloses
from surveys.models import Response, ResponseAnswer, Survey
from surveys.questions import SurveyQuestion
from workshops.models import Participant


class ResponseConflict(Exception):
    """This response key was already used with other answers: the first answers stand."""

    def __init__(self, response: Response):
        super().__init__("response key reused with different answers")
        self.response = response


@dataclass(frozen=True)
class ResponseSubmission:
    key: uuid.UUID
    survey: Survey
    revision_id: int
    questions: tuple[SurveyQuestion, ...]  # those asked in this session
    phase: str
    answers: dict[str, tuple[str, ...] | str]  # question key → chosen keys, or a text
    disclosure_terms: tuple[str, ...] = ()  # the campaign's, normalised (surveys.disclosure)


def answers_digest(answers: dict) -> str:
    canonical = json.dumps(
        {key: value if isinstance(value, str) else sorted(value) for key, value in answers.items()},
        sort_keys=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


def _check(submission: ResponseSubmission) -> None:
    """Answers only to questions asked here, with their own choices; required ones present."""
    asked = {question.key: question for question in submission.questions}
    for key, value in submission.answers.items():
        question = asked.get(key)
        if question is None:
            raise ValidationError(_("An answer was sent for a question that is not asked here."))
        if question.free_text != isinstance(value, str):
            raise ValidationError(_("An answer does not fit its question."))
        if not question.free_text and not set(value) <= {k for k, _label in question.choices}:
            raise ValidationError(_("This answer does not belong to this question. Choose again."))
    for question in submission.questions:
        if question.required and not submission.answers.get(question.key):
            raise ValidationError(_("This question needs an answer."))


def response_submit(
    *, participant: Participant, submission: ResponseSubmission
) -> tuple[Response, bool]:
    """Save a response with its answers and mark the session for aggregation, in one
    transaction. Returns the response and whether it is new.

    Sending the same form again returns the response saved the first time (even when both arrive
    at once), as does another copy of the form for a survey already answered in this phase; the
    same key with other answers raises ResponseConflict.
    """
    _check(submission)
    digest = answers_digest(submission.answers)
    try:
        # The insert comes first: a resend (or another copy of the form) fails it at once, and
        # the transaction, which has written nothing else yet, is rolled back whole. The common
        # case, a new response, costs no lookup and no savepoint.
        with transaction.atomic():
            response = Response.objects.create(
                key=submission.key,
                participant=participant,
                session_id=participant.session_id,
                survey=submission.survey,
                survey_key=submission.survey.translation_key,
                revision_id=submission.revision_id,
                phase=submission.phase,
                answers_digest=digest,
            )
            ResponseAnswer.objects.bulk_create(
                ResponseAnswer(
                    response=response,
                    question_key=key,
                    choice_keys=[] if isinstance(value, str) else sorted(value),
                    text=value if isinstance(value, str) else "",
                    flagged=isinstance(value, str)
                    and text_discloses(value, submission.disclosure_terms),
                )
                for key, value in submission.answers.items()
            )
            session_change_record(session_id=participant.session_id, reason="survey")
    except IntegrityError:
        # Another request got there first: a resend of this form, or another copy of it.
        existing = Response.objects.filter(key=submission.key).first()
        if existing is None:
            # Another copy of this survey, already answered: its answers stand.
            return Response.objects.get(
                participant=participant,
                survey_key=submission.survey.translation_key,
                phase=submission.phase,
            ), False
        if existing.participant_id != participant.pk or existing.answers_digest != digest:
            raise ResponseConflict(existing) from None
        return existing, False
    return response, True
