"""Adults are addressed as adults after they join; the pages before suit every age."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.participation.test_participant_journey import join
from tests.participation.test_survey_flow import session_without_quiz

pytestmark = pytest.mark.django_db


def end_page(session, **profile) -> str:
    phone = Client()
    join(phone, session, **profile)
    page = phone.get(reverse("quiz:next", args=[session.join_code]), follow=True)
    assert page.request["PATH_INFO"] == reverse("quiz:done", args=[session.join_code])
    return page.text


def test_the_end_page_tells_adults_to_talk_to_someone_they_trust(tree):
    session = session_without_quiz(tree, audience="single_mothers", age_band="18+")

    html = end_page(session, role="single_mothers", age_band="18+")

    assert "Talk to your trainer or to someone you trust" in html
    assert "an adult you trust" not in html


def test_the_end_page_tells_children_to_talk_to_an_adult_they_trust(tree):
    html = end_page(session_without_quiz(tree))

    assert "Talk to your trainer or an adult you trust" in html
