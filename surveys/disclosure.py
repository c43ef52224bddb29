"""Disclosure words: a campaign lists words or phrases that may mean a participant is telling
about harm; a free-text answer containing one is flagged for the session's trainer.

A listed phrase is matched word by word, in order, against the words of the answer, each word
compared by its stem in the language the phrase was listed in (`GRAMMARS`): the endings that
inflect a word are taken off (Romanian "datorie" also finds "datoria", "datoriei", "datorii"),
and a few irregular verbs stand for all their forms ("nu pot pleca" also finds "nu poate
pleca"). Case never counts; accents count where they tell words apart (Spanish "me tocó" is not
"me toco", my turn), and are ignored where people often type without them (Romanian, French,
English). Whole words only: "abuso" does not find "abusones". docs/architecture.md says what is
and is not caught. A flag is a prompt for a trained adult to look, never a diagnosis.
"""

import re
import unicodedata
from dataclasses import dataclass, field

from wagtail.models import Page

from workshops.models import CampaignPage

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Grammar:
    """How the words of one language are compared."""

    fold_accents: bool = True
    endings: tuple[str, ...] = ()  # inflectional endings, taken off while a stem is left
    min_stem: int = 4  # shorter stems are not cut further: "mes" stays "mes"
    # Irregular forms, each standing for its verb (written as the text is compared: folded).
    forms: dict[str, str] = field(default_factory=dict)


def _family(key: str, *forms: str) -> dict[str, str]:
    return dict.fromkeys((key, *forms), key)


GRAMMARS = {
    "en": Grammar(endings=("ing", "ed", "es", "s", "e")),
    "es": Grammar(
        # "tocó" (touched) and "toco" (my turn), "abusó" and "abuso": accents tell them apart.
        fold_accents=False,
        endings=("es", "s"),
        forms={
            **_family("poder", "puedo", "puedes", "puede", "podemos", "pueden", "pude", "pudo"),
        },
    ),
    "fr": Grammar(
        endings=("es", "s", "e", "x"),
        forms={
            **_family("pouvoir", "peux", "peut", "pouvons", "pouvez", "peuvent", "pouvais"),
            **_family("devoir", "dois", "doit", "devons", "devez", "doivent", "devais"),
        },
    ),
    "ro": Grammar(
        # Nouns take their article at the end ("datoria", "copilul"); often typed without ș ț ă.
        endings=(
            "urilor",
            "ilor",
            "elor",
            "ului",
            "iile",
            "urile",
            "uri",
            "iei",
            "ele",
            "ile",
            "lui",
            "ii",
            "ia",
            "ie",
            "ul",
            "ei",
            "le",
            "a",
            "e",
            "i",
            "u",
        ),
        forms={
            **_family(
                "pot", "poti", "poate", "poata", "putem", "puteti", "putea", "puteam", "putut"
            ),
            **_family("pleca", "plec", "pleci", "pleaca", "plece", "plecam", "plecati", "plecat"),
        },
    ),
}
OTHER_LANGUAGES = Grammar()  # case and accents ignored, whole words, no stems


def text_normalize(text: str, *, fold_accents: bool = True) -> str:
    text = unicodedata.normalize("NFC", text.casefold())
    if not fold_accents:
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _stem(word: str, grammar: Grammar) -> str:
    if word in grammar.forms:
        return grammar.forms[word]
    cut = True
    while cut:
        cut = False
        for ending in grammar.endings:
            if word.endswith(ending) and len(word) - len(ending) >= grammar.min_stem:
                word, cut = word[: -len(ending)], True
                break
    return word


def words_of(text: str, language: str) -> tuple[str, ...]:
    """The text's words as a phrase listed in `language` is compared with them: stems."""
    grammar = GRAMMARS.get(language, OTHER_LANGUAGES)
    normalized = text_normalize(text, fold_accents=grammar.fold_accents)
    return tuple(_stem(word, grammar) for word in _WORD.findall(normalized))


@dataclass(frozen=True, order=True)
class DisclosureTerm:
    """A listed word or phrase, as the stems of its words in the language it was listed in."""

    language: str
    words: tuple[str, ...]


def disclosure_term(phrase: str, *, language: str) -> DisclosureTerm:
    return DisclosureTerm(language=language, words=words_of(phrase, language))


def disclosure_terms(*, campaign: CampaignPage) -> tuple[DisclosureTerm, ...]:
    """The campaign's disclosure words in every language it is written in."""
    texts = CampaignPage.objects.filter(
        pk__in=Page.objects.filter(translation_key=campaign.translation_key).values("pk")
    ).values_list("disclosure_words", "locale__language_code")
    terms = {
        disclosure_term(line, language=language)
        for text, language in texts
        for line in text.splitlines()
        if line.strip()
    }
    return tuple(sorted(term for term in terms if term.words))


def _contains(words: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    size = len(phrase)
    return any(words[start : start + size] == phrase for start in range(len(words) - size + 1))


def text_discloses(text: str, terms: tuple[DisclosureTerm, ...]) -> bool:
    """Whether the text contains one of the terms, each compared in its own language."""
    read: dict[str, tuple[str, ...]] = {}
    for term in terms:
        if term.language not in read:
            read[term.language] = words_of(text, term.language)
        if term.words and _contains(read[term.language], term.words):
            return True
    return False
