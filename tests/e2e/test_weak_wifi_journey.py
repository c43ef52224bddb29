"""Weak Wi-Fi and none: a class never loses an answer. Phones in Chromium against gunicorn and a
real worker: answers kept on the phone through a reload without a connection, sent by themselves
when it comes back, exactly once on a network that drops a third of the requests, still counted
when the trainer closed the session meanwhile (and refused plainly after the grace period), and
nothing of one person left on a phone handed to the next."""

import contextlib
import datetime as dt
import random
import re

import pytest
from django.db.models import Sum
from django.urls import reverse
from django.utils import timezone
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect

from quizzes.models import Attempt
from reach.models import QuizCell
from tests.e2e.conftest import JOURNEY, PHONE, follow, live_figure, sign_in
from tests.e2e.test_participant_journey import tap_answers, tap_through_welcome
from tests.quizzes.factories import ALL_RIGHT, Q_MULTIPLE, Q_SINGLE, Q_TRUE_FALSE
from workshops.models import Participant, Session
from workshops.services import session_close, session_post_test_open

pytestmark = JOURNEY

FIRST_TWO = {Q_SINGLE: ALL_RIGHT[Q_SINGLE], Q_TRUE_FALSE: ALL_RIGHT[Q_TRUE_FALSE]}
THE_REST = {Q_MULTIPLE: ALL_RIGHT[Q_MULTIPLE]}
SEND = "main form[data-answers] button[type=submit]"


def on_the_pre_test(browsers, session, who: str) -> Page:
    """A phone that joined and is on the pre-test, its page kept by the service worker."""
    phone = browsers.open(who, **PHONE)
    phone.goto(reverse("join_code", args=[session.join_code]))
    browsers.check(phone)
    tap_through_welcome(browsers, phone)
    # The worker registered on the welcome page may activate while the phone is between pages,
    # so the quiz page may load before it took control; any load after it is active goes through it.
    phone.evaluate("async () => { await navigator.serviceWorker.ready; }")
    phone.reload()  # now through the service worker, which keeps the page
    phone.wait_for_function("() => navigator.serviceWorker.controller !== null")
    return phone


def kept_answers(phone: Page) -> dict[str, list[str]]:
    return phone.evaluate(
        """() => Object.fromEntries(
            Object.keys(localStorage).filter((k) => k.startsWith("faro.answers."))
                .map((k) => [k, localStorage.getItem(k)]))"""
    )


def send_offline(phone: Page) -> None:
    """Answer everything, lose the connection, press send: Faro's own message, no error page."""
    tap_answers(phone, "q-", ALL_RIGHT)
    phone.context.set_offline(True)
    phone.locator(SEND).tap()
    expect(phone.locator("[data-state=queued]")).to_be_visible()
    expect(phone.locator("[data-state=queued]")).to_contain_text("No connection")
    assert phone.url.startswith("http"), phone.url  # not the browser's own error page


def attempts(session, phase: str = "pre") -> int:
    return Attempt.objects.filter(session=session, phase=phase).count()


@pytest.mark.long
def test_answers_survive_a_reload_offline_and_are_sent_once_when_the_connection_is_back(
    browsers, open_session
):
    phone = on_the_pre_test(browsers, open_session, "phone offline mid-quiz")
    tap_answers(phone, "q-", FIRST_TWO)
    phone.context.set_offline(True)
    phone.reload()  # no connection: the page the service worker kept, with the choices made
    for question, choices in FIRST_TWO.items():
        for choice in choices:
            expect(phone.locator(f'input[name="q-{question}"][value="{choice}"]')).to_be_checked()
    browsers.check(phone)
    tap_answers(phone, "q-", THE_REST)
    phone.locator(SEND).tap()
    expect(phone.locator("[data-state=queued]")).to_be_visible()
    browsers.check(phone)
    assert attempts(open_session) == 0

    phone.context.set_offline(False)  # no tap: the page sends them by itself
    expect(phone.locator("[data-state=sent]")).to_be_visible()
    expect(phone.locator("[data-sent-at]")).to_have_text(re.compile(r"\d{1,2}:\d{2}"))
    browsers.check(phone)
    assert attempts(open_session) == 1
    assert Attempt.objects.get().correct_count == 3
    follow(phone, phone.locator("[data-continue]"), tap=True)
    expect(phone.locator("h1")).to_have_text(re.compile(r"\S"))
    browsers.check(phone)
    phone.evaluate("() => window.dispatchEvent(new Event('online'))")  # a second try: nothing new
    phone.wait_for_timeout(500)
    assert attempts(open_session) == 1

    # The trainer's live panel and the coordinator's figures count it.
    trainer = browsers.open("trainer, laptop")
    sign_in(browsers, trainer, open_session.trainer)
    trainer.goto(reverse("trainer:session_detail", args=[open_session.pk]))
    expect(live_figure(trainer, "Phones done with the pre-test")).to_have_text("1")
    browsers.check(trainer)
    cells = QuizCell.objects.filter(session=open_session, phase="pre")
    for _ in range(60):
        if cells.aggregate(n=Sum("attempts"))["n"] == 1:
            break
        trainer.wait_for_timeout(250)
    assert cells.aggregate(n=Sum("attempts"))["n"] == 1


def press_until(phone: Page, *, there, again, tries: int = 30) -> None:
    """Press the page's button, or open `again` when the page did not come, until `there`."""
    for _ in range(tries):
        if there():
            return
        try:
            # The last: on the welcome page, "I agree" (after the language buttons, if any).
            button = phone.locator("main form button[type=submit]").last
            if phone.url.startswith("http") and button.count():
                with phone.expect_navigation(timeout=5000):
                    button.click(timeout=3000)
            else:
                phone.goto(again, timeout=5000)
        except PlaywrightError:  # the request was dropped: the page did not come
            with contextlib.suppress(PlaywrightError):
                phone.goto(again, timeout=5000)
    assert there(), f"never got through: {phone.url}"


@pytest.mark.long
def test_ten_phones_on_a_network_that_drops_a_third_of_requests_send_every_answer_once(
    browsers, open_session
):
    """Service workers off, so that every request meets the dropping network (Playwright does not
    route a worker's own requests): what is tested is the pages' own queue and resends, and a
    page that lost its script is a phone without JavaScript, whose person presses again."""
    chance = random.Random(22)  # noqa: S311 (a test's coin, not a secret)
    code = open_session.join_code
    welcome = reverse("join_code", args=[code])
    dropped = []

    def flaky(route) -> None:
        if chance.random() < 0.3:
            dropped.append(route.request.url)
            route.abort("connectionreset")
        else:
            route.continue_()

    for number in range(10):
        phone = browsers.open(f"flaky phone {number}", service_workers="block", **PHONE)
        phone.context.route("**/*", flaky)
        press_until(phone, there=lambda: "/pre/" in phone.url, again=welcome)  # noqa: B023
        joined = Participant.objects.filter(session=open_session).order_by("-pk").first()

        def sent() -> bool:
            return Attempt.objects.filter(participant=joined).exists()  # noqa: B023

        for _ in range(10):
            if sent():
                break
            try:
                if "/pre/" not in phone.url:
                    phone.goto(reverse("quiz:next", args=[code]), timeout=5000)
                phone.wait_for_load_state()
                tap_answers(phone, "q-", ALL_RIGHT)
                phone.locator(SEND).click(timeout=3000)
            except (PlaywrightError, AssertionError):
                pass
            # Sent at once, or from the page's queue a few seconds later; not at all when the
            # browser shows its own error page (a page without its script lost the request, and
            # nothing will send it again: its person presses again).
            for _ in range(40):
                if sent() or not phone.url.startswith("http"):
                    break
                phone.wait_for_timeout(250)
        assert sent(), f"phone {number} never got its answers through"
        phone.context.close()
    assert dropped, "the network dropped nothing: the test proved nothing"
    assert Participant.objects.filter(session=open_session).count() == 10
    assert attempts(open_session) == 10
    assert all(attempt.correct_count == 3 for attempt in Attempt.objects.all())


def test_a_phone_offline_when_the_session_closes_syncs_within_the_grace_and_is_refused_after(
    browsers, open_session
):
    counted = on_the_pre_test(browsers, open_session, "phone offline at the close")
    send_offline(counted)
    late = on_the_pre_test(browsers, open_session, "phone offline for two days")
    send_offline(late)
    session_close(session=open_session)

    counted.context.set_offline(False)
    expect(counted.locator("[data-state=sent]")).to_be_visible()
    follow(counted, counted.locator("[data-continue]"), tap=True)
    expect(counted.locator("main")).to_contain_text("This session has ended")
    expect(counted.locator(".help")).to_be_visible()  # the help contacts
    browsers.check(counted)
    assert attempts(open_session) == 1

    # Two days later: past the grace period, refused with a page that says so.
    Session.objects.filter(pk=open_session.pk).update(
        closed_at=timezone.now() - dt.timedelta(hours=48)
    )
    late.context.set_offline(False)
    expect(late.locator("h1")).to_have_text("These answers arrived too late")
    expect(late.locator(".help")).to_be_visible()
    browsers.check(late)
    assert attempts(open_session) == 1


def test_handing_the_phone_on_leaves_nothing_of_the_previous_participant(browsers, open_session):
    phone = on_the_pre_test(browsers, open_session, "shared phone")
    tap_answers(phone, "q-", ALL_RIGHT)
    assert kept_answers(phone), "the choices were not kept on the phone"
    follow(phone, phone.locator(SEND), tap=True)
    session_post_test_open(session=open_session)
    phone.goto(reverse("quiz:next", args=[open_session.join_code]))
    tap_answers(phone, "q-", ALL_RIGHT)
    follow(phone, phone.locator(SEND), tap=True)
    phone.goto(reverse("quiz:next", args=[open_session.join_code]))
    expect(phone).to_have_url(re.compile(r"/done/$"))
    browsers.check(phone)
    follow(phone, phone.get_by_role("button", name="Hand this phone to the next person"), tap=True)
    browsers.check(phone)
    assert kept_answers(phone) == {}
    kept_pages = phone.evaluate(
        """async () => {
            const cache = await caches.open("faro-pages");
            return (await cache.keys()).map((request) => request.url);
        }"""
    )
    assert not [url for url in kept_pages if "/pre/" in url or "/results/" in url], kept_pages
    queued = phone.evaluate(
        """() => new Promise((resolve) => {
            const open = indexedDB.open("faro-answers", 1);
            open.onsuccess = () => {
                const tx = open.result.transaction(["queue", "outcomes"]);
                const counts = [];
                tx.objectStore("queue").count().onsuccess = (e) => counts.push(e.target.result);
                tx.objectStore("outcomes").count().onsuccess = (e) => counts.push(e.target.result);
                tx.oncomplete = () => resolve(counts);
            };
        })"""
    )
    assert queued == [0, 0]
