"""The trainer sees who joined, anonymously, and removes those who are not in the room: they stop
counting, their place is free, and their phone no longer takes part."""

import re

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.models import ModelLogEntry

from reach.models import SessionRollup
from tests.participation.test_participant_journey import PROFILE, join, take
from tests.quizzes.factories import ALL_RIGHT
from workshops import audit
from workshops.models import Participant
from workshops.services import session_close

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer(people, open_session):
    open_session.trainer = people.trainer
    open_session.save()
    client = Client()
    client.force_login(people.trainer)
    return client


def detail(client, session):
    return client.get(reverse("trainer:session_detail", args=[session.pk]))


def remove(client, session, participant):
    return client.post(
        reverse("trainer:session_participant_remove", args=[session.pk]),
        {"participant": participant.pk},
    )


def joined_figure(html: str) -> int:
    return int(re.search(r"<dt>Phones joined</dt><dd>(\d+)</dd>", html).group(1))


def test_the_trainer_sees_who_joined_without_anything_that_names_them(trainer, open_session):
    phones = [Client(), Client()]
    for phone in phones:
        join(phone, open_session)
    page = detail(trainer, open_session)
    assert "Who joined" in page.text
    for participant in Participant.objects.filter(session=open_session):
        assert f"<code>{participant.label}</code>" in page.text
        assert participant.cookie_key.hex not in page.text
        assert str(participant.join_key) not in page.text
        assert participant.sgic not in page.text
    assert page.text.count(">Remove</button>") == 2
    labels = {p.label for p in Participant.objects.filter(session=open_session)}
    assert len(labels) == 2 and all(re.fullmatch(r"[0-9A-Z]{4}", label) for label in labels)


def test_removing_a_joiner_who_is_not_in_the_room_frees_their_place(trainer, open_session):
    open_session.expected_size = 1
    open_session.save()  # room for 21
    for _ in range(21):
        Participant.objects.create(
            session=open_session, role="students", age_band="10-13", language="en"
        )
    late = Client()
    late.get(reverse("join_code", args=[open_session.join_code]))
    url = reverse("join_code", args=[open_session.join_code])
    assert late.post(url, PROFILE).status_code == 409  # full

    response = remove(trainer, open_session, Participant.objects.first())
    assert response.status_code == 302
    page = trainer.get(response.url)
    assert "removed: they no longer count, and their place is free" in page.text
    assert joined_figure(page.text) == 20
    assert page.text.count(">Removed</td>") == 1

    assert late.post(url, PROFILE).status_code == 302  # the real phone joins
    assert Participant.objects.filter(session=open_session, removed_at__isnull=True).count() == 21


def test_a_removed_phone_is_sent_back_to_the_welcome_page_and_cannot_join_again(
    trainer, open_session
):
    phone = Client()
    join(phone, open_session)
    take(phone, open_session, ALL_RIGHT)
    remove(trainer, open_session, Participant.objects.get())

    welcome = reverse("join_code", args=[open_session.join_code])
    response = phone.get(reverse("quiz:next", args=[open_session.join_code]))
    assert response.status_code == 302 and response.url == welcome
    assert phone.get(welcome).status_code == 200  # no longer carried on to the quiz
    phone.get(reverse("join_code", args=[open_session.join_code]))
    again = phone.post(reverse("join_code", args=[open_session.join_code]), PROFILE)
    assert again.status_code == 429
    assert "This device has already joined" in again.text
    assert Participant.objects.filter(session=open_session).count() == 1


def test_only_the_sessions_trainer_removes_and_only_while_it_is_open(trainer, people, open_session):
    phone = Client()
    join(phone, open_session)
    participant = Participant.objects.get()
    for role, status in (("coordinator", 403), ("admin", 403), ("other_trainer", 404)):
        other = Client()
        other.force_login(getattr(people, role))
        assert remove(other, open_session, participant).status_code == status, role
    assert (
        trainer.get(
            reverse("trainer:session_participant_remove", args=[open_session.pk])
        ).status_code
        == 405
    )
    session_close(session=open_session)
    page = trainer.get(remove(trainer, open_session, participant).url)
    assert "only while the session is open" in page.text
    assert ">Remove</button>" not in page.text and ">Counted</td>" in page.text
    participant.refresh_from_db()
    assert participant.removed_at is None


def test_a_participant_of_another_session_cannot_be_removed_from_this_one(
    trainer, open_session, tree
):
    from tests.workshops.factories import SessionFactory
    from workshops.services import session_open

    other = session_open(session=SessionFactory(campaign=tree.campaign))
    stranger = Participant.objects.create(
        session=other, role="students", age_band="10-13", language="en"
    )
    page = trainer.get(remove(trainer, open_session, stranger).url)
    assert "This participant did not join this session." in page.text
    stranger.refresh_from_db()
    assert stranger.removed_at is None


def test_a_removal_is_in_the_audit_log_and_recounted(
    trainer, open_session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(3):
            join(Client(), open_session)
    assert SessionRollup.objects.get(session=open_session).joined == 3
    participant = Participant.objects.first()
    with django_capture_on_commit_callbacks(execute=True) as announced:
        remove(trainer, open_session, participant)
    entry = ModelLogEntry.objects.get(action=audit.PARTICIPANT_REMOVE)
    assert entry.user_id == open_session.trainer_id
    assert entry.data["participant"] == participant.label and entry.data["joined"] == 2
    assert entry.message == f"Participant {participant.label} removed; 2 still joined"
    assert announced, "the change was announced"
    # Without a headcount the people who joined are the session's reach: two now.
    rollup = SessionRollup.objects.get(session=open_session)
    assert (rollup.joined, rollup.attendances) == (2, 2)
    # Removing twice changes nothing, and logs nothing more.
    remove(trainer, open_session, participant)
    assert ModelLogEntry.objects.filter(action=audit.PARTICIPANT_REMOVE).count() == 1


def test_the_live_panel_no_longer_counts_a_removed_joiner_or_their_test(trainer, open_session):
    phones = [Client(), Client()]
    for phone in phones:
        join(phone, open_session)
        take(phone, open_session, ALL_RIGHT)
    live = reverse("trainer:session_live", args=[open_session.pk])
    assert "<dt>Phones done with the pre-test</dt><dd>2</dd>" in trainer.get(live).text
    remove(trainer, open_session, Participant.objects.first())
    text = trainer.get(live).text
    assert joined_figure(text) == 1
    assert "<dt>Phones done with the pre-test</dt><dd>1</dd>" in text


def test_the_list_and_the_removal_speak_the_trainers_language(trainer, open_session):
    join(Client(), open_session)
    trainer.cookies[settings.LANGUAGE_COOKIE_NAME] = "es"
    page = detail(trainer, open_session)
    assert "Quiénes entraron" in page.text and ">Quitar</button>" in page.text
    removed = trainer.get(remove(trainer, open_session, Participant.objects.get()).url)
    assert "quitado: ya no cuenta y su lugar quedó libre" in removed.text


def test_the_session_page_costs_the_same_queries_for_three_joiners_as_for_thirty(
    trainer, open_session
):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert detail(trainer, open_session).status_code == 200
        return len(captured)

    detail(trainer, open_session)  # the first view warms the content caches
    for _ in range(3):
        Participant.objects.create(
            session=open_session, role="students", age_band="10-13", language="en"
        )
    few = queries()
    for _ in range(27):
        Participant.objects.create(
            session=open_session, role="students", age_band="10-13", language="en"
        )
    assert queries() == few
