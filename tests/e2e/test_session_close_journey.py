"""The end of the workshop: the trainer sees everyone done on the live panel, counts the class,
closes the session; a fourth phone that comes too late is told the session has ended."""

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from tests.e2e.conftest import (
    DESKTOP,
    JOURNEY,
    PHONE_SMALL,
    follow,
    live_figure,
    path_of,
    scan_qr,
    sign_in,
)
from tests.reach.world import World
from tests.surveys.factories import SurveyFactory
from tests.workshops.factories import GroupFactory, SessionFactory, VenueFactory
from workshops.models import Participant, SessionState
from workshops.services import session_open, session_post_test_open

pytestmark = JOURNEY


@pytest.fixture
def classroom(tree, people, quiz) -> World:
    """Class 7B of a school in Bogotá, its session open and its post-test too."""
    school = VenueFactory(name="Colegio Distrital Las Aguas", locality="Santa Fe", city="Bogotá")
    session = SessionFactory(
        campaign=tree.campaign,
        modules=[tree.module],
        trainer=people.trainer,
        venue=school,
        group=GroupFactory(venue=school, name="7B"),
        scheduled_start=timezone.now(),
        expected_size=30,
    )
    session = session_post_test_open(session=session_open(session=session))
    return World(tree.campaign, quiz, SurveyFactory(campaign=tree.campaign), [session])


def test_trainer_sees_three_done_counts_the_class_and_closes_and_the_code_refuses_a_fourth_phone(
    browsers, classroom, people
):
    # Three phones took the pre-test, the post-test and the survey.
    world = classroom
    session = world.sessions[0]
    for person, (pre, post) in enumerate([(2, 0), (1, 0), (2, 0)]):
        world.join(0, "students", ("female", "male", "not_stated")[person], "10-13")
        world.submit(person, "pre", pre)
        world.submit(person, "post", post)
        world.respond(person, "5")

    trainer = browsers.open("trainer", **DESKTOP)
    sign_in(browsers, trainer, people.trainer)
    follow(trainer, trainer.locator(".session-card a", has_text="7B"))
    browsers.check(trainer)
    for figure in (
        "Phones joined",
        "Phones done with the pre-test",
        "Phones done with the post-test",
        "Phones done with the survey after",
    ):
        expect(live_figure(trainer, figure)).to_have_text("3")
    join_url = scan_qr(trainer)

    # The headcount: 16 girls and 14 boys took part, with or without a phone.
    follow(trainer, trainer.get_by_role("link", name="Record headcount"))
    browsers.check(trainer)
    first_line = trainer.locator("fieldset.headcount-row").first
    first_line.get_by_label("Female").fill("16")
    first_line.get_by_label("Male", exact=True).fill("14")
    follow(trainer, trainer.get_by_role("button", name="Save headcount"))
    browsers.check(trainer)
    headcount = trainer.get_by_role("table", name="People counted, by role, age band and gender")
    assert "30 / 30" in headcount.inner_text()

    # Close, once confirmed: the code stops working at once.
    follow(trainer, trainer.get_by_role("link", name="Close session"))
    browsers.check(trainer)
    follow(trainer, trainer.locator("main form button[type=submit]"))
    browsers.check(trainer)
    assert (
        "Session closed: its join code no longer works."
        in trainer.locator(".messages").inner_text()
    )
    session.refresh_from_db()
    assert session.state == SessionState.CLOSED

    # A fourth phone, late: the code it types, and the QR code's address, say the session ended.
    late = browsers.open("late phone 320x640", **PHONE_SMALL)
    late.goto("/join/")
    browsers.check(late)
    late.locator("#id_code").fill(session.join_code_display)
    follow(late, late.locator("main form button[type=submit]"), tap=True)
    browsers.check(late)
    assert path_of(late) == "/join/"
    assert "it has already ended" in late.locator(".invalid-feedback").inner_text()
    late.goto(join_url)
    browsers.check(late)
    assert late.locator("h1").inner_text() == "This session has ended"
    assert Participant.objects.filter(session=session).count() == 3
    browsers.every_page_checked()
