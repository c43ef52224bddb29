"""Opening a session on another day than planned asks the trainer first (issue 23, item 7): a
session planned for 15 December opened on 6 December, or a week late, is opened only once the
trainer has seen the planned date and confirmed."""

import datetime as dt
import zoneinfo

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from participation.views.trainer import OPEN_CONFIRMED
from tests.workshops.factories import SessionFactory
from workshops.models import SessionState

pytestmark = pytest.mark.django_db

BOGOTA = zoneinfo.ZoneInfo("America/Bogota")


@pytest.fixture
def trainer(people) -> Client:
    client = Client()
    client.force_login(people.trainer)
    return client


def planned_at(tree, people, start: dt.datetime):
    return SessionFactory(
        campaign=tree.campaign, trainer=people.trainer, modules=[tree.module], scheduled_start=start
    )


def open_url(session) -> str:
    return reverse("trainer:session_open", args=[session.pk])


def state_of(session) -> str:
    session.refresh_from_db()
    return session.state


def test_a_session_planned_nine_days_ahead_asks_before_it_opens(trainer, tree, people):
    session = planned_at(tree, people, timezone.now() + dt.timedelta(days=9))

    response = trainer.post(open_url(session))

    assert response.status_code == 200
    assert "Open this session now?" in response.text
    assert "is planned for" in response.text
    assert f'name="{OPEN_CONFIRMED}"' in response.text
    assert reverse("trainer:session_detail", args=[session.pk]) in response.text  # Back
    assert state_of(session) == SessionState.PLANNED


def test_a_session_opened_a_week_late_asks_too(trainer, tree, people):
    session = planned_at(tree, people, timezone.now() - dt.timedelta(days=7))

    response = trainer.post(open_url(session))

    assert response.status_code == 200
    assert "was planned for" in response.text
    assert state_of(session) == SessionState.PLANNED


def test_a_session_opened_within_the_hours_around_its_start_opens_straight(trainer, tree, people):
    hours = settings.SESSION_EARLY_OPEN_HOURS
    for offset in (dt.timedelta(hours=hours) - dt.timedelta(minutes=5), -dt.timedelta(hours=1)):
        session = planned_at(tree, people, timezone.now() + offset)

        response = trainer.post(open_url(session))

        assert response.status_code == 302
        assert response["Location"] == reverse("trainer:session_detail", args=[session.pk])
        assert state_of(session) == SessionState.OPEN


def test_the_number_of_hours_is_a_setting(trainer, tree, people, settings):
    settings.SESSION_EARLY_OPEN_HOURS = 24
    session = planned_at(tree, people, timezone.now() + dt.timedelta(hours=20))

    assert trainer.post(open_url(session)).status_code == 302
    assert state_of(session) == SessionState.OPEN


def test_confirming_opens_it_with_a_join_code(trainer, tree, people):
    session = planned_at(tree, people, timezone.now() + dt.timedelta(days=9))

    response = trainer.post(open_url(session), {OPEN_CONFIRMED: "1"})

    assert response.status_code == 302
    assert response["Location"] == reverse("trainer:session_detail", args=[session.pk])
    assert state_of(session) == SessionState.OPEN
    assert session.join_code


def test_in_spanish_the_planned_date_reads_in_spanish_in_the_venues_time(trainer, tree, people):
    # 15 December, 09:30 in Bogotá: 14:30 UTC, which must not be what the trainer reads.
    session = planned_at(tree, people, dt.datetime(2027, 12, 15, 9, 30, tzinfo=BOGOTA))
    trainer.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"

    response = trainer.post(open_url(session))

    assert response.status_code == 200
    assert "miércoles, 15 de diciembre de 2027 a las 09:30" in response.text
    assert "America/Bogota" in response.text
    assert "14:30" not in response.text


def test_only_the_sessions_trainer_is_asked(client, tree, people):
    session = planned_at(tree, people, timezone.now() + dt.timedelta(days=9))
    client.force_login(people.other_trainer)

    assert client.post(open_url(session)).status_code == 404
    assert state_of(session) == SessionState.PLANNED
