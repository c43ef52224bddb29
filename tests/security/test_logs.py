"""The log holds what operators need and nothing anyone can flood it with: a staff sign-in is
logged without the browser's user agent (and not stored), a refused request is one line."""

import logging

import pytest
from axes.models import AccessAttempt, AccessLog
from django.conf import settings
from django.http import HttpResponse
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils.log import log_response

from tests.workshops.factories import UserFactory

pytestmark = pytest.mark.django_db

AGENT = "Mozilla/5.0 (X11; Linux x86_64) FaroProbe/7.31"


@pytest.fixture
def logged(caplog):
    caplog.set_level(logging.INFO)
    return caplog


@pytest.mark.parametrize("url", [reverse("trainer:login"), reverse("wagtailadmin_login")])
def test_a_staff_sign_in_logs_no_user_agent_and_keeps_none(people, logged, url):
    browser = Client(HTTP_USER_AGENT=AGENT)

    browser.post(url, {"username": "editor", "password": "a wrong passphrase"})
    signed_in = browser.post(url, {"username": "editor", "password": "a long enough passphrase"})

    assert signed_in.status_code == 302
    assert "AXES: Successful login" in logged.text  # axes did log the sign-in...
    assert "FaroProbe" not in logged.text  # ...without the user agent
    assert "user_agent" not in logged.text
    assert not AccessLog.objects.exists()
    # A success clears the failures before it, user agent and all.
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize("url", [reverse("trainer:login"), reverse("wagtailadmin_login")])
def test_a_failed_staff_sign_in_waits_out_its_cool_off_without_the_user_agent(people, url):
    browser = Client(HTTP_USER_AGENT=AGENT, HTTP_ACCEPT="text/html;FaroProbe")

    browser.post(url, {"username": "editor", "password": "a wrong passphrase"})

    # Kept until the cool-off ends in the embedded mode (database handler); with Redis, only
    # counts are kept.
    attempts = AccessAttempt.objects.all()
    assert attempts.exists() == settings.AXES_HANDLER.endswith("DatabaseHandler")
    for attempt in attempts:
        assert "FaroProbe" not in attempt.user_agent
        assert "FaroProbe" not in attempt.http_accept


def test_a_refused_page_is_logged_on_one_line_without_a_traceback(logged):
    browser = Client()
    browser.force_login(UserFactory(username="no-role"))

    response = browser.get(reverse("trainer:session_list"))

    assert response.status_code == 403
    refused = [record for record in logged.records if record.name == "django.request"]
    assert [record.getMessage() for record in refused] == [
        "Forbidden (Permission denied): /trainer/"
    ]
    assert refused[0].exc_info is None
    assert "Traceback" not in logged.text
    console = next(
        handler for handler in logging.getLogger().handlers if handler.get_name() == "console"
    )
    assert "\n" not in console.format(refused[0])


def test_a_server_error_keeps_its_traceback(logged):
    try:
        raise RuntimeError("a bug of ours")
    except RuntimeError as error:
        log_response(
            "Internal Server Error: %s",
            "/trainer/",
            response=HttpResponse(status=500),
            request=RequestFactory().get("/trainer/"),
            exception=error,
        )

    assert "Traceback" in logged.text
    assert "a bug of ours" in logged.text
