"""Certificates of participation (issue 23, item 9): the trainer prints one per person, with the
campaign, module, venue, date and trainer, and a line for the name written by hand; a participant
may type their name on their phone, and it never reaches the server."""

import datetime as dt
import io
import re
import zoneinfo
from html.parser import HTMLParser

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from pypdf import PdfReader
from wagtail.models import Locale

from participation.certificates import MAX_COPIES, certificate_copies_default
from tests.content import publish
from tests.participation.test_participant_journey import join
from tests.workshops.factories import SessionFactory, VenueFactory
from workshops.models import Attendance
from workshops.services import session_open

pytestmark = pytest.mark.django_db

BOGOTA = zoneinfo.ZoneInfo("America/Bogota")


@pytest.fixture
def session(tree, people):
    """A session of the trainer's, held on 15 December 2026 at 09:30 in Bogotá."""
    tree.campaign.partner_organisation = "Fundación Golondrina"
    publish(tree.campaign)
    people.trainer.first_name, people.trainer.last_name = "Ana", "Rojas"
    people.trainer.save()
    return SessionFactory(
        campaign=tree.campaign,
        trainer=people.trainer,
        modules=[tree.module],
        venue=VenueFactory(name="Colegio Distrital Las Aguas", locality="Santa Fe"),
        scheduled_start=dt.datetime(2026, 12, 15, 9, 30, tzinfo=BOGOTA),
        language="en",
    )


def signed_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def certificates_url(session) -> str:
    return reverse("trainer:session_certificates", args=[session.pk])


def pdf_pages(response) -> list[str]:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(io.BytesIO(response.content))
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def test_the_pdf_has_one_certificate_per_page_naming_campaign_module_venue_date_and_trainer(
    session, people
):
    response = signed_in(people.trainer).get(certificates_url(session), {"copies": 7})

    pages = pdf_pages(response)
    assert len(pages) == 7
    assert "attachment" in response["Content-Disposition"]
    for text in pages:
        assert "Certificate of participation" in text
        assert "Golondrina" in text
        assert "My body is mine" in text
        assert "Colegio Distrital Las Aguas, Santa Fe, Bogotá" in text
        assert "Dec. 15, 2026" in text
        assert "Ana Rojas" in text
        assert "Fundación Golondrina" in text


# Each language's words for the certificate's labels, and its date.
IN_LANGUAGE = {
    "es": (("Campaña", "Lugar", "Facilitador/a", "Organización aliada"), "15 de diciembre de 2026"),
    "ro": (("Campanie", "Locație", "Facilitator", "Organizație parteneră"), "15 decembrie 2026"),
    "fr": (
        ("Campagne", "Lieu", "Animateur ou animatrice", "Organisation partenaire"),
        "15 décembre 2026",
    ),
}


@pytest.mark.parametrize("language", sorted(IN_LANGUAGE))
def test_the_certificates_are_in_the_sessions_language(session, people, tree, language):
    words, date = IN_LANGUAGE[language]
    locale = Locale.objects.get(language_code=language)
    translated = tree.campaign.copy_for_translation(locale, copy_parents=True)
    translated.title = f"Golondrina [{language}]"
    publish(translated)
    session.language = language
    session.save()
    # The trainer reads the trainer space in English; the certificates speak the session's language.
    client = signed_in(people.trainer)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    (text,) = pdf_pages(client.get(certificates_url(session), {"copies": 1}))

    for word in words:
        assert word in text
    assert date in text.lower()
    assert f"Golondrina [{language}]" in text
    assert "Venue" not in text and "Campaign" not in text


def test_the_number_of_copies_is_the_headcount_or_the_phones_that_joined(session, people):
    client = signed_in(people.trainer)
    assert client.get(certificates_url(session)).context["form"]["copies"].value() == 30  # planned

    session = session_open(session=session)
    for _ in range(3):
        join(Client(), session)
    assert certificate_copies_default(session=session) == 3

    Attendance.objects.create(
        session=session, role="students", gender="female", age_band="10-13", count=24
    )
    response = client.get(certificates_url(session))
    assert response.status_code == 200
    assert 'value="24"' in response.text


def test_no_more_than_200_certificates_at_once(session, people):
    response = signed_in(people.trainer).get(certificates_url(session), {"copies": MAX_COPIES + 1})

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    assert "200" in response.context["form"].errors["copies"][0]


def test_a_trainer_of_another_campaign_gets_404_and_the_coordinator_gets_them(session, people):
    other = signed_in(people.other_trainer)
    assert other.get(certificates_url(session)).status_code == 404
    assert other.get(certificates_url(session), {"copies": 3}).status_code == 404

    coordinator = signed_in(people.coordinator)
    assert len(pdf_pages(coordinator.get(certificates_url(session), {"copies": 2}))) == 2


def test_the_session_page_links_to_the_certificates(session, people):
    response = signed_in(people.trainer).get(reverse("trainer:session_detail", args=[session.pk]))

    assert certificates_url(session) in response.text


# --- the participant's own certificate ----------------------------------------------------------


class Fields(HTMLParser):
    """The page's input fields, each with its attributes and whether it sits inside a form."""

    def __init__(self):
        super().__init__()
        self.depth = 0
        self.fields: list[tuple[dict, bool]] = []
        self.scripts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.depth += 1
        elif tag in ("input", "textarea", "select"):
            self.fields.append((attrs, self.depth > 0))
        elif tag == "script":
            self.scripts.append(attrs.get("src") or "inline")

    def handle_endtag(self, tag):
        if tag == "form":
            self.depth -= 1


def fields_of(html: str) -> Fields:
    parser = Fields()
    parser.feed(html)
    return parser


def test_the_participant_types_a_name_that_no_form_can_send(session, tree):
    session = session_open(session=session)
    device = Client()
    join(device, session)

    response = device.get(reverse("quiz:certificate", args=[session.join_code]))

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = fields_of(response.text)
    (name_field,) = [attrs for attrs, _ in page.fields if attrs.get("id") == "certificate-name"]
    assert "name" not in name_field
    assert [in_form for attrs, in_form in page.fields if attrs.get("id") == "certificate-name"] == [
        False
    ]
    # Whatever forms the page has (the language switcher), none carries a name.
    assert not [attrs for attrs, _ in page.fields if re.search("name", attrs.get("name", ""))]
    assert "inline" not in page.scripts
    assert any(src.endswith("js/certificate.js") for src in page.scripts)
    assert "data-certificate-name" in response.text
    for shown in ("Certificate of participation", "Golondrina", "My body is mine", "Ana Rojas"):
        assert shown in response.text
    assert "Colegio Distrital Las Aguas" in response.text


def test_only_a_device_that_joined_sees_the_certificate(session):
    session = session_open(session=session)

    response = Client().get(reverse("quiz:certificate", args=[session.join_code]))

    assert response.status_code == 302
    assert response["Location"] == reverse("join_code", args=[session.join_code])
