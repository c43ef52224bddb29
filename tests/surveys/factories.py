"""Factories for surveys, with fixed question and choice keys that tests can answer by name."""

import json

import factory
from wagtail.models import Locale

from surveys.models import Survey

S_LIKERT = "5e000000-0000-4000-8000-000000000001"
S_SINGLE = "5e000000-0000-4000-8000-000000000002"
S_MULTIPLE = "5e000000-0000-4000-8000-000000000003"
S_RATING = "5e000000-0000-4000-8000-000000000004"
S_FREE_TEXT = "5e000000-0000-4000-8000-000000000005"
C_VERY = "5c000000-0000-4000-8000-000000000001"
C_LITTLE = "5c000000-0000-4000-8000-000000000002"
C_ROLE_PLAY = "5c000000-0000-4000-8000-000000000003"
C_DISCUSSION = "5c000000-0000-4000-8000-000000000004"

QUESTIONS = [
    {"type": "likert", "id": S_LIKERT,
     "value": {"text": "If someone hurts me, it is never my fault.", "required": True}},
    {"type": "single", "id": S_SINGLE,
     "value": {"text": "How useful was the workshop?", "required": True,
               "choices": [{"type": "item", "id": C_VERY, "value": "Very useful"},
                           {"type": "item", "id": C_LITTLE, "value": "A little"}]}},
    {"type": "multiple", "id": S_MULTIPLE,
     "value": {"text": "What did you like?", "required": False,
               "choices": [{"type": "item", "id": C_ROLE_PLAY, "value": "The role play"},
                           {"type": "item", "id": C_DISCUSSION, "value": "The discussion"}]}},
    {"type": "rating", "id": S_RATING,
     "value": {"text": "Would you recommend it to a friend?", "required": True,
               "low_label": "Not at all", "high_label": "Completely"}},
    {"type": "free_text", "id": S_FREE_TEXT,
     "value": {"text": "What would you change?", "required": False}},
]  # fmt: skip

ANSWERS = {S_LIKERT: ["5"], S_SINGLE: [C_VERY], S_MULTIPLE: [C_ROLE_PLAY], S_RATING: ["9"]}


def survey_form_data(page_context, answers: dict[str, list[str] | str]) -> dict:
    form = page_context["form"]
    data = {"key": str(form["key"].value()), "revision": str(form["revision"].value())}
    if "ticket" in form.fields and form["ticket"].value():
        data["ticket"] = form["ticket"].value()
    data.update({f"s-{key}": value for key, value in answers.items()})
    return data


class SurveyFactory(factory.django.DjangoModelFactory):
    """A published survey asked after the workshop in every session of `campaign`."""

    class Meta:
        model = Survey
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"After the workshop {n}")
    introduction = "Tell us what you think."
    use = "post"
    locale = factory.LazyFunction(Locale.get_default)
    questions = json.dumps(QUESTIONS)

    @factory.post_generation
    def publish(self, create, extracted, **kwargs):
        self.save_revision().publish()
        self.refresh_from_db()
