"""On the trainer's phone, the next step stays in reach: a bar at the bottom of the screen holds
it (open the post-test, else close; the headcount), and the survey results and free texts are
folded away until asked for."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from tests.surveys.test_survey_results import adults_session, answer  # noqa: F401
from tests.workshops.factories import SessionFactory
from workshops.services import session_close, session_post_test_open

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(people, open_session):
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


def next_step(client, session) -> str:
    """The bar that holds the next step (fixed to the bottom of a phone's screen by faro.css)."""
    page = client.get(reverse("trainer:session_detail", args=[session.pk])).text
    bars = re.findall(
        r'<section class="session-actions action-bar"[^>]*>(.*?)</section>', page, re.S
    )
    assert len(bars) == 1, "one bar with the next step"
    return bars[0]


def actions(bar: str) -> list[str]:
    """The buttons and links of the bar, primary first."""
    return [
        ("primary " if "btn-primary" in attributes else "") + " ".join(label.split())
        for attributes, label in re.findall(
            r'<(?:a|button) class="([^"]*)"[^>]*>(.*?)</(?:a|button)>', bar, re.S
        )
    ]


def test_a_planned_session_has_opening_it_as_its_next_step(trainer, people, tree):
    planned = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    assert actions(next_step(trainer, planned)) == ["primary Open session and show the code"]


def test_during_the_workshop_the_next_step_is_opening_the_post_test(trainer, open_session):
    bar = next_step(trainer, open_session)
    assert actions(bar) == ["primary Workshop over: open the post-test", "Record headcount"]
    assert reverse("trainer:session_post_test_open", args=[open_session.pk]) in bar
    page = trainer.get(reverse("trainer:session_detail", args=[open_session.pk])).text
    assert page.count("Workshop over: open the post-test") == 1  # and nowhere else
    assert "Close session" in page  # still there, among the other actions


def test_once_the_post_test_is_open_the_next_step_is_closing(trainer, open_session):
    session_post_test_open(session=open_session)
    bar = next_step(trainer, open_session)
    assert actions(bar) == ["primary Close session", "Record headcount"]
    assert reverse("trainer:session_close", args=[open_session.pk]) in bar


def test_a_closed_session_has_the_headcount_as_its_next_step(trainer, open_session):
    session_close(session=open_session)
    assert actions(next_step(trainer, open_session)) == ["primary Record headcount"]


def test_the_bar_is_fixed_to_the_bottom_of_narrow_screens(settings):
    css = (settings.BASE_DIR / "static" / "css" / "faro.css").read_text()
    narrow = css[css.index("@media (max-width: 47.99em)") :]
    rule = narrow[narrow.index(".action-bar {") : narrow.index("}")]
    assert "position: fixed" in rule and "bottom: 0" in rule


def test_a_reader_who_may_not_change_the_session_gets_no_bar(people, open_session):
    client = Client()
    client.force_login(people.coordinator)
    page = client.get(reverse("trainer:session_detail", args=[open_session.pk])).text
    assert "action-bar" not in page


def test_survey_results_and_free_texts_are_folded_until_asked_for(people, adults_session):  # noqa: F811
    answer(adults_session, "More games, please")
    answer(adults_session, "Longer, please")
    client = Client()
    client.force_login(people.trainer)
    page = client.get(reverse("trainer:session_detail", args=[adults_session.pk])).text
    results = page[page.index('<section class="survey-results"') :]
    results = results[: results.index("</section>")]
    folded = re.search(
        r"<details class=\"fold\">\s*<summary>Show the results of 1 survey</summary>", results
    )
    assert folded, "the survey results are folded"
    assert results.index("Show the results of 1 survey") < results.index("Very useful")
    texts = re.search(
        r'<details class="fold fold--texts">\s*<summary>Read 2 written answers</summary>'
        r"(.*?)</details>",
        results,
        re.S,
    )
    assert texts and "More games, please" in texts.group(1)
    # The bar with the next step comes before the results, which no longer push it down.
    assert page.index("action-bar") < page.index("survey-results")
