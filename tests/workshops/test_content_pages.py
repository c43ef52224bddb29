"""What visitors and trainers see on campaign, module and manual pages."""

import pytest

pytestmark = pytest.mark.django_db


def test_campaign_page_shows_audiences_modules_and_manuals(tree, client):
    response = client.get(tree.campaign.url)

    assert response.status_code == 200
    text = response.text
    assert "Colombia" in text
    assert "2100" in text or "2,100" in text or "2.100" in text
    assert tree.module.url in text
    assert tree.manual.url in text
    assert tree.manual.url + "pdf/" in text


def test_module_page_shows_objectives_materials_and_plan_with_facilitator_notes(tree, client):
    response = client.get(tree.module.url)

    assert response.status_code == 200
    assert "Name three trusted adults." in response.text
    assert "Large paper" in response.text
    assert "hand of trust" in response.text
    assert "Watch for students who go quiet" in response.text


def test_facilitator_manual_page_offers_the_pdf_and_shows_notes(tree, client):
    response = client.get(tree.manual.url)

    assert response.status_code == 200
    assert tree.manual.url + "pdf/" in response.text
    assert "Agree on a signal for taking a break." in response.text


def test_participant_handout_never_shows_facilitator_notes(tree, client):
    response = client.get(tree.handout.url)

    assert response.status_code == 200
    assert "A trusted adult listens and believes you." in response.text
    assert "Read this chapter aloud" not in response.text


def test_campaign_list_links_every_live_campaign(tree, client):
    response = client.get(tree.index.url)

    assert response.status_code == 200
    assert tree.campaign.url in response.text
