"""Each survey question type takes only its own answers and stores them under stable keys."""

import pytest

from surveys.models import Response, ResponseAnswer
from tests.participation.test_participant_journey import join
from tests.participation.test_survey_flow import session_without_quiz, survey_page
from tests.surveys.factories import (
    ANSWERS,
    C_DISCUSSION,
    C_ROLE_PLAY,
    C_VERY,
    S_FREE_TEXT,
    S_LIKERT,
    S_MULTIPLE,
    S_RATING,
    S_SINGLE,
    SurveyFactory,
    survey_form_data,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def page(client, tree):
    session = session_without_quiz(tree, age_band="18+", audience="teachers")
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session, role="teachers", age_band="18+")
    return survey_page(client, session)


def send(client, page, answers):
    return client.post(page.request["PATH_INFO"], survey_form_data(page.context, answers))


@pytest.mark.parametrize(
    "question, wrong",
    [
        (S_LIKERT, ["6"]),
        (S_RATING, ["11"]),
        (S_RATING, ["-1"]),
        (S_SINGLE, [C_ROLE_PLAY]),  # a choice of another question
        (S_MULTIPLE, [C_ROLE_PLAY, C_VERY]),
    ],
    ids=["likert-6", "rating-11", "rating-minus-1", "single-foreign", "multiple-foreign"],
)
def test_an_answer_outside_the_questions_choices_is_refused(client, page, question, wrong):
    response = send(client, page, {**ANSWERS, question: wrong})
    assert response.status_code == 400
    assert "does not belong to this question" in response.text
    assert not Response.objects.exists()


def test_a_free_text_over_1000_characters_is_refused_and_kept_to_shorten(client, page):
    long_text = "word " * 250
    response = send(client, page, {**ANSWERS, S_FREE_TEXT: long_text})
    assert response.status_code == 400
    assert long_text.strip()[:100] in response.text
    assert not Response.objects.exists()


def test_each_type_is_stored_under_its_question_key(client, page):
    answers = {
        S_LIKERT: ["2"],
        S_SINGLE: [C_VERY],
        S_MULTIPLE: [C_ROLE_PLAY, C_DISCUSSION],
        S_RATING: ["0"],
        S_FREE_TEXT: "  More time for questions  ",
    }
    assert send(client, page, answers).status_code == 302
    stored = {a.question_key: (a.choice_keys, a.text) for a in ResponseAnswer.objects.all()}
    assert stored == {
        S_LIKERT: (["2"], ""),
        S_SINGLE: ([C_VERY], ""),
        S_MULTIPLE: (sorted([C_ROLE_PLAY, C_DISCUSSION]), ""),
        S_RATING: (["0"], ""),
        S_FREE_TEXT: ([], "More time for questions"),
    }
