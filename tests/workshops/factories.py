"""Factories for the content pages. Pass `parent=` to place a page in the tree."""

import datetime
import json

import factory
import wagtail_factories

from workshops.models import (
    CampaignAudience,
    CampaignIndexPage,
    CampaignPage,
    HomePage,
    ManualPage,
    Venue,
    WorkshopModulePage,
)


def stream(*blocks: tuple[str, dict]) -> str:
    """StreamField content from (type, value) pairs, in the raw form a StreamField accepts."""
    return json.dumps([{"type": block_type, "value": value} for block_type, value in blocks])


def section(text: str, heading: str = "") -> tuple[str, dict]:
    return ("section", {"heading": heading, "text": f"<p>{text}</p>"})


def facilitator_note(text: str) -> tuple[str, dict]:
    return ("facilitator_note", {"text": f"<p>{text}</p>"})


def chapters(*chapters: tuple[str, list]) -> str:
    return json.dumps(
        [
            {
                "type": "chapter",
                "value": {
                    "title": title,
                    "content": [{"type": t, "value": v} for t, v in content],
                },
            }
            for title, content in chapters
        ]
    )


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "Faro"
    intro = "Awareness workshops."


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Campaigns"
    slug = "campaigns"


class CampaignPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Campaign {n}")
    country = "CO"
    partner_organisation = "Local schools"
    period_start = datetime.date(2019, 2, 1)
    summary = "Preventing child sexual abuse in schools."
    body = stream(section("Why the campaign exists."))

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        for audience, target in extracted or [("students", 2100)]:
            CampaignAudience.objects.create(page=self, audience=audience, target_reach=target)


class WorkshopModulePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkshopModulePage

    title = factory.Sequence(lambda n: f"Module {n}")
    summary = "Body autonomy and trusted adults."
    audience = "students"
    age_band = "10-13"
    duration_minutes = 90
    learning_objectives = stream(("objective", "Name three trusted adults."))
    materials = stream(("material", "Large paper"))
    body = stream(section("Sit in a circle and agree on the ground rules."))


class ManualPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ManualPage

    title = factory.Sequence(lambda n: f"Manual {n}")
    kind = "facilitator"
    summary = "How to run the workshops."
    chapters = chapters(("Before the workshop", [section("Prepare the room.")]))


class VenueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Venue

    name = factory.Sequence(lambda n: f"Colegio {n}")
    locality = "Santa Fe"
    city = "Bogotá"
    country = "CO"
