"""The staff sign-in page (/trainer/login/): trainers, coordinators and administrators sign in
there, and editors find their way to the content editor."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "es", "ro", "fr"])
def test_the_sign_in_page_is_not_titled_for_trainers_only(client, language):
    response = client.get(reverse("trainer:login"), HTTP_ACCEPT_LANGUAGE=language)

    title = re.search(r"<title>(.*?)</title>", response.text, re.S)[1]
    with translation.override(language):
        assert title.startswith(gettext("Sign in"))
        assert gettext("Trainer sign-in") not in title


def test_the_sign_in_page_sends_editors_to_the_content_editor(client):
    response = client.get(reverse("trainer:login"))

    assert f'href="{reverse("wagtailadmin_login")}"' in response.text
