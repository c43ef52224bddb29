"""Editors write quizzes in the Wagtail admin: questions of three types, checked as they save."""

import uuid

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import TranslationSource

from quizzes.models import Quiz
from quizzes.questions import questions_of

pytestmark = pytest.mark.django_db


def choices(*items: tuple[str, bool]) -> dict:
    data = {
        str(index): {
            "value": {"text": text, **({"correct": "on"} if correct else {})},
            "deleted": "",
            "order": str(index),
            "id": "",
        }
        for index, (text, correct) in enumerate(items)
    }
    data["count"] = str(len(items))
    return data


def quiz_form(module, questions) -> dict:
    return nested_form_data(
        {
            "title": "Trusted adults",
            "introduction": "Answer what you think.",
            "use": "both",
            "pass_mark": "70",
            "quiz_modules": inline_formset([{"module": module.pk}], min=1),
            "questions": streamfield(questions),
            "action-publish": "publish",
        }
    )


SINGLE = (
    "single",
    {
        "text": "Who can you tell?",
        "choices": choices(("A trusted adult", True), ("Nobody", False)),
        "explanation": "A trusted adult can help.",
    },
)
MULTIPLE = (
    "multiple",
    {
        "text": "Who are trusted adults at school?",
        "choices": choices(("Your teacher", True), ("The counsellor", True), ("A stranger", False)),
        "explanation": "Teachers and counsellors listen.",
    },
)
TRUE_FALSE = (
    "true_false",
    {"text": "Secrets that hurt must be kept.", "answer": "false", "explanation": "Tell."},
)


@pytest.fixture
def editor(people) -> Client:
    client = Client()
    client.force_login(people.editor)
    return client


def test_an_editor_writes_and_publishes_a_quiz_with_each_question_type(editor, tree):
    add_url = reverse("wagtailsnippets_quizzes_quiz:add")
    assert editor.get(add_url).status_code == 200

    response = editor.post(add_url, quiz_form(tree.module, [SINGLE, MULTIPLE, TRUE_FALSE]))

    assert response.status_code == 302, response.context["form"].errors
    quiz = Quiz.objects.get()
    assert quiz.live and quiz.live_revision_id
    assert [block.block_type for block in quiz.questions] == ["single", "multiple", "true_false"]
    for block in quiz.questions:
        uuid.UUID(block.id)  # every question got a stable key
    assert [m.module_id for m in quiz.quiz_modules.all()] == [tree.module.pk]


@pytest.mark.parametrize(
    "question, message",
    [
        (
            ("single", {**SINGLE[1], "choices": choices(("A", True), ("B", True))}),
            "Mark exactly one choice as correct.",
        ),
        (
            ("multiple", {**MULTIPLE[1], "choices": choices(("A", False), ("B", False))}),
            "Mark at least one choice as correct.",
        ),
    ],
    ids=["single-with-two-correct", "multiple-with-none-correct"],
)
def test_a_question_with_the_wrong_number_of_correct_choices_is_not_saved(
    editor, tree, question, message
):
    response = editor.post(
        reverse("wagtailsnippets_quizzes_quiz:add"), quiz_form(tree.module, [question])
    )
    assert response.status_code == 200
    assert message in response.text
    assert not Quiz.objects.exists()


def test_a_trainer_cannot_reach_the_quiz_admin(people, client):
    client.force_login(people.trainer)
    response = client.get(reverse("wagtailsnippets_quizzes_quiz:add"))
    assert response.status_code in (302, 403)
    assert not Quiz.objects.exists()


def test_the_preview_shows_the_quiz_as_participants_will_see_it(quiz, rf):
    request = rf.get("/")
    request.user = None
    response = quiz.serve_preview(request, quiz.default_preview_mode)
    html = response.render().content.decode()
    assert "Preview: answers are not sent" in html
    assert "Who should you tell if a touch makes you feel uncomfortable?" in html
    assert 'type="checkbox"' in html and 'type="radio"' in html


def test_the_quiz_list_shows_each_quiz_with_its_language_and_state(editor, quiz):
    response = editor.get(reverse("wagtailsnippets_quizzes_quiz:list"))
    assert response.status_code == 200
    assert quiz.title in response.text


def test_a_quiz_translated_with_wagtail_localize_keeps_its_question_and_choice_keys(quiz):
    spanish = Locale.objects.get(language_code="es")
    source, _created = TranslationSource.get_or_create_from_instance(quiz)
    # Untranslated segments fall back to the source text; the structure is what matters here.
    translation, _created = source.create_or_update_translation(spanish, fallback=True)
    translation.save_revision().publish()
    original, translated = questions_of(quiz), questions_of(translation)
    assert [q.key for q in translated] == [q.key for q in original]
    assert [c.key for q in translated for c in q.choices] == [
        c.key for q in original for c in q.choices
    ]
    assert translation.translation_key == quiz.translation_key
