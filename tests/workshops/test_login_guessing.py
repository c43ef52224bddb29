"""Passwords resist guessing: after a few wrong ones, that username from that address waits, on
the trainer space's sign-in and on the Wagtail admin's alike (django-axes)."""

import pytest
from axes.utils import reset
from django.test import Client
from django.urls import reverse

from tests.workshops.factories import UserFactory
from workshops import roles

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"
ADDRESSES = ("127.0.0.1", "198.51.100.30")


@pytest.fixture
def trainer(settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = UserFactory(username="guessed", groups=[roles.TRAINERS])
    user.set_password(PASSWORD)
    user.save()
    yield user
    for address in ADDRESSES:  # attempts may live in the shared cache, which outlives a test
        reset(ip=address, username="guessed")
        reset(ip=address, username="someone-else")


def sign_in(client, password: str, username: str = "guessed", url: str = ""):
    url = url or reverse("trainer:login")
    return client.post(url, {"username": username, "password": password})


def test_after_three_wrong_passwords_even_the_right_one_must_wait(client, trainer):
    for _ in range(2):
        response = sign_in(client, "wrong password")
        assert response.status_code == 200  # the form again, with its message
    locked = sign_in(client, "wrong password")
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.text
    assert sign_in(client, PASSWORD).status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_lockout_holds_one_username_at_one_address_only(client, trainer):
    for _ in range(3):
        sign_in(client, "wrong password")
    elsewhere = Client(REMOTE_ADDR=ADDRESSES[1])
    assert sign_in(elsewhere, PASSWORD).status_code == 302  # the trainer, from home
    assert sign_in(client, "nope", username="someone-else").status_code == 200


def test_a_right_password_before_the_limit_clears_the_count(client, trainer):
    for _ in range(2):
        sign_in(client, "wrong password")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for _ in range(2):
        assert sign_in(client, "wrong password").status_code == 200


def test_the_wagtail_admin_sign_in_is_protected_too(client, trainer):
    url = reverse("wagtailadmin_login")
    for _ in range(3):
        sign_in(client, "wrong password", url=url)
    assert sign_in(client, PASSWORD, url=url).status_code == 429
