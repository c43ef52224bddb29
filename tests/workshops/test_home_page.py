"""The public home page, in each language."""

import pytest

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
