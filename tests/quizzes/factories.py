"""Factories for quizzes, with fixed question and choice keys that tests can answer by name."""

import json

import factory
from wagtail.models import Locale

from quizzes.models import Quiz, QuizModule

Q_SINGLE = "6a0c3f9e-1d2b-4c1a-9a57-000000000001"
Q_MULTIPLE = "6a0c3f9e-1d2b-4c1a-9a57-000000000002"
Q_TRUE_FALSE = "6a0c3f9e-1d2b-4c1a-9a57-000000000003"
C_TRUSTED_ADULT = "c0000000-0000-4000-8000-000000000001"
C_NOBODY = "c0000000-0000-4000-8000-000000000002"
C_STRANGER_ONLINE = "c0000000-0000-4000-8000-000000000003"
C_TEACHER = "c0000000-0000-4000-8000-000000000004"
C_COUNSELLOR = "c0000000-0000-4000-8000-000000000005"
C_NEW_FRIEND_ONLINE = "c0000000-0000-4000-8000-000000000006"


def _choice(key: str, text: str, correct: bool) -> dict:
    return {"type": "item", "id": key, "value": {"text": text, "correct": correct}}


QUESTIONS = [
    {
        "type": "single",
        "id": Q_SINGLE,
        "value": {
            "text": "Who should you tell if a touch makes you feel uncomfortable?",
            "choices": [
                _choice(C_TRUSTED_ADULT, "A trusted adult", True),
                _choice(C_NOBODY, "Nobody: keep it to yourself", False),
                _choice(C_STRANGER_ONLINE, "Someone you met online", False),
            ],
            "explanation": "A trusted adult can help you. It is never your fault.",
        },
    },
    {
        "type": "multiple",
        "id": Q_MULTIPLE,
        "value": {
            "text": "Which of these people can be trusted adults at school?",
            "choices": [
                _choice(C_TEACHER, "Your teacher", True),
                _choice(C_COUNSELLOR, "The school counsellor", True),
                _choice(C_NEW_FRIEND_ONLINE, "A new friend from a game chat", False),
            ],
            "explanation": "Teachers and counsellors are there to listen and to act.",
        },
    },
    {
        "type": "true_false",
        "id": Q_TRUE_FALSE,
        "value": {
            "text": "You must keep a secret that makes you feel bad.",
            "answer": "false",
            "explanation": "Secrets that make you feel bad or scared should be told.",
        },
    },
]

ALL_RIGHT = {
    Q_SINGLE: [C_TRUSTED_ADULT],
    Q_MULTIPLE: [C_TEACHER, C_COUNSELLOR],
    Q_TRUE_FALSE: ["false"],
}
ONE_RIGHT = {Q_SINGLE: [C_NOBODY], Q_MULTIPLE: [C_TEACHER], Q_TRUE_FALSE: ["false"]}


def quiz_form_data(form_page_context, answers: dict[str, list[str]]) -> dict:
    """The POST a participant's browser sends: the hidden key and revision, and their ticks."""
    form = form_page_context["form"]
    data = {"key": str(form["key"].value()), "revision": str(form["revision"].value())}
    if "ticket" in form.fields and form["ticket"].value():
        data["ticket"] = form["ticket"].value()
    for question_key, choice_keys in answers.items():
        data[f"q-{question_key}"] = choice_keys
    return data


class QuizFactory(factory.django.DjangoModelFactory):
    """A published quiz; `modules=[...]` says which modules it tests."""

    class Meta:
        model = Quiz
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Trusted adults quiz {n}")
    introduction = "Answer what you think: it is not a school test."
    use = "both"
    pass_mark = 60
    locale = factory.LazyFunction(Locale.get_default)
    questions = json.dumps(QUESTIONS)

    @factory.post_generation
    def modules(self, create, extracted, **kwargs):
        for order, module in enumerate(extracted or []):
            QuizModule.objects.create(quiz=self, module=module, sort_order=order)
        self.save_revision().publish()
        self.refresh_from_db()
