"""A session asks the questions it opened with: what editors publish while it is open does not
reach its phones, its pre-test and post-test ask the same version, the trainer's page says which
version it asks, and a session nobody has answered yet can move to the latest version."""

import copy
import json

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from quizzes.models import Attempt, Quiz
from surveys.models import Response, Survey
from tests.participation.test_participant_journey import join, take
from tests.participation.test_participant_languages import page_translated, quiz_translated
from tests.quizzes.factories import ALL_RIGHT, ONE_RIGHT, QUESTIONS, quiz_form_data
from tests.surveys.factories import ANSWERS, S_LIKERT, SurveyFactory, survey_form_data
from tests.surveys.factories import QUESTIONS as SURVEY_QUESTIONS
from tests.workshops.factories import SessionFactory
from workshops.services import session_open, session_post_test_open

pytestmark = pytest.mark.django_db

NEW_QUESTION = "6a0c3f9e-1d2b-4c1a-9a57-0000000000aa"
OLD_TEXT = QUESTIONS[0]["value"]["text"]
NEW_TEXT = "Whom do you tell when a touch feels wrong?"
ADDED_TEXT = "A grown-up who asks you to keep a secret is always right."


def editor_publishes_a_change(quiz: Quiz) -> Quiz:
    """An editor rewords the first question and adds a fourth, and publishes."""
    questions = copy.deepcopy(QUESTIONS)
    questions[0]["value"]["text"] = NEW_TEXT
    questions.append(
        {
            "type": "true_false",
            "id": NEW_QUESTION,
            "value": {"text": ADDED_TEXT, "answer": "false", "explanation": "Never."},
        }
    )
    quiz = Quiz.objects.get(pk=quiz.pk)
    quiz.questions = json.dumps(questions)
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


def quiz_page(phone, session):
    page = phone.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert page.status_code == 200 and "form" in page.context, page.request["PATH_INFO"]
    return page


def new_phone(session) -> Client:
    phone = Client()
    join(phone, session)
    return phone


def another_open_session(tree):
    return session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="en",
            scheduled_start=timezone.now(),
        )
    )


def test_a_quiz_published_again_during_an_open_session_does_not_reach_its_phones(
    open_session, quiz
):
    opened_with = quiz.live_revision_id
    edited = editor_publishes_a_change(quiz)
    assert edited.live_revision_id != opened_with

    phone = new_phone(open_session)
    page = quiz_page(phone, open_session)
    assert OLD_TEXT in page.text
    assert NEW_TEXT not in page.text and ADDED_TEXT not in page.text
    assert page.context["form"]["revision"].value() == opened_with

    phone.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))
    attempt = Attempt.objects.get()
    # Scored against the three questions it asked, not the four the quiz has now.
    assert (attempt.revision_id, attempt.correct_count, attempt.question_count) == (
        opened_with,
        3,
        3,
    )
    assert attempt.passed


def test_the_pre_test_and_the_post_test_of_a_session_ask_the_same_version(open_session, quiz):
    phone = new_phone(open_session)
    take(phone, open_session, ONE_RIGHT)
    editor_publishes_a_change(quiz)
    session_post_test_open(session=open_session)

    page = quiz_page(phone, open_session)
    assert ADDED_TEXT not in page.text
    phone.post(page.request["PATH_INFO"], quiz_form_data(page.context, ALL_RIGHT))

    pre = Attempt.objects.get(phase="pre")
    post = Attempt.objects.get(phase="post")
    assert pre.revision_id == post.revision_id == quiz.live_revision_id
    assert (pre.question_count, post.question_count) == (3, 3)


def test_a_form_of_the_version_published_since_is_refused_as_out_of_date(open_session, quiz):
    edited = editor_publishes_a_change(quiz)
    phone = new_phone(open_session)
    page = quiz_page(phone, open_session)
    data = quiz_form_data(page.context, {**ALL_RIGHT, NEW_QUESTION: ["false"]})
    data["revision"] = str(edited.live_revision_id)

    response = phone.post(page.request["PATH_INFO"], data)
    assert response.status_code == 400
    assert response.context["stale"]
    assert response.context["form"]["revision"].value() == quiz.live_revision_id
    assert not Attempt.objects.exists()


def test_a_session_opened_after_the_change_asks_the_new_version(tree, open_session, quiz):
    edited = editor_publishes_a_change(quiz)
    later = another_open_session(tree)
    page = quiz_page(new_phone(later), later)
    assert NEW_TEXT in page.text and ADDED_TEXT in page.text
    assert page.context["form"]["revision"].value() == edited.live_revision_id
    # ... while the session opened before still asks the old one.
    assert OLD_TEXT in quiz_page(new_phone(open_session), open_session).text


def test_a_translation_published_after_the_opening_is_pinned_when_first_asked(
    tree, open_session, quiz
):
    page_translated(tree.campaign, "es", slug="golondrina-es", title="Golondrina")
    spanish = quiz_translated(quiz, "es", title="Cuestionario")
    phone = Client()
    phone.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    join(phone, open_session)
    page = quiz_page(phone, open_session)
    assert page.context["form"]["revision"].value() == spanish.live_revision_id
    open_session.refresh_from_db()
    assert open_session.content_pins[f"quizzes.quiz:{spanish.pk}"] == spanish.live_revision_id

    spanish.title = "Cuestionario nuevo"
    spanish.save_revision().publish()
    again = Client()
    again.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    join(again, open_session)
    assert "Cuestionario nuevo" not in quiz_page(again, open_session).text


def test_a_survey_published_again_during_an_open_session_does_not_reach_its_phones(tree, quiz):
    survey = SurveyFactory(campaign=tree.campaign, use="pre")
    open_session = another_open_session(tree)
    opened_with = survey.live_revision_id
    questions = copy.deepcopy(SURVEY_QUESTIONS)
    questions[0]["value"]["text"] = "A brand new statement."
    survey = Survey.objects.get(pk=survey.pk)
    survey.questions = json.dumps(questions)
    survey.save_revision().publish()

    phone = new_phone(open_session)
    page = phone.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    if "/survey/" not in page.request["PATH_INFO"]:  # the pre-test first
        take(phone, open_session, ALL_RIGHT)
        page = phone.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert "/survey/" in page.request["PATH_INFO"], page.request["PATH_INFO"]
    assert "If someone hurts me, it is never my fault." in page.text
    assert "A brand new statement." not in page.text
    assert page.context["form"]["revision"].value() == opened_with
    phone.post(page.request["PATH_INFO"], survey_form_data(page.context, ANSWERS))
    response = Response.objects.get()
    assert response.revision_id == opened_with
    assert response.answers.filter(question_key=S_LIKERT).exists()


def test_new_phones_read_the_pinned_version_within_the_query_budget(
    open_session, quiz, django_assert_max_num_queries
):
    """As tests/participation/test_participant_privacy_and_weight.py counts them, with the
    session's version older than the live one: the pins come with the session, the old version
    from this process's memory once one phone has read it."""
    editor_publishes_a_change(quiz)
    quiz_page(new_phone(open_session), open_session)  # the first reader of the old version
    phone = new_phone(open_session)
    url = phone.get(reverse("quiz:next", args=[open_session.join_code]))["Location"]
    with django_assert_max_num_queries(4):
        page = phone.get(url)
    assert page.context["form"]["revision"].value() == quiz.live_revision_id
    with django_assert_max_num_queries(8):
        response = phone.post(url, quiz_form_data(page.context, ALL_RIGHT))
    assert response.status_code == 302


# --- the trainer's session page -----------------------------------------------------------------


@pytest.fixture
def trainer(people, open_session) -> Client:
    open_session.trainer = people.trainer
    open_session.save(update_fields=["trainer"])
    client = Client()
    client.force_login(people.trainer)
    return client


def session_page(client, session) -> str:
    return client.get(reverse("trainer:session_detail", args=[session.pk])).text


EDITED = "Edited since this session opened: this session keeps asking the version it opened with."


def test_the_trainer_sees_which_version_the_session_asks_and_that_it_was_edited_since(
    trainer, open_session, quiz
):
    page = session_page(trainer, open_session)
    assert quiz.title in page and "Version of " in page
    assert EDITED not in page and "Use the latest version" not in page

    editor_publishes_a_change(quiz)
    page = session_page(trainer, open_session)
    assert EDITED in page
    assert "Use the latest version" in page  # nobody has answered yet


def test_a_planned_session_says_it_will_take_the_latest_version_when_it_opens(
    trainer, people, tree, quiz
):
    planned = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    page = session_page(trainer, planned)
    assert "Opening the session pins the latest version of each" in page
    assert quiz.title in page and EDITED not in page


def test_the_trainer_moves_a_session_nobody_answered_to_the_latest_version(
    trainer, open_session, quiz
):
    edited = editor_publishes_a_change(quiz)
    response = trainer.post(
        reverse("trainer:session_content_latest", args=[open_session.pk]), follow=True
    )
    assert "This session now asks the latest version of its quizzes and surveys." in response.text
    assert EDITED not in response.text
    open_session.refresh_from_db()
    assert open_session.content_pins == {f"quizzes.quiz:{quiz.pk}": edited.live_revision_id}
    page = quiz_page(new_phone(open_session), open_session)
    assert ADDED_TEXT in page.text


def test_the_latest_version_is_refused_once_someone_answered(trainer, open_session, quiz):
    take(new_phone(open_session), open_session, ALL_RIGHT)
    editor_publishes_a_change(quiz)
    page = session_page(trainer, open_session)
    assert EDITED in page and "Use the latest version" not in page

    response = trainer.post(
        reverse("trainer:session_content_latest", args=[open_session.pk]), follow=True
    )
    assert "Someone has already answered" in response.text
    open_session.refresh_from_db()
    assert open_session.content_pins == {f"quizzes.quiz:{quiz.pk}": quiz.live_revision_id}
    assert OLD_TEXT in quiz_page(new_phone(open_session), open_session).text


def test_only_the_sessions_trainer_moves_it_to_the_latest_version(people, open_session, quiz):
    edited = editor_publishes_a_change(quiz)
    coordinator = Client()
    coordinator.force_login(people.coordinator)
    response = coordinator.post(reverse("trainer:session_content_latest", args=[open_session.pk]))
    assert response.status_code == 403
    open_session.refresh_from_db()
    assert open_session.content_pins[f"quizzes.quiz:{quiz.pk}"] != edited.live_revision_id
