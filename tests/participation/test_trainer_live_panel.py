"""The trainer watches participants arrive and finish, then opens the post-test."""

import re
import zoneinfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.participation.test_participant_journey import join, take
from tests.quizzes.factories import ALL_RIGHT

pytestmark = pytest.mark.django_db


def figures(html: str) -> dict[str, int]:
    return {
        label: int(value) for label, value in re.findall(r"<dt>([^<]+)</dt><dd>(\d+)</dd>", html)
    }


@pytest.fixture
def trainer(people, open_session):
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


def test_the_live_panel_counts_joined_and_finished_participants(trainer, open_session):
    live_url = reverse("trainer:session_live", args=[open_session.pk])
    detail = trainer.get(reverse("trainer:session_detail", args=[open_session.pk])).text
    assert figures(detail) == {
        "Phones joined": 0,
        "Phones done with the pre-test": 0,
        "Phones done with the post-test": 0,
    }
    assert f'data-live-url="{live_url}"' in detail
    assert "js/live-panel.js" in detail
    assert "Refresh" in detail  # without JavaScript, the panel refreshes with the page

    phones = [Client(), Client()]
    for phone in phones:
        join(phone, open_session)
    take(phones[0], open_session, ALL_RIGHT)

    live = trainer.get(live_url)
    assert live.status_code == 200
    assert "no-store" in live["Cache-Control"]
    assert figures(live.text) == {
        "Phones joined": 2,
        "Phones done with the pre-test": 1,
        "Phones done with the post-test": 0,
    }


def test_opening_the_post_test_moves_waiting_participants_on(trainer, open_session):
    phone = Client()
    join(phone, open_session)
    take(phone, open_session, ALL_RIGHT)
    wait_url = reverse("quiz:wait", args=[open_session.join_code])
    assert phone.get(wait_url).status_code == 200

    response = trainer.post(reverse("trainer:session_post_test_open", args=[open_session.pk]))
    assert response.status_code == 302
    open_session.refresh_from_db()
    assert open_session.post_test_is_open

    moved = phone.get(wait_url, follow=True)
    assert "/post/" in moved.request["PATH_INFO"]
    take(phone, open_session, ALL_RIGHT)
    live = trainer.get(reverse("trainer:session_live", args=[open_session.pk]))
    assert figures(live.text)["Phones done with the post-test"] == 1


def test_only_the_sessions_trainer_opens_its_post_test(people, open_session, client):
    url = reverse("trainer:session_post_test_open", args=[open_session.pk])
    client.force_login(people.other_trainer)
    assert client.post(url).status_code == 404
    client.force_login(people.coordinator)
    assert client.post(url).status_code == 403
    open_session.refresh_from_db()
    assert not open_session.post_test_is_open


def test_the_coordinator_reads_the_live_panel_of_their_campaign_and_nobody_else_does(
    people, open_session, client
):
    url = reverse("trainer:session_live", args=[open_session.pk])
    client.force_login(people.coordinator)
    assert client.get(url).status_code == 200
    client.force_login(people.other_coordinator)
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_the_live_panel_tells_the_time_of_the_sessions_venue(trainer, open_session):
    # The session page shows the venue's times (Bogotá): the panel's "updated at" too, not UTC.
    zone = zoneinfo.ZoneInfo(open_session.venue.timezone)
    before = timezone.now().astimezone(zone).strftime("%H:%M")
    text = trainer.get(reverse("trainer:session_live", args=[open_session.pk])).text
    after = timezone.now().astimezone(zone).strftime("%H:%M")
    shown = re.search(r"Updated at (\d\d:\d\d):\d\d", text).group(1)
    assert shown in (before, after)
