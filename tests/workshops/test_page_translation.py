"""Editors translate pages with wagtail-localize, whatever wrote their content: the admin's form,
or code that saved raw StreamField JSON through Wagtail's API (an import, a script, a factory)."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, TranslationSource

from tests.content import publish
from tests.workshops.factories import WorkshopModulePageFactory

pytestmark = pytest.mark.django_db


def test_an_editor_translates_a_manual_built_and_published_through_the_api(tree, admin_client):
    french = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=[tree.manual.pk])

    assert admin_client.get(url).status_code == 200
    response = admin_client.post(url, {"locales": [french.pk]})

    assert response.status_code == 302
    translated = tree.manual.get_translation(french).specific
    content = translated.chapters[0].value["content"]
    assert [block.block_type for block in content] == ["section", "facilitator_note"]
    assert all(block.id for block in content)


def test_the_steps_of_an_activity_saved_as_raw_json_are_offered_for_translation(tree):
    activity = {
        "title": "The body map",
        "duration_minutes": 15,
        "materials": ["Large paper"],
        "steps": ["Draw the outline of a body.", "Mark the safe places in green."],
    }
    module = publish(
        WorkshopModulePageFactory(
            parent=tree.campaign, body=json.dumps([{"type": "activity", "value": activity}])
        )
    )

    source, _created = TranslationSource.get_or_create_from_instance(module)

    strings = set(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert {"Large paper", "Draw the outline of a body.", "Mark the safe places in green."} <= (
        strings
    )
    saved = module.body.raw_data[0]["value"]["steps"]
    assert [item["value"] for item in saved] == activity["steps"]
    assert len({item["id"] for item in saved}) == 2
