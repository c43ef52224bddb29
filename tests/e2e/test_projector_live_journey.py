"""The trainer runs the room: six phones take the pre-test and the projector shows the class's
results per question without a reload; the trainer opens the post-test from the bar at the bottom
of their phone's screen; the phones move on by themselves; the projector shows before and after."""

import re

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from tests.e2e.conftest import DESKTOP, JOURNEY, PHONE, follow, path_of, sign_in
from tests.e2e.test_participant_journey import tap_answers, tap_send, tap_through_welcome
from tests.quizzes.factories import ALL_RIGHT, ONE_RIGHT

pytestmark = JOURNEY

# Four phones know it all, two think nobody should be told: 4/6 right on the first question.
PRE_ANSWERS = [ALL_RIGHT] * 4 + [ONE_RIGHT] * 2


@pytest.mark.long
def test_the_projector_follows_the_room_and_the_trainer_opens_the_post_test_from_the_bar(
    browsers, open_session, people
):
    open_session.trainer = people.trainer
    open_session.save()
    code = open_session.join_code
    detail_url = reverse("trainer:session_detail", args=[open_session.pk])

    projector = browsers.open("projector 1280x800", **DESKTOP)
    sign_in(browsers, projector, people.trainer)
    projector.goto(reverse("trainer:session_projector", args=[open_session.pk]))
    browsers.check(projector)
    expect(projector.locator(".projector__code")).to_be_visible()
    expect(projector.locator("#projector-live")).to_contain_text("0 people have joined")
    projector.evaluate("() => { window.notReloaded = true; }")

    phones = []
    for number, answers in enumerate(PRE_ANSWERS, start=1):
        phone = browsers.open(f"phone {number} 375x812", **PHONE)
        phone.goto(reverse("join_code", args=[code]))
        browsers.check(phone)
        tap_through_welcome(browsers, phone)
        tap_answers(phone, "q-", answers)
        tap_send(browsers, phone)  # thanks, no score
        phone.goto(reverse("quiz:next", args=[code]))
        expect(phone).to_have_url(re.compile(r"/wait/$"))
        browsers.check(phone)
        phones.append(phone)

    # The projector shows the class's answers per question, without a reload.
    live = projector.locator("#projector-live")
    expect(live).to_contain_text("6 people have joined")
    expect(live).to_contain_text("67% right")
    expect(live).to_contain_text("Wrong answer chosen most: “Nobody: keep it to yourself” (33%)")
    expect(live.locator("svg.class-chart").first).to_be_visible()
    assert projector.evaluate("() => window.notReloaded === true"), "the projector reloaded"
    browsers.check(projector)
    browsers.screenshot(projector, "projector-class-results")

    # On the trainer's phone, the next step stays at the bottom of the screen, however long the
    # page; the results there are folded until asked for.
    trainer = browsers.open("trainer 375x812", **PHONE)
    sign_in(browsers, trainer, people.trainer)
    trainer.goto(detail_url)
    browsers.check(trainer)
    expect(trainer.locator("details.fold").first).not_to_have_attribute("open", "")
    trainer.evaluate("() => window.scrollTo(0, document.body.scrollHeight)")
    bar = trainer.locator("#next-step")
    expect(bar).to_be_in_viewport()
    trainer.evaluate("() => window.scrollTo(0, 0)")
    expect(bar).to_be_in_viewport()
    browsers.screenshot(trainer, "trainer-next-step-bar")
    follow(trainer, bar.get_by_role("button", name="Workshop over: open the post-test"), tap=True)
    assert path_of(trainer) == detail_url
    browsers.check(trainer)
    expect(trainer.locator("#next-step").get_by_role("link", name="Close session")).to_be_visible()

    # The phones move on to the post-test by themselves, and the class takes it.
    for phone in phones:
        expect(phone).to_have_url(re.compile(r"/post/"))
        browsers.check(phone)
        tap_answers(phone, "q-", ALL_RIGHT)
        tap_send(browsers, phone)

    # The projector shows before and after side by side, and the class's gain.
    expect(live).to_contain_text("After the workshop")
    expect(live.locator(".class-results__gain")).to_contain_text("+22 points")
    expect(live.locator(".class-question").first).to_contain_text(
        re.compile(r"Before the workshop\s*67% right\s*After the workshop\s*100% right")
    )
    assert projector.evaluate("() => window.notReloaded === true"), "the projector reloaded"
    browsers.check(projector)
    browsers.screenshot(projector, "projector-before-and-after")
    browsers.every_page_checked()
