"""A session's participants are offered the languages its campaign is published in, and every
page of the session is in one of them: the instructions in the language of the questions."""

import re

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from tests.content import publish
from tests.participation.test_participant_journey import join
from tests.workshops.factories import SessionFactory
from workshops.services import session_open

pytestmark = pytest.mark.django_db


def page_translated(page, language: str, **fields):
    copy = page.copy_for_translation(Locale.objects.get(language_code=language), copy_parents=True)
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


def quiz_translated(quiz, language: str, **fields):
    copy = quiz.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


@pytest.fixture
def romanian_session(tree, quiz):
    """A campaign in English and Romanian, its quiz in both, and an open Romanian session."""
    page_translated(tree.campaign, "ro", slug="golondrina-ro", title="Rândunica")
    quiz_translated(quiz, "ro", title="Chestionar despre adulții de încredere")
    session = SessionFactory(
        campaign=tree.campaign,
        modules=[tree.module],
        language="ro",
        audience="single_mothers",
        age_band="18+",
        scheduled_start=timezone.now(),
    )
    return session_open(session=session)


def offered(html: str) -> set[str]:
    """The languages the header's switcher offers."""
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert switcher, "no language switcher"
    return set(re.findall(r'lang="(\w+)"', switcher.group(0)))


def phone_in(language: str) -> Client:
    phone = Client()
    phone.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return phone


def test_the_participant_header_offers_only_the_campaigns_languages(romanian_session):
    phone = phone_in("ro")
    join(phone, romanian_session, role="single_mothers", age_band="18+")
    pages = [
        reverse("join_code", args=[romanian_session.join_code]),
        reverse("quiz:next", args=[romanian_session.join_code]),
    ]
    for url in pages:
        html = phone.get(url, follow=True).text
        assert offered(html) == {"en", "ro"}, url


def test_a_participant_in_a_language_the_campaign_lacks_reads_the_sessions_language(
    romanian_session,
):
    phone = phone_in("fr")
    join(phone, romanian_session, role="single_mothers", age_band="18+")
    page = phone.get(reverse("quiz:next", args=[romanian_session.join_code]), follow=True)

    assert page.context["quiz"].locale.language_code == "ro"
    assert '<html lang="ro"' in page.text
    assert "Alegeți un singur răspuns." in page.text  # the instruction, as the questions
    assert "Choisissez une seule réponse." not in page.text
    assert offered(page.text) == {"en", "ro"}


def test_a_participant_who_chose_one_of_the_campaigns_languages_keeps_it(romanian_session):
    phone = phone_in("en")
    join(phone, romanian_session, role="single_mothers", age_band="18+")
    page = phone.get(reverse("quiz:next", args=[romanian_session.join_code]), follow=True)

    assert page.context["quiz"].locale.language_code == "en"
    assert "Choose one answer." in page.text


def test_pages_before_a_session_is_known_offer_every_language(client):
    html = client.get(reverse("join")).text

    assert offered(html) == {code for code, _name in settings.LANGUAGES}


def test_a_campaign_published_in_one_more_language_is_offered_at_once(romanian_session, tree):
    phone = phone_in("ro")
    url = reverse("join_code", args=[romanian_session.join_code])
    assert "es" not in offered(phone.get(url).text)

    page_translated(tree.campaign, "es", slug="golondrina-es", title="Golondrina")

    assert "es" in offered(phone.get(url).text)
