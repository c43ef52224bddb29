"""Writes: a participant's survey response, saved once however often it is sent."""

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from surveys.disclosure import DisclosureTerm, text_discloses
from surveys.models import Response, ResponseAnswer, Survey
from surveys.questions import SurveyQuestion
from workshops import outbox
from workshops.models import Participant
from workshops.submissions import answers_digest, submission_save


@dataclass(frozen=True)
class ResponseSubmission:
    key: uuid.UUID
    survey: Survey
    revision_id: int
    questions: tuple[SurveyQuestion, ...]  # those asked in this session
    phase: str
    answers: dict[str, tuple[str, ...] | str]  # question key → chosen keys, or a text
    disclosure_terms: tuple[DisclosureTerm, ...] = ()  # the campaign's (surveys.disclosure)


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
    *,
    participant: Participant,
    submission: ResponseSubmission,
    before: Callable[[], None] | None = None,
) -> tuple[Response, bool]:
    """Check and save a response with its answers, and mark the session for aggregation, in one
    transaction (after `before`, the caller's checks). Returns the response and whether it is
    new; saved once by the rule of `workshops.submissions` (a conflict raises
    SubmissionConflict, bad answers ValidationError)."""
    _check(submission)
    digest = answers_digest(submission.answers)

    def write() -> Response:
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
        outbox.session_change_announce(session_id=participant.session_id, reason="survey")
        return response

    return submission_save(
        participant_id=participant.pk,
        digest=digest,
        before=before,
        write=write,
        saved_with_key=lambda: Response.objects.filter(key=submission.key).first(),
        saved_for_step=lambda: Response.objects.get(
            participant=participant,
            survey_key=submission.survey.translation_key,
            phase=submission.phase,
        ),
    )
