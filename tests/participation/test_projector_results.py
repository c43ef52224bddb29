"""The projector shows the class its results, question by question, to talk about what it got
wrong; after the post-test, before and after side by side and the class's gain. Nothing about
fewer than 5 minors."""

import re
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from participation.selectors import session_room
from quizzes.questions import content_at_revision
from quizzes.services import AttemptSubmission, attempt_submit
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_NOBODY,
    C_TEACHER,
    C_TRUSTED_ADULT,
    ONE_RIGHT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
)
from workshops.services import ParticipantProfile, participant_join, session_post_test_open

pytestmark = pytest.mark.django_db

NOBODY = "Nobody: keep it to yourself"


def person(session, *, age_band: str = "10-13"):
    profile = ParticipantProfile(role="students", age_band=age_band, language="en")
    return participant_join(session=session, profile=profile)


def answer(participant, quiz, phase: str, answers: dict[str, list[str]]) -> None:
    """What a phone sends: the quiz as its live revision has it, answered."""
    revision_id = quiz.live_revision_id
    attempt_submit(
        participant=participant,
        submission=AttemptSubmission(
            key=uuid.uuid4(),
            quiz=quiz,
            revision_id=revision_id,
            content=content_at_revision(revision_id),
            phase=phase,
            answers={key: frozenset(chosen) for key, chosen in answers.items()},
        ),
    )


def pre_test(session, quiz, right: int, half_right: int, *, age_band: str = "10-13") -> list:
    """`right` people answer everything right, `half_right` pick "Nobody" and half the teachers."""
    people = [person(session, age_band=age_band) for _ in range(right + half_right)]
    for index, participant in enumerate(people):
        answer(participant, quiz, "pre", ALL_RIGHT if index < right else ONE_RIGHT)
    return people


@pytest.fixture
def trainer(people, open_session):
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


def projector(client, session) -> str:
    response = client.get(reverse("trainer:session_projector", args=[session.pk]))
    assert response.status_code == 200
    return response.text


def live(client, session) -> str:
    response = client.get(reverse("trainer:session_projector_live", args=[session.pk]))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    return response.text


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_after_the_pre_test_each_question_shows_its_share_right_and_the_wrong_answer_chosen_most(
    trainer, open_session, quiz
):
    pre_test(open_session, quiz, right=3, half_right=2)

    room = session_room(session=open_session, languages=["en"])
    assert room.joined == 5 and room.phase == "workshop"
    (results,) = room.results
    assert results.pre.shown and not results.post.people
    questions = {row.key: row.pre for row in results.questions}
    assert (questions[Q_SINGLE].percent_correct, questions[Q_SINGLE].wrong_choice) == (60, NOBODY)
    assert questions[Q_SINGLE].percent_wrong_choice == 40
    # Half the teachers is wrong, but no wrong choice was ticked: there is none to name.
    assert (questions[Q_MULTIPLE].percent_correct, questions[Q_MULTIPLE].wrong_choice) == (60, "")
    assert questions[Q_TRUE_FALSE].percent_correct == 100
    assert results.pre.mean_percent == 73  # (3 people at 100% + 2 at 1/3) / 5
    assert results.gain is None

    page = projector(trainer, open_session)
    assert "js/projector.js" in page
    assert (
        f'data-live-url="{reverse("trainer:session_projector_live", args=[open_session.pk])}"'
        in page
    )
    shown = text(page)
    assert "5 people have joined" in shown
    assert "60% right" in shown and "100% right" in shown
    assert f"Wrong answer chosen most: “{NOBODY}” (40%)" in shown
    assert 'class="class-chart"' in page and 'width="60"' in page
    assert 'class="projector-live projector-live--results"' in page
    # Without JavaScript, a link reloads the page.
    assert f'href="{reverse("trainer:session_projector", args=[open_session.pk])}">Refresh' in page
    assert text(live(trainer, open_session)).count("% right") == 3


def test_after_the_post_test_before_and_after_show_side_by_side_with_the_class_gain(
    trainer, open_session, quiz
):
    people = pre_test(open_session, quiz, right=3, half_right=2)
    session_post_test_open(session=open_session)
    for participant in people:
        answer(participant, quiz, "post", ALL_RIGHT)

    (results,) = session_room(session=open_session, languages=["en"]).results
    assert (results.pre.mean_percent, results.post.mean_percent, results.gain) == (73, 100, 27)
    single = next(row for row in results.questions if row.key == Q_SINGLE)
    assert (single.pre.percent_correct, single.post.percent_correct) == (60, 100)

    shown = text(live(trainer, open_session))
    assert "After the workshop" in shown
    assert "Average score Before the workshop 73% After the workshop 100% Gain +27 points" in shown
    assert re.search(r"Before the workshop .*60% right After the workshop .*100% right", shown)


def test_with_minors_no_figure_shows_until_five_people_have_answered(trainer, open_session, quiz):
    pre_test(open_session, quiz, right=4, half_right=0)
    for page in (projector(trainer, open_session), live(trainer, open_session)):
        shown = text(page)
        assert "Results appear once 5 people have answered." in shown
        assert "% right" not in shown and "Average" not in shown
    (results,) = session_room(session=open_session, languages=["en"]).results
    assert results.pre.withheld and results.pre.questions == {}

    pre_test(open_session, quiz, right=1, half_right=0)
    assert "Results appear once" not in live(trainer, open_session)
    assert "100% right" in text(live(trainer, open_session))


def test_after_the_post_test_a_phase_taken_by_fewer_than_five_minors_stays_hidden(
    trainer, open_session, quiz
):
    people = pre_test(open_session, quiz, right=3, half_right=2)
    session_post_test_open(session=open_session)
    for participant in people[:2]:
        answer(participant, quiz, "post", ALL_RIGHT)
    shown = text(live(trainer, open_session))
    assert "Average score Before the workshop 73% After the workshop:" in shown
    assert "After the workshop: Results appear once 5 people have answered." in shown
    assert "After the workshop 100%" not in shown and "Gain" not in shown


def test_an_adults_only_session_shows_the_figures_of_fewer_than_five(trainer, open_session, quiz):
    open_session.age_band = "18+"
    open_session.audience = "teachers"
    open_session.save()
    participant = person(open_session, age_band="18+")
    answer(participant, quiz, "pre", {Q_SINGLE: [C_NOBODY], Q_MULTIPLE: [C_TEACHER]})
    shown = text(live(trainer, open_session))
    assert "Results appear once" not in shown
    assert "0% right" in shown and f"“{NOBODY}” (100%)" in shown

    # One teenager among the adults, and the same rule as for a class of children holds.
    answer(person(open_session, age_band="14-17"), quiz, "pre", ALL_RIGHT)
    assert "Results appear once 5 people have answered." in text(live(trainer, open_session))


def test_the_projector_and_its_live_part_cost_the_same_queries_however_many_answered(
    trainer, open_session, quiz
):
    def counted(url: str) -> int:
        trainer.get(url)  # the content cache filled, as on every refresh after the first
        with CaptureQueriesContext(connection) as queries:
            assert trainer.get(url).status_code == 200
        return len(queries)

    urls = [
        reverse("trainer:session_projector", args=[open_session.pk]),
        reverse("trainer:session_projector_live", args=[open_session.pk]),
    ]
    people = pre_test(open_session, quiz, right=3, half_right=2)
    few = [counted(url) for url in urls]
    session_post_test_open(session=open_session)
    for participant in people:
        answer(participant, quiz, "post", ALL_RIGHT)
    people += pre_test(open_session, quiz, right=10, half_right=5)
    many = [counted(url) for url in urls]
    assert many == few
    assert max(many) <= 12, many


def test_the_projector_speaks_spanish_to_a_spanish_room(trainer, open_session, quiz):
    pre_test(open_session, quiz, right=3, half_right=2)
    trainer.cookies["django_language"] = "es"
    shown = text(projector(trainer, open_session))
    assert "Antes del taller" in shown or "Durante el taller" in shown
    assert "Volver a la sesión" in shown
    assert "Back to the session" not in shown


def test_a_planned_session_has_no_projector_and_a_closed_one_shows_its_results(
    trainer, people, open_session, quiz
):
    from tests.workshops.factories import SessionFactory
    from workshops.services import session_close

    planned = SessionFactory(campaign=open_session.campaign, trainer=people.trainer)
    assert trainer.get(reverse("trainer:session_projector", args=[planned.pk])).status_code == 302
    assert (
        trainer.get(reverse("trainer:session_projector_live", args=[planned.pk])).status_code == 404
    )
    pre_test(open_session, quiz, right=5, half_right=0)
    session_close(session=open_session)
    page = projector(trainer, open_session)
    assert "qr-code" not in page and "data-live-url" not in page
    assert "100% right" in text(page)


def test_the_session_page_folds_the_same_figures(trainer, open_session, quiz):
    pre_test(open_session, quiz, right=3, half_right=2)
    page = trainer.get(reverse("trainer:session_detail", args=[open_session.pk])).text
    folded = re.search(
        r'<details class="fold">\s*<summary>Show the class.s results</summary>(.*?)</details>',
        page,
        re.S,
    )
    assert folded, "the class's results are folded on the session page"
    assert "60% right" in text(folded.group(1))
    assert C_TRUSTED_ADULT not in page
