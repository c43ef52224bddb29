"""A signed-in account that does nothing for STAFF_SESSION_IDLE_MINUTES is signed out, wherever
it signed in; one that keeps working is not; participants, who have no account, never notice."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.participation.test_participant_journey import join
from workshops import signin

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"
MINUTE = 60


@pytest.fixture
def clock(monkeypatch, settings):
    """The time the sign-in rules read, moved on by hand; a 30-minute idle limit."""
    settings.STAFF_SESSION_IDLE_MINUTES = 30
    now = {"t": 1_800_000_000.0}
    monkeypatch.setattr(signin, "_now", lambda: now["t"])

    def later(seconds: float) -> None:
        now["t"] += seconds

    return later


def signed_in(user, *, url: str = "") -> Client:
    browser = Client()
    response = browser.post(
        url or reverse("trainer:login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    return browser


def test_an_idle_trainer_is_signed_out_and_told_why(people, clock):
    browser = signed_in(people.trainer)
    sessions = reverse("trainer:session_list")
    assert browser.get(sessions).status_code == 200

    clock(31 * MINUTE)
    response = browser.get(sessions)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("trainer:login"))
    page = browser.get(response["Location"])
    assert "You were signed out after 30 minutes without activity." in page.text
    clock(1)
    assert browser.get(sessions).status_code == 302  # for good: the session is gone
    assert "_auth_user_id" not in browser.session


def test_a_trainer_who_keeps_working_stays_signed_in(people, clock):
    browser = signed_in(people.trainer)
    sessions = reverse("trainer:session_list")
    for _ in range(6):  # three hours, a request every 29 minutes
        clock(29 * MINUTE)
        assert browser.get(sessions).status_code == 200


def test_a_form_sent_after_the_idle_time_asks_to_sign_in_again(people, clock, open_session):
    """Not a CSRF failure: the form's token was good, the sign-in is what expired."""
    browser = Client(enforce_csrf_checks=True)
    login = reverse("trainer:login")
    browser.get(login)
    browser.post(
        login,
        {
            "username": people.trainer.username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": browser.cookies["csrftoken"].value,
        },
    )
    create = reverse("trainer:session_create")
    assert browser.get(create).status_code == 200
    token = browser.cookies["csrftoken"].value

    clock(45 * MINUTE)
    response = browser.post(create, {"csrfmiddlewaretoken": token})

    assert response.status_code == 302
    assert response["Location"].startswith(login)


def test_the_wagtail_admin_signs_idle_accounts_out_too(people, clock):
    browser = signed_in(people.editor, url=reverse("wagtailadmin_login"))
    home = reverse("wagtailadmin_home")
    assert browser.get(home).status_code == 200

    clock(31 * MINUTE)

    response = browser.get(home)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_the_idle_time_is_a_setting(people, clock, settings):
    settings.STAFF_SESSION_IDLE_MINUTES = 5
    browser = signed_in(people.coordinator)
    reports = reverse("reports:campaign", args=["golondrina"])
    clock(4 * MINUTE)
    assert browser.get(reports).status_code == 200
    clock(6 * MINUTE)
    assert browser.get(reports)["Location"].startswith(reverse("trainer:login"))


def test_participants_never_notice(open_session, clock, settings):
    """A class takes its time: a participant's phone carries on hours later, where two-step
    sign-in is required and staff are signed out after a minute."""
    settings.TWO_FACTOR_REQUIRED = True
    settings.STAFF_SESSION_IDLE_MINUTES = 1
    phone = Client()
    join(phone, open_session)
    next_step = reverse("quiz:next", args=[open_session.join_code])
    quiz = phone.get(next_step, follow=True).redirect_chain[-1][0]
    assert "/pre/" in quiz  # the pre-test

    clock(3 * 60 * MINUTE)
    page = phone.get(next_step, follow=True)

    assert page.status_code == 200
    assert page.redirect_chain[-1][0] == quiz  # the same pre-test, still theirs to take
