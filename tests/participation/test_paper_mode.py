"""Paper mode: classes without phones answer on printed sheets, and the trainer's counts make
those sheets attempts in the figures."""

import pytest
from django.test import Client
from django.urls import reverse

from quizzes.models import PaperChoiceCount, PaperTally
from quizzes.selectors import session_attempt_counts
from reach.models import SessionChange
from tests.participation.test_participant_journey import join, take
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_COUNSELLOR,
    C_NOBODY,
    C_STRANGER_ONLINE,
    C_TEACHER,
    C_TRUSTED_ADULT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
)
from tests.surveys.factories import SurveyFactory
from tests.workshops.factories import SessionFactory

pytestmark = pytest.mark.django_db


def tally_data(sheets, ticks: dict[tuple[str, str], int]) -> dict:
    data = {"sheets": str(sheets)}
    data.update(
        {f"t-{question}-{choice}": str(count) for (question, choice), count in ticks.items()}
    )
    return data


EIGHTEEN_SHEETS = {
    (Q_SINGLE, C_TRUSTED_ADULT): 11,
    (Q_SINGLE, C_NOBODY): 5,
    (Q_SINGLE, C_STRANGER_ONLINE): 2,
    (Q_MULTIPLE, C_TEACHER): 15,
    (Q_MULTIPLE, C_COUNSELLOR): 9,
    (Q_TRUE_FALSE, "false"): 14,
    (Q_TRUE_FALSE, "true"): 4,
}


@pytest.fixture
def trainer(people, open_session) -> Client:
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


def tally_url(session, quiz, phase="pre"):
    return reverse("trainer:session_paper_tally", args=[session.pk, phase, quiz.translation_key])


def test_the_trainer_prints_answer_sheets_without_names_for_each_test(trainer, open_session):
    page = trainer.get(reverse("trainer:session_paper", args=[open_session.pk]))
    assert page.status_code == 200
    html = page.text
    assert html.count('class="paper-sheet"') == 2  # pre-test and post-test
    assert "Do not write your name." in html
    assert "Who should you tell if a touch makes you feel uncomfortable?" in html
    assert "tick every correct answer" in html


def test_paper_tallies_are_counted_as_attempts(trainer, open_session, quiz):
    phone = Client()
    join(phone, open_session)
    take(phone, open_session, ALL_RIGHT)

    response = trainer.post(tally_url(open_session, quiz), tally_data(18, EIGHTEEN_SHEETS))

    assert response.status_code == 302
    assert session_attempt_counts(session=open_session) == {"pre": 1 + 18, "post": 0}
    tally = PaperTally.objects.get()
    assert (tally.phase, tally.sheets, tally.quiz_key) == ("pre", 18, quiz.translation_key)
    assert tally.revision_id == quiz.live_revision_id
    counts = {(c.question_key, c.choice_key): c.count for c in PaperChoiceCount.objects.all()}
    assert counts == EIGHTEEN_SHEETS
    assert SessionChange.objects.filter(session=open_session, reason="paper").exists()
    live = trainer.get(reverse("trainer:session_live", args=[open_session.pk])).text
    assert "People on paper, pre-test</dt><dd>18</dd>" in live


def test_correcting_a_tally_replaces_it(trainer, open_session, quiz):
    trainer.post(tally_url(open_session, quiz), tally_data(18, EIGHTEEN_SHEETS))
    form = trainer.get(tally_url(open_session, quiz))
    assert 'value="18"' in form.text  # the counts are shown again to correct them
    trainer.post(tally_url(open_session, quiz), tally_data(20, {(Q_SINGLE, C_TRUSTED_ADULT): 20}))
    assert PaperTally.objects.get().sheets == 20
    assert list(PaperChoiceCount.objects.values_list("count", flat=True)) == [20]


def test_more_ticks_than_sheets_are_refused_and_the_earlier_tally_kept(trainer, open_session, quiz):
    trainer.post(tally_url(open_session, quiz), tally_data(18, EIGHTEEN_SHEETS))
    too_many = {**EIGHTEEN_SHEETS, (Q_SINGLE, C_NOBODY): 9}  # 11 + 9 + 2 ticks on 18 sheets
    response = trainer.post(tally_url(open_session, quiz), tally_data(18, too_many))
    assert response.status_code == 400
    assert "these ticks add up to 22, more than the 18 sheets" in response.text
    assert 'value="9"' in response.text  # what was typed is kept
    response = trainer.post(
        tally_url(open_session, quiz), tally_data(10, {(Q_MULTIPLE, C_TEACHER): 11})
    )
    assert "A choice has more ticks than there are sheets (10)." in response.text
    assert PaperTally.objects.get().sheets == 18
    assert PaperChoiceCount.objects.count() == len(EIGHTEEN_SHEETS)


def test_a_tally_without_sheets_is_refused(trainer, open_session, quiz):
    response = trainer.post(tally_url(open_session, quiz), {"sheets": ""})
    assert response.status_code == 400
    assert "Enter how many answer sheets came back." in response.text
    assert not PaperTally.objects.exists()


def test_paper_answers_wait_until_the_session_has_started(tree, people, quiz):
    planned = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    client = Client()
    client.force_login(people.trainer)
    response = client.post(tally_url(planned, quiz), tally_data(5, {}))
    assert response.status_code == 400
    assert "count the paper answers once it has" in response.text
    assert not PaperTally.objects.exists()


def test_only_the_sessions_trainer_enters_paper_answers(people, open_session, quiz, client):
    url = tally_url(open_session, quiz)
    client.force_login(people.other_trainer)
    assert client.post(url, tally_data(5, {})).status_code == 404
    client.force_login(people.coordinator)
    assert client.post(url, tally_data(5, {})).status_code == 403
    assert client.get(reverse("trainer:session_paper", args=[open_session.pk])).status_code == 200
    assert not PaperTally.objects.exists()


def test_the_survey_is_printed_too_without_free_text_for_minors(trainer, tree, open_session):
    SurveyFactory(campaign=tree.campaign)
    html = trainer.get(reverse("trainer:session_paper", args=[open_session.pk])).text
    assert html.count('class="paper-sheet"') == 3  # pre-test, post-test, survey
    assert "If someone hurts me, it is never my fault." in html
    assert "What would you change?" not in html  # students 10-13: no free text
