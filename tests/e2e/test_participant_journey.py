"""Three participants on their phones, in a class at a school in Bogotá: they join with the code
or the QR code, in Spanish or English, take the pre-test, the post-test once the trainer opens it,
and the survey. One reloads the page half way through; one uses nothing but the keyboard. The
trainer's live panel follows them."""

import json
import re

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect
from wagtail.models import Locale

from quizzes.models import Attempt
from surveys.models import Response
from tests.content import publish
from tests.e2e.conftest import (
    DESKTOP,
    JOURNEY,
    PHONE,
    PHONE_SMALL,
    Browsers,
    follow,
    live_figure,
    path_of,
    press,
    scan_qr,
    sign_in,
    tick,
)
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_COUNSELLOR,
    C_NEW_FRIEND_ONLINE,
    C_NOBODY,
    C_STRANGER_ONLINE,
    C_TEACHER,
    C_TRUSTED_ADULT,
    ONE_RIGHT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
    QuizFactory,
)
from tests.surveys.factories import (
    C_DISCUSSION,
    C_LITTLE,
    C_ROLE_PLAY,
    C_VERY,
    S_FREE_TEXT,
    S_LIKERT,
    S_MULTIPLE,
    S_RATING,
    S_SINGLE,
    SurveyFactory,
)
from tests.workshops.factories import GroupFactory, SessionFactory, VenueFactory
from workshops.models import Participant
from workshops.services import session_open

pytestmark = JOURNEY


def _choice(key: str, text: str, correct: bool) -> dict:
    return {"type": "item", "id": key, "value": {"text": text, "correct": correct}}


# The quiz and the survey of tests.quizzes.factories and tests.surveys.factories, in Spanish: the
# same question and choice keys, so that both languages count as one quiz and one survey.
QUIZ_ES = [
    {
        "type": "single",
        "id": Q_SINGLE,
        "value": {
            "text": "¿A quién le cuentas si un contacto te hace sentir incómodo?",
            "choices": [
                _choice(C_TRUSTED_ADULT, "A un adulto de confianza", True),
                _choice(C_NOBODY, "A nadie: me lo guardo", False),
                _choice(C_STRANGER_ONLINE, "A alguien que conocí en internet", False),
            ],
            "explanation": "Un adulto de confianza puede ayudarte. Nunca es tu culpa.",
        },
    },
    {
        "type": "multiple",
        "id": Q_MULTIPLE,
        "value": {
            "text": "¿Quiénes pueden ser adultos de confianza en el colegio?",
            "choices": [
                _choice(C_TEACHER, "Tu profesora o profesor", True),
                _choice(C_COUNSELLOR, "La orientadora del colegio", True),
                _choice(C_NEW_FRIEND_ONLINE, "Un amigo nuevo del chat de un juego", False),
            ],
            "explanation": "Profesores y orientadores están para escuchar y actuar.",
        },
    },
    {
        "type": "true_false",
        "id": Q_TRUE_FALSE,
        "value": {
            "text": "Debes guardar un secreto que te hace sentir mal.",
            "answer": "false",
            "explanation": "Los secretos que te hacen sentir mal o con miedo se cuentan.",
        },
    },
]
SURVEY_ES = [
    {"type": "likert", "id": S_LIKERT,
     "value": {"text": "Si alguien me hace daño, nunca es mi culpa.", "required": True}},
    {"type": "single", "id": S_SINGLE,
     "value": {"text": "¿Qué tan útil fue el taller?", "required": True,
               "choices": [{"type": "item", "id": C_VERY, "value": "Muy útil"},
                           {"type": "item", "id": C_LITTLE, "value": "Un poco"}]}},
    {"type": "multiple", "id": S_MULTIPLE,
     "value": {"text": "¿Qué te gustó?", "required": False,
               "choices": [{"type": "item", "id": C_ROLE_PLAY, "value": "El juego de roles"},
                           {"type": "item", "id": C_DISCUSSION, "value": "La conversación"}]}},
    {"type": "rating", "id": S_RATING,
     "value": {"text": "¿Se lo recomendarías a un amigo?", "required": True,
               "low_label": "Para nada", "high_label": "Totalmente"}},
    {"type": "free_text", "id": S_FREE_TEXT,
     "value": {"text": "¿Qué cambiarías?", "required": False}},
]  # fmt: skip

# What each phone answers, in the order the questions and choices come on the page.
TWO_RIGHT = {Q_SINGLE: [C_TRUSTED_ADULT], Q_MULTIPLE: [C_TEACHER], Q_TRUE_FALSE: ["false"]}
SURVEY = {S_LIKERT: ["5"], S_SINGLE: [C_VERY], S_MULTIPLE: [C_ROLE_PLAY], S_RATING: ["9"]}


def translated(snippet, *, title: str, introduction: str, questions: list) -> None:
    """Publish a Spanish version of a quiz or a survey."""
    spanish = snippet.copy_for_translation(Locale.objects.get(language_code="es"))
    spanish.title, spanish.introduction = title, introduction
    spanish.questions = json.dumps(questions)
    spanish.save()
    spanish.save_revision().publish()


@pytest.fixture
def quiz(tree):
    """The quiz of the module, before and after the workshop."""
    return QuizFactory(modules=[tree.module], title="Trusted adults")


@pytest.fixture
def classroom(tree, people, quiz):
    """Class 10A of a school in Bogotá, in Spanish, its session open: the campaign, its quiz and
    its survey are published in Spanish and English."""
    locale = Locale.objects.get(language_code="es")
    for page, slug in (
        (tree.home, "inicio"),
        (tree.index, "campanas"),
        (tree.campaign, "golondrina"),
    ):
        copy = page.copy_for_translation(locale)
        copy.slug = slug
        publish(copy)
    translated(
        quiz,
        title="Adultos de confianza",
        introduction="Responde lo que piensas: no es un examen del colegio.",
        questions=QUIZ_ES,
    )
    survey = SurveyFactory(campaign=tree.campaign, title="After the workshop")
    translated(
        survey,
        title="Después del taller",
        introduction="Cuéntanos qué piensas.",
        questions=SURVEY_ES,
    )
    school = VenueFactory(name="Colegio Distrital Las Aguas", locality="Santa Fe", city="Bogotá")
    session = SessionFactory(
        campaign=tree.campaign,
        modules=[tree.module],
        trainer=people.trainer,
        venue=school,
        group=GroupFactory(venue=school, name="10A"),
        scheduled_start=timezone.now(),
        audience="students",
        age_band="14-17",
        language="es",
        expected_size=32,
    )
    return session_open(session=session, by=people.trainer)


def language_of(page: Page) -> str:
    return page.locator("html").get_attribute("lang")


# --- a participant who taps ------------------------------------------------------------------


def tap_answers(page: Page, prefix: str, answers: dict[str, list[str]]) -> None:
    for question, choices in answers.items():
        for choice in choices:
            tick(page.locator(f'input[name="{prefix}{question}"][value="{choice}"]'), tap=True)


def tap_send(browsers: Browsers, page: Page) -> None:
    follow(page, page.locator("main form button[type=submit]"), tap=True)
    browsers.check(page)


def tap_on_to_next(browsers: Browsers, page: Page) -> None:
    """From a result page, or the wait for the post-test, on to what comes next."""
    follow(page, page.locator("main .btn-primary").last, tap=True)
    browsers.check(page)


def tap_through_welcome(browsers: Browsers, page: Page) -> None:
    """Keep the role and age band the session suggests, and agree: one tap to the pre-test."""
    follow(page, page.locator("main button[name=agree]"), tap=True)
    browsers.check(page)
    assert "/pre/" in path_of(page), f"not on the pre-test: {page.url}"


# --- a participant who uses the keyboard alone ------------------------------------------------


def tab_to(page: Page, selector: str, *, presses: int = 60) -> None:
    """Press Tab until the element that has the focus matches the selector."""
    for _ in range(presses):
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return
        page.keyboard.press("Tab")
    pytest.fail(f"{selector} cannot be reached with the Tab key on {page.url}")


def keyboard_answers(page: Page, prefix: str, answers: dict[str, list[str]]) -> None:
    """Radio buttons: Tab into the group, arrows to the answer, Space; checkboxes: Tab, Space."""
    for question, choices in answers.items():
        for choice in choices:
            name = f"{prefix}{question}"
            target = f'input[name="{name}"][value="{choice}"]'
            if page.locator(target).get_attribute("type") == "radio":
                tab_to(page, f'input[name="{name}"]')
                for _ in range(12):
                    if page.evaluate("(s) => document.activeElement.matches(s)", target):
                        break
                    page.keyboard.press("ArrowDown")
            else:
                tab_to(page, target)
            page.keyboard.press("Space")
            assert page.locator(target).is_checked(), f"{target} not ticked with the keyboard"


def keyboard_activate(browsers: Browsers, page: Page, selector: str) -> None:
    """Tab to a link or a button and press Enter; the next page is checked."""
    tab_to(page, selector)
    press(page, "Enter")
    browsers.check(page)


# --- the journey -----------------------------------------------------------------------------


@pytest.mark.long
def test_three_phones_join_by_code_and_qr_in_spanish_and_english_and_finish_tests_and_survey(
    browsers, classroom, people, quiz
):
    session = classroom
    code = session.join_code_display

    trainer = browsers.open("trainer", **DESKTOP)
    sign_in(browsers, trainer, people.trainer)
    trainer.goto(f"/trainer/sessions/{session.pk}/")
    browsers.check(trainer)
    qr_url = scan_qr(trainer)

    # A small phone, in Spanish, the session's language: types the code as it is shown.
    small = browsers.open("phone 320x640, Spanish, taps", **PHONE_SMALL)
    small.goto("/join/")
    browsers.check(small)
    small.locator("#id_code").fill(code.lower())
    tap_send(browsers, small)
    assert language_of(small) == "es"
    tap_through_welcome(browsers, small)
    assert small.locator("h1").inner_text() == "Adultos de confianza"
    tap_answers(small, "q-", ONE_RIGHT)
    tap_send(browsers, small)
    assert small.locator(".score__figure").count() == 0, "a mark after the pre-test"
    tap_on_to_next(browsers, small)
    assert path_of(small).endswith("/wait/")

    # A phone that scans the QR code and switches to English; it reloads half way through.
    english = browsers.open("phone 375x812, English, reloads", **PHONE)
    english.goto(qr_url)
    browsers.check(english)
    assert language_of(english) == "es"
    follow(english, english.locator(".language-choice button[value=en]"), tap=True)
    browsers.check(english)
    assert language_of(english) == "en"
    tap_through_welcome(browsers, english)
    assert english.locator("h1").inner_text() == quiz.title
    pre_test = path_of(english)
    tap_answers(english, "q-", {Q_SINGLE: [C_TRUSTED_ADULT], Q_MULTIPLE: [C_TEACHER]})
    browsers.screenshot(english, "quiz-on-a-phone")
    english.reload()
    browsers.check(english)
    assert path_of(english) == pre_test, "the reload did not come back to the pre-test"
    # The choices made before the reload are still there (kept on the phone: answers.js).
    for question, choice in ((Q_SINGLE, C_TRUSTED_ADULT), (Q_MULTIPLE, C_TEACHER)):
        expect(english.locator(f'input[name="q-{question}"][value="{choice}"]')).to_be_checked()
    tap_answers(english, "q-", {Q_TRUE_FALSE: TWO_RIGHT[Q_TRUE_FALSE]})
    tap_send(browsers, english)
    assert english.locator(".score__figure").count() == 0, "a mark after the pre-test"
    tap_on_to_next(browsers, english)

    # A phone driven by the keyboard alone (a switch, a screen reader): no click, no tap.
    keys = browsers.open("phone 375x812, Spanish, keyboard only", viewport=PHONE["viewport"])
    keys.goto("/join/")
    browsers.check(keys)
    tab_to(keys, "#id_code")
    keys.keyboard.type(code)
    press(keys, "Enter")
    browsers.check(keys)
    assert language_of(keys) == "es"
    keyboard_activate(browsers, keys, "main button[name=agree]")
    assert "/pre/" in path_of(keys), f"not on the pre-test: {keys.url}"
    keyboard_answers(keys, "q-", ONE_RIGHT)
    keyboard_activate(browsers, keys, "main form button[type=submit]")
    assert keys.locator(".score__figure").count() == 0, "a mark after the pre-test"
    keyboard_activate(browsers, keys, "main a.btn-primary")
    assert path_of(keys).endswith("/wait/")

    # The trainer sees the three pre-tests come in, and opens the post-test.
    expect(live_figure(trainer, "Phones joined")).to_have_text("3")
    expect(live_figure(trainer, "Phones done with the pre-test")).to_have_text("3")
    follow(trainer, trainer.get_by_role("button", name="Workshop over: open the post-test"))
    browsers.check(trainer)

    # No phone presses "is the last quiz open?": each moves on to the post-test by itself (the
    # wait page asks the server), then takes it and the survey.
    for phone in (small, english, keys):
        expect(phone).to_have_url(re.compile(r"/post/"))
        browsers.check(phone)
    for phone in (small, english):
        tap_answers(phone, "q-", ALL_RIGHT)
        tap_send(browsers, phone)
        before = "1/3" if phone is small else "2/3"
        assert phone.locator(".score__figure").all_inner_texts() == [before, "3/3"]
        if phone is english:
            browsers.screenshot(english, "results-on-a-phone")
        tap_on_to_next(browsers, phone)
        assert "/survey/post/" in path_of(phone), f"not on the survey: {phone.url}"
        tap_answers(phone, "s-", SURVEY)
        tap_send(browsers, phone)
        assert path_of(phone).endswith("/done/")

    keyboard_answers(keys, "q-", ALL_RIGHT)
    keyboard_activate(browsers, keys, "main form button[type=submit]")
    assert keys.locator(".score__figure").all_inner_texts() == ["1/3", "3/3"]
    keyboard_activate(browsers, keys, "main a.btn-primary")
    keyboard_answers(keys, "s-", SURVEY)
    keyboard_activate(browsers, keys, "main form button[type=submit]")
    assert path_of(keys).endswith("/done/")

    # The live panel, refreshing itself, shows everyone done.
    expect(live_figure(trainer, "Phones joined")).to_have_text("3")
    expect(live_figure(trainer, "Phones done with the post-test")).to_have_text("3")
    expect(live_figure(trainer, "Phones done with the survey after")).to_have_text("3")

    participants = Participant.objects.filter(session=session)
    assert sorted(participants.values_list("language", flat=True)) == ["en", "es", "es"]
    assert Attempt.objects.filter(session=session).count() == 6
    assert Response.objects.filter(participant__session=session).count() == 3
    browsers.every_page_checked()
