"""A quiz's questions as plain values, and how a set of answers is scored against them.

Participants' forms and results are built from these values, read either from a live quiz or
from the revision an attempt recorded, so a result is always shown as the participant saw it.
"""

from dataclasses import dataclass
from functools import lru_cache

from django.utils.translation import gettext_lazy as _
from wagtail.models import Revision

from quizzes.models import Quiz

TRUE, FALSE = "true", "false"


@dataclass(frozen=True)
class Choice:
    key: str
    text: str  # or a lazy translation, for true/false
    correct: bool


@dataclass(frozen=True)
class Question:
    key: str
    kind: str  # "single", "multiple" or "true_false": the block type
    text: str
    choices: tuple[Choice, ...]
    explanation: str

    @property
    def multiple(self) -> bool:
        return self.kind == "multiple"

    @property
    def choice_keys(self) -> frozenset[str]:
        return frozenset(choice.key for choice in self.choices)

    @property
    def correct_keys(self) -> frozenset[str]:
        return frozenset(choice.key for choice in self.choices if choice.correct)

    def is_correct(self, chosen: frozenset[str]) -> bool:
        """All or nothing: a multiple-choice answer is right when it picks every correct choice
        and nothing else."""
        return chosen == self.correct_keys


def questions_of(quiz: Quiz) -> tuple[Question, ...]:
    """The questions of a quiz as it is in memory (live, draft or a revision's copy)."""
    questions = []
    for block in quiz.questions:
        value = block.value
        if block.block_type == "true_false":
            # Labelled lazily: a quiz read once is shown (or printed) in any language.
            choices = (
                Choice(TRUE, _("True"), value["answer"] == TRUE),
                Choice(FALSE, _("False"), value["answer"] == FALSE),
            )
        else:
            choices = tuple(
                Choice(item.id, item.value["text"], bool(item.value["correct"]))
                for item in value["choices"].bound_blocks
            )
        questions.append(
            Question(
                key=block.id,
                kind=block.block_type,
                text=value["text"],
                choices=choices,
                explanation=value["explanation"],
            )
        )
    return tuple(questions)


@dataclass(frozen=True)
class QuizContent:
    """What a participant is shown of a quiz, at one revision."""

    title: str
    introduction: str
    pass_mark: int
    questions: tuple[Question, ...]


def content_of(quiz: Quiz) -> QuizContent:
    return QuizContent(
        title=quiz.title,
        introduction=quiz.introduction,
        pass_mark=quiz.pass_mark,
        questions=questions_of(quiz),
    )


@lru_cache(maxsize=256)
def content_at_revision(revision_id: int) -> QuizContent:
    """A quiz as one of its revisions has it; revisions never change, so this is cached."""
    return content_of(Revision.objects.get(pk=revision_id).as_object())


def content_at(quiz: Quiz, revision_id: int) -> QuizContent:
    """The quiz as one of its revisions has it, read from the quiz itself (no query) when that
    is its live revision."""
    if quiz.live and quiz.live_revision_id == revision_id:
        return content_of(quiz)
    return content_at_revision(revision_id)


@dataclass(frozen=True)
class Score:
    correct_count: int
    question_count: int
    passed: bool
    correct_by_question: dict[str, bool]


def score(
    questions: tuple[Question, ...], answers: dict[str, frozenset[str]], pass_mark: int
) -> Score:
    """Score answers (question key → chosen choice keys); a missing answer counts as wrong."""
    correct_by_question = {
        question.key: question.is_correct(answers.get(question.key, frozenset()))
        for question in questions
    }
    correct_count = sum(correct_by_question.values())
    question_count = len(questions)
    return Score(
        correct_count=correct_count,
        question_count=question_count,
        passed=question_count > 0 and 100 * correct_count >= pass_mark * question_count,
        correct_by_question=correct_by_question,
    )
