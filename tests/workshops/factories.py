"""Factories for content pages (pass `parent=` to place a page in the tree), people and sessions."""

import datetime
import json
import time

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group as AuthGroup
from django.utils import timezone
from django_otp.oath import TOTP

from workshops.models import (
    CampaignAudience,
    CampaignIndexPage,
    CampaignPage,
    CampaignTrainer,
    FigureKind,
    FigureReview,
    Group,
    HomePage,
    ManualPage,
    Session,
    SessionModule,
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
    timezone = "America/Bogota"


class UserFactory(factory.django.DjangoModelFactory):
    """A user; `groups=["Trainers"]` puts them in groups by name."""

    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a long enough passphrase")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(AuthGroup.objects.get_or_create(name=name)[0])


class GroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Group

    venue = factory.SubFactory(VenueFactory)
    name = factory.Sequence(lambda n: f"Class {n}")
    size = 30


class SessionFactory(factory.django.DjangoModelFactory):
    """A planned session; pass `modules=[...]` to say what it teaches (pinned to live revisions)."""

    class Meta:
        model = Session
        skip_postgeneration_save = True

    trainer = factory.SubFactory(UserFactory, groups=["Trainers"])
    venue = factory.SubFactory(VenueFactory)
    group = factory.SubFactory(GroupFactory, venue=factory.SelfAttribute("..venue"))
    scheduled_start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))
    audience = "students"
    age_band = "10-13"
    language = "es"
    expected_size = 30
    planned_size = factory.SelfAttribute("expected_size")  # as planned with the form

    @factory.post_generation
    def modules(self, create, extracted, **kwargs):
        for order, module in enumerate(extracted or []):
            SessionModule.objects.create(
                session=self, module=module, revision_id=module.live_revision_id, sort_order=order
            )


class CampaignTrainerFactory(factory.django.DjangoModelFactory):
    """Makes `user` a trainer of `campaign`: they may plan its sessions."""

    class Meta:
        model = CampaignTrainer

    user = factory.SubFactory(UserFactory, groups=["Trainers"])


class FigureReviewFactory(factory.django.DjangoModelFactory):
    """A headcount of 2,000 for a session planned for 25, waiting for a coordinator's review."""

    class Meta:
        model = FigureReview

    session = factory.SubFactory(SessionFactory)
    kind = FigureKind.HEADCOUNT
    figure = 2000
    planned_size = 25
    recorded_at = factory.LazyFunction(timezone.now)


def session_form_data(*, campaign, module, venue, **overrides) -> dict:
    """What a trainer types into the session form: 3 December 2026, 09:30 local time, class 7B."""
    data = {
        "campaign": campaign.pk,
        "modules": [module.pk],
        "venue": venue.pk,
        "group_name": "7B",
        "date": "2026-12-03",
        "time": "09:30",
        "audience": "students",
        "age_band": "10-13",
        "language": "es",
        "expected_size": "32",
    }
    data.update(overrides)
    return data


def headcount_form_data(*lines: dict, expected_size: int = 30) -> dict:
    """The headcount form with one line per dict (role, age_band and counts by gender)."""
    data = {
        "rows-TOTAL_FORMS": str(len(lines)),
        "rows-INITIAL_FORMS": "0",
        "expected_size": str(expected_size),
    }
    for number, line in enumerate(lines):
        data.update({f"rows-{number}-{field}": value for field, value in line.items()})
    return data


class AuthenticatorFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app (TOTP) of `user`; `authenticator_code` gives its codes."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(UserFactory)
    name = "authenticator"
    confirmed = True


class BackupCodesFactory(factory.django.DjangoModelFactory):
    """A set of backup codes of `user`: `codes=["abcd2345", ...]`."""

    class Meta:
        model = "otp_static.StaticDevice"
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    name = "backup codes"
    confirmed = True

    @factory.post_generation
    def codes(self, create, extracted, **kwargs):
        for code in extracted or []:
            self.token_set.create(token=code)


def authenticator_code(device, *, steps_ahead: int = 0) -> str:
    """The code the person's authenticator app shows now (or `steps_ahead` steps of 30 s later:
    a code once taken is never taken again, so a second sign-in within the same step needs the
    next one)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"
