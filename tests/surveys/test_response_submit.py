"""Saving a survey response: with its outbox row or not at all; once, even when sent twice at once;
and inserted first, without a lookup or a savepoint before it."""

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

import reach.receivers
from reach.models import SessionChange
from surveys import services
from surveys.models import Response, ResponseAnswer
from surveys.questions import content_of
from tests.concurrency import at_once
from tests.participation.test_participant_journey import join
from tests.participation.test_survey_flow import session_without_quiz, survey_page
from tests.surveys.factories import (
    ANSWERS,
    C_DISCUSSION,
    S_MULTIPLE,
    SurveyFactory,
    survey_form_data,
)
from workshops.models import Participant
from workshops.submissions import SubmissionConflict


def submission(survey, key=None, answers=ANSWERS):
    return services.ResponseSubmission(
        key=key or uuid.uuid4(),
        survey=survey,
        revision_id=survey.live_revision_id,
        questions=content_of(survey).questions,
        phase="pre",
        answers={question: tuple(choices) for question, choices in answers.items()},
    )


def participant_in(session) -> Participant:
    return Participant.objects.create(
        session=session, role="students", age_band="10-13", language="en"
    )


@pytest.mark.django_db
def test_the_survey_submission_inserts_first_and_costs_a_fixed_number_of_queries(
    client, tree, django_assert_max_num_queries
):
    """The participant with their session, the content token, the participant locked for the
    step rules, then the response, all its answers in one insert and the outbox row: the survey
    plan and the survey come from memory, no response is looked up before the insert, and
    nothing grows with the questions."""
    session = session_without_quiz(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    data = survey_form_data(page.context, ANSWERS)
    # 6, and a savepoint and its release: here the test's transaction wraps the request's.
    with django_assert_max_num_queries(8), CaptureQueriesContext(connection) as queries:
        response = client.post(page.request["PATH_INFO"], data)
    assert response.status_code == 302
    touching = [q["sql"] for q in queries.captured_queries if Response._meta.db_table in q["sql"]]
    assert touching[0].startswith("INSERT"), touching[0]
    assert Response.objects.count() == 1


@pytest.mark.django_db
def test_a_response_is_not_saved_when_its_session_cannot_be_marked_for_aggregation(
    tree, monkeypatch
):
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    participant = participant_in(session_without_quiz(tree))

    def outbox_down(**kwargs):
        raise RuntimeError("outbox table unavailable")

    monkeypatch.setattr(reach.receivers, "session_change_record", outbox_down)
    with pytest.raises(RuntimeError):
        services.response_submit(participant=participant, submission=submission(survey))
    assert not Response.objects.exists()
    assert not ResponseAnswer.objects.exists()


@pytest.mark.django_db
def test_a_resend_returns_the_first_response_and_other_answers_conflict(tree):
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    participant = participant_in(session_without_quiz(tree))
    sent = submission(survey)
    first, created = services.response_submit(participant=participant, submission=sent)
    assert created
    again, created = services.response_submit(participant=participant, submission=sent)
    assert (again.pk, created) == (first.pk, False)
    changed = submission(survey, key=sent.key, answers={**ANSWERS, S_MULTIPLE: [C_DISCUSSION]})
    with pytest.raises(SubmissionConflict) as conflict:
        services.response_submit(participant=participant, submission=changed)
    assert conflict.value.saved.pk == first.pk
    someone_else = participant_in(participant.session)
    with pytest.raises(SubmissionConflict):
        services.response_submit(participant=someone_else, submission=sent)
    assert Response.objects.count() == 1
    assert SessionChange.objects.filter(reason="survey").count() == 1


@pytest.mark.django_db
def test_another_copy_of_a_survey_already_answered_returns_the_first_response(tree):
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    participant = participant_in(session_without_quiz(tree))
    first, _created = services.response_submit(
        participant=participant, submission=submission(survey)
    )
    other_copy = submission(survey, answers={**ANSWERS, S_MULTIPLE: [C_DISCUSSION]})
    kept, created = services.response_submit(participant=participant, submission=other_copy)
    assert (kept.pk, created) == (first.pk, False)
    assert Response.objects.count() == 1
    assert not ResponseAnswer.objects.filter(choice_keys=[C_DISCUSSION]).exists()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_response_sent_twice_at_the_same_moment_is_saved_once(tree):
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    participant = participant_in(session_without_quiz(tree))
    sent = submission(survey)
    results, errors = at_once(
        *[lambda: services.response_submit(participant=participant, submission=sent)] * 4
    )
    assert errors == []
    assert sorted(created for _response, created in results) == [False, False, False, True]
    assert len({response.pk for response, _created in results}) == 1
    assert Response.objects.count() == 1
    assert ResponseAnswer.objects.count() == len(ANSWERS)
