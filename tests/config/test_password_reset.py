"""The Wagtail admin's "Forgotten password?" mails a link to the site's public address, and never
more than a few: per account, and per client address asking."""

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from tests.workshops.factories import UserFactory

pytestmark = pytest.mark.django_db

RESET = reverse("wagtailadmin_password_reset")
DONE = reverse("wagtailadmin_password_reset_done")


def ask(email: str, address: str = "198.51.100.7"):
    response = Client(REMOTE_ADDR=address).post(RESET, {"email": email})
    assert response.status_code == 302
    assert response["Location"] == DONE  # the same answer whatever was (not) sent
    return response


def test_a_reset_mail_links_to_the_sites_public_address(settings):
    settings.WAGTAILADMIN_BASE_URL = "https://faro.example.org"
    UserFactory(username="editor", email="editor@example.org")

    ask("editor@example.org")

    [sent] = mail.outbox
    assert "https://faro.example.org/admin/password_reset/confirm/" in sent.body
    assert "testserver" not in sent.body


def test_an_account_is_sent_no_more_than_three_reset_links_an_hour():
    UserFactory(username="editor", email="editor@example.org")

    for number in range(5):
        ask("editor@example.org", address=f"198.51.100.{number + 1}")

    assert len(mail.outbox) == 3


def test_reset_requests_from_one_address_beyond_ten_an_hour_send_nothing():
    people = [UserFactory(email=f"editor{number}@example.org") for number in range(12)]

    for person in people:
        ask(person.email)

    assert sorted(message.to[0] for message in mail.outbox) == sorted(
        person.email for person in people[:10]
    )
    ask(people[0].email, address="203.0.113.9")  # another address still may
    assert len(mail.outbox) == 11
