"""A campaign in four languages, with sessions in every phase, for the page matrix.

English content translated into Spanish, Romanian and French (the campaign, its module and
manual, its quiz and survey), each with a name of its own in each language so that a page shows
which one it used. Four sessions, one per phase: planned, open for the pre-test, open for the
post-test, closed; participants at every step of the flow, a paper tally, a headcount, a figure
waiting for review, an API token, and the rollups rebuilt so that the reports have figures.
"""

import datetime as dt
import itertools
import json
import uuid
from dataclasses import dataclass

from django.utils import timezone
from wagtail.models import Locale, Page, Site

from quizzes.models import Attempt
from reach.services.rebuild import rollups_rebuild
from reach.services.tokens import api_token_create
from tests.content import publish
from tests.quizzes.factories import QuizFactory
from tests.reach.world import World
from tests.surveys.factories import SurveyFactory
from tests.workshops.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    FigureReviewFactory,
    GroupFactory,
    HomePageFactory,
    ManualPageFactory,
    SessionFactory,
    UserFactory,
    VenueFactory,
    WorkshopModulePageFactory,
    chapters,
    facilitator_note,
    section,
    stream,
)
from workshops import roles
from workshops.models import CampaignCoordinator, CampaignTrainer, Participant, Session
from workshops.services import session_close, session_open, session_post_test_open

LANGUAGES = ("en", "es", "ro", "fr")

# What each piece of content is called in each language: none of them contains another.
NAMES = {
    "campaign": {
        "en": "Safe Swallows",
        "es": "Golondrinas seguras",
        "ro": "Rândunele în siguranță",
        "fr": "Hirondelles en sécurité",
    },
    "partner": {
        "en": "Network of Local Schools",
        "es": "Red de Colegios Locales",
        "ro": "Rețeaua Școlilor Locale",
        "fr": "Réseau des Écoles Locales",
    },
    "module": {
        "en": "My body is mine",
        "es": "Mi cuerpo es mío",
        "ro": "Corpul meu îmi aparține",
        "fr": "Mon corps m'appartient",
    },
    "manual": {
        "en": "Swallows facilitator handbook",
        "es": "Manual para facilitadores Golondrinas",
        "ro": "Manualul facilitatorului Rândunele",
        "fr": "Guide de l'animateur Hirondelles",
    },
    "quiz": {
        "en": "Trusted grown-ups check",
        "es": "Cuestionario sobre adultos de confianza",
        "ro": "Chestionar despre adulții de încredere",
        "fr": "Questionnaire sur les adultes de confiance",
    },
    "survey": {
        "en": "Workshop feedback form",
        "es": "Encuesta sobre el taller",
        "ro": "Formular de opinie despre atelier",
        "fr": "Avis sur l'atelier",
    },
}


@dataclass
class Place:
    """Everything a page of the matrix points at."""

    home: Page
    index: Page
    campaign: Page
    module: Page
    manual: Page
    untranslated_manual: Page  # English only: an editor starts its translation
    pages: dict[str, dict[str, Page]]  # kind -> language -> page
    quiz: object
    quizzes: dict[str, object]
    survey: object
    surveys: dict[str, object]
    venue: object
    sessions: dict[str, Session]  # planned, pre, post, closed
    participants: dict[str, Participant]  # by the step each one is at
    results_key: uuid.UUID
    review: object
    token: object
    secret: str
    trainer: object
    coordinator: object
    admin: object
    editor: object


def _translate(page: Page, language: str, **fields) -> Page:
    copy = page.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in fields.items():
        setattr(copy, name, value)
    return publish(copy)


# Question and answer texts of a translation: no English word left, so that an English sentence
# on a page comes from the code, never from the content.
CONTENT_WORD = {"es": "Texto", "ro": "Textul", "fr": "Texte"}
TEXT_KEYS = {"text", "explanation", "low_label", "high_label"}


def _content_translated(value, language: str, counter: itertools.count):
    if isinstance(value, list):
        return [_content_translated(item, language, counter) for item in value]
    if not isinstance(value, dict):
        return value
    translated = {}
    for key, item in value.items():
        plain_choice = key == "value" and value.get("type") == "item" and isinstance(item, str)
        if plain_choice or (key in TEXT_KEYS and isinstance(item, str)):
            translated[key] = f"{CONTENT_WORD[language]} {next(counter)}"
        else:
            translated[key] = _content_translated(item, language, counter)
    return translated


def _translate_snippet(snippet, language: str, title: str):
    copy = snippet.copy_for_translation(Locale.objects.get(language_code=language))
    copy.title = title
    copy.introduction = f"{CONTENT_WORD[language]} 0"
    questions = copy.questions.raw_data
    copy.questions = json.dumps(_content_translated(list(questions), language, itertools.count(1)))
    copy.save()
    copy.save_revision().publish()
    copy.refresh_from_db()
    return copy


def place_build() -> Place:
    for code in LANGUAGES[1:]:
        Locale.objects.get_or_create(language_code=code)
    home = publish(HomePageFactory(parent=Page.get_first_root_node(), slug="home-en"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    index = publish(CampaignIndexPageFactory(parent=home))
    campaign = publish(
        CampaignPageFactory(
            parent=index,
            title=NAMES["campaign"]["en"],
            slug="swallows",
            partner_organisation=NAMES["partner"]["en"],
        )
    )
    module = publish(
        WorkshopModulePageFactory(
            parent=campaign,
            title=NAMES["module"]["en"],
            slug="my-body",
            body=stream(
                section("Each student draws the hand of trust."),
                facilitator_note("Watch for students who go quiet."),
            ),
        )
    )
    manual = publish(
        ManualPageFactory(
            parent=campaign,
            title=NAMES["manual"]["en"],
            slug="handbook",
            chapters=chapters(
                ("Preparing the session", [section("Arrange the chairs in a circle.")])
            ),
        )
    )
    # Administrators read every campaign's report: a second one makes theirs a list.
    publish(CampaignPageFactory(parent=index, title="Second campaign", slug="second"))
    untranslated_manual = publish(
        ManualPageFactory(parent=campaign, title="Spare handbook", slug="spare-handbook")
    )
    pages = {
        "home": {"en": home},
        "index": {"en": index},
        "campaign": {"en": campaign},
        "module": {"en": module},
        "manual": {"en": manual},
    }
    for language in LANGUAGES[1:]:
        pages["home"][language] = _translate(home, language)
        pages["index"][language] = _translate(index, language)
        pages["campaign"][language] = _translate(
            campaign,
            language,
            title=NAMES["campaign"][language],
            partner_organisation=NAMES["partner"][language],
        )
        pages["module"][language] = _translate(module, language, title=NAMES["module"][language])
        pages["manual"][language] = _translate(manual, language, title=NAMES["manual"][language])

    quiz = QuizFactory(title=NAMES["quiz"]["en"], modules=[module])
    survey = SurveyFactory(title=NAMES["survey"]["en"], campaign=campaign)
    quizzes, surveys = {"en": quiz}, {"en": survey}
    for language in LANGUAGES[1:]:
        quizzes[language] = _translate_snippet(quiz, language, NAMES["quiz"][language])
        surveys[language] = _translate_snippet(survey, language, NAMES["survey"][language])

    trainer = UserFactory(username="trainer", groups=[roles.TRAINERS])
    coordinator = UserFactory(username="coordinator", groups=[roles.COORDINATORS])
    admin = UserFactory(username="admin", is_superuser=True, is_staff=True)
    editor = UserFactory(username="editor", groups=[roles.EDITORS])
    CampaignTrainer.objects.create(user=trainer, campaign=campaign)
    CampaignCoordinator.objects.create(user=coordinator, campaign=campaign)

    venue = VenueFactory(name="Colegio Las Aguas", locality="Santa Fe")
    start = timezone.now() - dt.timedelta(hours=3)

    def planned(group: str, hours: int) -> Session:
        return SessionFactory(
            campaign=campaign,
            trainer=trainer,
            venue=venue,
            group=GroupFactory(venue=venue, name=group),
            modules=[module],
            language="en",
            scheduled_start=start + dt.timedelta(hours=hours),
        )

    sessions = {
        "planned": planned("5A", 48),
        "pre": session_open(session=planned("7B", 0)),
        "post": session_open(session=planned("8C", 1)),
        "closed": session_open(session=planned("9D", -24)),
    }
    world = World(
        campaign, quiz, survey, [sessions["pre"], sessions["post"], sessions["closed"]], admin
    )
    steps = {}
    # At the pre-test: one about to take it, one who took it and waits for the workshop.
    steps["pre_test"] = world.join(0, "students", "female", "10-13")
    steps["waiting"] = world.join(0, "students", "male", "10-13")
    world.submit(1, "pre", 0)
    # After the workshop: at the post-test, at the survey, done.
    steps["post_test"] = world.join(1, "students", "female", "10-13")
    steps["survey"] = world.join(1, "students", "female", "10-13")
    steps["done"] = world.join(1, "students", "not_stated", "10-13")
    for person in (2, 3, 4):
        world.submit(person, "pre", person % 3)
    session_post_test_open(session=sessions["post"])
    world.submit(3, "post", 0)
    world.submit(4, "post", 2)
    world.respond(4, "5")
    # A closed session counted by hand, with paper sheets for those without a phone.
    world.join(2, "teachers", "female", "18+")
    world.submit(5, "pre", 0)
    world.paper(2, "pre", sheets=3, right=2)
    world.paper(2, "post", sheets=3, right=3)
    world.headcount(2, [("students", "female", "14-17", 9), ("students", "male", "14-17", 7)])
    session_close(session=sessions["closed"])
    review = FigureReviewFactory(session=sessions["pre"], figure=500, planned_size=30)
    results_key = Attempt.objects.get(participant=steps["waiting"]).key
    token, secret = api_token_create(user=coordinator, name="dashboard")
    rollups_rebuild()
    return Place(
        home=home,
        index=index,
        campaign=campaign,
        module=module,
        manual=manual,
        untranslated_manual=untranslated_manual,
        pages=pages,
        quiz=quiz,
        quizzes=quizzes,
        survey=survey,
        surveys=surveys,
        venue=venue,
        sessions=sessions,
        participants=steps,
        results_key=results_key,
        review=review,
        token=token,
        secret=secret,
        trainer=trainer,
        coordinator=coordinator,
        admin=admin,
        editor=editor,
    )
