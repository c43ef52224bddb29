"""What a participant sees after each quiz. After the pre-test: thanks and what comes next, no mark
(the welcome page promised none) and no right answers (they would give the post-test away). After
the post-test: their score before and after, and for each question the right answer and why."""

import copy
import json

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.participation.test_participant_journey import join, take
from tests.participation.test_participant_languages import page_translated, quiz_translated
from tests.quizzes.factories import ALL_RIGHT, ONE_RIGHT, QUESTIONS, QuizFactory
from tests.workshops.factories import SessionFactory
from workshops.services import session_open, session_post_test_open

pytestmark = pytest.mark.django_db

EXPLANATIONS = [question["value"]["explanation"] for question in QUESTIONS]


def assert_no_mark_nor_answers(html: str) -> None:
    assert "score__figure" not in html
    assert "1/3" not in html and "3/3" not in html
    assert "is-correct" not in html
    assert "A trusted adult" not in html  # the right answer to the first question
    for explanation in EXPLANATIONS:
        assert explanation not in html


def assert_every_explanation(html: str) -> None:
    for explanation in EXPLANATIONS:
        assert explanation in html


def end_page(client, session):
    page = client.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert page.request["PATH_INFO"] == reverse("quiz:done", args=[session.join_code])
    return page


def test_after_the_pre_test_a_participant_is_thanked_without_a_mark_or_the_right_answers(
    client, open_session
):
    join(client, open_session)
    pre = take(client, open_session, ONE_RIGHT)
    assert pre.status_code == 200
    assert "There is no mark." in pre.text
    assert "At the end you will answer these questions again" in pre.text
    assert reverse("quiz:next", args=[open_session.join_code]) in pre.text  # Continue
    assert_no_mark_nor_answers(pre.text)


def test_the_pre_test_result_opened_again_before_the_post_test_is_taken_hides_the_answers(
    client, open_session
):
    join(client, open_session)
    result_url = take(client, open_session, ALL_RIGHT).request["PATH_INFO"]
    session_post_test_open(session=open_session)

    again = client.get(result_url)

    assert again.status_code == 200
    assert "There is no mark." in again.text
    assert_no_mark_nor_answers(again.text)


def test_after_the_post_test_a_participant_sees_both_scores_and_every_explanation(
    client, open_session
):
    join(client, open_session)
    take(client, open_session, ONE_RIGHT)
    session_post_test_open(session=open_session)

    post = take(client, open_session, ALL_RIGHT)

    assert 'Before the workshop: <span class="score__figure">1/3</span>' in post.text
    assert 'After the workshop: <span class="score__figure">3/3</span>' in post.text
    assert_every_explanation(post.text)
    assert "is-correct" in post.text and "your answer" in post.text


def test_after_the_post_test_the_pre_test_result_shows_the_answers_given_before(
    client, open_session
):
    join(client, open_session)
    pre_url = take(client, open_session, ONE_RIGHT).request["PATH_INFO"]
    session_post_test_open(session=open_session)
    take(client, open_session, ALL_RIGHT)

    pre = client.get(pre_url)

    assert "Your answers before the workshop:" in pre.text
    assert '<li class=" is-chosen">Nobody: keep it to yourself' in pre.text
    assert pre.text.count("result--wrong") == 2
    assert_every_explanation(pre.text)


def test_the_end_page_shows_the_score_before_and_after_the_workshop(client, open_session):
    join(client, open_session)
    take(client, open_session, ONE_RIGHT)
    session_post_test_open(session=open_session)
    post_url = take(client, open_session, ALL_RIGHT).request["PATH_INFO"]

    done = end_page(client, open_session)

    assert "Before the workshop: 1/3" in done.text
    assert "After the workshop: 3/3" in done.text
    assert f'href="{post_url}"' in done.text


def test_a_latecomer_who_took_only_the_post_test_sees_their_score_and_the_explanations(
    client, open_session
):
    session_post_test_open(session=open_session)
    join(client, open_session)

    post = take(client, open_session, ONE_RIGHT)

    assert 'After the workshop: <span class="score__figure">1/3</span>' in post.text
    assert "Before the workshop" not in post.text
    assert_every_explanation(post.text)
    done = end_page(client, open_session)
    assert "After the workshop: 1/3" in done.text
    assert "Before the workshop" not in done.text


def test_a_quiz_asked_only_before_the_workshop_keeps_its_answers_for_the_workshop(client, tree):
    QuizFactory(modules=[tree.module], use="pre")
    session = session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="en",
            scheduled_start=timezone.now(),
        )
    )
    join(client, session)

    pre = take(client, session, ALL_RIGHT)

    assert "Now comes the workshop: it will talk about these questions." in pre.text
    assert_no_mark_nor_answers(pre.text)
    done = end_page(client, session)
    assert_no_mark_nor_answers(done.text)
    assert "Hand this phone to the next person" in done.text


def test_the_next_person_on_a_shared_phone_sees_no_mark_after_their_pre_test(client, open_session):
    join(client, open_session)
    take(client, open_session, ONE_RIGHT)
    session_post_test_open(session=open_session)
    take(client, open_session, ALL_RIGHT)
    done = end_page(client, open_session)
    assert "Hand this phone to the next person" in done.text

    client.post(reverse("join_next_person", args=[open_session.join_code]))
    join(client, open_session)
    post = take(client, open_session, ONE_RIGHT)  # the post-test is open: the next person's

    assert 'After the workshop: <span class="score__figure">1/3</span>' in post.text
    assert "Before the workshop" not in post.text  # not the first person's pre-test


@pytest.fixture
def spanish_session(tree, quiz):
    """An open Spanish session whose quiz is written in Spanish, explanations included."""
    page_translated(tree.campaign, "es", slug="golondrina-es", title="Golondrina")
    questions = copy.deepcopy(QUESTIONS)
    for question in questions:
        question["value"]["explanation"] = "ES: " + question["value"]["explanation"]
    quiz_translated(quiz, "es", title="Adultos de confianza", questions=json.dumps(questions))
    return session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="es",
            scheduled_start=timezone.now(),
        )
    )


def test_in_spanish_the_pre_test_thanks_without_a_mark_and_the_post_test_explains(
    spanish_session,
):
    phone = Client()
    join(phone, spanish_session)

    pre = take(phone, spanish_session, ONE_RIGHT)

    assert '<html lang="es">' in pre.text
    assert "<h1>Gracias</h1>" in pre.text
    assert "ES: " not in pre.text
    assert_no_mark_nor_answers(pre.text)

    session_post_test_open(session=spanish_session)
    post = take(phone, spanish_session, ALL_RIGHT)

    assert "<h1>Tu resultado</h1>" in post.text
    assert ">1/3</span>" in post.text and ">3/3</span>" in post.text
    assert "correcta" in post.text
    for explanation in EXPLANATIONS:
        assert f"ES: {explanation}" in post.text
