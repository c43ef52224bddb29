"""Disclosure words: a campaign lists words or phrases that may mean a participant is telling
about harm; a free-text answer containing one is flagged for the session's trainer.

Matching ignores case and accents and needs whole words ("abuso" does not match "abusones"), so
that a flag means something. It is a prompt for a trained adult to look, never a diagnosis.
"""

import re
import unicodedata

from wagtail.models import Page

from workshops.models import CampaignPage


def text_normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def disclosure_terms(*, campaign: CampaignPage) -> tuple[str, ...]:
    """The campaign's disclosure words in every language it is written in, normalised."""
    texts = CampaignPage.objects.filter(
        pk__in=Page.objects.filter(translation_key=campaign.translation_key).values("pk")
    ).values_list("disclosure_words", flat=True)
    terms = {
        text_normalize(line.strip()) for text in texts for line in text.splitlines() if line.strip()
    }
    return tuple(sorted(terms))


def text_discloses(text: str, terms: tuple[str, ...]) -> bool:
    normalized = text_normalize(text)
    return any(re.search(rf"(?<!\w){re.escape(term)}(?!\w)", normalized) for term in terms if term)
