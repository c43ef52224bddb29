"""Disclosure words in inflected languages: a listed word finds its inflected forms in the
language it was listed in, and accents count where they tell words apart."""

import pytest
from wagtail.models import Locale

from surveys.disclosure import disclosure_term, disclosure_terms, text_discloses
from tests.content import publish


def flags(language: str, listed: str, text: str) -> bool:
    return text_discloses(text, (disclosure_term(listed, language=language),))


@pytest.mark.parametrize(
    ("language", "listed", "written"),
    [
        # Romanian nouns carry their article at the end; verbs change their stem.
        ("ro", "datorie", "Am o datoria mare la ei."),
        ("ro", "datorie", "Din cauza datoriei nu mai dorm."),
        ("ro", "datorie", "Am datorii."),
        ("ro", "nu pot pleca", "Sora mea nu poate pleca de acolo."),
        ("ro", "nu pot pleca", "Nu putem pleca."),
        ("ro", "forțată", "A fost fortata sa munceasca."),  # typed without ț ă
        ("ro", "mi-a luat pașaportul", "Patronul mi-a luat pasaportul."),
        ("es", "me tocó", "Mi tío me tocó."),
        ("es", "abuso", "Hubo abusos en la casa."),
        ("es", "amenaza", "Recibo amenazas por el celular."),
        ("fr", "dette", "J’ai des dettes envers eux."),
        ("fr", "je dois de l'argent", "Il dit que je dois de l’argent."),
        ("fr", "menacée", "J'ai été menacee."),  # typed without é
        ("en", "touches me", "He touched me."),
        ("en", "abuse", "She was abused."),
        ("en", "threatened", "They keep threatening me."),
        ("en", "secret", "It is our SECRETS."),
    ],
)
def test_a_listed_word_finds_its_inflected_forms(language, listed, written):
    assert flags(language, listed, written)


@pytest.mark.parametrize(
    ("language", "listed", "written"),
    [
        # Spanish accents tell words apart: "me toco responder" is "my turn to answer".
        ("es", "me tocó", "Ahora me toco responder a mí."),
        ("es", "me toca", "Me toco la cabeza cuando pienso."),
        ("es", "abuso", "Los abusones del barrio."),
        ("ro", "datorie", "Datorită atelierului am înțeles."),  # "thanks to", not "debt"
        ("ro", "nu pot pleca", "Nu pot să plâng."),
        ("fr", "dette", "Les détectives."),
        ("en", "secret", "My secretary helped me."),
        ("en", "abuse", "A bus came late."),
        ("en", "afraid to go home", "I am afraid to go out."),
    ],
)
def test_words_that_only_look_alike_are_not_flagged(language, listed, written):
    assert not flags(language, listed, written)


def test_each_word_is_read_in_the_language_it_was_listed_in():
    terms = (
        disclosure_term("me tocó", language="es"),
        disclosure_term("datorie", language="ro"),
    )

    assert text_discloses("am o datoria", terms)  # Romanian stems for the Romanian word
    assert not text_discloses("me toco responder", terms)  # Spanish accents for the Spanish


@pytest.mark.django_db
def test_a_campaigns_words_are_read_in_the_language_of_each_translation(tree):
    tree.campaign.disclosure_words = "owe money\ncannot leave"
    publish(tree.campaign)
    romanian = tree.campaign.copy_for_translation(
        Locale.objects.get(language_code="ro"), copy_parents=True
    )
    romanian.disclosure_words = "datorie\nnu pot pleca"
    publish(romanian)

    terms = disclosure_terms(campaign=tree.campaign)

    assert text_discloses("Nu poate pleca, are o datoria.", terms)
    assert text_discloses("I owe money to them.", terms)
    assert not text_discloses("Datorită vouă.", terms)
