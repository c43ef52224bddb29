"""Every figure on the trainer's live panel says what it counts: phones, or people on paper."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from participation.selectors import session_progress
from surveys.models import Response
from tests.participation.test_paper_mode import tally_data, tally_url
from tests.participation.test_trainer_live_panel import figures
from tests.quizzes.factories import C_TRUSTED_ADULT, Q_SINGLE, QuizFactory
from tests.surveys.factories import SurveyFactory
from workshops.models import Participant

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(people, open_session) -> Client:
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


def phone_joins(session) -> Participant:
    return Participant.objects.create(
        session=session, role="students", age_band="10-13", language="en"
    )


def answered(participant, survey, phase: str) -> None:
    Response.objects.create(
        key=uuid.uuid4(),
        participant=participant,
        session=participant.session,
        survey=survey,
        survey_key=survey.translation_key,
        revision_id=survey.live_revision_id,
        phase=phase,
        answers_digest="0" * 64,
    )


def test_paper_sheets_count_people_per_test_not_sheets_of_every_quiz(
    trainer, open_session, quiz, tree
):
    """Three women answered the two quizzes of the pre-test on paper: three people, six
    sheets."""
    second = QuizFactory(modules=[tree.module])
    for each in (quiz, second):
        response = trainer.post(
            tally_url(open_session, each), tally_data(3, {(Q_SINGLE, C_TRUSTED_ADULT): 3})
        )
        assert response.status_code == 302

    live = trainer.get(reverse("trainer:session_live", args=[open_session.pk])).text

    assert figures(live)["People on paper, pre-test"] == 3
    assert "Phones joined" in figures(live)


def test_a_survey_asked_before_and_after_is_counted_in_each_part(open_session, tree):
    """Survey answers before the workshop count the phones that answered it then, whether or
    not the phone is used again after it (a person who changed phones)."""
    survey = SurveyFactory(campaign=tree.campaign, use="both")
    phones = [phone_joins(open_session) for _ in range(4)]
    for phone in phones[:3]:
        answered(phone, survey, "pre")
    answered(phones[3], survey, "post")  # the fourth phone: someone's second phone

    progress = session_progress(session=open_session)

    assert (progress.joined, progress.pre_survey_done, progress.post_survey_done) == (4, 3, 1)


def test_the_panel_says_that_phones_are_counted(trainer, open_session):
    html = trainer.get(reverse("trainer:session_detail", args=[open_session.pk])).text

    assert set(figures(html)) == {
        "Phones joined",
        "Phones done with the pre-test",
        "Phones done with the post-test",
    }
    assert "a person who changed phones counts once per phone" in html
