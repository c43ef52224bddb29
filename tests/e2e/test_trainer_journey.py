"""The trainer, on a laptop: reads the module, signs in, plans a session at a school in Bogotá,
opens it and shows the join code and the QR code to the class."""

import re
import zoneinfo

import pytest
from django.utils import timezone

from tests.content import publish
from tests.e2e.conftest import DESKTOP, JOURNEY, follow, path_of, scan_qr, sign_in, tick
from tests.workshops.factories import VenueFactory
from workshops.models import CampaignPage, Session, SessionState

pytestmark = JOURNEY

BOGOTA = zoneinfo.ZoneInfo("America/Bogota")
JOIN_CODE = re.compile(r"^[0-9A-Z]{4}-[0-9A-Z]{4}$")


@pytest.fixture
def front_page(tree, people):
    """The front page says what Faro is, beside the two campaigns Faro is modelled on."""
    tree.home.intro = (
        "Awareness workshops on child protection and human trafficking, with anonymous quizzes "
        "before and after for the people who take part."
    )
    publish(tree.home)
    other = CampaignPage.objects.get(slug="another")  # the other coordinator's, from `people`
    other.title = "Preventing Trafficking in Women and Children"
    other.country = "RO"
    other.summary = "Workshops on the realities of trafficking, for single mothers."
    publish(other)
    return tree


def test_trainer_reads_the_module_then_opens_a_session_at_a_bogota_school_and_shows_its_join_code(
    browsers, front_page, people
):
    tree = front_page
    VenueFactory(
        name="Colegio Distrital Las Aguas",
        locality="Santa Fe",
        city="Bogotá",
        country="CO",
        timezone="America/Bogota",
    )
    trainer = browsers.open("trainer", **DESKTOP)

    # The front page, in the trainer's language; then the campaign and the module to teach.
    trainer.goto("/")
    assert path_of(trainer) == "/en/"
    browsers.check(trainer)
    browsers.screenshot(trainer, "home")
    follow(trainer, trainer.locator(".campaign-card a", has_text=tree.campaign.title))
    browsers.check(trainer)
    follow(trainer, trainer.locator(".module-card a", has_text=tree.module.title))
    assert trainer.locator("h1").inner_text() == tree.module.title
    browsers.check(trainer)
    browsers.screenshot(trainer, "module")

    # Sign in, and plan the session: the school, the class, today at 09:30 Bogotá time.
    sign_in(browsers, trainer, people.trainer)
    assert path_of(trainer) == "/trainer/"
    follow(trainer, trainer.get_by_role("link", name="Plan a session"))
    browsers.check(trainer)
    form = trainer.locator("main form")
    form.get_by_label("Campaign").select_option(label=tree.campaign.title)
    tick(form.get_by_role("checkbox", name=tree.module.title))
    form.get_by_label("Venue").select_option(label="Colegio Distrital Las Aguas (Santa Fe, Bogotá)")
    form.get_by_label("Group").fill("10A")
    form.get_by_label("Date").fill(f"{timezone.now().astimezone(BOGOTA):%Y-%m-%d}")
    form.get_by_label("Start time").fill("09:30")
    form.get_by_label("Audience").select_option("students")
    form.get_by_label("Age band").select_option("14-17")
    form.get_by_label("Language").select_option("es")
    form.get_by_label("Expected number of people").fill("32")
    follow(trainer, trainer.get_by_role("button", name="Plan session"))
    assert trainer.locator("h1").inner_text() == "10A · Colegio Distrital Las Aguas"
    browsers.check(trainer)

    # Open it: the code, the join address and a QR code that a phone reads as that address.
    follow(trainer, trainer.get_by_role("button", name="Open session and show the code"))
    confirm = trainer.get_by_role("button", name="Open it now")
    if confirm.count():  # 09:30 is hours away at this time of day: the trainer confirms
        browsers.check(trainer)
        follow(trainer, confirm)
    browsers.check(trainer)
    code = trainer.locator(".join-code--large").inner_text().strip()
    assert JOIN_CODE.match(code), f"not a join code: {code!r}"
    join_url = trainer.locator(".join-panel__url").inner_text().strip()
    assert join_url == f"{browsers.base_url}/join/{code.replace('-', '')}/"
    assert scan_qr(trainer) == join_url
    browsers.screenshot(trainer, "trainer-session")

    session = Session.objects.select_related("venue", "group").get()
    assert session.state == SessionState.OPEN
    assert session.join_code_display == code
    assert (session.venue.city, session.group.name, session.language) == ("Bogotá", "10A", "es")
    assert session.local_start.hour == 9 and session.local_start.minute == 30

    # The same code and QR code, as large as the screen allows, for the classroom projector.
    follow(trainer, trainer.get_by_role("link", name="Show on projector"))
    browsers.check(trainer)
    assert code in trainer.locator("main").inner_text()
    assert scan_qr(trainer) == join_url
    browsers.every_page_checked()
