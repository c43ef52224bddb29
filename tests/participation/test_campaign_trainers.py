"""Trainers plan sessions only for the campaigns they were made trainers of: another NGO's campaign
is neither offered nor accepted, a trainer in no campaign is told whom to ask, and administrators
say who trains where in the admin, with a trace in Site history."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, ModelLogEntry

from tests.content import publish
from tests.workshops.factories import (
    CampaignPageFactory,
    CampaignTrainerFactory,
    SessionFactory,
    UserFactory,
    VenueFactory,
    WorkshopModulePageFactory,
    session_form_data,
)
from workshops import roles, services
from workshops.models import CampaignTrainer, Session

pytestmark = pytest.mark.django_db


@pytest.fixture
def other_ngo(tree):
    """Another NGO's campaign, with a module of its own."""
    campaign = publish(
        CampaignPageFactory(parent=tree.index, title="Protección Norte", slug="proteccion-norte")
    )
    module = publish(WorkshopModulePageFactory(parent=campaign, title="Safe online"))
    return campaign, module


def plan(campaign, module, venue) -> services.SessionPlan:
    return services.SessionPlan(
        campaign=campaign,
        modules=[module],
        venue=venue,
        group_name="7B",
        scheduled_start=timezone.now() + timezone.timedelta(days=3),
        audience="students",
        age_band="10-13",
        language="es",
        expected_size=25,
    )


def test_the_session_form_offers_only_the_campaigns_the_trainer_works_in(
    client, tree, people, other_ngo
):
    client.force_login(people.trainer)
    page = client.get(reverse("trainer:session_create")).text
    assert "Golondrina" in page and "My body is mine" in page
    assert "Protección Norte" not in page and "Safe online" not in page
    assert "Another campaign" not in page  # the other trainer's


def test_a_crafted_post_for_another_ngos_campaign_is_refused_with_a_clear_error_and_saves_nothing(
    client, people, other_ngo
):
    campaign, module = other_ngo
    client.force_login(people.trainer)
    response = client.post(
        reverse("trainer:session_create"),
        session_form_data(campaign=campaign, module=module, venue=VenueFactory()),
    )
    assert response.status_code == 200
    assert "You can plan sessions only for the campaigns you are a trainer of." in response.text
    assert not Session.objects.exists()
    assert not ModelLogEntry.objects.filter(action="workshops.session.create").exists()


def test_the_planning_service_refuses_another_ngos_campaign_whoever_calls_it(people, other_ngo):
    campaign, module = other_ngo
    with pytest.raises(ValidationError) as refused:
        services.session_create(
            trainer=people.trainer, plan=plan(campaign, module, VenueFactory()), by=people.trainer
        )
    assert refused.value.message_dict["campaign"] == [
        "You are not a trainer of the campaign Protección Norte, so you cannot plan its "
        "sessions. Ask an administrator to add you to its trainers."
    ]
    assert not Session.objects.exists()


def test_a_session_cannot_be_moved_to_another_ngos_campaign(people, tree, other_ngo):
    campaign, module = other_ngo
    session = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    with pytest.raises(ValidationError):
        services.session_update(
            session=session, plan=plan(campaign, module, session.venue), by=people.trainer
        )
    session.refresh_from_db()
    assert session.campaign_id == tree.campaign.pk


def test_a_trainer_who_left_a_campaign_still_edits_their_session_in_it(client, people, tree):
    session = SessionFactory(campaign=tree.campaign, trainer=people.trainer, modules=[tree.module])
    CampaignTrainer.objects.filter(user=people.trainer).delete()
    client.force_login(people.trainer)
    response = client.post(
        reverse("trainer:session_edit", args=[session.pk]),
        session_form_data(
            campaign=tree.campaign, module=tree.module, venue=session.venue, group_name="7C"
        ),
    )
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.group.name == "7C"


def test_a_trainer_in_no_campaign_is_told_whom_to_ask_and_cannot_plan(client, tree):
    newcomer = UserFactory(username="newcomer", groups=[roles.TRAINERS])
    client.force_login(newcomer)
    listing = client.get(reverse("trainer:session_list")).text
    assert "You are not a trainer of any campaign yet" in listing
    assert "Ask an administrator of Faro to add you to your campaign" in listing
    assert "Plan a session</a>" not in listing
    planning = client.get(reverse("trainer:session_create"))
    assert planning.status_code == 200
    assert "Ask an administrator of Faro to add you to your campaign" in planning.text
    assert "<form" not in planning.text.split("<main", 1)[-1].split("</main>", 1)[0]
    crafted = session_form_data(campaign=tree.campaign, module=tree.module, venue=VenueFactory())
    assert client.post(reverse("trainer:session_create"), crafted).status_code == 200
    assert not Session.objects.exists()


def test_an_administrator_adds_a_trainer_to_a_campaign_and_site_history_says_who(
    client, people, tree
):
    newcomer = UserFactory(username="newcomer", groups=[roles.TRAINERS])
    add = reverse("wagtailsnippets_workshops_campaigntrainer:add")
    client.force_login(people.coordinator)
    assert client.get(add).status_code in (302, 403)  # coordinators work outside the admin
    client.force_login(people.admin)
    response = client.post(add, {"user": newcomer.pk, "campaign": tree.campaign.pk})
    assert response.status_code == 302
    membership = CampaignTrainer.objects.get(user=newcomer)
    assert membership.campaign_id == tree.campaign.pk
    entry = ModelLogEntry.objects.get(action="wagtail.create", object_id=str(membership.pk))
    assert entry.user == people.admin
    assert entry.label == "newcomer · Golondrina"
    history = client.get(reverse("wagtailadmin_reports:site_history")).text
    assert "newcomer · Golondrina" in history
    # The newcomer plans sessions of Golondrina from now on.
    client.force_login(newcomer)
    assert "My body is mine" in client.get(reverse("trainer:session_create")).text


def test_only_trainers_can_be_made_trainers_of_a_campaign(client, people, tree):
    client.force_login(people.admin)
    add = reverse("wagtailsnippets_workshops_campaigntrainer:add")
    response = client.post(add, {"user": people.coordinator.pk, "campaign": tree.campaign.pk})
    assert response.status_code == 200  # the form again, with its error
    assert not CampaignTrainer.objects.filter(user=people.coordinator).exists()


def test_a_membership_of_the_campaigns_translation_counts(client, people, tree):
    spanish = publish(
        tree.campaign.copy_for_translation(
            Locale.objects.get(language_code="es"), copy_parents=True
        )
    )
    newcomer = UserFactory(username="newcomer", groups=[roles.TRAINERS])
    CampaignTrainerFactory(user=newcomer, campaign=spanish)
    client.force_login(newcomer)
    assert f'value="{tree.campaign.pk}"' in client.get(reverse("trainer:session_create")).text
