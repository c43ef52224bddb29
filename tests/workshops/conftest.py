from dataclasses import dataclass

import pytest
from wagtail.models import Locale, Page, Site

from tests.workshops.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    HomePageFactory,
    ManualPageFactory,
    WorkshopModulePageFactory,
    chapters,
    facilitator_note,
    section,
    stream,
)


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
