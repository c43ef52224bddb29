"""Editors write surveys in the Wagtail admin: five question types, attached to a campaign or to
modules, translatable with stable question keys."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import TranslationSource

from surveys.models import Survey

pytestmark = pytest.mark.django_db


def items(*texts: str) -> dict:
    data = {
        str(index): {"value": text, "deleted": "", "order": str(index), "id": ""}
        for index, text in enumerate(texts)
    }
    data["count"] = str(len(texts))
    return data


QUESTIONS = [
    ("likert", {"text": "If someone hurts me, it is never my fault.", "required": "on"}),
    ("single", {"text": "How useful was the workshop?", "choices": items("Very", "A little"),
                "required": "on"}),
    ("multiple", {"text": "What did you like?", "choices": items("Role play", "Discussion")}),
    ("rating", {"text": "Would you recommend it?", "low_label": "No", "high_label": "Yes",
                "required": "on"}),
    ("free_text", {"text": "What would you change?"}),
]  # fmt: skip


def survey_form(*, campaign=None, modules=(), questions=QUESTIONS) -> dict:
    return nested_form_data(
        {
            "title": "After the workshop",
            "introduction": "Tell us what you think.",
            "campaign": campaign.pk if campaign else "",
            "use": "post",
            "survey_modules": inline_formset([{"module": module.pk} for module in modules]),
            "questions": streamfield(questions),
            "action-publish": "publish",
        }
    )


@pytest.fixture
def editor(people) -> Client:
    client = Client()
    client.force_login(people.editor)
    return client


ADD = "wagtailsnippets_surveys_survey:add"


def test_an_editor_publishes_a_campaign_survey_with_each_question_type(editor, tree):
    assert editor.get(reverse(ADD)).status_code == 200
    response = editor.post(reverse(ADD), survey_form(campaign=tree.campaign))
    assert response.status_code == 302, response.context["form"].errors
    survey = Survey.objects.get()
    assert survey.live and survey.campaign_id == tree.campaign.pk
    assert not survey.free_text_for_minors  # off unless an editor turns it on
    assert [block.block_type for block in survey.questions] == [
        "likert", "single", "multiple", "rating", "free_text"
    ]  # fmt: skip
    required = [block.value["required"] for block in survey.questions]
    assert required == [True, True, False, True, False]
    for block in survey.questions:
        uuid.UUID(block.id)


def test_a_survey_can_be_asked_after_modules_instead_of_a_whole_campaign(editor, tree):
    response = editor.post(reverse(ADD), survey_form(modules=[tree.module]))
    assert response.status_code == 302
    assert [link.module_id for link in Survey.objects.get().survey_modules.all()] == [
        tree.module.pk
    ]


def test_a_survey_asked_nowhere_is_refused_with_a_clear_message(editor, tree):
    response = editor.post(reverse(ADD), survey_form())
    assert response.status_code == 200
    assert "Choose the campaign this survey belongs to, or some modules." in response.text
    assert not Survey.objects.exists()


def test_a_survey_translated_with_wagtail_localize_keeps_its_question_keys(editor, tree):
    editor.post(reverse(ADD), survey_form(campaign=tree.campaign))
    survey = Survey.objects.get()
    source, _created = TranslationSource.get_or_create_from_instance(survey)
    spanish = Locale.objects.get(language_code="es")
    translation, _created = source.create_or_update_translation(spanish, fallback=True)
    keys = [[block.id for block in s.questions] for s in (survey, translation)]
    assert keys[0] == keys[1]
    choices = [
        [item.id for item in s.questions[1].value["choices"].bound_blocks]
        for s in (survey, translation)
    ]
    assert choices[0] == choices[1]


def test_the_survey_preview_lists_every_question(editor, tree, rf):
    editor.post(reverse(ADD), survey_form(campaign=tree.campaign))
    survey = Survey.objects.get()
    request = rf.get("/")
    request.user = None
    html = survey.serve_preview(request, survey.default_preview_mode).render().content.decode()
    assert "If someone hurts me, it is never my fault." in html
    assert "Strongly agree" in html and "0 (No)" in html and "Role play" in html
