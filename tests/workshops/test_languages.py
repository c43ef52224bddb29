"""Pages in four languages, under a language prefix, with a switcher between translations."""

import pytest
from django.utils import translation
from wagtail.models import Locale

from tests.content import publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def spanish(tree):
    """Spanish translations of the home page, the campaign list and the campaign."""
    locale = Locale.objects.get(language_code="es")
    pages = {}
    for page, slug, title in (
        (tree.home, "inicio", "Faro"),
        (tree.index, "campanas", "Campañas"),
        (tree.campaign, "golondrina", "Golondrina"),
    ):
        copy = page.copy_for_translation(locale)
        copy.slug, copy.title = slug, title
        pages[slug] = publish(copy)
    return pages


def test_root_address_sends_each_visitor_to_their_language(spanish, client):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="es-CO,es;q=0.9")["Location"] == "/es/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="ro")["Location"] == "/ro/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de")["Location"] == "/en/"


def test_language_prefix_serves_the_translated_page_and_interface(spanish, client):
    response = client.get("/es/campanas/golondrina/")

    assert response.status_code == 200
    assert 'lang="es"' in response.text
    assert "Campañas" in response.text


def test_page_urls_carry_their_language_prefix(spanish, tree):
    assert tree.campaign.url == "/en/campaigns/golondrina/"
    assert spanish["golondrina"].url == "/es/campanas/golondrina/"


def test_switcher_links_a_page_to_its_translations(spanish, client):
    html = client.get("/en/campaigns/golondrina/").text

    assert 'href="/es/campanas/golondrina/"' in html
    assert 'hreflang="es"' in html


def test_switcher_sends_untranslated_languages_to_their_home_page(spanish, client):
    html = client.get("/en/campaigns/golondrina/").text

    assert 'href="/ro/"' in html


def test_interface_strings_are_translated_on_translated_pages(spanish, client):
    with translation.override("es"):
        expected = translation.gettext("Campaigns")

    html = client.get("/es/").text

    assert expected != "Campaigns"
    assert expected in html
