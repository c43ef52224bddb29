"""How answers are scored against a quiz's questions, and why a score never changes meaning: answers
are stored under the questions' and choices' block ids, which survive rewording, reordering and
translation, and a past attempt is read from the revision it was made on."""

import copy
import json
import uuid

import pytest
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Locale

from quizzes.blocks import MultipleChoiceQuestionBlock, SingleChoiceQuestionBlock
from quizzes.models import Attempt, Quiz
from quizzes.questions import FALSE, TRUE, content_at_revision, content_of, questions_of, score
from quizzes.services import AttemptSubmission, attempt_submit
from tests.quizzes.factories import (
    ALL_RIGHT,
    C_COUNSELLOR,
    C_NEW_FRIEND_ONLINE,
    C_NOBODY,
    C_STRANGER_ONLINE,
    C_TEACHER,
    C_TRUSTED_ADULT,
    ONE_RIGHT,
    Q_MULTIPLE,
    Q_SINGLE,
    Q_TRUE_FALSE,
    QUESTIONS,
    QuizFactory,
)
from workshops.models import Participant

pytestmark = pytest.mark.django_db

ALL_KEYS = {
    Q_SINGLE: [C_TRUSTED_ADULT, C_NOBODY, C_STRANGER_ONLINE],
    Q_MULTIPLE: [C_TEACHER, C_COUNSELLOR, C_NEW_FRIEND_ONLINE],
    Q_TRUE_FALSE: [TRUE, FALSE],
}


def chosen(answers: dict[str, list[str]]) -> dict[str, frozenset[str]]:
    return {question: frozenset(choices) for question, choices in answers.items()}


def right_answers(**changes: list[str]) -> dict[str, frozenset[str]]:
    """Every question answered right, except those given by name (single, multiple, true_false)."""
    keys = {"single": Q_SINGLE, "multiple": Q_MULTIPLE, "true_false": Q_TRUE_FALSE}
    answers = dict(ALL_RIGHT)
    for name, choices in changes.items():
        answers[keys[name]] = choices
    return chosen(answers)


def correct_by_question(quiz: Quiz, answers: dict[str, frozenset[str]]) -> dict[str, bool]:
    return score(questions_of(quiz), answers, quiz.pass_mark).correct_by_question


def publish(quiz: Quiz) -> Quiz:
    quiz.save_revision().publish()
    quiz.refresh_from_db()
    return quiz


@pytest.fixture
def plain_quiz(db) -> Quiz:
    """The factory's published quiz, testing no module: scoring needs no site tree."""
    return QuizFactory()


def test_the_factory_quiz_reads_as_one_question_of_each_kind_with_its_choices(plain_quiz):
    questions = questions_of(plain_quiz)
    assert [(q.key, q.kind) for q in questions] == [
        (Q_SINGLE, "single"),
        (Q_MULTIPLE, "multiple"),
        (Q_TRUE_FALSE, "true_false"),
    ]
    assert {q.key: [c.key for c in q.choices] for q in questions} == ALL_KEYS
    assert {q.key: q.correct_keys for q in questions} == chosen(ALL_RIGHT)
    assert questions[1].multiple and not questions[0].multiple


def test_all_right_scores_every_question_and_passes(plain_quiz):
    result = score(questions_of(plain_quiz), chosen(ALL_RIGHT), plain_quiz.pass_mark)
    assert (result.correct_count, result.question_count, result.passed) == (3, 3, True)
    assert result.correct_by_question == {Q_SINGLE: True, Q_MULTIPLE: True, Q_TRUE_FALSE: True}


def test_one_right_scores_one_of_three_and_fails(plain_quiz):
    result = score(questions_of(plain_quiz), chosen(ONE_RIGHT), plain_quiz.pass_mark)
    assert (result.correct_count, result.question_count, result.passed) == (1, 3, False)
    assert result.correct_by_question == {Q_SINGLE: False, Q_MULTIPLE: False, Q_TRUE_FALSE: True}


@pytest.mark.parametrize(
    ("picked", "right"),
    [
        ([C_TRUSTED_ADULT], True),
        ([C_NOBODY], False),
        ([C_STRANGER_ONLINE], False),
        ([C_TRUSTED_ADULT, C_NOBODY], False),  # ticking the right one among others is not enough
        ([], False),
    ],
)
def test_a_single_choice_answer_is_right_only_when_it_is_the_correct_choice_alone(
    plain_quiz, picked, right
):
    assert correct_by_question(plain_quiz, right_answers(single=picked))[Q_SINGLE] is right


@pytest.mark.parametrize(
    ("picked", "right"),
    [
        ([C_TEACHER, C_COUNSELLOR], True),
        ([C_COUNSELLOR, C_TEACHER], True),
        ([C_TEACHER], False),  # one correct choice missing
        ([C_COUNSELLOR], False),
        ([C_TEACHER, C_COUNSELLOR, C_NEW_FRIEND_ONLINE], False),  # one wrong choice too many
        ([C_TEACHER, C_NEW_FRIEND_ONLINE], False),
        ([C_NEW_FRIEND_ONLINE], False),
        ([], False),
    ],
)
def test_a_multiple_choice_answer_counts_only_when_it_picks_every_correct_choice_and_nothing_else(
    plain_quiz, picked, right
):
    assert correct_by_question(plain_quiz, right_answers(multiple=picked))[Q_MULTIPLE] is right


@pytest.mark.parametrize(
    ("picked", "right"), [([FALSE], True), ([TRUE], False), ([TRUE, FALSE], False), ([], False)]
)
def test_a_true_false_answer_is_right_only_when_it_names_the_statements_truth(
    plain_quiz, picked, right
):
    assert correct_by_question(plain_quiz, right_answers(true_false=picked))[Q_TRUE_FALSE] is right


def test_true_false_choices_are_labelled_true_and_false_with_fixed_keys(plain_quiz):
    statement = questions_of(plain_quiz)[2]
    assert [(c.key, c.text, c.correct) for c in statement.choices] == [
        (TRUE, "True", False),
        (FALSE, "False", True),
    ]


def test_a_question_left_unanswered_counts_as_wrong(plain_quiz):
    answers = right_answers()
    del answers[Q_MULTIPLE]
    result = score(questions_of(plain_quiz), answers, plain_quiz.pass_mark)
    assert result.correct_by_question == {Q_SINGLE: True, Q_MULTIPLE: False, Q_TRUE_FALSE: True}
    assert (result.correct_count, result.question_count) == (2, 3)


def test_no_answers_at_all_score_zero_of_every_question(plain_quiz):
    result = score(questions_of(plain_quiz), {}, plain_quiz.pass_mark)
    assert (result.correct_count, result.question_count, result.passed) == (0, 3, False)


def test_answers_to_questions_the_quiz_does_not_have_are_ignored(plain_quiz):
    answers = {**right_answers(), str(uuid.uuid4()): frozenset({C_TEACHER})}
    result = score(questions_of(plain_quiz), answers, plain_quiz.pass_mark)
    assert (result.correct_count, result.question_count) == (3, 3)


@pytest.mark.parametrize(
    ("pass_mark", "passed"),
    [(1, True), (60, True), (66, True), (67, False), (70, False), (100, False)],
)
def test_two_of_three_passes_up_to_a_pass_mark_of_two_thirds(plain_quiz, pass_mark, passed):
    two_of_three = right_answers(single=[C_NOBODY])
    result = score(questions_of(plain_quiz), two_of_three, pass_mark)
    assert result.correct_count == 2
    assert result.passed is passed


def test_reaching_the_pass_mark_exactly_passes(plain_quiz):
    assert score(questions_of(plain_quiz), right_answers(), 100).passed is True


def test_a_quiz_without_questions_is_never_passed():
    result = score((), {}, 1)
    assert (result.correct_count, result.question_count, result.passed) == (0, 0, False)


def reworded_and_reordered() -> list[dict]:
    """The factory's questions with new wording, the true/false first and the choices reversed,
    every block keeping its id."""
    raw = copy.deepcopy(QUESTIONS)
    for block in raw:
        block["value"]["text"] = "Reworded: " + block["value"]["text"]
        if "choices" in block["value"]:
            block["value"]["choices"].reverse()
            for choice in block["value"]["choices"]:
                choice["value"]["text"] = choice["value"]["text"].upper()
    return [raw[2], raw[0], raw[1]]


def test_question_and_choice_keys_are_the_block_ids_and_survive_rewording_and_reordering(
    plain_quiz,
):
    before = {q.key: q for q in questions_of(plain_quiz)}
    assert list(before) == [block["id"] for block in QUESTIONS]

    plain_quiz.questions = json.dumps(reworded_and_reordered())
    publish(plain_quiz)

    after = questions_of(Quiz.objects.get(pk=plain_quiz.pk))
    assert [q.key for q in after] == [Q_TRUE_FALSE, Q_SINGLE, Q_MULTIPLE]
    for question in after:
        assert question.text == "Reworded: " + before[question.key].text
        assert question.choice_keys == before[question.key].choice_keys
        assert question.correct_keys == before[question.key].correct_keys
    assert [c.key for c in after[1].choices] == [C_STRANGER_ONLINE, C_NOBODY, C_TRUSTED_ADULT]
    # The answers saved before the edit still mean the same thing.
    result = score(after, chosen(ALL_RIGHT), plain_quiz.pass_mark)
    assert result.correct_count == 3


def test_an_attempt_made_before_an_edit_keeps_its_wording_and_its_score(open_session, quiz):
    participant = Participant.objects.create(
        session=open_session, role="students", age_band="10-13", language="en"
    )
    old_text = questions_of(quiz)[0].text
    answers = chosen(ALL_RIGHT)
    attempt, created = attempt_submit(
        participant=participant,
        submission=AttemptSubmission(
            key=uuid.uuid4(),
            quiz=quiz,
            revision_id=quiz.live_revision_id,
            content=content_of(quiz),
            phase="pre",
            answers=answers,
        ),
    )
    assert created and attempt.correct_count == 3

    raw = copy.deepcopy(QUESTIONS)
    raw[0]["value"]["text"] = "Who can you talk to when something feels wrong?"
    for choice in raw[0]["value"]["choices"]:  # the right answer is now "nobody"
        choice["value"]["correct"] = choice["id"] == C_NOBODY
    quiz.questions = json.dumps(raw)
    publish(quiz)
    assert quiz.live_revision_id != attempt.revision_id

    attempt = Attempt.objects.get(pk=attempt.pk)
    assert (attempt.correct_count, attempt.question_count, attempt.passed) == (3, 3, True)
    assert attempt.answers.get(question_key=Q_SINGLE).is_correct is True

    then = content_at_revision(attempt.revision_id)
    assert then.questions[0].text == old_text
    assert then.questions[0].correct_keys == {C_TRUSTED_ADULT}
    assert score(then.questions, answers, then.pass_mark).correct_count == 3

    now = content_at_revision(quiz.live_revision_id)
    assert now.questions[0].text == "Who can you talk to when something feels wrong?"
    assert score(now.questions, answers, now.pass_mark).correct_count == 2


def test_a_translation_keeps_the_question_and_choice_keys_of_its_source(plain_quiz):
    spanish_locale, _ = Locale.objects.get_or_create(language_code="es")
    spanish = plain_quiz.copy_for_translation(spanish_locale)
    spanish.title = "Cuestionario de adultos de confianza"
    # The copy's own blocks with the ids it was given; deep-copied, as wagtail's copy shares them
    # with the source in memory.
    raw = copy.deepcopy(spanish.questions.get_prep_value())
    for block in raw:
        block["value"]["text"] = "ES " + block["value"]["text"]
        for choice in block["value"].get("choices", []):
            choice["value"]["text"] = "ES " + choice["value"]["text"]
    spanish.questions = raw
    spanish.save()
    publish(spanish)

    spanish = Quiz.objects.get(pk=spanish.pk)
    assert spanish.pk != plain_quiz.pk
    assert (spanish.locale, spanish.live) == (spanish_locale, True)
    assert spanish.translation_key == plain_quiz.translation_key
    source = questions_of(Quiz.objects.get(pk=plain_quiz.pk))
    translated = questions_of(spanish)
    assert [q.key for q in translated] == [Q_SINGLE, Q_MULTIPLE, Q_TRUE_FALSE]
    for original, translation in zip(source, translated, strict=True):
        assert translation.key == original.key
        assert translation.text == "ES " + original.text
        assert [c.key for c in translation.choices] == [c.key for c in original.choices]
        assert translation.correct_keys == original.correct_keys
    assert translated[0].choices[0].text == "ES A trusted adult"
    # The same answers score the same in either language.
    assert score(translated, chosen(ALL_RIGHT), spanish.pass_mark).correct_count == 3
    assert score(translated, chosen(ONE_RIGHT), spanish.pass_mark).correct_count == 1


def choice_question(*correct: bool) -> dict:
    return {
        "text": "Who can you tell?",
        "choices": [{"text": f"Choice {n}", "correct": right} for n, right in enumerate(correct)],
        "explanation": "Because.",
    }


def choices_error(block, raw: dict) -> StructBlockValidationError:
    with pytest.raises(StructBlockValidationError) as raised:
        block.clean(block.to_python(raw))
    assert set(raised.value.block_errors) == {"choices"}
    return raised.value


@pytest.mark.parametrize("correct", [(True, True), (True, True, False), (False, False)])
def test_a_single_choice_question_needs_exactly_one_correct_choice(correct):
    error = choices_error(SingleChoiceQuestionBlock(), choice_question(*correct))
    assert "exactly one" in str(error.block_errors["choices"])


def test_a_single_choice_question_with_one_correct_choice_is_valid():
    block = SingleChoiceQuestionBlock()
    value = block.clean(block.to_python(choice_question(False, True, False)))
    assert [choice["correct"] for choice in value["choices"]] == [False, True, False]


def test_a_multiple_choice_question_needs_at_least_one_correct_choice():
    error = choices_error(MultipleChoiceQuestionBlock(), choice_question(False, False, False))
    assert "at least one" in str(error.block_errors["choices"])


@pytest.mark.parametrize("correct", [(True, False), (True, True), (True, True, True)])
def test_a_multiple_choice_question_may_have_one_or_more_correct_choices(correct):
    block = MultipleChoiceQuestionBlock()
    value = block.clean(block.to_python(choice_question(*correct)))
    assert sum(choice["correct"] for choice in value["choices"]) == sum(correct)
