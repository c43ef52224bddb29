"""Passwords resist guessing, and nobody else can lock a trainer out: after a few wrong ones, that
username at that address waits, and so does an address that tries many usernames, on the trainer
space's sign-in and on the Wagtail admin's alike (django-axes). The address is the client's,
behind the proxies TRUSTED_PROXY_COUNT trusts; an operator can lift a lockout at once."""

import pytest
from axes.handlers.proxy import AxesProxyHandler
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from tests.workshops.factories import UserFactory
from workshops import roles

pytestmark = pytest.mark.django_db

PASSWORD = "a long enough passphrase"
PROXY = "10.0.0.2"
SCHOOL, STRANGER = "198.51.100.30", "203.0.113.66"
HANDLERS = ("workshops.throttle.SigninCacheHandler", "workshops.throttle.SigninDatabaseHandler")


@pytest.fixture
def trainer(settings):
    settings.AXES_FAILURE_LIMIT = 3
    user = UserFactory(username="guessed", groups=[roles.TRAINERS])
    user.set_password(PASSWORD)
    user.save()
    # The cache is emptied and the database rolled back after each test (tests/conftest.py).
    return user


@pytest.fixture(params=HANDLERS, ids=("redis", "database"))
def handler(request, settings):
    """Each handler the settings may choose: the cache one with Redis, the database one
    embedded."""
    settings.AXES_HANDLER = request.param
    AxesProxyHandler.get_implementation(force=True)
    yield request.param
    AxesProxyHandler.implementation = None  # the configured one again for the next test


def through_proxy(address: str) -> Client:
    return Client(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=address)


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
    elsewhere = Client(REMOTE_ADDR="198.51.100.30")
    assert sign_in(elsewhere, PASSWORD).status_code == 302  # the trainer, from home
    assert sign_in(client, "nope", username="someone-else").status_code == 200


def test_behind_the_proxy_a_strangers_wrong_passwords_do_not_lock_the_trainer_out(
    trainer, settings
):
    """The issue's case: every request comes from the proxy; a stranger types the trainer's
    username with wrong passwords; the trainer, at school, still signs in."""
    settings.TRUSTED_PROXY_COUNT = 1
    stranger = through_proxy(STRANGER)
    for _ in range(5):
        sign_in(stranger, "wrong password")
    assert sign_in(stranger, PASSWORD).status_code == 429  # the stranger waits...
    at_school = through_proxy(SCHOOL)
    assert sign_in(at_school, PASSWORD).status_code == 302  # ... the trainer does not
    admin = through_proxy(SCHOOL)
    assert sign_in(admin, PASSWORD, url=reverse("wagtailadmin_login")).status_code == 302


def test_an_address_that_tries_many_usernames_waits_whatever_the_username(trainer, settings):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 4
    sprayer = Client(REMOTE_ADDR=STRANGER)
    for username in ("ana", "ana", "bruno"):
        assert sign_in(sprayer, "wrong password", username=username).status_code == 200
    locked = sign_in(sprayer, "wrong password", username="carla")  # the fourth from there
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.text
    assert sign_in(sprayer, PASSWORD).status_code == 429  # a right password too, from there
    assert sign_in(Client(REMOTE_ADDR=SCHOOL), PASSWORD).status_code == 302


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


def test_an_operator_unlocks_a_trainer_by_username(trainer, handler, capsys):
    at_school = Client(REMOTE_ADDR=SCHOOL)
    for _ in range(3):
        sign_in(at_school, "wrong password")
    assert sign_in(at_school, PASSWORD).status_code == 429
    call_command("signin_unlock", username="guessed")
    assert "Unlocked guessed" in capsys.readouterr().out
    assert sign_in(at_school, PASSWORD).status_code == 302


def test_an_operator_unlocks_an_address_that_tried_many_usernames(
    trainer, handler, settings, capsys
):
    settings.AXES_ADDRESS_FAILURE_LIMIT = 4
    at_school = Client(REMOTE_ADDR=SCHOOL)
    for username in ("ana", "bruno", "carla", "dario"):
        sign_in(at_school, "wrong password", username=username)
    assert sign_in(at_school, PASSWORD).status_code == 429
    call_command("signin_unlock", address=SCHOOL)
    assert sign_in(at_school, PASSWORD).status_code == 302


def test_an_operator_unlocks_a_username_at_one_address_only(trainer, handler):
    at_school, at_home = Client(REMOTE_ADDR=SCHOOL), Client(REMOTE_ADDR=STRANGER)
    for browser in (at_school, at_home):
        for _ in range(3):
            sign_in(browser, "wrong password")
    call_command("signin_unlock", username="guessed", address=SCHOOL)
    assert sign_in(at_home, PASSWORD).status_code == 429
    assert sign_in(at_school, PASSWORD).status_code == 302


def test_signin_unlock_asks_for_a_username_or_an_address(trainer):
    with pytest.raises(CommandError):
        call_command("signin_unlock")
    with pytest.raises(CommandError):
        call_command("signin_unlock", address="not an address")
