"""The public home page, in each language."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db


def test_home_page_shows_its_introduction_and_the_campaigns(tree, client):
    response = client.get("/en/")

    assert response.status_code == 200
    assert "Awareness workshops." in response.text
    assert 'href="/en/campaigns/golondrina/"' in response.text
    assert "<title>" in response.text


def test_home_page_renders_in_a_bounded_number_of_queries(
    tree, client, django_assert_max_num_queries
):
    client.get("/en/")  # warm Wagtail's site cache, as any running server has

    # Routing (site, locale, page, aliases, view restrictions, specific row), the campaign list
    # and its campaigns, the header's navigation and the language switcher.
    with django_assert_max_num_queries(14):
        response = client.get("/en/")

    assert response.status_code == 200


def test_unknown_address_answers_404_with_the_site_layout(tree, client):
    response = client.get("/en/no-such-page/")

    assert response.status_code == 404
    assert "Faro" in response.text


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("es", "¿Para quién es Faro?"),
        ("ro", "Cui se adresează Faro"),
        ("fr", "À qui s’adresse Faro"),
    ],
)
def test_home_page_speaks_the_language_the_phone_asks_for(tree, client, language, heading):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=language, follow=True)

    assert response.redirect_chain[0][0] == f"/{language}/"
    assert heading in response.text
    assert f'lang="{language}"' in response.text


@pytest.mark.parametrize("language", ["en", "es", "ro", "fr"])
def test_home_page_leads_first_to_joining_a_session_then_to_the_trainer_space_and_reports(
    tree, client, language
):
    response = client.get(f"/{language}/")

    buttons = re.findall(
        r'<a class="btn (btn-[\w-]+)" href="([^"]+)"[^>]*>([^<]+)</a>', response.text
    )
    with translation.override(language):
        join, trainers, reports = (
            gettext("Join a session"),
            gettext("Go to the trainer space"),
            gettext("Reach reports"),
        )
    assert buttons[0] == ("btn-primary", reverse("join"), join)
    assert ("btn-secondary", reverse("trainer:session_list"), trainers) in buttons
    assert ("btn-secondary", reverse("reports:home"), reports) in buttons
    for _style, url, _text in buttons:
        assert client.get(url).status_code in (200, 302), url
