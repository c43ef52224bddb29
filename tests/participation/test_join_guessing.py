"""Join codes resist guessing without locking out a school: wrong codes are limited per client,
right ones never, and a session takes only so many people."""

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.urls import reverse

from tests.participation.test_participant_journey import PROFILE, join
from workshops.models import Participant
from workshops.throttle import client_key

pytestmark = pytest.mark.django_db


OTHER_ADDRESSES = ("203.0.113.7", "198.51.100.20")


@pytest.fixture
def few_failures(settings):
    settings.JOIN_FAILURES_ALLOWED = 3
    settings.JOIN_FAILURE_WINDOW_SECONDS = 300
    yield
    for address in OTHER_ADDRESSES:  # the cache outlives the test
        cache.delete(client_key(RequestFactory().get("/", REMOTE_ADDR=address)))


def guess(client, code: str = "ZZZZZZZZ"):
    return client.get(reverse("join_code", args=[code]))


def test_a_client_that_guesses_too_many_codes_is_asked_to_wait(client, open_session, few_failures):
    for wrong in ("ZZZZZZZZ", "YYYYYYYY"):
        assert guess(client, wrong).status_code == 404
    assert client.post(reverse("join"), {"code": "XXXX-XXXX"}).status_code == 404
    response = guess(client, "WWWWWWWW")
    assert response.status_code == 429
    assert response["Retry-After"] == "300"
    assert "Too many wrong codes" in response.text and "wait 5 minutes" in response.text
    # Right or wrong, the answer is the same: guessing on tells nothing.
    assert guess(client, open_session.join_code).status_code == 429
    assert client.post(reverse("join"), {"code": open_session.join_code}).status_code == 429
    assert response["Cache-Control"].startswith("max-age=0")


def test_a_whole_school_behind_one_address_joins_without_being_limited(open_session, few_failures):
    open_session.expected_size = 60
    open_session.save()
    for _ in range(40):
        join(Client(), open_session)  # every phone has the same address
    assert Participant.objects.filter(session=open_session).count() == 40


def test_a_phone_that_joined_carries_on_while_its_address_is_limited(
    client, open_session, few_failures
):
    join(client, open_session)
    guesser = Client()
    for _ in range(4):
        guess(guesser)
    assert guess(guesser, open_session.join_code).status_code == 429
    page = client.get(reverse("quiz:next", args=[open_session.join_code]), follow=True)
    assert page.status_code == 200 and "form" in page.context


def test_another_address_is_not_limited_by_someone_elses_guesses(open_session, few_failures):
    guesser = Client(REMOTE_ADDR=OTHER_ADDRESSES[0])
    for _ in range(4):
        guess(guesser)
    assert guess(guesser).status_code == 429
    assert guess(Client(REMOTE_ADDR=OTHER_ADDRESSES[1])).status_code == 404


def test_a_session_takes_no_more_people_than_its_cap(client, open_session):
    open_session.expected_size = 1
    open_session.save()
    assert open_session.participant_cap == 21
    for _ in range(21):
        join(Client(), open_session)
    late = Client()
    late.get(reverse("join_about", args=[open_session.join_code]), {"agree": "yes"})
    response = late.post(reverse("join_about", args=[open_session.join_code]), PROFILE)
    assert response.status_code == 409
    assert "This session is full" in response.text
    assert Participant.objects.filter(session=open_session).count() == 21
