"""What editors can create where in the page tree."""

import pytest
from wagtail.models import Page

from workshops.models import (
    CampaignIndexPage,
    CampaignPage,
    HomePage,
    ManualPage,
    WorkshopModulePage,
)

pytestmark = pytest.mark.django_db

CONTENT_TYPES = (HomePage, CampaignIndexPage, CampaignPage, WorkshopModulePage, ManualPage)


def creatable_under(parent: Page) -> set[type]:
    return {model for model in CONTENT_TYPES if model.can_create_at(parent)}


def test_home_page_is_created_only_at_the_top_of_the_tree(tree):
    assert creatable_under(Page.get_first_root_node()) == {HomePage}


def test_campaign_list_is_the_only_thing_under_a_home_page_and_only_once(tree):
    assert creatable_under(tree.home) == set()  # the home page already has its campaign list
    other_home = HomePage(title="Inicio", slug="inicio")
    Page.get_first_root_node().add_child(instance=other_home)

    assert creatable_under(other_home) == {CampaignIndexPage}


def test_campaigns_are_created_only_in_the_campaign_list(tree):
    assert creatable_under(tree.index) == {CampaignPage}


def test_modules_and_manuals_are_created_only_under_a_campaign(tree):
    assert creatable_under(tree.campaign) == {WorkshopModulePage, ManualPage}


def test_nothing_is_created_under_a_module_or_a_manual(tree):
    assert creatable_under(tree.module) == set()
    assert creatable_under(tree.manual) == set()


def test_a_campaign_cannot_end_before_it_starts(tree):
    from django.core.exceptions import ValidationError

    campaign = tree.campaign
    campaign.period_end = campaign.period_start.replace(year=campaign.period_start.year - 1)

    with pytest.raises(ValidationError) as error:
        campaign.full_clean()

    assert "period_end" in error.value.message_dict


def test_editor_manages_venues_in_the_admin(admin_client):
    from tests.workshops.factories import VenueFactory

    VenueFactory(name="Colegio Distrital Las Aguas")

    response = admin_client.get("/admin/snippets/workshops/venue/")

    assert response.status_code == 200
    assert "Colegio Distrital Las Aguas" in response.text


def test_editor_opens_the_page_explorer_with_translation_tools(tree, admin_client):
    response = admin_client.get(f"/admin/pages/{tree.campaign.pk}/")

    assert response.status_code == 200
