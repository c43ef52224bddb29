"""The public home page."""

import pytest

from tests.workshops.factories import HomePageFactory
from workshops.demo import home_page_ensure

pytestmark = pytest.mark.django_db


def test_home_page_shows_its_title_and_introduction(client):
    home_page_ensure()

    response = client.get("/")

    assert response.status_code == 200
    assert "Awareness workshops on child protection" in response.text
    assert "<title>" in response.text


def test_home_page_renders_in_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    home_page_ensure()
    client.get("/")  # warm Wagtail's site cache, as any running server has

    # Wagtail's routing: site, locale, page, aliases, view restrictions, the page's specific row.
    with django_assert_max_num_queries(6):
        response = client.get("/")

    assert response.status_code == 200


def test_unknown_address_answers_404_with_the_site_layout(client):
    home_page_ensure()

    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "Faro" in response.text


def test_a_home_page_can_only_sit_at_the_top_of_the_tree():
    home = HomePageFactory(parent=None)

    assert not HomePageFactory._meta.model.can_create_at(home)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("es", "¿Para quién es Faro?"),
        ("ro", "Cui se adresează Faro"),
        ("fr", "À qui s’adresse Faro"),
    ],
)
def test_home_page_speaks_the_language_the_phone_asks_for(client, language, heading):
    home_page_ensure()

    response = client.get("/", HTTP_ACCEPT_LANGUAGE=language)

    assert heading in response.text
    assert f'lang="{language}"' in response.text
