"""The wait page moves on by itself: its script asks `quiz:progress` where the participant goes
next, and the answer names the post-test as soon as the trainer opens it (the page's button stays
for phones without JavaScript)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from tests.participation.test_participant_journey import join, take
from tests.quizzes.factories import ALL_RIGHT
from tests.workshops.factories import SessionFactory
from workshops.services import session_close, session_open, session_post_test_open

pytestmark = pytest.mark.django_db


def ask(phone: Client, session):
    return phone.get(reverse("quiz:progress", args=[session.join_code]))


@pytest.fixture
def waiting(open_session) -> Client:
    """A phone that joined and took the pre-test: it is on the wait page."""
    phone = Client()
    join(phone, open_session)
    take(phone, open_session, ALL_RIGHT)
    page = phone.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert page.request["PATH_INFO"] == reverse("quiz:wait", args=[open_session.join_code])
    return phone


def test_a_waiting_phone_is_told_to_wait_until_the_trainer_opens_the_post_test(
    waiting, open_session
):
    answer = ask(waiting, open_session)
    assert answer.status_code == 200
    assert answer.json() == {"next": None, "retry_after": 5}
    assert "no-store" in answer["Cache-Control"]

    session_post_test_open(session=open_session)
    answer = ask(waiting, open_session)
    assert answer.status_code == 200
    post_test = answer.json()["next"]
    assert "/post/" in post_test
    assert waiting.get(post_test).status_code == 200  # the post-test itself, not a redirect


def test_a_waiting_phone_whose_session_closes_is_sent_to_what_it_must_see(waiting, open_session):
    session_close(session=open_session)
    answer = ask(waiting, open_session)
    assert answer.status_code == 200
    assert answer.json() == {"next": reverse("quiz:next", args=[open_session.join_code])}


def test_a_stranger_or_another_sessions_participant_gets_no_answer(waiting, tree, open_session):
    assert ask(Client(), open_session).status_code == 404
    other = session_open(
        session=SessionFactory(
            campaign=tree.campaign,
            modules=[tree.module],
            language="en",
            scheduled_start=timezone.now(),
        )
    )
    # The test client sends its cookies on every path: as if the phone asked about the other code.
    assert ask(waiting, other).status_code == 404
    session_close(session=other)
    assert ask(waiting, other).status_code == 404
    assert ask(Client(), open_session).content == b""


def test_asking_writes_nothing_sets_no_cookie_and_reads_no_more_than_the_wait_page(
    waiting, open_session
):
    wait_url = reverse("quiz:wait", args=[open_session.join_code])
    waiting.get(wait_url)  # the content caches are warm, as they are in a class
    with CaptureQueriesContext(connection) as wait_page:
        assert waiting.get(wait_url).status_code == 200
    with CaptureQueriesContext(connection) as asked:
        answer = ask(waiting, open_session)
    assert answer.status_code == 200
    assert len(asked) <= len(wait_page)
    # The participant and their session, their attempts and survey answers, the content version.
    assert len(asked) <= 4
    assert all(query["sql"].lstrip().upper().startswith("SELECT") for query in asked)
    assert answer.cookies == {}


def test_the_wait_page_loads_its_script_and_keeps_the_button(waiting, open_session):
    page = waiting.get(reverse("quiz:wait", args=[open_session.join_code])).content.decode()
    assert '<script src="/static/js/wait.js" defer></script>' in page
    assert f'data-progress-url="{reverse("quiz:progress", args=[open_session.join_code])}"' in page
    assert "Is the last quiz open?" in page
    assert f'action="{reverse("quiz:next", args=[open_session.join_code])}"' in page
    assert "http-equiv" not in page
