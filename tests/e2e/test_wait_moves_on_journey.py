"""A phone on the wait page, during the workshop: when the trainer opens the post-test, it moves
on to it by itself, without a tap (the page asks the server; no meta refresh)."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.e2e.conftest import JOURNEY, PHONE, follow
from tests.e2e.test_participant_journey import tap_answers, tap_through_welcome
from tests.quizzes.factories import ALL_RIGHT
from workshops.services import session_post_test_open

pytestmark = JOURNEY


@pytest.mark.long
def test_a_phone_on_the_wait_page_moves_on_to_the_post_test_by_itself(browsers, open_session):
    code = open_session.join_code
    phone = browsers.open("phone 375x812, waits", **PHONE)
    phone.goto(reverse("join_code", args=[code]))
    browsers.check(phone)
    tap_through_welcome(browsers, phone)
    tap_answers(phone, "q-", ALL_RIGHT)
    follow(phone, phone.locator("main form button[type=submit]"), tap=True)  # to the result
    phone.goto(reverse("quiz:next", args=[code]))
    expect(phone).to_have_url(re.compile(r"/wait/$"))
    expect(phone.locator("#wait-progress[role=status]")).to_be_visible()  # shown by the script
    expect(phone.get_by_role("button", name="Is the last quiz open?")).to_be_visible()
    browsers.check(phone)

    session_post_test_open(session=open_session)
    expect(phone).to_have_url(re.compile(r"/post/"))
    browsers.check(phone)
    expect(phone.locator("h1")).to_have_text(re.compile(r"\S"))
