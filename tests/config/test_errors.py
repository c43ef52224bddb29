"""While the database is down, a form is answered by a 503 page: a participant's form comes back
ready to send again, without any secret; a sign-in never writes the password into the page."""

import re

import pytest
from django.contrib.auth.backends import ModelBackend
from django.db import OperationalError
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation

from config.errors import server_error

PASSWORD = "correct horse battery staple"


def hidden_fields(html: str) -> list[tuple[str, str]]:
    return re.findall(r'<input type="hidden" name="([^"]*)" value="([^"]*)">', html)


def answered_while_the_database_is_down(request):
    """What Django's 500 handler answers to the request, a database error at hand."""
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        return server_error(request)


@pytest.mark.django_db
def test_a_sign_in_while_the_database_is_down_does_not_write_the_password_back(people, monkeypatch):
    def database_down(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(ModelBackend, "authenticate", database_down)
    browser = Client(raise_request_exception=False)

    response = browser.post(reverse("trainer:login"), {"username": "trainer", "password": PASSWORD})

    assert response.status_code == 503
    assert PASSWORD not in response.text
    assert hidden_fields(response.text) == []
    assert "Go back to the form and send it again." in response.text


@pytest.mark.parametrize("path", ["/trainer/sessions/new/", "/admin/login/", "/reports/"])
def test_no_form_but_a_participants_is_offered_to_be_sent_again(path):
    request = RequestFactory().post(path, {"username": "trainer", "title": "7B"})

    response = answered_while_the_database_is_down(request)

    assert response.status_code == 503
    assert hidden_fields(response.text) == []
    assert "7B" not in response.text


def test_a_participants_form_is_offered_again_without_its_secrets():
    fields = {
        "csrfmiddlewaretoken": "the-visitors-own-csrf-token",
        "key": "6a0c3f9e-1d2b-4c1a-9a57-000000000001",
        "q-one": ["a", "b"],
        "password": PASSWORD,
        "api_token": "tok-123",
        "client_secret": "sec-456",
    }
    request = RequestFactory().post("/join/7K3D9QXA/pre/quiz/", fields)

    response = answered_while_the_database_is_down(request)

    assert response.status_code == 503
    assert hidden_fields(response.text) == [
        ("csrfmiddlewaretoken", "the-visitors-own-csrf-token"),
        ("key", "6a0c3f9e-1d2b-4c1a-9a57-000000000001"),
        ("q-one", "a"),
        ("q-one", "b"),
    ]
    for secret in (PASSWORD, "tok-123", "sec-456"):
        assert secret not in response.text


def test_the_page_without_a_form_to_send_again_is_in_the_visitors_language():
    request = RequestFactory().post("/trainer/login/", {"password": PASSWORD})

    with translation.override("es"):
        response = answered_while_the_database_is_down(request)

    assert "Nada de lo que enviaste quedó guardado a medias." in response.text
    assert "Vuelve al formulario y envíalo de nuevo." in response.text
