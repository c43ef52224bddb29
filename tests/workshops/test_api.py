"""The read-only Wagtail API v2 over the content pages."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_lists_modules_with_their_fields(tree, client):
    response = client.get(
        "/api/v2/pages/",
        {"type": "workshops.WorkshopModulePage", "fields": "audience,age_band,duration_minutes"},
    )

    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["title"] == "My body is mine"
    assert item["audience"] == "students"
    assert item["duration_minutes"] == 90


def test_api_gives_a_handout_without_facilitator_notes(tree, client):
    detail = client.get(f"/api/v2/pages/{tree.handout.pk}/").json()
    manual = client.get(f"/api/v2/pages/{tree.manual.pk}/").json()

    handout_types = [block["type"] for block in detail["chapters"][0]["value"]["content"]]
    manual_types = [block["type"] for block in manual["chapters"][0]["value"]["content"]]
    assert handout_types == ["section"]
    assert manual_types == ["section", "facilitator_note"]


def test_api_refuses_writes(tree, client):
    response = client.post("/api/v2/pages/", {"title": "x"}, content_type="application/json")

    assert response.status_code == 405
