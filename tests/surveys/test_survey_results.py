"""The trainer reads the session's survey results; free text stays with the trainer and the
campaign's coordinators, escaped, and a possible disclosure is flagged for the trainer only."""

import pytest
from django.test import Client
from django.urls import reverse

from surveys.disclosure import disclosure_term, text_discloses
from surveys.models import ResponseAnswer
from tests.participation.test_participant_journey import join
from tests.participation.test_survey_flow import session_without_quiz, survey_page
from tests.surveys.factories import ANSWERS, S_FREE_TEXT, SurveyFactory, survey_form_data
from workshops.models import CampaignPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def adults_session(tree, people):
    CampaignPage.objects.filter(pk=tree.campaign.pk).update(
        disclosure_words="me toca\nsecreto\nabuso"
    )
    session = session_without_quiz(tree, age_band="18+", audience="teachers")
    session.trainer = people.trainer
    session.save()
    SurveyFactory(campaign=tree.campaign, use="pre")
    return session


def answer(session, text=""):
    phone = Client()
    join(phone, session, role="teachers", age_band="18+")
    page = survey_page(phone, session)
    answers = {**ANSWERS, **({S_FREE_TEXT: text} if text else {})}
    assert (
        phone.post(page.request["PATH_INFO"], survey_form_data(page.context, answers)).status_code
        == 302
    )
    return phone


def session_page(user, session) -> str:
    client = Client()
    client.force_login(user)
    return client.get(reverse("trainer:session_detail", args=[session.pk])).text


def test_the_trainer_sees_how_many_chose_each_answer(people, adults_session):
    answer(adults_session)
    answer(adults_session)
    html = session_page(people.trainer, adults_session)
    assert "Survey results" in html
    assert "2 responses" in html
    assert '<th scope="row">Very useful</th><td class="num">2</td>' in html
    assert '<th scope="row">Strongly agree</th><td class="num">2</td>' in html


def test_free_text_is_shown_escaped(people, adults_session):
    answer(adults_session, "<script>alert('x')</script> more games")
    html = session_page(people.trainer, adults_session)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; more games" in html
    assert "<script>alert('x')</script>" not in html


def test_a_possible_disclosure_is_flagged_for_the_trainer_only(people, adults_session):
    phone = answer(adults_session, "Mi tío me TOCA y dice que es un secreto")
    other = answer(adults_session, "Los abusones del recreo")  # not the word "abuso"
    flags = dict(
        ResponseAnswer.objects.filter(question_key=S_FREE_TEXT).values_list("text", "flagged")
    )
    assert flags == {
        "Mi tío me TOCA y dice que es un secreto": True,
        "Los abusones del recreo": False,
    }

    trainer = session_page(people.trainer, adults_session)
    assert "Some answers may be a disclosure" in trainer
    assert "<strong>Flagged:</strong> Mi tío me TOCA" in trainer

    coordinator = session_page(people.coordinator, adults_session)
    assert "Mi tío me TOCA" in coordinator  # coordinators read the texts...
    assert (
        "Flagged:" not in coordinator and "may be a disclosure" not in coordinator
    )  # ...not flags

    admin = session_page(people.admin, adults_session)
    assert "Mi tío me TOCA" not in admin  # an administrator is neither
    assert "1 written answer" in admin or "2 written answers" in admin

    for participant_phone in (phone, other):
        done = participant_phone.get(
            reverse("quiz:next", args=[adults_session.join_code]), follow=True
        )
        assert "Mi tío" not in done.text and "abusones" not in done.text


def test_disclosure_words_match_whole_words_whatever_the_case():
    terms = tuple(disclosure_term(term, language="es") for term in ("abuso", "me toca"))
    assert text_discloses("Hubo ABUSO", terms)
    assert text_discloses("ÉL ME TOCA", terms)
    assert not text_discloses("los abusones", terms)
    assert not text_discloses("nada que ver", ())


def test_a_removed_joiners_survey_answers_leave_the_trainers_results(people, adults_session):
    answer(adults_session, "kept")
    answer(adults_session, "from a phone that was not in the room")
    stranger = ResponseAnswer.objects.get(text__startswith="from a phone").response.participant
    trainer = Client()
    trainer.force_login(people.trainer)
    trainer.post(
        reverse("trainer:session_participant_remove", args=[adults_session.pk]),
        {"participant": stranger.pk},
    )

    html = session_page(people.trainer, adults_session)
    assert "1 response" in html and "2 responses" not in html
    assert '<th scope="row">Very useful</th><td class="num">1</td>' in html
    assert "not in the room" not in html and "kept" in html
