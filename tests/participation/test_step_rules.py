"""The participant's steps hold in the service, whatever a crafted request or a second tab sends:
no post-test before the trainer opens it, no pre-test after one's own post-test, only what the
session asks, answers that fit their questions, and one saved copy of each step."""

import uuid

import pytest
from django.core.exceptions import ValidationError

from participation import services
from quizzes.models import Attempt
from quizzes.questions import content_of
from quizzes.services import AttemptSubmission
from surveys.models import Response
from surveys.questions import content_of as survey_content_of
from surveys.services import ResponseSubmission
from tests.quizzes.factories import ALL_RIGHT, C_NOBODY, C_TRUSTED_ADULT, Q_SINGLE, QuizFactory
from tests.surveys.factories import ANSWERS, SurveyFactory
from workshops.models import Participant
from workshops.services import session_post_test_open
from workshops.submissions import SubmissionConflict


def attempt(quiz, *, phase="pre", answers=ALL_RIGHT, key=None) -> AttemptSubmission:
    return AttemptSubmission(
        key=key or uuid.uuid4(),
        quiz=quiz,
        revision_id=quiz.live_revision_id,
        content=content_of(quiz),
        phase=phase,
        answers={question: frozenset(choices) for question, choices in answers.items()},
    )


def response(survey, *, phase="post", key=None) -> ResponseSubmission:
    return ResponseSubmission(
        key=key or uuid.uuid4(),
        survey=survey,
        revision_id=survey.live_revision_id,
        questions=survey_content_of(survey).questions,
        phase=phase,
        answers={question: tuple(choices) for question, choices in ANSWERS.items()},
    )


def someone_in(session) -> Participant:
    return Participant.objects.create(
        session=session, role="students", age_band="10-13", language="en"
    )


def submit_quiz(session, participant, submission):
    return services.quiz_answers_submit(
        participant=participant, session=session, submission=submission
    )


@pytest.mark.django_db
def test_a_post_test_sent_before_the_trainer_opens_it_is_refused_and_not_saved(open_session, quiz):
    with pytest.raises(services.StepNotOpenYet):
        submit_quiz(open_session, someone_in(open_session), attempt(quiz, phase="post"))
    assert not Attempt.objects.exists()


@pytest.mark.django_db
def test_a_pre_test_sent_after_ones_own_post_test_is_refused_and_not_saved(open_session, quiz):
    participant = someone_in(open_session)
    session = session_post_test_open(session=open_session)
    submit_quiz(session, participant, attempt(quiz, phase="post"))

    with pytest.raises(services.StepPassed):
        submit_quiz(session, participant, attempt(quiz, phase="pre"))
    assert list(Attempt.objects.values_list("phase", flat=True)) == ["post"]


@pytest.mark.django_db
def test_a_latecomer_may_still_send_the_pre_test_once_the_post_test_is_open(open_session, quiz):
    session = session_post_test_open(session=open_session)
    _saved, created = submit_quiz(session, someone_in(session), attempt(quiz, phase="pre"))
    assert created


@pytest.mark.django_db
def test_a_quiz_the_session_does_not_ask_is_refused(tree, open_session):
    other_quiz = QuizFactory(modules=[])
    with pytest.raises(services.StepNotInSession):
        submit_quiz(open_session, someone_in(open_session), attempt(other_quiz))
    assert not Attempt.objects.exists()


@pytest.mark.django_db
def test_answers_that_do_not_fit_the_quiz_are_refused_and_not_saved(open_session, quiz):
    participant = someone_in(open_session)
    two_answers_to_a_one_answer_question = {**ALL_RIGHT, Q_SINGLE: [C_TRUSTED_ADULT, C_NOBODY]}
    not_a_question = {**ALL_RIGHT, str(uuid.uuid4()): [C_NOBODY]}
    not_a_choice = {**ALL_RIGHT, Q_SINGLE: [str(uuid.uuid4())]}
    for answers in (two_answers_to_a_one_answer_question, not_a_question, not_a_choice):
        with pytest.raises(ValidationError):
            submit_quiz(open_session, participant, attempt(quiz, answers=answers))
    assert not Attempt.objects.exists()


@pytest.mark.django_db
def test_a_second_copy_of_a_step_already_done_returns_the_first_for_quizzes_and_surveys(
    tree, open_session, quiz
):
    survey = SurveyFactory(campaign=tree.campaign, use="post")
    participant = someone_in(open_session)
    session = session_post_test_open(session=open_session)
    first, _created = submit_quiz(session, participant, attempt(quiz, phase="post"))
    copy, created = submit_quiz(
        session, participant, attempt(quiz, phase="post", answers={Q_SINGLE: [C_NOBODY]})
    )
    assert (copy.pk, created) == (first.pk, False)

    first_response, _created = services.survey_answers_submit(
        participant=participant, session=session, submission=response(survey)
    )
    copy_response, created = services.survey_answers_submit(
        participant=participant, session=session, submission=response(survey)
    )
    assert (copy_response.pk, created) == (first_response.pk, False)
    assert Attempt.objects.count() == Response.objects.count() == 1


@pytest.mark.django_db
def test_the_same_key_with_other_answers_is_a_conflict_for_quizzes_and_surveys(
    tree, open_session, quiz
):
    survey = SurveyFactory(campaign=tree.campaign, use="post")
    participant = someone_in(open_session)
    session = session_post_test_open(session=open_session)
    sent = attempt(quiz, phase="post")
    submit_quiz(session, participant, sent)
    with pytest.raises(SubmissionConflict):
        submit_quiz(
            session,
            participant,
            attempt(quiz, phase="post", key=sent.key, answers={Q_SINGLE: [C_NOBODY]}),
        )
    answered = response(survey)
    services.survey_answers_submit(participant=participant, session=session, submission=answered)
    with pytest.raises(SubmissionConflict):
        services.survey_answers_submit(
            participant=someone_in(session), session=session, submission=answered
        )


@pytest.mark.django_db
def test_a_survey_asked_after_the_workshop_is_refused_before_the_post_test_opens(
    tree, open_session
):
    survey = SurveyFactory(campaign=tree.campaign, use="post")
    with pytest.raises(services.StepNotOpenYet):
        services.survey_answers_submit(
            participant=someone_in(open_session), session=open_session, submission=response(survey)
        )
    assert not Response.objects.exists()
