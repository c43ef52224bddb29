"""Paper mode, one sheet at a time: the trainer types in each answer sheet on their phone, and
paper gives what phones give (scores, pre/post pairs by code, survey results), beside the class
tally for speed, with an answer key for the trainer in the printed pack."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse

from participation.selectors import session_progress, session_room
from participation.services import paper_quiz_sheet_submit
from quizzes.models import Attempt
from quizzes.selectors import prepost_matching, session_attempt_counts
from reach.models import QuizCell, SessionRollup
from reach.services.rollups import session_refresh
from surveys.models import Response
from surveys.selectors import session_survey_results
from tests.concurrency import at_once
from tests.participation.test_paper_mode import EIGHTEEN_SHEETS, tally_data, tally_url
from tests.participation.test_participant_journey import join, take
from tests.participation.test_pinned_content import OLD_TEXT, editor_publishes_a_change
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_NOBODY,
    C_TEACHER,
    ONE_RIGHT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
)
from tests.quizzes.test_attempt_submit import submission
from tests.surveys.factories import ANSWERS, S_FREE_TEXT, SurveyFactory
from workshops.models import Participant
from workshops.services import ParticipantProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(people, open_session) -> Client:
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


@pytest.fixture
def phone_participant(open_session) -> Participant:
    join(Client(), open_session)
    Participant.objects.update(join_key=uuid.uuid4())
    return Participant.objects.get()


def sheet_url(session, quiz, phase="pre") -> str:
    return reverse("trainer:session_paper_sheet", args=[session.pk, phase, quiz.translation_key])


def survey_sheet_url(session, survey, phase="post") -> str:
    return reverse(
        "trainer:session_paper_survey_sheet", args=[session.pk, phase, survey.translation_key]
    )


def sheet_data(page, answers: dict, prefix="q-", **person) -> dict:
    """What the trainer's phone sends: the form's key, the sheet's ticks, who filled it in."""
    form = page.context["form"]
    data = {
        "key": str(form["key"].value()),
        "revision": str(form["revision"].value()),
        "role": form["role"].value(),
        "age_band": form["age_band"].value(),
        "gender": form["gender"].value(),
        "code": "",
    }
    data.update({f"{prefix}{key}": value for key, value in answers.items()})
    data.update(person)
    return data


def enter_sheet(trainer, url, answers, **person):
    page = trainer.get(url)
    assert page.status_code == 200
    response = trainer.post(url, sheet_data(page, answers, **person))
    assert response.status_code == 302, response.text[:3000]
    return response


def test_a_sheet_typed_in_is_scored_and_the_form_comes_back_empty(trainer, open_session, quiz):
    response = enter_sheet(trainer, sheet_url(open_session, quiz), ONE_RIGHT, code="m 03 1 b")

    page = trainer.get(response.url)
    assert "Sheet 1 saved: 1 of 3 correct." in page.text
    assert "Correct or delete the sheet just saved" in page.text
    assert "checked" not in page.text  # empty for the next sheet
    attempt = Attempt.objects.get()
    assert (attempt.correct_count, attempt.question_count, attempt.phase) == (1, 3, "pre")
    sheet = attempt.participant
    assert sheet.from_paper and sheet.cookie_key is None
    assert (sheet.role, sheet.age_band, sheet.sgic) == ("students", "10-13", "M031B")
    assert sheet.session_id == open_session.pk


def test_a_sheet_is_a_sheet_not_a_phone_in_the_room(trainer, open_session, quiz):
    enter_sheet(trainer, sheet_url(open_session, quiz), ALL_RIGHT)

    progress = session_progress(session=open_session)
    assert (progress.joined, progress.pre_done, progress.pre_paper) == (0, 0, 1)
    assert session_room(session=open_session, languages=["en"]).joined == 0
    detail = trainer.get(reverse("trainer:session_detail", args=[open_session.pk])).text
    assert "Paper sheet" in detail


def test_sheets_and_the_class_tally_add_up_without_counting_a_sheet_twice(
    trainer, open_session, quiz
):
    join(Client(), open_session)  # one phone, that has not answered yet
    enter_sheet(trainer, sheet_url(open_session, quiz), ALL_RIGHT)
    enter_sheet(trainer, sheet_url(open_session, quiz), ONE_RIGHT)
    trainer.post(tally_url(open_session, quiz), tally_data(18, EIGHTEEN_SHEETS))

    assert session_attempt_counts(session=open_session) == {"pre": 2 + 18, "post": 0}
    assert session_progress(session=open_session).pre_paper == 20
    paper = trainer.get(reverse("trainer:session_paper", args=[open_session.pk])).text
    assert "Sheets entered one by one" in paper and "Class tally (the other sheets)" in paper
    assert "<td>2 · " in paper and "<td>18 · " in paper
    assert session_progress(session=open_session).joined == 1
    session_refresh(session_id=open_session.pk)
    assert SessionRollup.objects.get(session=open_session).joined == 1  # sheets are no phones
    cells = QuizCell.objects.filter(session=open_session, phase="pre")
    assert sum(cell.attempts for cell in cells) == 2
    assert sum(cell.paper_sheets for cell in cells) == 18


def test_a_pre_and_a_post_sheet_with_the_same_code_make_a_pair_with_a_gain(
    trainer, open_session, quiz
):
    enter_sheet(trainer, sheet_url(open_session, quiz, "pre"), ONE_RIGHT, code="M031B")
    enter_sheet(trainer, sheet_url(open_session, quiz, "post"), ALL_RIGHT, code="m031b")

    matching = prepost_matching(session_ids=[open_session.pk])
    assert [(pair.by, round(pair.gain)) for pair in matching.pairs] == [("code", 67)]
    session_refresh(session_id=open_session.pk)
    post = QuizCell.objects.get(session=open_session, phase="post")
    assert post.pairs == 1
    assert (post.pair_pre_correct, post.pair_post_correct) == (1, 3)


def test_a_post_sheet_pairs_with_a_phones_pre_test_by_its_code(trainer, open_session, quiz):
    phone = Client()
    join(phone, open_session)  # code M031B
    take(phone, open_session, ONE_RIGHT)

    enter_sheet(trainer, sheet_url(open_session, quiz, "post"), ALL_RIGHT, code="M031B")

    (pair,) = prepost_matching(session_ids=[open_session.pk]).pairs
    assert pair.by == "code" and pair.post.score_percent == 100


def test_a_sheet_sent_twice_counts_once(trainer, open_session, quiz):
    url = sheet_url(open_session, quiz)
    data = sheet_data(trainer.get(url), ALL_RIGHT, code="M031B")

    for _ in range(3):  # a double tap, then a resend on weak Wi-Fi
        assert trainer.post(url, data).status_code == 302

    assert Attempt.objects.count() == 1
    assert Participant.objects.filter(from_paper=True).count() == 1
    other = trainer.post(url, {**data, f"q-{Q_SINGLE}": C_NOBODY})
    assert other.status_code == 400
    assert "already saved as a sheet with other answers" in other.text
    assert Attempt.objects.count() == 1


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_same_sheet_sent_four_times_at_once_is_saved_once(open_session, quiz):
    sent = submission(quiz)
    profile = ParticipantProfile(role="students", age_band="10-13", language="en", sgic="M031B")

    results, errors = at_once(
        *[lambda: paper_quiz_sheet_submit(session=open_session, profile=profile, submission=sent)]
        * 4
    )

    assert errors == []
    assert sorted(created for _attempt, created in results) == [False, False, False, True]
    assert Attempt.objects.count() == 1
    assert Participant.objects.filter(from_paper=True).count() == 1


def test_a_sheet_without_a_choice_for_a_question_is_refused_and_what_was_typed_kept(
    trainer, open_session, quiz
):
    url = sheet_url(open_session, quiz)
    answers = {Q_SINGLE: C_NOBODY, Q_MULTIPLE: [C_TEACHER]}  # nothing for the third question

    response = trainer.post(url, sheet_data(trainer.get(url), answers, code="M031B"))

    assert response.status_code == 400
    assert "Choose an answer to this question." in response.text
    assert 'value="M031B"' in response.text
    assert f'value="{C_NOBODY}" checked' in response.text
    assert not Attempt.objects.exists() and not Participant.objects.exists()


def test_a_malformed_code_is_refused_with_what_a_code_is(trainer, open_session, quiz):
    url = sheet_url(open_session, quiz)
    for code in ("12345", "M13 1B", "MB", "M031"):
        response = trainer.post(url, sheet_data(trainer.get(url), ALL_RIGHT, code=code))
        assert response.status_code == 400, code
        assert "This is not a code" in response.text
        assert f'value="{code}"' in response.text
        assert f'value="{C_TEACHER}" checked' in response.text
    assert not Attempt.objects.exists()


def test_a_sheet_taken_back_stops_counting_and_comes_back_to_be_corrected(
    trainer, open_session, quiz
):
    saved = enter_sheet(trainer, sheet_url(open_session, quiz), ONE_RIGHT, code="M031B")
    attempt = Attempt.objects.get()

    response = trainer.post(
        reverse("trainer:session_paper_sheet_remove", args=[open_session.pk]),
        {"sheet": str(attempt.key)},
    )

    assert response.status_code == 302 and "again=" in response.url
    assert session_progress(session=open_session).pre_paper == 0
    assert Participant.objects.get().removed_at is not None
    again = trainer.get(response.url).text
    assert "The sheet was taken back" in again
    assert 'value="M031B"' in again
    assert f'value="{C_NOBODY}" checked' in again
    # The page of the sheet saved before no longer offers to take it back.
    assert "Correct or delete" not in trainer.get(saved.url).text


def test_only_the_sessions_trainer_enters_sheets(people, open_session, quiz, tree, client):
    survey = SurveyFactory(campaign=tree.campaign)
    urls = [sheet_url(open_session, quiz), survey_sheet_url(open_session, survey)]
    remove = reverse("trainer:session_paper_sheet_remove", args=[open_session.pk])
    client.force_login(people.other_trainer)
    for url in urls:
        assert client.get(url).status_code == 404
        assert client.post(url, {}).status_code == 404
    assert client.post(remove, {"sheet": "x"}).status_code == 404
    client.force_login(people.coordinator)
    for url in urls:
        assert client.get(url).status_code == 403
    assert client.post(remove, {"sheet": "x"}).status_code == 403
    assert not Participant.objects.exists()


def test_taking_back_a_sheet_that_is_not_one_says_so(trainer, open_session, phone_participant):
    remove = reverse("trainer:session_paper_sheet_remove", args=[open_session.pk])
    for sheet in ("", "x", str(phone_participant.join_key)):  # a phone is no sheet
        response = trainer.post(remove, {"sheet": sheet}, follow=True)
        assert "is not one of this session" in response.text
    assert Participant.objects.get().removed_at is None


def test_survey_sheets_count_in_the_sessions_survey_results(trainer, tree, open_session):
    survey = SurveyFactory(campaign=tree.campaign)
    url = survey_sheet_url(open_session, survey)
    page = trainer.get(url)
    assert page.status_code == 200
    assert f"s-{S_FREE_TEXT}" not in page.text  # students 10-13: never free text on paper

    for _ in range(5):
        page = trainer.get(url)
        response = trainer.post(url, sheet_data(page, ANSWERS, prefix="s-"))
        assert response.status_code == 302, response.text[:3000]
    assert "Sheet 5 saved." in trainer.get(response.url).text

    assert Response.objects.filter(participant__from_paper=True).count() == 5
    (result,) = session_survey_results(
        session=open_session, language="en", with_texts=True, with_flags=True
    )
    assert result.responses == 5
    paper = trainer.get(reverse("trainer:session_paper", args=[open_session.pk])).text
    assert "Survey sheets entered" in paper


def test_the_answer_key_marks_the_right_answers_for_the_trainer_only(trainer, open_session, quiz):
    paper = trainer.get(reverse("trainer:session_paper", args=[open_session.pk])).text
    key = paper[paper.index('<section class="paper-key"') :]
    assert "Answer key — for the trainer" in key
    assert "<strong>✓ A trusted adult</strong>" in key
    assert (
        "<strong>✓ Your teacher</strong>" in key
        and "<strong>✓ The school counsellor</strong>" in key
    )
    assert "Someone you met online" in key and "<strong>✓ Someone you met online" not in key
    assert "A trusted adult can help you. It is never your fault." in key
    assert 'id="paper-key-show"' in paper  # shown on screen only when asked for
    # Not on the sheets the class fills in, nor on a participant's phone.
    sheets = paper[: paper.index('<section class="paper-key"')]
    assert "✓" not in sheets and "It is never your fault" not in sheets
    phone = Client()
    join(phone, open_session)
    quiz_page = phone.get(reverse("quiz:next", args=[open_session.join_code]), follow=True).text
    assert "Answer key" not in quiz_page and "It is never your fault" not in quiz_page


def test_a_sheet_is_scored_on_the_version_the_session_opened_with(trainer, open_session, quiz):
    opened_with = quiz.live_revision_id
    trainer.get(sheet_url(open_session, quiz))  # the session asks its pinned version
    editor_publishes_a_change(quiz)

    page = trainer.get(sheet_url(open_session, quiz))
    assert OLD_TEXT in page.text
    enter_sheet(trainer, sheet_url(open_session, quiz), ALL_RIGHT)

    attempt = Attempt.objects.get()
    assert attempt.revision_id == opened_with
    assert (attempt.correct_count, attempt.question_count) == (3, 3)
    paper = trainer.get(reverse("trainer:session_paper", args=[open_session.pk])).text
    assert OLD_TEXT in paper


def test_the_sheet_form_in_spanish(trainer, open_session, quiz):
    page = trainer.get(sheet_url(open_session, quiz), HTTP_ACCEPT_LANGUAGE="es")
    assert page.status_code == 200
    assert '<html lang="es"' in page.text
    assert page.text.count('<fieldset class="question') == 3
    assert 'name="code"' in page.text and f'name="q-{Q_TRUE_FALSE}"' in page.text
    response = trainer.post(
        sheet_url(open_session, quiz),
        sheet_data(page, ALL_RIGHT, code="M031B"),
        HTTP_ACCEPT_LANGUAGE="es",
    )
    assert response.status_code == 302
    paper = trainer.get(
        reverse("trainer:session_paper", args=[open_session.pk]), HTTP_ACCEPT_LANGUAGE="es"
    )
    assert paper.status_code == 200 and '<section class="paper-key"' in paper.text


def test_the_sheet_form_costs_few_queries(
    trainer, open_session, quiz, django_assert_max_num_queries
):
    """The page shown after each sheet saved, dozens of times per class."""
    saved = enter_sheet(trainer, sheet_url(open_session, quiz), ALL_RIGHT)
    with django_assert_max_num_queries(11):
        assert trainer.get(saved.url).status_code == 200
