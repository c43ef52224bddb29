"""The survey in the participant flow: after the post-test (or on its own), with the quizzes'
rules for resume, resend and bad input, and no free text for minors unless allowed."""

import gzip

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Quiz
from surveys.models import Response, ResponseAnswer
from tests.participation.test_participant_journey import join, take
from tests.quizzes.factories import ALL_RIGHT
from tests.surveys.factories import (
    ANSWERS,
    C_DISCUSSION,
    S_FREE_TEXT,
    S_LIKERT,
    S_MULTIPLE,
    S_RATING,
    SurveyFactory,
    survey_form_data,
)
from tests.workshops.factories import SessionFactory
from workshops.services import session_open, session_post_test_open

pytestmark = pytest.mark.django_db


def survey_page(client, session):
    page = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert "/survey/" in page.request["PATH_INFO"], page.request["PATH_INFO"]
    return page


def session_without_quiz(tree, **fields):
    Quiz.objects.all().delete()
    return session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="en",
            scheduled_start=timezone.now(),
            **fields,
        )
    )


def test_the_survey_comes_after_the_post_test_and_its_answers_are_kept(client, tree, open_session):
    SurveyFactory(campaign=tree.campaign)
    join(client, open_session)
    take(client, open_session, ALL_RIGHT)
    waiting = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert "Time for the workshop" in waiting.text  # the survey waits for the post-test too
    session_post_test_open(session=open_session)
    take(client, open_session, ALL_RIGHT)

    page = survey_page(client, open_session)
    assert "If someone hurts me, it is never my fault." in page.text
    response = client.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    assert response.status_code == 302
    done = client.get(response["Location"], follow=True)
    assert "If you need help" in done.text

    saved = Response.objects.get()
    assert (saved.phase, saved.session_id) == ("post", open_session.pk)
    answers = {a.question_key: a.choice_keys for a in ResponseAnswer.objects.all()}
    assert answers == {key: sorted(value) for key, value in ANSWERS.items()}


def test_a_session_without_quiz_asks_its_survey_on_its_own(client, tree):
    session = session_without_quiz(tree, age_band="18+", audience="teachers")
    SurveyFactory(campaign=tree.campaign, use="both")
    join(client, session, role="teachers", age_band="18+")
    page = survey_page(client, session)
    client.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    assert Response.objects.get().phase == "pre"


def test_a_required_question_left_empty_is_asked_for_and_the_rest_kept(client, tree):
    session = session_without_quiz(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    partial = {S_LIKERT: ["4"], S_RATING: ["7"]}
    response = client.post(page.request["PATH_INFO"], survey_form_data(page.context, partial))
    assert response.status_code == 400
    assert "This question needs an answer." in response.text
    assert 'value="7" checked' in response.text
    assert not Response.objects.exists()


def test_optional_questions_may_stay_empty(client, tree):
    session = session_without_quiz(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    without_optional = {key: value for key, value in ANSWERS.items() if key != S_MULTIPLE}
    data = survey_form_data(page.context, without_optional)
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert ResponseAnswer.objects.count() == 3


def test_minors_are_not_asked_free_text_and_a_sent_text_is_not_stored(client, tree):
    session = session_without_quiz(tree)  # students 10-13
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    assert "What would you change?" not in page.text
    data = survey_form_data(page.context, {**ANSWERS, S_FREE_TEXT: "My name is Ana"})
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert not ResponseAnswer.objects.filter(question_key=S_FREE_TEXT).exists()


def test_free_text_is_asked_to_minors_where_the_survey_allows_it(client, tree):
    session = session_without_quiz(tree)
    SurveyFactory(campaign=tree.campaign, use="pre", free_text_for_minors=True)
    join(client, session)
    page = survey_page(client, session)
    assert "What would you change?" in page.text
    text = "More <b>games</b>"
    data = survey_form_data(page.context, {**ANSWERS, S_FREE_TEXT: text})
    client.post(page.request["PATH_INFO"], data)
    assert ResponseAnswer.objects.get(question_key=S_FREE_TEXT).text == text


def test_the_same_survey_sent_twice_counts_once_and_other_answers_conflict(client, tree):
    session = session_without_quiz(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    data = survey_form_data(page.context, ANSWERS)
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert client.post(page.request["PATH_INFO"], data).status_code == 302
    assert Response.objects.count() == 1
    changed = survey_form_data(
        page.context, {**ANSWERS, "x": ""} | {list(ANSWERS)[2]: [C_DISCUSSION]}
    )
    assert client.post(page.request["PATH_INFO"], changed).status_code == 409
    assert ResponseAnswer.objects.filter(choice_keys=[C_DISCUSSION]).count() == 0


def test_the_trainers_live_panel_counts_participants_who_answered_the_survey(client, tree, people):
    session = session_without_quiz(tree)
    session.trainer = people.trainer
    session.save()
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    client.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    trainer = Client()
    trainer.force_login(people.trainer)
    live = trainer.get(reverse("trainer:session_live", args=[session.pk])).text
    assert "Phones done with the survey before</dt><dd>1</dd>" in live


def test_the_survey_page_is_never_cached_and_light(client, tree):
    session = session_without_quiz(tree)
    SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    assert "no-store" in page["Cache-Control"]
    assert len(gzip.compress(page.content)) < 8 * 1024  # with the 7.5 KB of CSS, under 30 KB


def test_a_survey_edited_after_answers_keeps_them_under_its_questions(client, tree, people):
    session = session_without_quiz(tree)
    session.trainer = people.trainer
    session.save()
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    join(client, session)
    page = survey_page(client, session)
    client.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))

    raw = survey.questions.raw_data
    raw[1]["value"]["text"] = "Was the workshop useful to you?"
    raw.reverse()
    survey.questions = raw
    survey.save_revision().publish()
    survey.refresh_from_db()

    trainer = Client()
    trainer.force_login(people.trainer)
    html = trainer.get(reverse("trainer:session_detail", args=[session.pk])).text
    assert "Was the workshop useful to you?" in html
    assert '<th scope="row">Very useful</th><td class="num">1</td>' in html
    assert Response.objects.get().revision_id != survey.live_revision_id
