"""Content and people most tests start from: a published site with one campaign, one account per
role, a quiz and an open session. Registered for the whole suite as a pytest plugin (see
tests/conftest.py)."""

from dataclasses import dataclass

import pytest
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from tests.quizzes.factories import QuizFactory
from tests.workshops.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    HomePageFactory,
    ManualPageFactory,
    SessionFactory,
    UserFactory,
    WorkshopModulePageFactory,
    chapters,
    facilitator_note,
    section,
    stream,
)
from workshops import roles
from workshops.models import CampaignCoordinator, CampaignTrainer, SessionState
from workshops.services import session_open


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@dataclass
class Tree:
    home: Page
    index: Page
    campaign: Page
    module: Page
    manual: Page
    handout: Page


@pytest.fixture
def tree(db) -> Tree:
    """A published English site: home, campaigns, one campaign with a module, manual, handout."""
    return tree_build()


def tree_build() -> Tree:
    """What `tree` gives, for fixtures of a wider scope (tests/shared_data.py)."""
    for code in ("es", "ro", "fr"):
        Locale.objects.get_or_create(language_code=code)
    home = publish(HomePageFactory(parent=Page.get_first_root_node(), slug="home-en"))
    Site.objects.filter(is_default_site=True).update(root_page=home)
    index = publish(CampaignIndexPageFactory(parent=home))
    campaign = publish(CampaignPageFactory(parent=index, title="Golondrina", slug="golondrina"))
    module = publish(
        WorkshopModulePageFactory(
            parent=campaign,
            title="My body is mine",
            slug="my-body-is-mine",
            body=stream(
                section("Each student draws the hand of trust with five safe adults."),
                facilitator_note("Watch for students who go quiet during this activity."),
            ),
        )
    )
    manual = publish(
        ManualPageFactory(
            parent=campaign,
            title="Golondrina facilitator manual",
            slug="facilitator-manual",
            chapters=chapters(
                (
                    "Preparing the session",
                    [
                        section("Arrange the chairs in a circle."),
                        facilitator_note("Agree on a signal for taking a break."),
                    ],
                )
            ),
        )
    )
    handout = publish(
        ManualPageFactory(
            parent=campaign,
            title="Your body, your rules",
            slug="handout",
            kind="handout",
            chapters=chapters(
                (
                    "Trusted adults",
                    [
                        section("A trusted adult listens and believes you."),
                        facilitator_note("Read this chapter aloud with the youngest groups."),
                    ],
                )
            ),
        )
    )
    return Tree(home, index, campaign, module, manual, handout)


@dataclass
class People:
    """One account per role the trainer space tells apart."""

    trainer: object
    other_trainer: object
    coordinator: object
    other_coordinator: object
    editor: object
    admin: object
    nobody: object


@pytest.fixture
def people(tree) -> People:
    """Accounts for each role; the coordinator coordinates tree.campaign and the trainer plans its
    sessions, the other coordinator and the other trainer belong to another campaign."""
    return people_build(tree)


def people_build(tree: Tree) -> People:
    """What `people` gives, for fixtures of a wider scope (tests/shared_data.py)."""
    other_campaign = publish(
        CampaignPageFactory(parent=tree.index, title="Another campaign", slug="another")
    )
    coordinator = UserFactory(username="coordinator", groups=[roles.COORDINATORS])
    other_coordinator = UserFactory(username="other-coordinator", groups=[roles.COORDINATORS])
    CampaignCoordinator.objects.create(user=coordinator, campaign=tree.campaign)
    CampaignCoordinator.objects.create(user=other_coordinator, campaign=other_campaign)
    trainer = UserFactory(username="trainer", groups=[roles.TRAINERS])
    other_trainer = UserFactory(username="other-trainer", groups=[roles.TRAINERS])
    CampaignTrainer.objects.create(user=trainer, campaign=tree.campaign)
    CampaignTrainer.objects.create(user=other_trainer, campaign=other_campaign)
    return People(
        trainer=trainer,
        other_trainer=other_trainer,
        coordinator=coordinator,
        other_coordinator=other_coordinator,
        editor=UserFactory(username="editor", groups=[roles.EDITORS]),
        admin=UserFactory(username="admin", is_superuser=True, is_staff=True),
        nobody=UserFactory(username="nobody"),
    )


@pytest.fixture
def quiz(tree):
    """A published English quiz of three questions (one of each type) testing tree.module."""
    return quiz_build(tree)


def quiz_build(tree: Tree):
    """What `quiz` gives, for fixtures of a wider scope (tests/shared_data.py)."""
    return QuizFactory(modules=[tree.module])


@pytest.fixture
def open_session(tree, quiz):
    """An open English-language session for students 10-13 that delivers tree.module."""
    session = SessionFactory(
        campaign=tree.campaign,
        modules=[tree.module],
        language="en",
        scheduled_start=timezone.now(),
    )
    session = session_open(session=session)
    assert session.state == SessionState.OPEN
    return session
